/** The plan reducer: tactic defaults, channel costs, and a stored hold-out that no edit can silently change. */
import { describe, expect, it } from 'vitest';
import { assignHoldout, newCampaignPlan, type CampaignPlan, type HoldoutAssignment } from '../../src-core/campaigns';
import { isLocked, keysFromText, numberFromField, planReducer, type PlanAction } from '../../src-renderer/features/campaigns/plan-form';

const fresh = (): CampaignPlan => newCampaignPlan({ id: 'c1', tacticId: 'winBack', currency: 'USD' });

function drawn(): HoldoutAssignment {
  const outcome = assignHoldout(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((customerKey) => ({ customerKey, stratum: 'none' })),
    { share: 0.2, seed: 'c1' },
  );
  if (!outcome.ok) throw new Error('draw failed');
  return outcome.assignment;
}

describe('planReducer', () => {
  it('a new tactic brings its defaults and renames a plan still named after the old tactic', () => {
    const plan = planReducer(fresh(), { type: 'tactic', tacticId: 'thankYouGift', currency: 'JPY' });
    expect(plan).toMatchObject({
      tacticId: 'thankYouGift',
      name: 'Personal thank-you or small gift',
      channel: 'letter',
      contactCostPerCustomer: 150,
      offer: { kind: 'gift', giftCost: 500, giftTo: 'everyone' },
      responseRate: 0.06,
      useCodes: false,
      target: { kind: 'rfmSegments', segmentIds: ['cantLoseThem', 'champions'] },
      schedule: { windowDays: 30 },
    });
  });

  it('keeps a name the user typed when the tactic changes', () => {
    const named = planReducer(fresh(), { type: 'rename', name: 'Spring win-back' });
    expect(planReducer(named, { type: 'tactic', tacticId: 'feedbackSurvey', currency: 'USD' }).name).toBe('Spring win-back');
  });

  it('a new channel brings its default contact cost in the workspace currency', () => {
    expect(planReducer(fresh(), { type: 'channel', channel: 'sms', currency: 'RUB' }).contactCostPerCustomer).toBe(5);
  });

  it.each<[PlanAction, (plan: CampaignPlan) => unknown, unknown]>([
    [{ type: 'responseRate', value: 0.12 }, (plan) => plan.responseRate, 0.12],
    [{ type: 'fixedCost', value: 250 }, (plan) => plan.fixedCost, 250],
    [{ type: 'start', day: 20454 }, (plan) => plan.schedule.startDay, 20454],
    [{ type: 'window', days: 21 }, (plan) => plan.schedule.windowDays, 21],
    [{ type: 'exclusions', patch: { optedOut: false } }, (plan) => plan.exclusions, { depart: true, contactedWithinDays: 30, optedOut: false, missingContactDetail: true }],
    [{ type: 'codes', useCodes: true, codePrefix: 'WB' }, (plan) => [plan.useCodes, plan.codePrefix], [true, 'WB']],
  ])('%o changes one thing', (action, read, expected) => {
    expect(read(planReducer(fresh(), action))).toEqual(expected);
  });

  it('stores a drawn hold-out once and then refuses edits that would change the groups', () => {
    const assignment = drawn();
    const stored = planReducer(fresh(), { type: 'assignment', assignment });
    expect(stored.assignment).toBe(assignment);
    for (const action of [
      { type: 'target', target: { kind: 'lapsed', days: 30 } },
      { type: 'exclusions', patch: { depart: false } },
      { type: 'channel', channel: 'sms', currency: 'USD' },
      { type: 'holdoutShare', value: 0.5 },
      { type: 'seed', value: 'other' },
    ] satisfies PlanAction[]) {
      expect(isLocked(stored, action.type)).toBe(true);
      expect(planReducer(stored, action)).toBe(stored);
    }
    // A second draw never replaces the first.
    expect(planReducer(stored, { type: 'assignment', assignment: { ...assignment, seed: 'x' } }).assignment).toBe(assignment);
    // Prices and dates may still change; the tactic keeps the stored target and channel.
    const retuned = planReducer(stored, { type: 'tactic', tacticId: 'loyaltyReward', currency: 'USD' });
    expect(retuned.target).toEqual(stored.target);
    expect(retuned.channel).toBe(stored.channel);
    expect(retuned.assignment).toBe(assignment);
    // Only the explicit action clears it.
    expect(planReducer(stored, { type: 'clearAssignment' }).assignment).toBeNull();
  });
});

describe('field helpers', () => {
  it.each([
    ['12.5', 12.5],
    ['12,5', 12.5],
    [' 1 000 ', 1000],
    ['', Number.NaN],
    ['abc', Number.NaN],
  ])('numberFromField(%j) = %d', (text, expected) => {
    expect(numberFromField(text)).toBe(expected);
  });

  it('reads pasted keys in any separator, without blanks or duplicates', () => {
    expect(keysFromText('a@x.com\r\nb@x.com, c@x.com;\t\na@x.com\n\n')).toEqual(['a@x.com', 'b@x.com', 'c@x.com']);
  });
});
