import { describe, expect, it } from 'vitest';
import { expectedAverageOrderValue, fitGammaGamma, gammaGammaLogLikelihood, type GammaGammaParams } from './gamma-gamma';
import { seededRandom, simulateBgNbd, simulateGammaGamma } from './simulate';

const one = (x: number, meanValue: number) => ({ x: Float64Array.of(x), meanValue: Float64Array.of(meanValue) });

describe('Gamma-Gamma log-likelihood', () => {
  it('p = 1, q = 2, γ = 1, x = 1, z̄ = 1: f = Γ(3)/(Γ(1)Γ(2)) · 1 / 2³ = 1/4', () => {
    expect(gammaGammaLogLikelihood({ p: 1, q: 2, gamma: 1 }, one(1, 1))).toBeCloseTo(Math.log(1 / 4), 13);
  });

  it('p = 2, q = 3, γ = 4, x = 2, z̄ = 5: f = (720/(6·2)) · 4³ · 5³ · 2⁴ / 14⁷', () => {
    expect(gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, one(2, 5))).toBeCloseTo(Math.log(7_680_000 / 105_413_504), 12);
  });

  it('leaves out customers without repeat purchases or with a non-positive mean', () => {
    const params = { p: 2, q: 3, gamma: 4 };
    const inputs = { x: Float64Array.of(2, 0, 3, 1), meanValue: Float64Array.of(5, Number.NaN, -2, 0) };
    expect(gammaGammaLogLikelihood(params, inputs)).toBeCloseTo(gammaGammaLogLikelihood(params, one(2, 5)), 12);
  });
});

describe('expectedAverageOrderValue', () => {
  const params = { p: 2, q: 3, gamma: 4 };
  it('blends the population mean with the customer mean: p(γ + x z̄)/(px + q − 1)', () => {
    expect(expectedAverageOrderValue(params, 2, 5)).toBeCloseTo(28 / 6, 14);
  });
  it('is the population mean pγ/(q − 1) without repeat purchases', () => {
    expect(expectedAverageOrderValue(params, 0, Number.NaN)).toBe(4);
  });
  it('moves toward the customer mean as x grows', () => {
    expect(Math.abs(expectedAverageOrderValue(params, 200, 50) - 50)).toBeLessThan(Math.abs(expectedAverageOrderValue(params, 2, 50) - 50));
  });
});

describe('fitGammaGamma', () => {
  const truth: GammaGammaParams = { p: 6, q: 4, gamma: 15 };
  it.each([1, 2])('recovers known parameters from simulated spend (seed %d)', (seed) => {
    const history = simulateBgNbd({ r: 0.5, alpha: 6, a: 0.8, b: 2.5 }, { customers: 10_000, seed, observedWeeks: 78, acquisitionWeeks: 26 });
    const inputs = simulateGammaGamma(truth, history.x, seed + 100);
    const fit = fitGammaGamma(inputs);
    if (!fit.ok) throw new Error(fit.reason);
    // p and γ trade off against each other (~15 % each at ~7,000 repeat customers); their
    // implied mean order value pγ/(q−1) is pinned far more tightly.
    expect(Math.abs(fit.params.p / truth.p - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.params.q / truth.q - 1)).toBeLessThan(0.2);
    expect(Math.abs(fit.params.gamma / truth.gamma - 1)).toBeLessThan(0.3);
    const mean = (params: GammaGammaParams) => (params.p * params.gamma) / (params.q - 1);
    expect(Math.abs(mean(fit.params) / mean(truth) - 1)).toBeLessThan(0.05);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(truth, inputs));
  });

  it('refuses fewer than 10 usable repeat customers', () => {
    expect(fitGammaGamma({ x: Float64Array.of(1, 2, 3), meanValue: Float64Array.of(10, 20, 30) })).toMatchObject({ ok: false, code: 'too-few-repeat-customers' });
  });

  it('says so when customers do not differ in spend (q and γ run to infinity)', () => {
    // Every order value drawn uniformly from 10–60 for everybody: no customer-level spread.
    const x = Float64Array.from({ length: 2_000 }, (_, i) => 1 + (i % 4));
    const random = seededRandom(8);
    const meanValue = Float64Array.from(x, (count) => {
      let total = 0;
      for (let k = 0; k < count; k++) total += 10 + 50 * random();
      return total / count;
    });
    const fit = fitGammaGamma({ x, meanValue });
    expect(fit).toMatchObject({ ok: false, code: 'degenerate' });
    if (!fit.ok) expect(fit.reason).toMatch(/no spread/);
  });

  it('refuses spend so heavy-tailed that the mean order value would be infinite (q ≤ 1)', () => {
    // Spend scales ν ~ Gamma(q = 0.8, γ): E[1/ν] is infinite, and the fit says so.
    const x = Float64Array.from({ length: 3_000 }, (_, i) => 1 + (i % 5));
    const inputs = simulateGammaGamma({ p: 3, q: 0.8, gamma: 10 }, x, 9);
    const fit = fitGammaGamma(inputs);
    expect(fit).toMatchObject({ ok: false, code: 'degenerate' });
    if (!fit.ok) expect(fit.reason).toMatch(/infinite/);
  });
});
