/** Per-customer analytics: summaries, RFM scores and segments, lapsed / at-risk flags. */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerSummaries } from './summary';
import { rfmScores, rfmSegmentSummary, type RfmSegmentSummary } from './rfm';

export { customerCountOf, purchaseDays, type PurchaseDays } from './purchase-days';
export { customerSummaries, summariesFromPurchaseDays, type CustomerSummaries } from './summary';
export {
  NO_SEGMENT,
  RFM_SEGMENTS,
  quintileScores,
  rfmScores,
  rfmSegmentIndex,
  rfmSegmentSummary,
  type RfmScore,
  type RfmScores,
  type RfmSegmentRule,
  type RfmSegmentSummary,
} from './rfm';
export { DEFAULT_AT_RISK_FACTOR, DEFAULT_LAPSED_AFTER_DAYS, atRiskFlags, lapsedFlags } from './lapsed';

/** One call for the CLI: size and revenue of every RFM segment at the as-of date. */
export function rfmSummary(columns: AnalysisColumns, asOf: EpochDay): { segments: RfmSegmentSummary[] } {
  const summaries = customerSummaries(columns, asOf);
  return { segments: rfmSegmentSummary(rfmScores(summaries), summaries) };
}
