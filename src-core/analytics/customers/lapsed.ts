/**
 * Lapsed and at-risk flags: a fixed rule the owner sets, and an adaptive rule
 * that judges each customer against their own rhythm of buying.
 */
import type { CustomerSummaries } from './summary';

/** Default for the "no order for N days" setting. */
export const DEFAULT_LAPSED_AFTER_DAYS = 180;

/**
 * Default k of the adaptive rule: at risk once the silence is more than twice the customer's
 * typical (median) interval. A customer who buys like clockwork is flagged after missing one
 * order; k = 2 leaves room for the ordinary spread of intervals around the median.
 */
export const DEFAULT_AT_RISK_FACTOR = 2;

/**
 * 1 = lapsed: no counted order in the last N days, i.e. days since the last order ≥ N
 * (the same window convention as "active": last order in (asOf − N, asOf]).
 */
export function lapsedFlags(summaries: CustomerSummaries, lapsedAfterDays = DEFAULT_LAPSED_AFTER_DAYS): Uint8Array {
  const flags = new Uint8Array(summaries.count);
  for (let c = 0; c < summaries.count; c++) {
    if (summaries.present[c] === 1 && summaries.daysSinceLastOrder[c]! >= lapsedAfterDays) flags[c] = 1;
  }
  return flags;
}

/**
 * 1 = at risk: days since the last order > k × the customer's typical interval. Only customers
 * with at least two purchase days have an interval, so one-time buyers are never flagged here
 * (the lapsed rule covers them).
 */
export function atRiskFlags(summaries: CustomerSummaries, factor = DEFAULT_AT_RISK_FACTOR): Uint8Array {
  const flags = new Uint8Array(summaries.count);
  for (let c = 0; c < summaries.count; c++) {
    const interval = summaries.typicalIntervalDays[c]!;
    if (summaries.purchaseDays[c]! >= 2 && summaries.daysSinceLastOrder[c]! > factor * interval) flags[c] = 1;
  }
  return flags;
}
