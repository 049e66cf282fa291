/**
 * Counted orders regrouped per customer and calendar day: the shape every
 * per-customer metric and both CLV models start from. Orders on the same day
 * by the same customer are one purchase day (DESIGN.md, BG/NBD inputs).
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';

/** Compressed-row layout: customer c's purchase days are rows offsets[c] … offsets[c+1]−1, in day order. */
export interface PurchaseDays {
  customerCount: number;
  offsets: Uint32Array;
  day: Int32Array;
  /** Revenue of the customer's counted orders on that day, summed. */
  amount: Float64Array;
  /** Counted orders on that day. */
  orders: Uint32Array;
}

/**
 * One past the largest customer index in the columns (cancelled and later orders included),
 * so per-customer arrays line up with OrderStore.customers.
 */
export function customerCountOf(columns: AnalysisColumns): number {
  let max = -1;
  for (let i = 0; i < columns.count; i++) if (columns.customer[i]! > max) max = columns.customer[i]!;
  return max + 1;
}

/** Groups the counted orders on or before `asOf` by customer and day. */
export function purchaseDays(columns: AnalysisColumns, asOf: EpochDay, customerCount = customerCountOf(columns)): PurchaseDays {
  const counted = (i: number): boolean => columns.cancelled[i] === 0 && columns.day[i]! <= asOf;

  // Counting sort of order indexes by customer, then a sort by day within each customer.
  const start = new Uint32Array(customerCount + 1);
  for (let i = 0; i < columns.count; i++) if (counted(i)) start[columns.customer[i]! + 1]!++;
  for (let c = 0; c < customerCount; c++) start[c + 1]! += start[c]!;
  const byCustomer = new Uint32Array(start[customerCount]!);
  const fill = start.slice(0, customerCount);
  for (let i = 0; i < columns.count; i++) if (counted(i)) byCustomer[fill[columns.customer[i]!]!++] = i;

  const offsets = new Uint32Array(customerCount + 1);
  const day = new Int32Array(byCustomer.length);
  const amount = new Float64Array(byCustomer.length);
  const orders = new Uint32Array(byCustomer.length);
  let rows = 0;
  for (let c = 0; c < customerCount; c++) {
    offsets[c] = rows;
    const segment = byCustomer.subarray(start[c]!, start[c + 1]!);
    if (segment.length > 1) segment.sort((i, j) => columns.day[i]! - columns.day[j]!);
    for (let s = 0; s < segment.length; s++) {
      const order = segment[s]!;
      const orderDay = columns.day[order]!;
      if (rows > offsets[c]! && day[rows - 1] === orderDay) {
        amount[rows - 1]! += columns.amount[order]!;
        orders[rows - 1]!++;
      } else {
        day[rows] = orderDay;
        amount[rows] = columns.amount[order]!;
        orders[rows] = 1;
        rows++;
      }
    }
  }
  offsets[customerCount] = rows;
  return {
    customerCount,
    offsets,
    day: day.slice(0, rows),
    amount: amount.slice(0, rows),
    orders: orders.slice(0, rows),
  };
}
