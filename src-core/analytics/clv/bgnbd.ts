/**
 * BG/NBD ("beta-geometric / negative binomial") model of repeat buying:
 * Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2), 275–284. Inputs, likelihood and maximum-likelihood fit.
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerCountOf, purchaseDays, type PurchaseDays } from '../customers/purchase-days';
import { PARAMETER_LIMIT, type ModelFit } from './fit-result';
import { compressInputs, type CompressedInputs } from './histories';
import { minimizeBfgs, minimizeNelderMead } from './optimize';
import { digamma, lgamma } from './special';

export interface BgNbdParams {
  /** Shape of the gamma distribution of purchase rates λ. */
  r: number;
  /** Scale (rate parameter) of that gamma, in weeks. */
  alpha: number;
  /** Beta distribution of the drop-out probability p. */
  a: number;
  b: number;
}

/** Per customer: repeat purchase days, weeks first → last purchase, weeks first purchase → as-of. */
export interface BgNbdInputs {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** How many customers each row stands for (default 1); 0 leaves the row out. */
  weight?: Float64Array;
}

export type BgNbdFit = ModelFit<BgNbdParams>;
export { compressInputs, type CompressedInputs } from './histories';

const DAYS_PER_WEEK = 7;
export const MIN_CUSTOMERS = 20;
export const MIN_REPEAT_CUSTOMERS = 5;

/**
 * BG/NBD inputs per DESIGN.md, indexed by customer index: x = distinct purchase days − 1,
 * t_x and T in weeks from the first purchase day. Customers without a counted order on or
 * before asOf get weight 0.
 */
export function bgnbdInputs(columns: AnalysisColumns, asOf: EpochDay, customerCount = customerCountOf(columns)): Required<BgNbdInputs> {
  return bgnbdInputsFromPurchaseDays(purchaseDays(columns, asOf, customerCount), asOf);
}

export function bgnbdInputsFromPurchaseDays(days: PurchaseDays, asOf: EpochDay): Required<BgNbdInputs> {
  const n = days.customerCount;
  const inputs = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), weight: new Float64Array(n) };
  for (let c = 0; c < n; c++) {
    const from = days.offsets[c]!;
    const to = days.offsets[c + 1]!;
    if (to === from) continue;
    inputs.x[c] = to - from - 1;
    inputs.tx[c] = (days.day[to - 1]! - days.day[from]!) / DAYS_PER_WEEK;
    inputs.T[c] = (asOf - days.day[from]!) / DAYS_PER_WEEK;
    inputs.weight[c] = 1;
  }
  return inputs;
}

/**
 * Total log-likelihood, FHL (2005) eq. (6) in log space:
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+t_x)^−(r+x) ]
 * using B(a+1, b+x−1) / B(a, b+x) = a / (b+x−1).
 */
export function bgnbdLogLikelihood(params: BgNbdParams, inputs: BgNbdInputs | CompressedInputs): number {
  const data = 'distinctX' in inputs ? inputs : compressInputs(inputs);
  return -negativeLogLikelihood(data, logParams(params), null);
}

function logParams({ r, alpha, a, b }: BgNbdParams): Float64Array {
  return Float64Array.of(Math.log(r), Math.log(alpha), Math.log(a), Math.log(b));
}

const LOG_BOUND = Math.log(1e7);

/**
 * Σ −w·ln L and, when `gradient` is given, its gradient with respect to (ln r, ln α, ln a, ln b).
 * With w₃, w₄ the shares of the two bracketed terms in L:
 *   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w₃ ln(α+T) − w₄ ln(α+t_x)
 *   ∂/∂α = r/α − (r+x) [w₃/(α+T) + w₄/(α+t_x)]
 *   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w₄/a
 *   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w₄/(b+x−1)
 */
function negativeLogLikelihood(data: CompressedInputs, point: Float64Array, gradient: Float64Array | null): number {
  if (point.some((v) => !(Math.abs(v) <= LOG_BOUND))) return Number.POSITIVE_INFINITY;
  const r = Math.exp(point[0]!);
  const alpha = Math.exp(point[1]!);
  const a = Math.exp(point[2]!);
  const b = Math.exp(point[3]!);
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  const k = data.distinctX.length;
  // Per distinct x: the parts of ln L (and of its gradient) that do not depend on t_x or T.
  const constant = new Float64Array(k);
  const logBx1 = new Float64Array(k);
  const dr0 = new Float64Array(k);
  const da0 = new Float64Array(k);
  const db0 = new Float64Array(k);
  const base = -lgamma(r) + r * logAlpha + lgamma(a + b) - lgamma(b);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  for (let j = 0; j < k; j++) {
    const x = data.distinctX[j]!;
    constant[j] = base + lgamma(r + x) + lgamma(b + x) - lgamma(a + b + x);
    logBx1[j] = x > 0 ? Math.log(b + x - 1) : 0;
    if (gradient) {
      const psiABx = digamma(a + b + x);
      dr0[j] = digamma(r + x) - psiR + logAlpha;
      da0[j] = psiAB - psiABx;
      db0[j] = psiAB + digamma(b + x) - psiB - psiABx;
    }
  }
  // ln(α + t) and 1/(α + t) once per distinct time.
  const logTime = data.distinctTimes.map((t) => Math.log(alpha + t));
  const invTime = gradient ? data.distinctTimes.map((t) => 1 / (alpha + t)) : logTime;
  let sum = 0;
  let gr = 0;
  let galpha = 0;
  let ga = 0;
  let gb = 0;
  const n = data.x.length;
  for (let i = 0; i < n; i++) {
    const x = data.x[i]!;
    const w = data.weight[i]!;
    const j = data.xIndex[i]!;
    const logAT = logTime[data.TIndex[i]!]!;
    const a3 = -(r + x) * logAT;
    let logBracket = a3;
    let w4 = 0;
    let logAtx = 0;
    if (x > 0) {
      logAtx = logTime[data.txIndex[i]!]!;
      // ln(e^a3 + e^a4) and the share of e^a4, with one exp and one log1p.
      const d = logA - logBx1[j]! - (r + x) * logAtx - a3;
      const e = Math.exp(-Math.abs(d));
      logBracket = (d > 0 ? a3 + d : a3) + Math.log1p(e);
      w4 = d > 0 ? 1 / (1 + e) : e / (1 + e);
    }
    sum += w * (constant[j]! + logBracket);
    if (gradient) {
      const w3 = 1 - w4;
      const invAT = invTime[data.TIndex[i]!]!;
      const invAtx = x > 0 ? invTime[data.txIndex[i]!]! : 0;
      gr += w * (dr0[j]! - w3 * logAT - w4 * logAtx);
      galpha += w * (r / alpha - (r + x) * (w3 * invAT + w4 * invAtx));
      ga += w * (da0[j]! + w4 / a);
      gb += w * (db0[j]! - (x > 0 ? w4 / (b + x - 1) : 0));
    }
  }
  if (gradient) {
    // Chain rule to log-parameters, sign flipped for minimisation.
    gradient[0] = -gr * r;
    gradient[1] = -galpha * alpha;
    gradient[2] = -ga * a;
    gradient[3] = -gb * b;
  }
  return -sum;
}

/** Gradient of the total log-likelihood with respect to (r, α, a, b); exported for tests. */
export function bgnbdLogLikelihoodGradient(params: BgNbdParams, inputs: BgNbdInputs): Float64Array {
  const gradient = new Float64Array(4);
  negativeLogLikelihood(compressInputs(inputs), logParams(params), gradient);
  const values = [params.r, params.alpha, params.a, params.b];
  return gradient.map((g, i) => -g / values[i]!);
}

/**
 * Maximum-likelihood fit on log-parameters: BFGS with the analytic gradient from a few
 * starting points (the best optimum wins), Nelder–Mead with restarts if none converges.
 * Customers are first merged into unique (x, t_x, T) rows, so the cost grows with distinct
 * histories, not with customers.
 */
export function fitBgNbd(inputs: BgNbdInputs): BgNbdFit {
  if (inputs.tx.length !== inputs.x.length || inputs.T.length !== inputs.x.length) {
    return { ok: false, code: 'invalid-input', reason: 'x, t_x and T must have one value per customer.', customers: 0 };
  }
  const data = compressInputs(inputs);
  const customers = data.customers;
  for (let i = 0; i < data.x.length; i++) {
    const { x, tx, T } = { x: data.x[i]!, tx: data.tx[i]!, T: data.T[i]! };
    if (!(x >= 0 && Number.isInteger(x) && tx >= 0 && T >= tx)) {
      return { ok: false, code: 'invalid-input', reason: `Invalid history x=${x}, t_x=${tx}, T=${T}: need whole x ≥ 0 and 0 ≤ t_x ≤ T.`, customers };
    }
  }
  if (customers < MIN_CUSTOMERS) {
    return { ok: false, code: 'too-few-customers', reason: `Only ${customers} customers: at least ${MIN_CUSTOMERS} are needed to fit BG/NBD.`, customers };
  }
  if (data.repeatCustomers < MIN_REPEAT_CUSTOMERS) {
    return {
      ok: false,
      code: 'too-few-repeat-customers',
      reason: `Only ${data.repeatCustomers} customers bought more than once: at least ${MIN_REPEAT_CUSTOMERS} are needed to estimate repeat buying.`,
      customers,
    };
  }
  let purchases = 0;
  let exposure = 0;
  for (let i = 0; i < data.x.length; i++) {
    purchases += data.weight[i]! * data.x[i]!;
    exposure += data.weight[i]! * data.T[i]!;
  }
  // Starting α from the observed repeat rate puts the first guess on the right time scale.
  const rate = Math.max(purchases / Math.max(exposure, 1e-9), 1e-6);
  const starts = [
    [1, 1 / rate, 1, 1],
    [0.5, 0.5 / rate, 0.5, 3],
    [2, 2 / rate, 3, 3],
  ].map((start) => start.map(Math.log));
  const scale = 1 / customers;
  const objective = (point: Float64Array, gradient: Float64Array): number => {
    const value = negativeLogLikelihood(data, point, gradient);
    for (let i = 0; i < 4; i++) gradient[i]! *= scale;
    return value * scale;
  };
  let best = minimizeBfgs(objective, starts[0]!);
  for (const start of starts.slice(1)) {
    const result = minimizeBfgs(objective, start);
    if ((result.converged && !best.converged) || (result.converged === best.converged && result.value < best.value)) best = result;
  }
  if (!best.converged) {
    const fallback = minimizeNelderMead((point) => scale * negativeLogLikelihood(data, point, null), best.point);
    if (fallback.value <= best.value) best = { ...fallback, iterations: best.iterations + fallback.iterations };
  }
  const [r = Number.NaN, alpha = Number.NaN, a = Number.NaN, b = Number.NaN] = Array.from(best.point, Math.exp);
  if (!best.converged) {
    return { ok: false, code: 'no-convergence', reason: 'The BG/NBD likelihood could not be maximised reliably on these data.', customers };
  }
  if ([r, alpha, a, b].some((v) => v > PARAMETER_LIMIT || v < 1 / PARAMETER_LIMIT)) {
    return {
      ok: false,
      code: 'degenerate',
      reason: `The best BG/NBD fit runs to a boundary (r=${r.toPrecision(3)}, α=${alpha.toPrecision(3)}, a=${a.toPrecision(3)}, b=${b.toPrecision(3)}): the data cannot pin the model down.`,
      customers,
    };
  }
  return { ok: true, params: { r, alpha, a, b }, logLikelihood: -best.value / scale, iterations: best.iterations, converged: true, customers };
}
