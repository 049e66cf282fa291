import { describe, expect, it } from 'vitest';
import { bootstrapMeanDifference, measureCampaign, waldDifferenceInterval } from './measure';
import type { GroupOutcome } from './outcomes';

/** A group of n customers, the first `responders` of whom placed one order worth `spend`. */
function group(n: number, responders: number, spend = 50): GroupOutcome {
  const orders = new Uint32Array(n);
  const revenue = new Float64Array(n);
  for (let i = 0; i < responders; i++) {
    orders[i] = 1;
    revenue[i] = spend;
  }
  return { customers: n, orders, revenue };
}

describe('waldDifferenceInterval', () => {
  it('matches the interval computed by hand', () => {
    // p₁ = 0.3, p₂ = 0.1, n = 100 each: se = √(0.21/100 + 0.09/100) = √0.003 = 0.0547722558,
    // half-width = 1.959963985 × 0.0547722558 = 0.1073516486.
    const [low, high] = waldDifferenceInterval(30, 100, 10, 100);
    expect(low).toBeCloseTo(0.0926483514, 9);
    expect(high).toBeCloseTo(0.3073516486, 9);
  });

  it('is a point when both groups are unanimous', () => {
    expect(waldDifferenceInterval(0, 10, 0, 10)).toEqual([0, 0]);
  });
});

describe('measureCampaign', () => {
  it('finds a known effect: 30% against 10% with 1,000 customers each', () => {
    const m = measureCampaign(group(1000, 300), group(1000, 100), { seed: 'known' });
    expect(m.targeted).toEqual({ customers: 1000, responders: 300, responseRate: 0.3, orders: 300, revenue: 15000, revenuePerCustomer: 15 });
    expect(m.holdout.responseRate).toBe(0.1);
    expect(m.uplift.responseRate).toBeCloseTo(0.2, 12);
    // se = √(0.21/1000 + 0.09/1000) = 0.0173205081; half-width 0.0339475720.
    expect(m.uplift.ci95[0]).toBeCloseTo(0.166052428, 8);
    expect(m.uplift.ci95[1]).toBeCloseTo(0.233947572, 8);
    expect(m.uplift.revenuePerCustomer).toBeCloseTo(10, 12);
    expect(m.uplift.incrementalRevenue).toBeCloseTo(10000, 9);
    expect(m.verdict.code).toBe('positive');
    expect(m.verdict.smallSample).toBe(false);
    expect(m.verdict.english).toBe(
      'The campaign raised the response: 30% of targeted customers bought, against 10% of the hold-out, an uplift of 20 points (95% interval 16.6 to 23.4 points).',
    );
    const [low, high] = m.uplift.revenuePerCustomerCi95!;
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(10);
    expect(high).toBeGreaterThan(10);
    expect(m.uplift.incrementalRevenueCi95).toEqual([low * 1000, high * 1000]);
  });

  it('refuses to claim an effect the interval does not support', () => {
    const m = measureCampaign(group(1000, 100), group(100, 10), { seed: 'none' });
    expect(m.uplift.responseRate).toBeCloseTo(0, 12);
    expect(m.uplift.ci95[0]).toBeLessThan(0);
    expect(m.uplift.ci95[1]).toBeGreaterThan(0);
    expect(m.verdict.code).toBe('inconclusive');
    expect(m.verdict.english).toMatch(/^No effect can be claimed: 10% of targeted customers bought, against 10% of the hold-out; the 95% interval -6.2 to 6.2 points includes zero\. Groups of this size can only detect an uplift of about \d+(\.\d)? points\.$/);
    expect(m.uplift.revenuePerCustomerCi95![0]).toBeLessThan(0);
    expect(m.uplift.revenuePerCustomerCi95![1]).toBeGreaterThan(0);
  });

  it('reports a campaign that made things worse', () => {
    const m = measureCampaign(group(500, 25), group(500, 75), { seed: 'worse' });
    expect(m.uplift.ci95[1]).toBeLessThan(0);
    expect(m.verdict.code).toBe('negative');
  });

  it('warns when the groups are too small for the approximation', () => {
    const m = measureCampaign(group(10, 9), group(10, 1), { seed: 'tiny' });
    expect(m.verdict.code).toBe('positive');
    expect(m.verdict.smallSample).toBe(true);
    expect(m.verdict.english).toContain('rough indication');
  });

  it('measures nothing without a hold-out', () => {
    const m = measureCampaign(group(100, 10), group(0, 0));
    expect(m.verdict.code).toBe('noData');
    expect(m.verdict.english).toBe('Nothing can be measured: the hold-out group is empty.');
    expect(m.uplift.revenuePerCustomerCi95).toBeNull();
  });

  it('computes real ROI from the cost and margin', () => {
    const m = measureCampaign(group(1000, 300), group(1000, 100), { cost: 2000, marginPct: 40 });
    expect(m.roi).toBeCloseTo((0.4 * 10000 - 2000) / 2000, 12);
    expect(measureCampaign(group(10, 1), group(10, 1)).roi).toBeNull();
  });
});

describe('bootstrapMeanDifference', () => {
  it('is deterministic for a seed and close to the normal-theory interval', () => {
    const a = Float64Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 80 : 0)); // mean 20, sd 34.64
    const b = Float64Array.from({ length: 400 }, (_, i) => (i % 8 === 0 ? 80 : 0)); // mean 10, sd 26.46
    const first = bootstrapMeanDifference(a, b, { seed: 's', resamples: 2000 })!;
    expect(bootstrapMeanDifference(a, b, { seed: 's', resamples: 2000 })).toEqual(first);
    expect(bootstrapMeanDifference(a, b, { seed: 't', resamples: 2000 })).not.toEqual(first);
    // Normal theory: 10 ± 1.96 × √(34.64²/400 + 26.46²/400) = 10 ± 4.27.
    expect(first[0]).toBeGreaterThan(10 - 4.27 - 0.8);
    expect(first[0]).toBeLessThan(10 - 4.27 + 0.8);
    expect(first[1]).toBeGreaterThan(10 + 4.27 - 0.8);
    expect(first[1]).toBeLessThan(10 + 4.27 + 0.8);
  });
});
