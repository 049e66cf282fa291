/**
 * The order frame: the counted orders every metric is computed from, laid out
 * once per query so the metrics are single passes over typed arrays.
 *
 * - Only counted orders (cancelled ones never count) dated on or before the
 *   as-of date; the as-of date defaults to the last counted order day in the
 *   data (before filters, so filtering never moves it).
 * - Orders sorted by customer, then day, then their position in the store
 *   (a stable counting sort by customer, then each customer's orders by day).
 * - Per customer: where their orders start, and the day and attributes of their
 *   first counted order (the cohort keys and the filters need nothing else).
 *
 * Customers are addressed by their position in the frame (0 … customerCount−1);
 * `customerIndex` maps a position back to the store's customer index, which is
 * what leaves the analytics (customer lists, segments).
 *
 * Everything is plain numbers, strings and typed arrays: structured-clone safe.
 */
import type { EpochDay } from '../model/orders';
import type { OrderColumns, OrderDictionaries } from '../data/columnar';
import { customerPassesFilters, resolveFilters, type OrderFilters } from './filters';

export interface OrderFrame {
  asOf: EpochDay;
  /** Earliest and latest counted order day in the frame; null when the frame is empty. */
  firstOrderDay: EpochDay | null;
  lastOrderDay: EpochDay | null;

  orderCount: number;
  /** Per order, sorted by customer position then day. */
  day: Int32Array;
  amount: Float64Array;
  /** Position of the order in the source columns (to look up ids, products, lines). */
  row: Uint32Array;

  customerCount: number;
  /** Store customer index of each frame customer. */
  customerIndex: Uint32Array;
  /** Orders of customer p are day[customerStart[p] … customerStart[p + 1]). Length customerCount + 1. */
  customerStart: Uint32Array;
  firstDay: Int32Array;
  firstProduct: Uint32Array;
  firstChannel: Uint32Array;
  firstCountry: Uint32Array;
  firstDiscountCode: Uint32Array;

  dictionaries: OrderDictionaries;
}

export interface FrameOptions {
  asOf?: EpochDay;
  filters?: OrderFilters;
}

export function prepareFrame(columns: OrderColumns, dictionaries: OrderDictionaries, options: FrameOptions = {}): OrderFrame {
  const { count, customer, day, cancelled } = columns;

  // Pass 1: how many customer slots, and the last counted day (the default as-of date).
  let slots = 0;
  let lastCounted = -Infinity;
  for (let i = 0; i < count; i++) {
    const c = customer[i]!;
    if (c >= slots) slots = c + 1;
    if (cancelled[i] === 0 && day[i]! > lastCounted) lastCounted = day[i]!;
  }
  const workspaceAsOf = options.asOf ?? (lastCounted === -Infinity ? 0 : lastCounted);
  const filters = resolveFilters(options.filters, dictionaries);
  const asOf = Math.min(workspaceAsOf, filters.to);

  // Pass 2: per customer slot, counted orders and the first one (earliest day, then earliest row).
  const ordersOf = new Uint32Array(slots);
  const firstRowOf = new Int32Array(slots).fill(-1);
  for (let i = 0; i < count; i++) {
    const d = day[i]!;
    if (cancelled[i] !== 0 || d > asOf) continue;
    const c = customer[i]!;
    ordersOf[c]!++;
    const first = firstRowOf[c]!;
    if (first < 0 || d < day[first]!) firstRowOf[c] = i;
  }

  // Customers kept, in store order, with their first-order attributes.
  const positionOf = new Int32Array(slots).fill(-1);
  let customerCount = 0;
  let orderCount = 0;
  for (let c = 0; c < slots; c++) {
    const first = firstRowOf[c]!;
    if (first < 0) continue;
    const passes = customerPassesFilters(
      filters, c, day[first]!, columns.product[first]!, columns.channel[first]!, columns.country[first]!,
    );
    if (!passes) continue;
    positionOf[c] = customerCount++;
    orderCount += ordersOf[c]!;
  }
  const customerIndex = new Uint32Array(customerCount);
  const customerStart = new Uint32Array(customerCount + 1);
  const firstDay = new Int32Array(customerCount);
  const firstProduct = new Uint32Array(customerCount);
  const firstChannel = new Uint32Array(customerCount);
  const firstCountry = new Uint32Array(customerCount);
  const firstDiscountCode = new Uint32Array(customerCount);
  for (let c = 0; c < slots; c++) {
    const p = positionOf[c]!;
    if (p < 0) continue;
    const first = firstRowOf[c]!;
    customerIndex[p] = c;
    customerStart[p + 1] = customerStart[p]! + ordersOf[c]!;
    firstDay[p] = day[first]!;
    firstProduct[p] = columns.product[first]!;
    firstChannel[p] = columns.channel[first]!;
    firstCountry[p] = columns.country[first]!;
    firstDiscountCode[p] = columns.discountCode[first]!;
  }

  const { row, frameDay } = sortedRows(columns, asOf, positionOf, customerStart, orderCount);
  const frameAmount = new Float64Array(orderCount);
  let firstOrderDay = Infinity;
  let lastOrderDay = -Infinity;
  for (let k = 0; k < orderCount; k++) {
    const d = frameDay[k]!;
    frameAmount[k] = columns.amount[row[k]!]!;
    if (d < firstOrderDay) firstOrderDay = d;
    if (d > lastOrderDay) lastOrderDay = d;
  }

  return {
    asOf,
    firstOrderDay: orderCount > 0 ? firstOrderDay : null,
    lastOrderDay: orderCount > 0 ? lastOrderDay : null,
    orderCount,
    day: frameDay,
    amount: frameAmount,
    row,
    customerCount,
    customerIndex,
    customerStart,
    firstDay,
    firstProduct,
    firstChannel,
    firstCountry,
    firstDiscountCode,
    dictionaries,
  };
}

/** Longer runs of one customer's orders are sorted with the built-in sort instead of insertion sort. */
const INSERTION_SORT_LIMIT = 32;

/**
 * Source rows (and days) of the kept orders sorted by customer position, day,
 * row: a stable counting sort by customer, then each customer's few orders
 * put in day order. Exports are usually chronological already, so that second
 * step mostly just confirms the order.
 */
function sortedRows(
  columns: OrderColumns,
  asOf: EpochDay,
  positionOf: Int32Array,
  customerStart: Uint32Array,
  orderCount: number,
): { row: Uint32Array; frameDay: Int32Array } {
  const { count, customer, day, cancelled } = columns;
  const cursor = customerStart.slice(0, customerStart.length - 1);
  const row = new Uint32Array(orderCount);
  const frameDay = new Int32Array(orderCount);
  for (let i = 0; i < count; i++) {
    const d = day[i]!;
    if (cancelled[i] !== 0 || d > asOf) continue;
    const p = positionOf[customer[i]!]!;
    if (p < 0) continue;
    const k = cursor[p]!++;
    row[k] = i;
    frameDay[k] = d;
  }
  for (let p = 0; p + 1 < customerStart.length; p++) {
    const start = customerStart[p]!;
    const end = customerStart[p + 1]!;
    let sorted = true;
    for (let k = start + 1; k < end && sorted; k++) sorted = frameDay[k - 1]! <= frameDay[k]!;
    if (sorted) continue;
    if (end - start <= INSERTION_SORT_LIMIT) insertionSort(row, frameDay, start, end);
    else {
      // Rows are ascending within a customer, so (day, row) is the stable order.
      row.subarray(start, end).sort((a, b) => day[a]! - day[b]! || a - b);
      for (let k = start; k < end; k++) frameDay[k] = day[row[k]!]!;
    }
  }
  return { row, frameDay };
}

/** Stable: equal days keep their row order. */
function insertionSort(row: Uint32Array, frameDay: Int32Array, start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    const d = frameDay[k]!;
    const r = row[k]!;
    let j = k - 1;
    while (j >= start && frameDay[j]! > d) {
      frameDay[j + 1] = frameDay[j]!;
      row[j + 1] = row[j]!;
      j--;
    }
    frameDay[j + 1] = d;
    row[j + 1] = r;
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
