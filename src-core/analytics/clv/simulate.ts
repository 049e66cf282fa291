/**
 * Synthetic customer bases drawn from known BG/NBD and Gamma-Gamma parameters, with a seeded
 * generator: the self-contained check that the fits recover the truth, and data for the bench.
 */
import type { BgNbdInputs, BgNbdParams } from './bgnbd';
import type { GammaGammaInputs, GammaGammaParams } from './gamma-gamma';

/** sfc32 (Chris Doty-Humphrey's Small Fast Counter): uniform [0, 1), reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

function standardNormal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with the U^(1/shape) boost for shape < 1. */
export function randomGamma(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return randomGamma(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = standardNormal(random);
    const v = Math.pow(1 + c * z, 3);
    if (v <= 0) continue;
    if (Math.log(1 - random()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/**
 * Customers acquired uniformly over `acquisitionWeeks` before the end of observation (T between
 * observedWeeks − acquisitionWeeks and observedWeeks): λ ~ Gamma(r, α), p ~ Beta(a, b), Poisson
 * purchases while alive, drop-out with probability p after each repeat purchase (FHL 2005 §2).
 */
export function simulateBgNbd(
  { r, alpha, a, b }: BgNbdParams,
  options: { customers: number; seed: number; observedWeeks?: number; acquisitionWeeks?: number },
): Required<BgNbdInputs> {
  const { customers, seed, observedWeeks = 52, acquisitionWeeks = 12 } = options;
  const random = seededRandom(seed);
  const out = { x: new Float64Array(customers), tx: new Float64Array(customers), T: new Float64Array(customers), weight: new Float64Array(customers).fill(1) };
  for (let i = 0; i < customers; i++) {
    const T = observedWeeks - acquisitionWeeks * random();
    const rate = randomGamma(random, r, alpha);
    const pa = randomGamma(random, a, 1);
    const dropout = pa / (pa + randomGamma(random, b, 1));
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(1 - random()) / rate;
      if (t > T) break;
      x++;
      tx = t;
      if (random() < dropout) break;
    }
    out.x[i] = x;
    out.tx[i] = tx;
    out.T[i] = T;
  }
  return out;
}

/** Mean values of each customer's x transactions: z ~ Gamma(p, ν), ν ~ Gamma(q, γ); NaN when x = 0. */
export function simulateGammaGamma({ p, q, gamma }: GammaGammaParams, x: Float64Array, seed: number): GammaGammaInputs {
  const random = seededRandom(seed);
  const meanValue = Float64Array.from(x, (count) => {
    if (count < 1) return Number.NaN;
    const nu = randomGamma(random, q, gamma);
    return randomGamma(random, p * count, nu) / count;
  });
  return { x: Float64Array.from(x), meanValue };
}
