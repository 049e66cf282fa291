/**
 * Special functions the customer-base models need: log-gamma, digamma and the
 * Gauss hypergeometric function 2F1 for real arguments.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; ~15 significant digits); reflection below 0.5. */
export function lgamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) series += LANCZOS[i]! / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ψ(x) = d/dx ln Γ(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic series. */
export function digamma(x: number): number {
  let result = 0;
  while (x < 10) {
    result -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    result +
    Math.log(x) -
    0.5 * inv -
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))))
  );
}

const MAX_SERIES_TERMS = 1_000_000;

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1
 * (c not a non-positive integer). NaN when the series cannot be summed to double precision.
 *
 * - z < 0: Pfaff's transformation ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)) maps the
 *   argument into [0, 1), where the power series has only same-sign terms after the first few.
 * - 0 ≤ z < 1: the power series itself or Euler's transformation
 *   ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z), whichever has the faster-decaying tail
 *   (terms behave like zⁿ n^(a+b−c−1)); near z = 1 with a + b > c the Euler form turns a slowly
 *   converging, large sum into a short one with a closed-form prefactor.
 * No connection formula in 1 − z is used: it is singular whenever c − a − b is an integer,
 * which is exactly where BG/NBD's arguments wander.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) return Number.NaN;
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  if (a + b > c && !isNonPositiveInteger(a) && !isNonPositiveInteger(b)) {
    return Math.pow(1 - z, c - a - b) * hyp2f1Series(c - a, c - b, c, z);
  }
  return hyp2f1Series(a, b, c, z);
}

function isNonPositiveInteger(value: number): boolean {
  return value <= 0 && Number.isInteger(value);
}

/** The defining power series, summed until the terms are below double precision and shrinking. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  if (isNonPositiveInteger(c)) return Number.NaN;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_SERIES_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1) {
      // Past the peak the term ratio tends monotonically to z, so the tail is at most a geometric series.
      const worst = Math.max(Math.abs(ratio), Math.abs(z));
      const bound = (Math.abs(term) * worst) / (1 - worst);
      if (bound <= 1e-16 * Math.abs(sum)) return sum;
    }
    if (!Number.isFinite(sum)) return Number.NaN;
  }
  return Number.NaN;
}
