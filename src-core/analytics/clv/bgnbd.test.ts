import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, bgnbdLogLikelihoodGradient, compressInputs, fitBgNbd, type BgNbdParams } from './bgnbd';
import { expectedPurchases, expectedPurchasesNewCustomer, probabilityAlive } from './bgnbd-predict';
import { simulateBgNbd } from './simulate';

const one = (x: number, tx: number, T: number) => ({ x: Float64Array.of(x), tx: Float64Array.of(tx), T: Float64Array.of(T) });
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const UNIT: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };

describe('BG/NBD log-likelihood', () => {
  it('x = 0: r = α = a = b = 1, T = 1 gives L = B(1,1)/B(1,1) · Γ(1)·1 / (Γ(1)·2) = 1/2', () => {
    expect(bgnbdLogLikelihood(UNIT, one(0, 0, 1))).toBeCloseTo(Math.log(1 / 2), 13);
  });

  it('x = 1: r = α = a = b = 1, t_x = 1, T = 2 gives L = ½·1/9 + ½·1/4 = 13/72', () => {
    // B(1,2)/B(1,1) · Γ(2)/(Γ(1)·3²) + B(2,1)/B(1,1) · Γ(2)/(Γ(1)·2²)
    expect(bgnbdLogLikelihood(UNIT, one(1, 1, 2))).toBeCloseTo(Math.log(13 / 72), 13);
  });

  it.each([
    // ln L by mpmath at 30 digits from FHL (2005) eq. (6) with Beta and Gamma functions, no logs.
    [0, 0, 38.86, -0.554713276438158],
    [2, 30.43, 38.86, -9.45860630706627],
    [1, 1.71, 38.86, -4.46909327503259],
    [5, 20, 30, -16.3099290936003],
  ])('matches the direct formula at x=%d, t_x=%d, T=%d', (x, tx, T, expected) => {
    expect(bgnbdLogLikelihood(CDNOW, one(x, tx, T))).toBeCloseTo(expected, 11);
  });

  it('sums over customers, counting weights and merging identical histories', () => {
    const inputs = { x: Float64Array.of(0, 2, 2), tx: Float64Array.of(0, 30.43, 30.43), T: Float64Array.of(38.86, 38.86, 38.86), weight: Float64Array.of(3, 1, 1) };
    expect(compressInputs(inputs).x).toHaveLength(2);
    expect(bgnbdLogLikelihood(CDNOW, inputs)).toBeCloseTo(3 * -0.554713276438158 + 2 * -9.45860630706627, 10);
  });

  it('has an analytic gradient that agrees with central differences', () => {
    const inputs = simulateBgNbd({ r: 0.7, alpha: 3, a: 1.3, b: 4 }, { customers: 300, seed: 11 });
    const at: BgNbdParams = { r: 0.6, alpha: 3.5, a: 1.1, b: 3.3 };
    const gradient = bgnbdLogLikelihoodGradient(at, inputs);
    (['r', 'alpha', 'a', 'b'] as const).forEach((name, i) => {
      const h = 1e-6 * at[name];
      const numeric = (bgnbdLogLikelihood({ ...at, [name]: at[name] + h }, inputs) - bgnbdLogLikelihood({ ...at, [name]: at[name] - h }, inputs)) / (2 * h);
      expect(gradient[i]! / numeric - 1, name).toBeCloseTo(0, 5);
    });
  });
});

describe('BG/NBD predictions', () => {
  it.each([
    // [x, t_x, T, t] → E[Y(t)|…], P(alive): mpmath from FHL (2005) eq. (10) without the Euler transformation.
    [0, 0, 38.86, 39, 0.195098052011263, 1],
    [2, 30.43, 38.86, 39, 1.22602817476714, 0.726578570080673],
    [1, 1.71, 38.86, 39, 0.203186987079754, 0.212100985377379],
    [7, 35, 38, 52, 5.7286816643461, 0.861991065093433],
    [25, 30, 38.86, 52.14, 2.05523267478319, 0.0930794480500306],
    [1, 1, 2, 52.14, 3.49587722212135, 0.712487021485667],
    [100, 50, 52, 52, 54.5184796267109, 0.774326111405631],
  ])('x=%d, t_x=%d, T=%d, t=%d', (x, tx, T, t, expected, alive) => {
    expect(expectedPurchases(CDNOW, x, tx, T, t) / expected - 1).toBeCloseTo(0, 10);
    expect(probabilityAlive(CDNOW, x, tx, T)).toBeCloseTo(alive, 12);
  });

  it('gives the unconditional E[X(t)] of a new customer', () => {
    expect(expectedPurchasesNewCustomer(CDNOW, 39)).toBeCloseTo(1.19672319332082, 11);
    expect(expectedPurchasesNewCustomer(CDNOW, 78)).toBeCloseTo(1.86051905794277, 11);
    expect(expectedPurchasesNewCustomer(CDNOW, 0)).toBe(0);
  });

  it('stays right through a = 1, where the closed form is 0/0', () => {
    // The limit a → 1 by mpmath at 60 digits (a = 1 + 10⁻²⁵).
    expect(expectedPurchases({ ...CDNOW, a: 1 }, 3, 20, 30, 26)).toBeCloseTo(1.18109302486982, 7);
    expect(expectedPurchases({ ...CDNOW, a: 1 + 5e-5 }, 3, 20, 30, 26)).toBeCloseTo(1.18109302486982, 4);
  });

  it('handles heavy buyers and long horizons without overflow', () => {
    const value = expectedPurchases(CDNOW, 400, 100, 100.5, 520);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
  });
});

describe('fitBgNbd', () => {
  const truth: BgNbdParams = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
  // Standard errors at 10,000 customers are ~3 % for r and α and ~10 % for a and b (checked over seeds).
  it.each([1, 2])('recovers known parameters from 10,000 simulated customers (seed %d)', (seed) => {
    const inputs = simulateBgNbd(truth, { customers: 10_000, seed, observedWeeks: 78, acquisitionWeeks: 26 });
    const fit = fitBgNbd(inputs);
    if (!fit.ok) throw new Error(fit.reason);
    expect(Math.abs(fit.params.r / truth.r - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.alpha / truth.alpha - 1)).toBeLessThan(0.12);
    expect(Math.abs(fit.params.a / truth.a - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.params.b / truth.b - 1)).toBeLessThan(0.3);
    // A maximum: at least as likely as the truth, and not absurdly more (LR statistic ~ χ²₄ / 2).
    const atTruth = bgnbdLogLikelihood(truth, inputs);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth);
    expect(fit.logLikelihood - atTruth).toBeLessThan(10);
    expect(fit.logLikelihood).toBeCloseTo(bgnbdLogLikelihood(fit.params, inputs), 6);
  });

  it('refuses too few customers', () => {
    const fit = fitBgNbd(simulateBgNbd(truth, { customers: 12, seed: 3 }));
    expect(fit).toMatchObject({ ok: false, code: 'too-few-customers' });
  });

  it('refuses a base where almost nobody came back', () => {
    const n = 500;
    const x = new Float64Array(n);
    x.set([1, 2, 1], 0);
    const fit = fitBgNbd({ x, tx: Float64Array.from(x, (v) => v * 3), T: new Float64Array(n).fill(40) });
    expect(fit).toMatchObject({ ok: false, code: 'too-few-repeat-customers' });
  });

  it('reports a degenerate optimum instead of boundary nonsense', () => {
    // Everyone identical and nobody lapsing: no heterogeneity and no drop-out to estimate.
    const n = 200;
    const fit = fitBgNbd({ x: new Float64Array(n).fill(10), tx: new Float64Array(n).fill(49.5), T: new Float64Array(n).fill(50) });
    expect(fit).toMatchObject({ ok: false, code: 'degenerate' });
    if (!fit.ok) expect(fit.reason).toMatch(/boundary/);
  });

  it('rejects impossible histories', () => {
    const inputs = simulateBgNbd(truth, { customers: 100, seed: 4 });
    inputs.tx[5] = inputs.T[5]! + 1;
    expect(fitBgNbd(inputs)).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
