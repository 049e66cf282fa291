/** The Fit settings reducer: every edit the panels make, and the edits it refuses. */
import { describe, expect, it } from 'vitest';
import { evaluateFitRules, type FitMetrics } from '../../src-core/analytics/fit';
import { costEntryOf, costDraftOf } from '../../src-renderer/features/fit/cost-entry';
import { defaultFitSettings, factorId, fitSettingsReducer, growScore, profitabilityThreshold } from '../../src-renderer/features/fit/fit-settings';
import { shownConditionValue, storedConditionValue } from '../../src-renderer/features/fit/RulesEditor';

const base = defaultFitSettings();
const metrics = (patch: Partial<FitMetrics>): FitMetrics => ({
  lifetimeRevenue: 100, monthlyRevenue: 10, grossMargin: 40, costToServe: 15, profit: 25, profitability: 0.25, score: 50,
  growth: -0.01, fallingPeriods: 2, predictedClv: null, ...patch,
});

describe('fitSettingsReducer', () => {
  it('starts from the issue defaults: 40 % margin, Depart under 30 %, Grow from 70', () => {
    expect(base.margins.defaultMargin).toBe(0.4);
    expect(profitabilityThreshold(base)).toBe(0.3);
    expect(growScore(base)).toBe(70);
  });

  it.each([
    [{ type: 'defaultMargin', fraction: 0.55 } as const, (s: typeof base) => s.margins.defaultMargin, 0.55],
    [{ type: 'defaultMargin', fraction: 1.4 } as const, (s: typeof base) => s.margins.defaultMargin, 0.4],
    [{ type: 'hourlyRate', rate: 45 } as const, (s: typeof base) => s.defaultHourlyRate, 45],
    [{ type: 'hourlyRate', rate: -1 } as const, (s: typeof base) => s.defaultHourlyRate, 0],
    [{ type: 'weight', factor: 'growth', weight: 55 } as const, (s: typeof base) => s.scoring.weights.growth, 55],
    [{ type: 'weight', factor: 'growth', weight: -5 } as const, (s: typeof base) => s.scoring.weights.growth, 0],
    [{ type: 'profitabilityThreshold', fraction: 0.2 } as const, profitabilityThreshold, 0.2],
    [{ type: 'growScore', score: 60 } as const, growScore, 60],
    [{ type: 'growScore', score: Number.NaN } as const, growScore, 70],
  ])('%j', (action, read, expected) => {
    expect(read(fitSettingsReducer(base, action))).toBe(expected);
  });

  it('per-product margins are set and removed; a blank product is refused', () => {
    const set = fitSettingsReducer(base, { type: 'productMargin', product: 'Gift box', fraction: 0.1 });
    expect(set.margins.byProduct).toEqual({ 'Gift box': 0.1 });
    expect(fitSettingsReducer(set, { type: 'productMargin', product: 'Gift box', fraction: null }).margins.byProduct).toEqual({});
    expect(fitSettingsReducer(base, { type: 'productMargin', product: '', fraction: 0.1 })).toBe(base);
  });

  it('adds qualitative factors with unique ids and removes them', () => {
    const one = fitSettingsReducer(base, { type: 'addFactor', label: 'Pays on time' });
    const two = fitSettingsReducer(one, { type: 'addFactor', label: 'pays on  time' });
    expect(two.scoring.qualitative.map((factor) => factor.id)).toEqual(['q-pays-on-time', 'q-pays-on-time-2']);
    expect(fitSettingsReducer(two, { type: 'removeFactor', id: 'q-pays-on-time' }).scoring.qualitative.map((f) => f.label)).toEqual(['pays on  time']);
    expect(fitSettingsReducer(base, { type: 'addFactor', label: '   ' })).toBe(base);
    expect(factorId('Growth', { weights: base.scoring.weights, qualitative: [] })).toBe('q-growth');
  });

  it('the threshold moves a customer: 25 % profitability, falling revenue → Depart at 30 %, Keep at 20 %', () => {
    const customer = metrics({});
    expect(evaluateFitRules(base.rules, customer).status).toBe('depart');
    const lowered = fitSettingsReducer(base, { type: 'profitabilityThreshold', fraction: 0.2 });
    expect(evaluateFitRules(lowered.rules, customer).status).toBe('keep');
  });

  it('edits rules: conditions, status, order, removal, fallback, and back to the defaults keeping the thresholds', () => {
    let settings = fitSettingsReducer(base, { type: 'addRule', status: 'grow' });
    const added = settings.rules.rules.at(-1)!;
    expect(added).toEqual({ id: 'grow-rule-1', status: 'grow', when: [{ metric: 'profit', op: '<=', value: 0 }] });
    settings = fitSettingsReducer(settings, { type: 'condition', ruleId: added.id, index: 0, condition: { metric: 'score', op: '>=', value: 90 } });
    settings = fitSettingsReducer(settings, { type: 'addCondition', ruleId: added.id });
    settings = fitSettingsReducer(settings, { type: 'removeCondition', ruleId: added.id, index: 1 });
    settings = fitSettingsReducer(settings, { type: 'moveRule', ruleId: added.id, to: 0 });
    expect(settings.rules.rules[0]).toEqual({ id: 'grow-rule-1', status: 'grow', when: [{ metric: 'score', op: '>=', value: 90 }] });
    expect(evaluateFitRules(settings.rules, metrics({ score: 95, profit: -5 })).status).toBe('grow');
    settings = fitSettingsReducer(settings, { type: 'ruleStatus', ruleId: added.id, status: 'keep' });
    settings = fitSettingsReducer(settings, { type: 'fallback', status: 'grow' });
    expect(settings.rules.fallback).toBe('grow');
    settings = fitSettingsReducer(settings, { type: 'removeRule', ruleId: 'depart-unprofitable' });
    expect(settings.rules.rules.map((rule) => rule.id)).toEqual(['grow-rule-1', 'depart-low-profitability', 'grow-high-fit']);
    settings = fitSettingsReducer(settings, { type: 'condition', ruleId: added.id, index: 0, condition: { metric: 'score', op: '>=', value: Number.NaN } });
    expect(settings.rules.rules[0]!.when[0]!.value).toBe(90);
    settings = fitSettingsReducer(fitSettingsReducer(settings, { type: 'profitabilityThreshold', fraction: 0.15 }), { type: 'resetRules' });
    expect(settings.rules.rules.map((rule) => rule.id)).toEqual(['depart-unprofitable', 'depart-low-profitability', 'grow-high-fit']);
    expect(profitabilityThreshold(settings)).toBe(0.15);
  });

  it('shows ratio conditions in percent and stores fractions', () => {
    expect(shownConditionValue({ metric: 'profitability', op: '<', value: 0.3 })).toBe(30);
    expect(storedConditionValue('growth', 5)).toBe(0.05);
    expect(storedConditionValue('score', 70)).toBe(70);
  });
});

describe('cost entries from the form', () => {
  it('blank fields are not given, numbers are kept, named costs add up', () => {
    const draft = { ...costDraftOf(undefined), labourHours: '3', hourlyRate: '40,5', other: [{ name: 'Returns', amount: '12' }, { name: 'Returns', amount: '3' }, { name: '', amount: '' }] };
    expect(costEntryOf(draft)).toEqual({ ok: true, entry: { labourHours: 3, hourlyRate: 40.5, other: { Returns: 15 } } });
  });

  it.each([
    [{ communication: '-5' }, 'communication'],
    [{ hard: 'lots' }, 'hard'],
    [{ other: [{ name: '', amount: '4' }] }, 'other.0'],
  ])('refuses %j naming the field', (patch, field) => {
    expect(costEntryOf({ ...costDraftOf(undefined), ...patch })).toEqual({ ok: false, field });
  });

  it('round-trips a stored entry', () => {
    const entry = { labourHours: 2, communication: 10, other: { Fees: 1.5 } };
    expect(costEntryOf(costDraftOf(entry))).toEqual({ ok: true, entry });
  });
});
