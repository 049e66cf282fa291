/**
 * Customer lifetime value over a horizon: BG/NBD expected purchases × Gamma-Gamma expected
 * order value × margin, discounted. Also the one-call summary the CLI prints.
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { purchaseDays } from '../customers/purchase-days';
import { bgnbdInputsFromPurchaseDays, compressInputs, fitBgNbd, type BgNbdInputs, type BgNbdParams } from './bgnbd';
import { expectedPurchases } from './bgnbd-predict';
import { expectedAverageOrderValue, fitGammaGamma, gammaGammaInputsFromPurchaseDays, type GammaGammaParams } from './gamma-gamma';

export const DEFAULT_HORIZON_DAYS = 365;
export const DEFAULT_MARGIN_PCT = 100;
/** A common planning rate for small businesses; the user can change it. */
export const DEFAULT_ANNUAL_DISCOUNT_RATE = 0.1;
/** Discounting step: purchases expected within a month are discounted as of that month's end. */
const STEP_DAYS = 30;
const DAYS_PER_WEEK = 7;

export interface ClvOptions {
  horizonDays?: number;
  /** Gross margin in percent of revenue (100 = value in revenue terms). */
  marginPct?: number;
  /** Annual discount rate as a fraction (0.1 = 10 % a year). */
  annualDiscountRate?: number;
}

/**
 * Discounted expected purchases over the horizon for one history:
 *   Σₖ [E(Y(tₖ)) − E(Y(tₖ₋₁))] / (1 + d)^(tₖ / 365),  tₖ = min(30k, horizon) days,
 * i.e. the purchases expected in each month are valued at the month's end (the usual discrete
 * approximation, as in the lifetimes library's customer_lifetime_value). CLV is this times the
 * expected order value times the margin.
 */
export function discountedExpectedPurchases(params: BgNbdParams, x: number, tx: number, T: number, options: ClvOptions = {}): number {
  const { horizonDays = DEFAULT_HORIZON_DAYS, annualDiscountRate = DEFAULT_ANNUAL_DISCOUNT_RATE } = options;
  let total = 0;
  let previous = 0;
  for (let end = Math.min(STEP_DAYS, horizonDays); ; end = Math.min(end + STEP_DAYS, horizonDays)) {
    const cumulative = expectedPurchases(params, x, tx, T, end / DAYS_PER_WEEK);
    total += (cumulative - previous) / Math.pow(1 + annualDiscountRate, end / 365);
    previous = cumulative;
    if (end >= horizonDays) return total;
  }
}

/** Predicted CLV of one customer. */
export function customerLifetimeValue(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  history: { x: number; tx: number; T: number; meanValue: number },
  options: ClvOptions = {},
): number {
  const margin = (options.marginPct ?? DEFAULT_MARGIN_PCT) / 100;
  const value = expectedAverageOrderValue(gammaGamma, history.x, history.meanValue);
  return margin * value * discountedExpectedPurchases(bgnbd, history.x, history.tx, history.T, options);
}

/**
 * Calls `each(row, x, t_x, T)` once per distinct history and returns the row of every customer
 * (−1 for customers without orders), so per-customer predictions cost one evaluation per history.
 */
export function forEachHistory(inputs: BgNbdInputs, each: (row: number, x: number, tx: number, T: number) => void): Int32Array {
  const data = compressInputs(inputs);
  for (let row = 0; row < data.x.length; row++) each(row, data.x[row]!, data.tx[row]!, data.T[row]!);
  return data.rowOf;
}

export interface ClvSummary {
  model: 'bgnbd+gg';
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number } | null;
  gammaGamma: { p: number; q: number; gamma: number } | null;
  horizonDays: number;
  /** Σ over customers of expected repeat purchases in the horizon; null when BG/NBD could not be fitted. */
  expectedRepeatPurchases: number | null;
  /** Σ over customers of expected purchases × expected order value (undiscounted, revenue); null without both models. */
  expectedRevenue: number | null;
  /** Σ predicted CLV (margin applied, discounted at the annual rate, as customerLifetimeValue); null without both models. */
  predictedClv: number | null;
  /** Why a model could not be fitted. */
  message?: string;
}

/** One call for the CLI: fit both models at asOf and total the forecast for the horizon. */
export function clvSummary(columns: AnalysisColumns, options: { asOf: EpochDay; horizonDays?: number; marginPct?: number; annualDiscountRate?: number }): ClvSummary {
  const { asOf, horizonDays = DEFAULT_HORIZON_DAYS } = options;
  const days = purchaseDays(columns, asOf);
  const inputs = bgnbdInputsFromPurchaseDays(days, asOf);
  const bgFit = fitBgNbd(inputs);
  const spend = gammaGammaInputsFromPurchaseDays(days);
  const ggFit = fitGammaGamma(spend);
  const messages = [bgFit, ggFit].flatMap((fit) => (fit.ok ? [] : [fit.reason]));
  const summary: ClvSummary = {
    model: 'bgnbd+gg',
    bgnbd: bgFit.ok ? { ...bgFit.params, logLikelihood: bgFit.logLikelihood } : null,
    gammaGamma: ggFit.ok ? { ...ggFit.params } : null,
    horizonDays,
    expectedRepeatPurchases: null,
    expectedRevenue: null,
    predictedClv: null,
    ...(messages.length ? { message: messages.join(' ') } : {}),
  };
  if (!bgFit.ok) return summary;
  const byHistory: number[] = [];
  const discountedByHistory: number[] = [];
  const rowOf = forEachHistory(inputs, (row, x, tx, T) => {
    byHistory[row] = expectedPurchases(bgFit.params, x, tx, T, horizonDays / DAYS_PER_WEEK);
    if (ggFit.ok) discountedByHistory[row] = discountedExpectedPurchases(bgFit.params, x, tx, T, options);
  });
  const margin = (options.marginPct ?? DEFAULT_MARGIN_PCT) / 100;
  let purchases = 0;
  let revenue = 0;
  let clv = 0;
  for (let c = 0; c < rowOf.length; c++) {
    const row = rowOf[c]!;
    if (row < 0) continue;
    const expected = byHistory[row]!;
    purchases += expected;
    if (ggFit.ok) {
      const value = expectedAverageOrderValue(ggFit.params, spend.x[c]!, spend.meanValue[c]!);
      revenue += expected * value;
      clv += margin * value * discountedByHistory[row]!;
    }
  }
  return {
    ...summary,
    expectedRepeatPurchases: purchases,
    expectedRevenue: ggFit.ok ? revenue : null,
    predictedClv: ggFit.ok ? clv : null,
  };
}
