import { describe, expect, it } from 'vitest';
import { fitReason, reasonSentence } from './explain';
import { defaultFitRules, evaluateFitRules, type FitMetrics } from './rules';

const metrics = (over: Partial<FitMetrics>): FitMetrics => ({
  lifetimeRevenue: 1000,
  monthlyRevenue: 100,
  grossMargin: 400,
  costToServe: 0,
  profit: 400,
  profitability: 0.4,
  score: 50,
  growth: 0,
  fallingPeriods: 0,
  predictedClv: null,
  ...over,
});

const rules = defaultFitRules();
function explain(over: Partial<FitMetrics>, currency?: string) {
  const m = metrics(over);
  const verdict = evaluateFitRules(rules, m);
  const reason = fitReason(m, verdict.status, verdict.rule);
  return { reason, sentence: reasonSentence(reason, currency ? { currency } : {}) };
}

describe('reasonSentence', () => {
  it.each([
    [{ profit: 120, profitability: 0.12, growth: -0.04, fallingPeriods: 3 }, 'Depart: profitability 12% < 30%, revenue falling 3 periods'],
    [{ profit: 120, profitability: 0.12, growth: -0.04, fallingPeriods: 1 }, 'Depart: profitability 12% < 30%, revenue falling 1 period'],
    [{ profit: -50, profitability: -0.05 }, 'Depart: profit -50 ≤ 0'],
    [{ score: 87.5, growth: 0.1 }, 'Grow: fit score 87.5 ≥ 70, revenue growing (+10% a month)'],
    [{ score: 55.55 }, 'Keep: profit 400, profitability 40%, fit score 55.6; no rule moves it'],
    [{ lifetimeRevenue: 0, grossMargin: 0, profit: 0, profitability: null, score: 25 }, 'Depart: profit 0 ≤ 0'],
  ])('%j → %s', (over, sentence) => {
    expect(explain(over).sentence).toBe(sentence);
  });

  it('shows as many decimals as it takes for a figure just under the threshold not to read as equal to it', () => {
    expect(explain({ profit: 299.6, profitability: 0.2996, growth: 0 }).sentence).toBe('Depart: profitability 29.96% < 30%, revenue not growing (0% a month)');
    expect(explain({ profit: 299.99, profitability: 0.29999, growth: 0 }).sentence).toBe('Depart: profitability 29.999% < 30%, revenue not growing (0% a month)');
    expect(explain({ profit: 294, profitability: 0.294, growth: 0 }).sentence).toBe('Depart: profitability 29.4% < 30%, revenue not growing (0% a month)');
  });

  it('formats money in the currency given', () => {
    expect(explain({ profit: -1234.5, profitability: -1.2345 }, 'USD').sentence).toBe('Depart: profit -$1,234.50 ≤ $0.00');
    expect(explain({ profit: -1234, profitability: -1.234 }, 'JPY').sentence).toBe('Depart: profit -¥1,234 ≤ ¥0');
  });

  it('gives the UI a structure to translate', () => {
    const { reason } = explain({ profit: 120, profitability: 0.12, growth: -0.04, fallingPeriods: 3 });
    expect(reason).toMatchObject({
      status: 'depart',
      code: 'depart-low-profitability',
      ruleStatus: 'depart',
      ruleCode: 'depart-low-profitability',
      override: null,
      clauses: [
        { metric: 'profitability', op: '<', actual: 0.12, limit: 0.3 },
        { metric: 'growth', op: '<=', actual: -0.04, limit: 0 },
      ],
    });
    expect(reason.metrics.fallingPeriods).toBe(3);
  });

  it('says when a status was set by hand, and what the rules would say', () => {
    const m = metrics({ profit: 120, profitability: 0.12, growth: -0.04, fallingPeriods: 3 });
    const verdict = evaluateFitRules(rules, m);
    const reason = fitReason(m, verdict.status, verdict.rule, { customerKey: 'c1', status: 'keep', reason: 'Long-term partner', at: '2024-05-01T00:00:00Z' });
    expect(reason).toMatchObject({ status: 'keep', code: 'override', ruleStatus: 'depart', override: { reason: 'Long-term partner' } });
    expect(reasonSentence(reason)).toBe('Keep (set by hand): Long-term partner; the rules say Depart: profitability 12% < 30%, revenue falling 3 periods');
  });
});
