/**
 * The Customers page's model columns in one pass: RFM scores and segment, P(alive),
 * expected purchases in 90 and 365 days, expected order value and predicted CLV.
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerCountOf, purchaseDays } from '../customers/purchase-days';
import { rfmScores } from '../customers/rfm';
import { summariesFromPurchaseDays, type CustomerSummaries } from '../customers/summary';
import { bgnbdInputsFromPurchaseDays, fitBgNbd, type BgNbdFit } from './bgnbd';
import { expectedPurchases, probabilityAlive } from './bgnbd-predict';
import { DEFAULT_HORIZON_DAYS, DEFAULT_MARGIN_PCT, discountedExpectedPurchases, forEachHistory, type ClvOptions } from './clv';
import { expectedAverageOrderValue, fitGammaGamma, gammaGammaInputsFromPurchaseDays, type GammaGammaFit } from './gamma-gamma';

/** Typed arrays indexed by customer index; NaN where a model could not be fitted or the customer is absent. */
export interface CustomerValueTable {
  asOf: EpochDay;
  horizonDays: number;
  summaries: CustomerSummaries;
  recencyScore: Uint8Array;
  frequencyScore: Uint8Array;
  monetaryScore: Uint8Array;
  /** Index into RFM_SEGMENTS; NO_SEGMENT for absent customers. */
  segment: Uint8Array;
  probabilityAlive: Float64Array;
  expectedPurchases90: Float64Array;
  expectedPurchases365: Float64Array;
  expectedAverageOrderValue: Float64Array;
  /** CLV over horizonDays with margin and discounting (see discountedExpectedPurchases). */
  predictedClv: Float64Array;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

export function customerValueTable(
  columns: AnalysisColumns,
  asOf: EpochDay,
  options: ClvOptions & { customerCount?: number } = {},
): CustomerValueTable {
  const { horizonDays = DEFAULT_HORIZON_DAYS, customerCount = customerCountOf(columns) } = options;
  const days = purchaseDays(columns, asOf, customerCount);
  const summaries = summariesFromPurchaseDays(days, asOf);
  const scores = rfmScores(summaries);
  const inputs = bgnbdInputsFromPurchaseDays(days, asOf);
  const spend = gammaGammaInputsFromPurchaseDays(days);
  const bgnbd = fitBgNbd(inputs);
  const gammaGamma = fitGammaGamma(spend);
  const nan = (): Float64Array => new Float64Array(customerCount).fill(Number.NaN);
  const table: CustomerValueTable = {
    asOf,
    horizonDays,
    summaries,
    recencyScore: scores.recency,
    frequencyScore: scores.frequency,
    monetaryScore: scores.monetary,
    segment: scores.segment,
    probabilityAlive: nan(),
    expectedPurchases90: nan(),
    expectedPurchases365: nan(),
    expectedAverageOrderValue: nan(),
    predictedClv: nan(),
    bgnbd,
    gammaGamma,
  };
  if (gammaGamma.ok) {
    for (let c = 0; c < customerCount; c++) {
      if (summaries.present[c] === 1) table.expectedAverageOrderValue[c] = expectedAverageOrderValue(gammaGamma.params, spend.x[c]!, spend.meanValue[c]!);
    }
  }
  if (!bgnbd.ok) return table;

  const perHistory = { alive: [] as number[], in90: [] as number[], in365: [] as number[], discounted: [] as number[] };
  const rowOf = forEachHistory(inputs, (row, x, tx, T) => {
    perHistory.alive[row] = probabilityAlive(bgnbd.params, x, tx, T);
    perHistory.in90[row] = expectedPurchases(bgnbd.params, x, tx, T, 90 / 7);
    perHistory.in365[row] = expectedPurchases(bgnbd.params, x, tx, T, 365 / 7);
    if (gammaGamma.ok) perHistory.discounted[row] = discountedExpectedPurchases(bgnbd.params, x, tx, T, { ...options, horizonDays });
  });
  const margin = (options.marginPct ?? DEFAULT_MARGIN_PCT) / 100;
  for (let c = 0; c < customerCount; c++) {
    const row = rowOf[c]!;
    if (row < 0) continue;
    table.probabilityAlive[c] = perHistory.alive[row]!;
    table.expectedPurchases90[c] = perHistory.in90[row]!;
    table.expectedPurchases365[c] = perHistory.in365[row]!;
    if (gammaGamma.ok) table.predictedClv[c] = margin * table.expectedAverageOrderValue[c]! * perHistory.discounted[row]!;
  }
  return table;
}
