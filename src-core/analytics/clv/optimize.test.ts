import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeNelderMead } from './optimize';

/** Rosenbrock's banana valley: minimum 0 at (1, 1), notoriously slow for naive methods. */
const rosenbrock = (p: Float64Array): number => (1 - p[0]!) ** 2 + 100 * (p[1]! - p[0]! ** 2) ** 2;

describe('minimizeBfgs', () => {
  it('finds the Rosenbrock minimum from the classic start (−1.2, 1)', () => {
    const result = minimizeBfgs((p, g) => {
      g[0] = -2 * (1 - p[0]!) - 400 * p[0]! * (p[1]! - p[0]! ** 2);
      g[1] = 200 * (p[1]! - p[0]! ** 2);
      return rosenbrock(p);
    }, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 6);
    expect(result.point[1]).toBeCloseTo(1, 6);
  });

  it('treats non-finite values as outside the domain and stays inside', () => {
    // Minimum of (x − 3)² restricted to x < 2 by returning Infinity beyond: ends at the wall, not past it.
    const result = minimizeBfgs((p, g) => {
      g[0] = 2 * (p[0]! - 3);
      return p[0]! < 2 ? (p[0]! - 3) ** 2 : Number.POSITIVE_INFINITY;
    }, [0]);
    expect(result.point[0]).toBeLessThan(2);
    expect(result.point[0]).toBeGreaterThan(1.99);
    expect(result.converged).toBe(false);
  });
});

describe('minimizeNelderMead', () => {
  it('finds the Rosenbrock minimum without a gradient', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
  });

  it('minimises a 4-parameter quadratic with a shifted centre', () => {
    const centre = [0.3, -2, 5, 1];
    const result = minimizeNelderMead((p) => p.reduce((sum, v, i) => sum + (i + 1) * (v - centre[i]!) ** 2, 0), [0, 0, 0, 0]);
    centre.forEach((c, i) => expect(result.point[i]).toBeCloseTo(c, 4));
  });
});
