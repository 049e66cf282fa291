/**
 * Per-customer summary as columns indexed by customer index (OrderStore.customers):
 * what the Customers table shows and what RFM and the lapsed rules read.
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerCountOf, purchaseDays, type PurchaseDays } from './purchase-days';

export interface CustomerSummaries {
  asOf: EpochDay;
  count: number;
  /** 1 = the customer has at least one counted order on or before asOf; 0 = absent (all other columns 0 / NaN). */
  present: Uint8Array;
  firstOrderDay: Int32Array;
  lastOrderDay: Int32Array;
  /** Counted orders. */
  orders: Uint32Array;
  /** Distinct days with a counted order. */
  purchaseDays: Uint32Array;
  revenue: Float64Array;
  /** revenue / orders; NaN when absent. */
  averageOrderValue: Float64Array;
  daysSinceLastOrder: Int32Array;
  /**
   * Median gap in days between consecutive purchase days; NaN with fewer than two purchase days.
   * Gaps are between distinct days so that several orders placed on one day do not read as
   * a habit of ordering every 0 days.
   */
  typicalIntervalDays: Float64Array;
}

export function customerSummaries(
  columns: AnalysisColumns,
  asOf: EpochDay,
  customerCount = customerCountOf(columns),
): CustomerSummaries {
  return summariesFromPurchaseDays(purchaseDays(columns, asOf, customerCount), asOf);
}

export function summariesFromPurchaseDays(days: PurchaseDays, asOf: EpochDay): CustomerSummaries {
  const count = days.customerCount;
  const summaries: CustomerSummaries = {
    asOf,
    count,
    present: new Uint8Array(count),
    firstOrderDay: new Int32Array(count),
    lastOrderDay: new Int32Array(count),
    orders: new Uint32Array(count),
    purchaseDays: new Uint32Array(count),
    revenue: new Float64Array(count),
    averageOrderValue: new Float64Array(count).fill(Number.NaN),
    daysSinceLastOrder: new Int32Array(count),
    typicalIntervalDays: new Float64Array(count).fill(Number.NaN),
  };
  let gaps = new Float64Array(16);
  for (let c = 0; c < count; c++) {
    const from = days.offsets[c]!;
    const to = days.offsets[c + 1]!;
    if (to === from) continue;
    let orders = 0;
    let revenue = 0;
    for (let row = from; row < to; row++) {
      orders += days.orders[row]!;
      revenue += days.amount[row]!;
    }
    summaries.present[c] = 1;
    summaries.firstOrderDay[c] = days.day[from]!;
    summaries.lastOrderDay[c] = days.day[to - 1]!;
    summaries.orders[c] = orders;
    summaries.purchaseDays[c] = to - from;
    summaries.revenue[c] = revenue;
    summaries.averageOrderValue[c] = revenue / orders;
    summaries.daysSinceLastOrder[c] = asOf - days.day[to - 1]!;
    if (to - from >= 2) {
      const n = to - from - 1;
      if (gaps.length < n) gaps = new Float64Array(n * 2);
      for (let k = 0; k < n; k++) gaps[k] = days.day[from + k + 1]! - days.day[from + k]!;
      summaries.typicalIntervalDays[c] = median(gaps.subarray(0, n));
    }
  }
  return summaries;
}

/** Median of the values (sorted in place); the mean of the middle two for an even count. */
function median(values: Float64Array): number {
  values.sort();
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}
