import { describe, expect, it } from 'vitest';
import { customersNeeded, minimumDetectableUplift } from './power';
import { Z_80, Z_975, normalQuantile } from './normal';

describe('minimumDetectableUplift', () => {
  it('solves the power equation for 1,000 customers per group at a 10% baseline', () => {
    const delta = minimumDetectableUplift(0.1, 1000, 1000)!;
    // Fixed point of δ = 2.8015852 × √((0.1+δ)(0.9−δ)/1000 + 0.09/1000), ≈ 0.040685 (first guess 0.037585).
    expect(delta).toBeCloseTo(0.040685, 5);
    const p1 = 0.1 + delta;
    expect((Z_975 + Z_80) * Math.sqrt((p1 * (1 - p1)) / 1000 + 0.09 / 1000)).toBeCloseTo(delta, 10);
  });

  it('grows as the hold-out shrinks', () => {
    const big = minimumDetectableUplift(0.1, 900, 100)!;
    const small = minimumDetectableUplift(0.1, 980, 20)!;
    expect(small).toBeGreaterThan(big);
    expect(big).toBeGreaterThan(minimumDetectableUplift(0.1, 1000, 1000)!);
  });

  it('handles a zero baseline exactly and refuses empty groups', () => {
    const z = Z_975 + Z_80;
    expect(minimumDetectableUplift(0, 400, 400)).toBeCloseTo((z * z) / (400 + z * z), 10);
    expect(minimumDetectableUplift(0.1, 0, 100)).toBeNull();
    expect(minimumDetectableUplift(0.99, 3, 3)).toBeNull();
  });
});

describe('customersNeeded', () => {
  it('gives a size at which the uplift becomes detectable', () => {
    const n = customersNeeded(0.1, 0.05, 0.1)!;
    expect(minimumDetectableUplift(0.1, Math.round(n * 0.9), Math.round(n * 0.1))!).toBeLessThanOrEqual(0.05 + 1e-4);
    expect(minimumDetectableUplift(0.1, Math.round(n * 0.8), Math.round(n * 0.08))!).toBeGreaterThan(0.05);
    expect(customersNeeded(0.1, 0, 0.1)).toBeNull();
  });
});

describe('normalQuantile', () => {
  it.each([
    [0.975, Z_975],
    [0.8, Z_80],
    [0.5, 0],
    [0.01, -2.3263478740408408],
  ])('quantile(%d)', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });
});
