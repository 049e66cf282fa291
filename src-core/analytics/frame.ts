/**
 * The order frame: the counted orders every metric is computed from, laid out
 * once per query so the metrics are single passes over typed arrays.
 *
 * - Only counted orders (cancelled ones never count) dated on or before the
 *   as-of date; the as-of date defaults to the last counted order day in the
 *   data (before filters, so filtering never moves it).
 * - Orders sorted by customer, then day, then their position in the store
 *   (two stable counting sorts: by day, then by customer).
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

/** Beyond this many distinct days the day-bucket sort would waste memory: sort per customer instead. */
const MAX_DAY_BUCKETS = 1 << 22;

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
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < count; i++) {
    const d = day[i]!;
    if (cancelled[i] !== 0 || d > asOf) continue;
    const c = customer[i]!;
    ordersOf[c]!++;
    const first = firstRowOf[c]!;
    if (first < 0 || d < day[first]!) firstRowOf[c] = i;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
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

  const row = sortedRows(columns, asOf, positionOf, customerStart, orderCount, minDay, maxDay);
  const frameDay = new Int32Array(orderCount);
  const frameAmount = new Float64Array(orderCount);
  let firstOrderDay = Infinity;
  let lastOrderDay = -Infinity;
  for (let k = 0; k < orderCount; k++) {
    const i = row[k]!;
    const d = day[i]!;
    frameDay[k] = d;
    frameAmount[k] = columns.amount[i]!;
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

function isKept(columns: OrderColumns, i: number, asOf: EpochDay, positionOf: Int32Array): boolean {
  return columns.cancelled[i] === 0 && columns.day[i]! <= asOf && positionOf[columns.customer[i]!]! >= 0;
}

/**
 * Source rows of the kept orders sorted by customer position, day, row: a
 * counting sort by day, then a stable counting sort by customer. O(n + days).
 */
function sortedRows(
  columns: OrderColumns,
  asOf: EpochDay,
  positionOf: Int32Array,
  customerStart: Uint32Array,
  orderCount: number,
  minDay: number,
  maxDay: number,
): Uint32Array {
  const { count, customer, day } = columns;
  const cursor = customerStart.slice(0, customerStart.length - 1);
  const sorted = new Uint32Array(orderCount);
  const dayBuckets = maxDay - minDay + 1;

  if (orderCount > 0 && dayBuckets <= MAX_DAY_BUCKETS) {
    const dayStart = new Uint32Array(dayBuckets + 1);
    for (let i = 0; i < count; i++) if (isKept(columns, i, asOf, positionOf)) dayStart[day[i]! - minDay + 1]!++;
    for (let b = 0; b < dayBuckets; b++) dayStart[b + 1]! += dayStart[b]!;
    const byDay = new Uint32Array(orderCount);
    for (let i = 0; i < count; i++) if (isKept(columns, i, asOf, positionOf)) byDay[dayStart[day[i]! - minDay]!++] = i;
    for (let k = 0; k < orderCount; k++) {
      const i = byDay[k]!;
      sorted[cursor[positionOf[customer[i]!]!]!++] = i;
    }
    return sorted;
  }

  // Days spread too widely for buckets: group by customer, then sort each customer's few orders.
  for (let i = 0; i < count; i++) if (isKept(columns, i, asOf, positionOf)) sorted[cursor[positionOf[customer[i]!]!]!++] = i;
  for (let p = 0; p + 1 < customerStart.length; p++) {
    sorted.subarray(customerStart[p]!, customerStart[p + 1]!).sort((a, b) => day[a]! - day[b]! || a - b);
  }
  return sorted;
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
