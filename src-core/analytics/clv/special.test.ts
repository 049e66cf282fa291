import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, lgamma } from './special';

describe('lgamma', () => {
  it.each([
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [5, Math.log(24)],
    [10.5, 13.940625219403763], // mpmath.loggamma(10.5)
    [0.01, 4.599479878042022], // mpmath.loggamma(0.01)
    [1000, 5905.220423209181], // mpmath.loggamma(1000)
  ])('ln Γ(%d)', (x, expected) => {
    expect(lgamma(x)).toBeCloseTo(expected, 11);
  });
});

describe('digamma', () => {
  const eulerGamma = 0.5772156649015329;
  it.each([
    [1, -eulerGamma],
    [0.5, -eulerGamma - 2 * Math.log(2)],
    [10, 2.251752589066721], // mpmath.digamma(10)
    [0.05, -20.4978449912999], // mpmath.digamma(0.05)
  ])('ψ(%d)', (x, expected) => {
    expect(digamma(x)).toBeCloseTo(expected, 11);
  });

  it('is the derivative of lgamma', () => {
    for (const x of [0.3, 1.7, 4.2, 25]) {
      const h = 1e-5;
      expect(digamma(x)).toBeCloseTo((lgamma(x + h) - lgamma(x - h)) / (2 * h), 7);
    }
  });
});

describe('hyp2f1', () => {
  it.each([
    // Reference values from mpmath.hyp2f1 at 30 digits.
    [0.5, 2.4, 3.1, 0.9, 2.0740387180305118],
    [1.2, 3.5, 2.2, 0.95, 896.72453917298867],
    [3.243, 5.426, 5.219, 0.6, 22.328803132176251],
    [2.5, 1.5, 0.7, -3.0, -0.061734464094567149],
    [0.3, 0.7, 1.9, 0.999, 1.2501754177348683],
    [-0.2, 0.8, 2.5, 0.5, 0.96388436929256216],
    [1.7, 2.3, 1.2, 0.99, 576287.70658425044],
  ])('₂F₁(%d, %d; %d; %d)', (a, b, c, z, expected) => {
    expect(hyp2f1(a, b, c, z) / expected - 1).toBeCloseTo(0, 12);
  });

  it.each([0.1, 0.5, 0.9, 0.999, -0.5, -20])('matches closed forms at z = %d', (z) => {
    // ₂F₁(1, 1; 2; z) = −ln(1−z)/z and ₂F₁(a, b; b; z) = (1−z)^−a.
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
    expect(hyp2f1(0.7, 2.5, 2.5, z) / Math.pow(1 - z, -0.7)).toBeCloseTo(1, 12);
  });

  it('is arcsin(x)/x at ₂F₁(½, ½; 3/2; x²)', () => {
    for (const x of [0.2, 0.7, 0.99]) expect(hyp2f1(0.5, 0.5, 1.5, x * x)).toBeCloseTo(Math.asin(x) / x, 12);
  });

  it('terminates for a non-positive integer parameter (a polynomial)', () => {
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    const [b, c, z] = [1.5, 2.5, 0.8];
    expect(hyp2f1(-2, b, c, z)).toBeCloseTo(1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 14);
  });

  it('refuses z ≥ 1 instead of returning nonsense', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
  });
});
