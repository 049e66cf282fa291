import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING,
  customerFit,
  customersInRectangle,
  defaultFitRules,
  fitMatrix,
  fitTables,
  fitWhatIf,
  overrideStatus,
  rateCustomer,
  reasonSentence,
  setFactorWeight,
  setRuleThreshold,
  addQualitativeFactor,
  type FitInputs,
  type FitSettings,
} from '../../../src-core/analytics/fit';
import { valueOf } from './support';

// Four customers at a 40 % margin; monthly revenue a tenth, last-12-month revenue half of lifetime.
const inputs: FitInputs = {
  values: [
    valueOf(0, 'K1', 1000), // profit 400, 40 %, flat → Keep
    valueOf(1, 'G1', 2000, { growth: 0.1 }), // 800 − 100 = 700, 35 %, growing → Grow
    valueOf(2, 'D1', 500), // 200 − 5 h × 50 = −50 → Depart
    valueOf(3, 'D2', 1000, { growth: -0.05, fallingPeriods: 3 }), // 400 − 150 = 250, 25 %, falling → Depart
  ],
  costs: {
    byCustomer: { G1: { hard: 100 }, D1: { labourHours: 5, hourlyRate: 50 }, D2: { communication: 150 } },
  },
};
const settings: FitSettings = { rules: defaultFitRules(), scoring: DEFAULT_SCORING };

const byKey = <T extends { key: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.key, row]));

describe('customerFit', () => {
  const fits = byKey(customerFit(inputs, settings));

  it('puts every customer in the status its numbers call for', () => {
    expect([...fits.values()].map((fit) => [fit.key, fit.status, fit.metrics.profit])).toEqual([
      ['K1', 'keep', 400],
      ['G1', 'grow', 700],
      ['D1', 'depart', -50],
      ['D2', 'depart', 250],
    ]);
    // G1: revenue and profit rank first (25 + 25), profitability 0.35/0.6 × 30 = 17.5, growth +10 % full marks 20.
    expect(fits.get('G1')!.metrics.score).toBeCloseTo(87.5, 10);
    expect(fits.get('D2')!.metrics.profitability).toBeCloseTo(0.25, 12);
    expect(fits.get('D1')!.cost).toMatchObject({ labour: 250, total: 250, source: 'customer' });
    expect(fits.get('K1')!.cost.source).toBe('none');
  });

  it('explains each status in one sentence', () => {
    expect(reasonSentence(fits.get('D2')!.reason)).toBe('Depart: profitability 25% < 30%, revenue falling 3 periods');
    expect(reasonSentence(fits.get('D1')!.reason)).toBe('Depart: profit -50 ≤ 0');
    expect(reasonSentence(fits.get('G1')!.reason)).toBe('Grow: fit score 87.5 ≥ 70, revenue growing (+10% a month)');
    expect(reasonSentence(fits.get('K1')!.reason)).toMatch(/^Keep: profit 400, profitability 40%, fit score [\d.]+; no rule moves it$/);
  });

  it('counts costs from the segment defaults when the customer has none of their own', () => {
    const withSegments = byKey(customerFit({ ...inputs, costs: { ...inputs.costs, bySegment: { Loyal: { hard: 100 } } }, segments: { K1: 'Loyal' } }, settings));
    expect(withSegments.get('K1')!.metrics.profit).toBe(300);
    expect(withSegments.get('K1')!.cost.source).toBe('segment');
  });

  it('lets an override win, keeps what the rules say, and survives a what-if', () => {
    const outcome = overrideStatus([], 'D2', 'keep', 'Long-term partner', '2024-06-20T09:00:00Z');
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const overridden = byKey(customerFit(inputs, settings, outcome.log));
    expect(overridden.get('D2')).toMatchObject({ status: 'keep', ruleStatus: 'depart', overridden: true });
    expect(reasonSentence(overridden.get('D2')!.reason)).toBe(
      'Keep (set by hand): Long-term partner; the rules say Depart: profitability 25% < 30%, revenue falling 3 periods',
    );
    const lenient = { ...settings, rules: setRuleThreshold(settings.rules, 'depart', 'profitability', '<', 0.2) };
    expect(fitWhatIf(inputs, lenient, [...overridden.values()], outcome.log).moves).toEqual([]);
  });

  it('scores qualitative factors the user adds and rates', () => {
    const scoring = addQualitativeFactor(DEFAULT_SCORING, { id: 'strategic', label: 'Strategic fit', weight: 100 });
    const rated = rateCustomer({}, 'K1', 'strategic', 5);
    if (!rated.ok) throw new Error(rated.message);
    expect(rateCustomer({}, 'K1', 'strategic', 6)).toEqual({ ok: false, message: 'A rating is a whole number from 1 to 5.' });
    const before = byKey(customerFit(inputs, settings)).get('K1')!.metrics.score;
    const after = byKey(customerFit({ ...inputs, qualitative: rated.scores }, { ...settings, scoring })).get('K1')!.metrics.score;
    // The rating is worth full marks with half the total weight: the score moves halfway to 100.
    expect(after).toBeCloseTo((before + 100) / 2, 10);
  });
});

describe('views', () => {
  const fits = customerFit(inputs, settings);

  it('totals revenue and profit per status', () => {
    const tables = fitTables(fits);
    expect(tables.byStatus.depart.rows.map((fit) => fit.key)).toEqual(['D2', 'D1']);
    expect(tables.byStatus.depart.totals).toEqual({ customers: 2, lifetimeRevenue: 1500, last12Revenue: 750, grossMargin: 600, costToServe: 400, profit: 200 });
    expect(tables.byStatus.grow.totals).toMatchObject({ customers: 1, lifetimeRevenue: 2000, profit: 700 });
    expect(tables.byStatus.keep.totals).toMatchObject({ customers: 1, lifetimeRevenue: 1000, profit: 400 });
    expect(tables.all).toMatchObject({ customers: 4, lifetimeRevenue: 4500, profit: 1300 });
  });

  it('draws the matrix with the rules’ thresholds as quadrant lines', () => {
    const matrix = fitMatrix(fits, settings.rules, 'score-profitability');
    expect(matrix).toMatchObject({ xLine: 0.3, yLine: 70, diagonal: false, omitted: 0 });
    expect(matrix.points.find((p) => p.key === 'G1')).toMatchObject({ x: 0.35, size: 2000, status: 'grow' });
    // Brushing profitability −100 % … 30 % picks D1 (−10 %) and D2 (25 %), by store index.
    expect(Array.from(customersInRectangle(matrix, 0.3, -1, 0, 100))).toEqual([2, 3]);
    const valueCost = fitMatrix(fits, settings.rules, 'value-cost');
    expect(valueCost.points.find((p) => p.key === 'D1')).toMatchObject({ x: 250, y: 200 });
    expect(valueCost.diagonal).toBe(true);
  });
});

describe('fitWhatIf', () => {
  const before = customerFit(inputs, settings);

  it('lists who moves when the threshold changes, with the revenue at stake', () => {
    const stricter = { ...settings, rules: setRuleThreshold(settings.rules, 'depart', 'profitability', '<', 0.45) };
    const result = fitWhatIf(inputs, stricter, before);
    // K1 (40 %, flat) is now under the bar; G1 (35 %) is growing, so it is spared.
    expect(result.moves).toEqual([{ customer: 0, key: 'K1', from: 'keep', to: 'depart', lifetimeRevenue: 1000, last12Revenue: 500 }]);
    expect(result.revenueAtStake).toBe(500);
    expect(result.revenueReprieved).toBe(0);

    const lenient = { ...settings, rules: setRuleThreshold(settings.rules, 'depart', 'profitability', '<', 0.2) };
    const relief = fitWhatIf(inputs, lenient, before);
    expect(relief.moves.map((move) => [move.key, move.from, move.to])).toEqual([['D2', 'depart', 'keep']]);
    expect(relief.revenueReprieved).toBe(500);
    expect(relief.transitions).toEqual([{ from: 'depart', to: 'keep', customers: 1, lifetimeRevenue: 1000, last12Revenue: 500 }]);
  });

  it('lists who moves when a weight changes', () => {
    // Profitability alone: G1 scores 0.35 / 0.6 × 100 = 58.3, under 70.
    let scoring = DEFAULT_SCORING;
    for (const factor of ['monthlyRevenue', 'profit', 'growth']) scoring = setFactorWeight(scoring, factor, 0);
    const result = fitWhatIf(inputs, { ...settings, scoring }, before);
    expect(result.moves.map((move) => [move.key, move.from, move.to])).toEqual([['G1', 'grow', 'keep']]);
    expect(byKey(result.after).get('G1')!.metrics.score).toBeCloseTo(58.333, 2);
    expect(result.revenueAtStake).toBe(0);
  });
});
