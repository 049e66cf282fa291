/**
 * The order frame: the counted orders every metric is computed from, laid out
 * once per query so the metrics are single passes over typed arrays.
 *
 * - Only counted orders (cancelled ones never count) dated on or before the
 *   as-of date; the as-of date defaults to the last counted order day in the
 *   data (before filters, so filtering never moves it).
 * - Orders sorted by customer, then day, then their position in the store:
 *   taken in order from the workspace's order index (order-index.ts), which
 *   the analytics worker builds once per load, so a query sorts nothing.
 * - Per customer: where their orders start, and the day and attributes of their
 *   first counted order (the cohort keys and the filters need nothing else).
 *
 * Customers are addressed by their position in the frame (0 … customerCount−1);
 * `customerIndex` maps a position back to the store's customer index, which is
 * what leaves the analytics (customer lists, segments).
 *
 * Everything is plain numbers, strings and typed arrays: structured-clone safe.
 * Read-only: a frame that keeps every order shares its arrays with the index.
 */
import type { EpochDay } from '../model/orders';
import type { AnalysisColumns, OrderDictionaries } from '../data/columnar';
import { customerPassesFilters, resolveFilters, type OrderFilters } from './filters';
import { indexOrders, type CustomerOrderLayout, type OrderIndex } from './order-index';

export { indexOrders, type OrderIndex } from './order-index';

/** The orders one query covers (counted, up to the as-of date, through its filters). */
export interface OrderFrame extends CustomerOrderLayout {
  asOf: EpochDay;
  /** Earliest and latest counted order day in the frame; null when the frame is empty. */
  firstOrderDay: EpochDay | null;
  lastOrderDay: EpochDay | null;
  dictionaries: OrderDictionaries;
}

export interface FrameOptions {
  asOf?: EpochDay;
  filters?: OrderFilters;
}

/**
 * The frame of a query. `index` is the workspace's order index (indexOrders),
 * built once when the columns load; without it (or with one built from other
 * columns) the frame builds its own, which costs a sort of the whole store.
 * With it, a query is two passes over the customers and a copy of the orders
 * it keeps, or no copy at all when it keeps every one.
 */
export function prepareFrame(
  columns: AnalysisColumns,
  dictionaries: OrderDictionaries,
  options: FrameOptions = {},
  index?: OrderIndex,
): OrderFrame {
  const orders = index !== undefined && index.columns === columns ? index : indexOrders(columns);
  const workspaceAsOf = options.asOf ?? orders.lastCountedDay ?? 0;
  const filters = resolveFilters(options.filters, dictionaries);
  const asOf = Math.min(workspaceAsOf, filters.to);
  const { customerCount: indexed, customerStart: start, day, firstDay, firstProduct, firstChannel, firstCountry, firstDiscountCode } = orders;
  // Filters that keep every customer acquired by the as-of date need not be asked customer by customer.
  const keepsAll =
    filters.from === -Infinity && !filters.product && !filters.channel && !filters.country && !filters.customers;

  // Per indexed customer: how many of their orders the frame keeps (0: the customer is left out).
  // Their orders are in day order, so those on or before the as-of date are a prefix and the
  // first one is the first counted order.
  const kept = new Uint32Array(indexed);
  let customerCount = 0;
  let orderCount = 0;
  let firstOrderDay = Infinity;
  let lastOrderDay = -Infinity;
  for (let q = 0; q < indexed; q++) {
    const first = firstDay[q]!;
    if (first > asOf) continue;
    if (!keepsAll && !customerPassesFilters(filters, orders.customerIndex[q]!, first, firstProduct[q]!, firstChannel[q]!, firstCountry[q]!)) continue;
    const from = start[q]!;
    let end = start[q + 1]!;
    if (day[end - 1]! > asOf) {
      end = from + 1;
      while (day[end]! <= asOf) end++;
    }
    kept[q] = end - from;
    customerCount++;
    orderCount += end - from;
    if (first < firstOrderDay) firstOrderDay = first;
    if (day[end - 1]! > lastOrderDay) lastOrderDay = day[end - 1]!;
  }
  const bounds = { firstOrderDay: orderCount > 0 ? firstOrderDay : null, lastOrderDay: orderCount > 0 ? lastOrderDay : null };

  // Every customer and every order kept: the index is the frame (its arrays are never modified).
  if (customerCount === indexed && orderCount === orders.orderCount) {
    return {
      asOf,
      ...bounds,
      orderCount,
      day,
      amount: orders.amount,
      row: orders.row,
      customerCount,
      customerIndex: orders.customerIndex,
      customerStart: orders.customerStart,
      firstDay,
      firstProduct,
      firstChannel,
      firstCountry,
      firstDiscountCode,
      dictionaries,
    };
  }

  const customerIndex = new Uint32Array(customerCount);
  const customerStart = new Uint32Array(customerCount + 1);
  const frameFirstDay = new Int32Array(customerCount);
  const frameFirstProduct = new Uint32Array(customerCount);
  const frameFirstChannel = new Uint32Array(customerCount);
  const frameFirstCountry = new Uint32Array(customerCount);
  const frameFirstDiscountCode = new Uint32Array(customerCount);
  const frameDay = new Int32Array(orderCount);
  const frameAmount = new Float64Array(orderCount);
  const frameRow = new Uint32Array(orderCount);
  const copy = new RunCopier(orders, frameDay, frameAmount, frameRow);
  let p = 0;
  for (let q = 0; q < indexed; q++) {
    const n = kept[q]!;
    if (n === 0) continue;
    const from = start[q]!;
    customerIndex[p] = orders.customerIndex[q]!;
    customerStart[p + 1] = customerStart[p]! + n;
    frameFirstDay[p] = firstDay[q]!;
    frameFirstProduct[p] = firstProduct[q]!;
    frameFirstChannel[p] = firstChannel[q]!;
    frameFirstCountry[p] = firstCountry[q]!;
    frameFirstDiscountCode[p] = firstDiscountCode[q]!;
    copy.take(from, from + n);
    p++;
  }
  copy.flush();

  return {
    asOf,
    ...bounds,
    orderCount,
    day: frameDay,
    amount: frameAmount,
    row: frameRow,
    customerCount,
    customerIndex,
    customerStart,
    firstDay: frameFirstDay,
    firstProduct: frameFirstProduct,
    firstChannel: frameFirstChannel,
    firstCountry: frameFirstCountry,
    firstDiscountCode: frameFirstDiscountCode,
    dictionaries,
  };
}

/** Runs shorter than this are copied element by element: a subarray per run would cost more. */
const BULK_COPY_MIN = 64;

/**
 * Copies ranges of the index into the frame's arrays, in order, joining
 * adjacent ranges (customers kept whole, one after another) into one bulk copy.
 */
class RunCopier {
  private runFrom = 0;
  private runTo = 0;
  private written = 0;

  constructor(
    private readonly orders: OrderIndex,
    private readonly day: Int32Array,
    private readonly amount: Float64Array,
    private readonly row: Uint32Array,
  ) {}

  take(from: number, to: number): void {
    if (from !== this.runTo) {
      this.flush();
      this.runFrom = from;
    }
    this.runTo = to;
  }

  flush(): void {
    const { runFrom: from, runTo: to, written: at, orders } = this;
    if (to - from >= BULK_COPY_MIN) {
      this.day.set(orders.day.subarray(from, to), at);
      this.amount.set(orders.amount.subarray(from, to), at);
      this.row.set(orders.row.subarray(from, to), at);
    } else {
      for (let k = from, out = at; k < to; k++, out++) {
        this.day[out] = orders.day[k]!;
        this.amount[out] = orders.amount[k]!;
        this.row[out] = orders.row[k]!;
      }
    }
    this.written += to - from;
    this.runFrom = this.runTo = to;
  }
}

/** The frame customer whose orders include position k (binary search; for occasional look-ups, not hot loops). */
export function customerAtOrder(frame: OrderFrame, k: number): number {
  let low = 0;
  let high = frame.customerCount - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (frame.customerStart[mid]! <= k) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Store customer indexes of the given frame positions, ascending. */
export function storeCustomers(frame: OrderFrame, positions: Iterable<number>): Uint32Array {
  const out: number[] = [];
  for (const p of positions) out.push(frame.customerIndex[p]!);
  return Uint32Array.from(out).sort();
}
