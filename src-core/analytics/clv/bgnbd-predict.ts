/**
 * What a fitted BG/NBD model says about a customer: probability alive and expected
 * purchases ahead. Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way".
 */
import type { BgNbdParams } from './bgnbd';
import { hyp2f1 } from './special';

/**
 * P(alive | x, t_x, T) (Fader, Hardie & Lee 2008, note 021 "Computing P(alive) using the BG/NBD model"):
 *   1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), evaluated in log space.
 */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T], expected repeat purchases in the next t weeks, FHL (2005) eq. (10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 *   z = t / (α+T+t).
 * By Euler's transformation (1−z)^(r+x) ₂F₁(r+x, b+x; c; z) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z),
 * whose series gets shorter as x grows instead of longer and cannot overflow for heavy buyers.
 * At a = 1 the formula is 0/0; within 10⁻⁴ of it the mean of a = 1 ± 10⁻⁴ is used (smooth in a).
 * With x = t_x = T = 0 this is the unconditional E[X(t)] of eq. (9).
 */
export function expectedPurchases(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  if (!(t > 0)) return 0;
  const { a } = params;
  if (Math.abs(a - 1) < A_NEAR_ONE) {
    const below = expectedPurchasesAwayFromOne({ ...params, a: 1 - A_NEAR_ONE }, x, tx, T, t);
    const above = expectedPurchasesAwayFromOne({ ...params, a: 1 + A_NEAR_ONE }, x, tx, T, t);
    return 0.5 * (below + above);
  }
  return expectedPurchasesAwayFromOne(params, x, tx, T, t);
}

/** Half-width of the band around a = 1 bridged by the mean of its two edges (error O(10⁻⁸) relative). */
const A_NEAR_ONE = 1e-4;

function expectedPurchasesAwayFromOne(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  const remaining = 1 - Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * remaining * probabilityAlive(params, x, tx, T);
}

/** E[X(t)], expected repeat purchases of a new customer in the first t weeks, FHL (2005) eq. (9). */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  return expectedPurchases(params, 0, 0, 0, t);
}
