/**
 * Gamma-Gamma model of spend per transaction: Fader, Hardie & Lee (2005), "RFM and CLV:
 * Using Iso-value Curves for Customer Base Analysis", Journal of Marketing Research 42(4);
 * the spend model is set out in Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value".
 * Each transaction's value z ~ Gamma(p, ν), ν ~ Gamma(q, γ) across customers.
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerCountOf, purchaseDays, type PurchaseDays } from '../customers/purchase-days';
import { PARAMETER_LIMIT, type ModelFit } from './fit-result';
import { minimizeBfgs } from './optimize';
import { digamma, lgamma } from './special';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Per customer: x = repeat purchase days, meanValue = their mean value (NaN when x = 0). */
export interface GammaGammaInputs {
  x: Float64Array;
  meanValue: Float64Array;
}

export type GammaGammaFit = ModelFit<GammaGammaParams>;

export const MIN_SPEND_CUSTOMERS = 10;

/**
 * Inputs per DESIGN.md, indexed by customer index: the mean value of the repeat purchase days
 * (orders on one day summed, the first purchase day left out).
 */
export function gammaGammaInputs(columns: AnalysisColumns, asOf: EpochDay, customerCount = customerCountOf(columns)): GammaGammaInputs {
  return gammaGammaInputsFromPurchaseDays(purchaseDays(columns, asOf, customerCount));
}

export function gammaGammaInputsFromPurchaseDays(days: PurchaseDays): GammaGammaInputs {
  const n = days.customerCount;
  const inputs = { x: new Float64Array(n), meanValue: new Float64Array(n).fill(Number.NaN) };
  for (let c = 0; c < n; c++) {
    const from = days.offsets[c]!;
    const to = days.offsets[c + 1]!;
    if (to - from < 2) continue;
    let total = 0;
    for (let row = from + 1; row < to; row++) total += days.amount[row]!;
    inputs.x[c] = to - from - 1;
    inputs.meanValue[c] = total / (to - from - 1);
  }
  return inputs;
}

interface SpendData {
  x: Float64Array;
  meanValue: Float64Array;
  logMean: Float64Array;
  xIndex: Uint32Array;
  distinctX: Float64Array;
}

/** Customers the model can use: x ≥ 1 and a positive mean value (the gamma has no mass at or below 0). */
function spendData(inputs: GammaGammaInputs): SpendData {
  const keep: number[] = [];
  for (let i = 0; i < inputs.x.length; i++) if (inputs.x[i]! >= 1 && inputs.meanValue[i]! > 0) keep.push(i);
  const x = Float64Array.from(keep, (i) => inputs.x[i]!);
  const meanValue = Float64Array.from(keep, (i) => inputs.meanValue[i]!);
  const distinct = [...new Set(x)];
  const position = new Map(distinct.map((value, k) => [value, k]));
  return { x, meanValue, logMean: meanValue.map(Math.log), xIndex: Uint32Array.from(x, (v) => position.get(v)!), distinctX: Float64Array.from(distinct) };
}

/**
 * Σ −ln f(z̄ | p, q, γ, x) with, per customer, the density of the observed mean z̄ given x (Fader & Hardie 2013),
 *   ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄),
 * and its gradient with respect to (ln p, ln q, ln γ).
 */
function negativeLogLikelihood(data: SpendData, point: Float64Array, gradient: Float64Array | null): number {
  if (point.some((v) => !(Math.abs(v) <= Math.log(1e7)))) return Number.POSITIVE_INFINITY;
  const p = Math.exp(point[0]!);
  const q = Math.exp(point[1]!);
  const gamma = Math.exp(point[2]!);
  const k = data.distinctX.length;
  const constant = new Float64Array(k);
  const dpx = new Float64Array(k);
  const dqx = new Float64Array(k);
  const base = -lgamma(q) + q * Math.log(gamma);
  const psiQ = digamma(q);
  for (let j = 0; j < k; j++) {
    const x = data.distinctX[j]!;
    constant[j] = base + lgamma(p * x + q) - lgamma(p * x) + p * x * Math.log(x);
    if (gradient) {
      const psiPXQ = digamma(p * x + q);
      dpx[j] = x * (psiPXQ - digamma(p * x) + Math.log(x));
      dqx[j] = psiPXQ - psiQ + Math.log(gamma);
    }
  }
  let sum = 0;
  let gp = 0;
  let gq = 0;
  let gg = 0;
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]!;
    const j = data.xIndex[i]!;
    const logSpend = Math.log(gamma + x * data.meanValue[i]!);
    sum += constant[j]! + (p * x - 1) * data.logMean[i]! - (p * x + q) * logSpend;
    if (gradient) {
      gp += dpx[j]! + x * data.logMean[i]! - x * logSpend;
      gq += dqx[j]! - logSpend;
      gg += q / gamma - (p * x + q) / (gamma + x * data.meanValue[i]!);
    }
  }
  if (gradient) {
    gradient[0] = -gp * p;
    gradient[1] = -gq * q;
    gradient[2] = -gg * gamma;
  }
  return -sum;
}

export function gammaGammaLogLikelihood(params: GammaGammaParams, inputs: GammaGammaInputs): number {
  return -negativeLogLikelihood(spendData(inputs), Float64Array.of(Math.log(params.p), Math.log(params.q), Math.log(params.gamma)), null);
}

/** Maximum-likelihood fit on log-parameters (BFGS, analytic gradient, a few starting points). */
export function fitGammaGamma(inputs: GammaGammaInputs): GammaGammaFit {
  const data = spendData(inputs);
  const customers = data.x.length;
  if (customers < MIN_SPEND_CUSTOMERS) {
    return {
      ok: false,
      code: 'too-few-repeat-customers',
      reason: `Only ${customers} repeat customers with a positive spend: at least ${MIN_SPEND_CUSTOMERS} are needed to model order value.`,
      customers,
    };
  }
  let mean = 0;
  for (const value of data.meanValue) mean += value / customers;
  // Starts with E[z] = pγ/(q−1) near the observed mean, at different degrees of heterogeneity.
  const starts = [
    [1, 2, mean],
    [5, 4, (3 * mean) / 5],
    [0.5, 1.5, mean],
  ].map((start) => start.map(Math.log));
  const scale = 1 / customers;
  const objective = (point: Float64Array, gradient: Float64Array): number => {
    const value = negativeLogLikelihood(data, point, gradient);
    for (let i = 0; i < 3; i++) gradient[i]! *= scale;
    return value * scale;
  };
  let best = minimizeBfgs(objective, starts[0]!);
  for (const start of starts.slice(1)) {
    const result = minimizeBfgs(objective, start);
    if ((result.converged && !best.converged) || (result.converged === best.converged && result.value < best.value)) best = result;
  }
  const [p = Number.NaN, q = Number.NaN, gamma = Number.NaN] = Array.from(best.point, Math.exp);
  if (!best.converged) {
    return { ok: false, code: 'no-convergence', reason: 'The Gamma-Gamma likelihood could not be maximised reliably on these data.', customers };
  }
  if (q > PARAMETER_LIMIT && gamma > PARAMETER_LIMIT && p < PARAMETER_LIMIT && p > 1 / PARAMETER_LIMIT) {
    return {
      ok: false,
      code: 'degenerate',
      reason: `Customers' average order values differ no more than chance makes them (q and γ run to infinity), so there is no spread between customers for the Gamma-Gamma model to estimate; the overall average order value is the better guide.`,
      customers,
    };
  }
  if ([p, q, gamma].some((v) => v > PARAMETER_LIMIT * 100 || v < 1 / PARAMETER_LIMIT)) {
    return { ok: false, code: 'degenerate', reason: `The best Gamma-Gamma fit runs to a boundary (p=${p.toPrecision(3)}, q=${q.toPrecision(3)}, γ=${gamma.toPrecision(3)}).`, customers };
  }
  if (q <= 1) {
    return {
      ok: false,
      code: 'degenerate',
      reason: `Order values are so spread out (q=${q.toPrecision(3)} ≤ 1) that the model's mean order value is infinite.`,
      customers,
    };
  }
  return { ok: true, params: { p, q, gamma }, logLikelihood: -best.value / scale, iterations: best.iterations, converged: true, customers };
}

/**
 * E[Z | p, q, γ, x, z̄] = p(γ + x z̄) / (px + q − 1) (FHL 2005 JMR; Fader & Hardie 2013): a weighted
 * mean of the population mean pγ/(q−1) and the customer's own mean, trusting the customer more
 * the more repeat purchases they made. x = 0 gives the population mean.
 */
export function expectedAverageOrderValue({ p, q, gamma }: GammaGammaParams, x: number, meanValue: number): number {
  if (!(x > 0) || !(meanValue > 0)) return (p * gamma) / (q - 1);
  return (p * (gamma + x * meanValue)) / (p * x + q - 1);
}
