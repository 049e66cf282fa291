import { describe, expect, it } from 'vitest';
import { CHANNELS, defaultContactCost, hasContactDetail } from './channels';
import { describeOffer, offerCostPerContact, offerCostPerResponder, offerProblems } from './offer';
import { newCampaignPlan, planProblems, withAssignment } from './plan';
import { TACTICS, TACTIC_IDS } from './tactics';

describe('tactic library', () => {
  it('covers every play of the issue with usable, translatable defaults', () => {
    expect(TACTICS.map((tactic) => tactic.id)).toEqual([...TACTIC_IDS]);
    for (const tactic of TACTICS) {
      expect(tactic.nameKey).toBe(`campaigns.tactic.${tactic.id}.name`);
      expect(tactic.rationaleKey).toBe(`campaigns.tactic.${tactic.id}.rationale`);
      expect(tactic.rationale.length).toBeGreaterThan(20);
      expect(tactic.defaultResponseRate).toBeGreaterThan(0);
      expect(tactic.defaultResponseRate).toBeLessThan(0.5);
      expect(offerProblems(tactic.defaultOffer)).toEqual([]);
      const plan = newCampaignPlan({ id: `p-${tactic.id}`, tacticId: tactic.id, currency: 'JPY' });
      expect(planProblems(plan)).toEqual([]);
      expect(plan.contactCostPerCustomer).toBe(defaultContactCost(tactic.defaultChannel, 'JPY'));
    }
    const winBack = TACTICS[0]!;
    expect(winBack.defaultOffer).toEqual({ kind: 'percentOff', percent: 20, validDays: 7 });
    expect(describeOffer(winBack.defaultOffer)).toEqual({
      key: 'campaigns.offer.percentOff',
      params: { percent: 20, validDays: 7 },
      english: '20% off, valid 7 days',
    });
  });
});

describe('offers', () => {
  it.each([
    [{ kind: 'percentOff', percent: 20, validDays: 7 } as const, 16, 0],
    [{ kind: 'amountOff', amount: 10, validDays: 7 } as const, 10, 0],
    [{ kind: 'points', percentBack: 5 } as const, 4, 0],
    [{ kind: 'gift', giftCost: 3, giftTo: 'responders' } as const, 3, 0],
    [{ kind: 'gift', giftCost: 3, giftTo: 'everyone' } as const, 0, 3],
    [{ kind: 'none' } as const, 0, 0],
  ])('%j costs %d per buyer of an 80 order and %d per contact', (offer, perBuyer, perContact) => {
    expect(offerCostPerResponder(offer, 80)).toBeCloseTo(perBuyer, 12);
    expect(offerCostPerContact(offer)).toBe(perContact);
  });

  it('scales fixed amounts of the defaults to yen and roubles', () => {
    expect(newCampaignPlan({ id: 'r', tacticId: 'referral', currency: 'JPY' }).offer).toEqual({ kind: 'amountOff', amount: 1000, validDays: 30 });
    expect(newCampaignPlan({ id: 'g', tacticId: 'thankYouGift', currency: 'RUB' }).offer).toEqual({ kind: 'gift', giftCost: 500, giftTo: 'everyone' });
    expect(newCampaignPlan({ id: 'w', tacticId: 'winBack', currency: 'JPY' }).offer).toEqual({ kind: 'percentOff', percent: 20, validDays: 7 });
  });

  it('rejects impossible offers', () => {
    expect(offerProblems({ kind: 'percentOff', percent: 120, validDays: 0 })).toEqual(['campaigns.offer.percentRange', 'campaigns.offer.validDays']);
    expect(offerProblems({ kind: 'gift', giftCost: -1, giftTo: 'everyone' })).toEqual(['campaigns.offer.giftNegative']);
  });
});

describe('channels', () => {
  it('knows which contact detail each channel needs', () => {
    const customer = { email: 'ann@shop.test', phone: '' };
    expect(CHANNELS.filter((channel) => hasContactDetail(customer, channel.id)).map((channel) => channel.id)).toEqual([
      'email',
      'letter',
      'messenger',
      'inPerson',
    ]);
    expect(hasContactDetail({ email: '', phone: '+81 90-1234-5678' }, 'sms')).toBe(true);
    expect(defaultContactCost('sms', 'eur')).toBe(0.08);
  });
});

describe('plans', () => {
  it('keeps a stored hold-out and reports bad settings', () => {
    const plan = newCampaignPlan({ id: 'c1', tacticId: 'winBack', currency: 'USD', startDay: 20000 });
    expect(plan.useCodes).toBe(true);
    expect(plan.schedule).toEqual({ startDay: 20000, windowDays: 14 });
    const assignment = { seed: 'c1', share: 0.1, targetGroup: ['a'], holdoutGroup: ['b'], strata: [] };
    const first = withAssignment(plan, assignment);
    expect(first.ok).toBe(true);
    if (first.ok) expect(withAssignment(first.plan, { ...assignment, holdoutGroup: ['a'] })).toEqual({ ok: false, problem: 'alreadyAssigned' });
    expect(planProblems({ ...plan, responseRate: 1.5, holdoutShare: 1, fixedCost: -5, seed: ' ' })).toEqual([
      'campaigns.plan.costNegative',
      'campaigns.plan.responseRateRange',
      'campaigns.plan.holdoutShareRange',
      'campaigns.plan.seedEmpty',
    ]);
  });
});
