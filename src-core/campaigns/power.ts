/**
 * Before launch: can this campaign's measurement tell anything? The power hint is the
 * smallest uplift in response rate the two group sizes can detect, so the owner sees
 * "with 40 held out, only an uplift of 19 points would show" before spending money.
 */
import { Z_80, Z_975, normalQuantile } from './normal';

export interface PowerOptions {
  /** Two-sided significance level (default 0.05, i.e. a 95% interval). */
  alpha?: number;
  /** Probability of detecting an uplift of the returned size (default 0.8). */
  power?: number;
}

/**
 * Minimum detectable uplift δ for a baseline (hold-out) response rate p₀ with nₜ targeted and
 * nₕ held-out customers: the δ at which a two-sided Wald test at level α rejects "no effect"
 * with the given power, i.e. the fixed point of
 *   δ = (z₁₋α/₂ + z_power) · √( p₁(1 − p₁)/nₜ + p₀(1 − p₀)/nₕ ),  p₁ = p₀ + δ
 * (the variance of the same difference measure.ts reports, taken under the alternative).
 * Null when a group is empty or even δ = 1 − p₀ could not be detected.
 * A first guess of the same formula with p₁ = p₀ is refined a few times; it converges fast
 * because the right side changes slowly with δ.
 */
export function minimumDetectableUplift(
  baselineRate: number,
  targetedCustomers: number,
  holdoutCustomers: number,
  options: PowerOptions = {},
): number | null {
  if (targetedCustomers < 1 || holdoutCustomers < 1) return null;
  const p0 = Math.min(1, Math.max(0, baselineRate));
  const z = zSum(options);
  const sizeAt = (delta: number): number => {
    const p1 = Math.min(1, p0 + delta);
    return z * Math.sqrt((p1 * (1 - p1)) / targetedCustomers + (p0 * (1 - p0)) / holdoutCustomers);
  };
  // With p₀ = 0 the first guess is 0, itself a fixed point; start from the exact answer for p₀ = 0 instead.
  let delta = sizeAt(0) || (z * z) / (targetedCustomers + z * z);
  for (let i = 0; i < 100; i++) {
    const next = sizeAt(delta);
    if (Math.abs(next - delta) < 1e-12) break;
    delta = next;
  }
  return delta > 0 && p0 + delta <= 1 ? delta : null;
}

/**
 * Customers needed in all (targeted + hold-out, split by holdoutShare) to detect an uplift
 * of `uplift` over the baseline rate, by the same formula solved for n; null when no size can.
 */
export function customersNeeded(baselineRate: number, uplift: number, holdoutShare: number, options: PowerOptions = {}): number | null {
  const p0 = Math.min(1, Math.max(0, baselineRate));
  const p1 = p0 + uplift;
  if (!(uplift > 0) || p1 > 1 || !(holdoutShare > 0 && holdoutShare < 1)) return null;
  const z = zSum(options);
  // δ² = z² (p₁q₁/((1−h)N) + p₀q₀/(hN))  ⇒  N = z² (p₁q₁/(1−h) + p₀q₀/h) / δ²
  const n = (z * z * ((p1 * (1 - p1)) / (1 - holdoutShare) + (p0 * (1 - p0)) / holdoutShare)) / (uplift * uplift);
  return Math.ceil(n);
}

function zSum({ alpha = 0.05, power = 0.8 }: PowerOptions): number {
  const zAlpha = alpha === 0.05 ? Z_975 : normalQuantile(1 - alpha / 2);
  const zPower = power === 0.8 ? Z_80 : normalQuantile(power);
  return zAlpha + zPower;
}
