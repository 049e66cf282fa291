/**
 * The order index: every counted order of the workspace laid out once, sorted
 * by customer, then day, then position in the store — what a database's
 * clustered index or load step gives it. Built when the columns are loaded;
 * each query's frame (prepareFrame) is then a sequential pass over it instead
 * of a sort of the whole store.
 *
 * Cancelled orders are left out: they never count, whatever the query, and so
 * are customers with no counted order. Laid out like a frame (frame.ts) that
 * keeps everything, so a query that does can share these arrays.
 *
 * Everything is typed arrays: structured-clone safe, and never modified once
 * built.
 */
import type { EpochDay } from '../model/orders';
import type { AnalysisColumns } from '../data/columnar';

/**
 * Counted orders grouped by customer and sorted by day, with each customer's first
 * order: the layout an index and every frame share. Customers are addressed by
 * position (0 … customerCount − 1).
 */
export interface CustomerOrderLayout {
  orderCount: number;
  /** Per order, sorted by customer position, then day, then row. */
  day: Int32Array;
  amount: Float64Array;
  /** Position of the order in the source columns (to look up ids, products, lines). */
  row: Uint32Array;

  customerCount: number;
  /** Store customer index of each position. */
  customerIndex: Uint32Array;
  /** Orders of position p are day[customerStart[p] … customerStart[p + 1]). Length customerCount + 1. */
  customerStart: Uint32Array;
  /** Per position: the day and attributes of the customer's first counted order. */
  firstDay: Int32Array;
  firstProduct: Uint32Array;
  firstChannel: Uint32Array;
  firstCountry: Uint32Array;
  firstDiscountCode: Uint32Array;
}

/** Every counted order of the workspace (customers with at least one, in store order). */
export interface OrderIndex extends CustomerOrderLayout {
  /** The columns this index was built from: a frame asked for with other columns builds its own. */
  columns: AnalysisColumns;
  /** Last counted order day; null when no order counts. */
  lastCountedDay: EpochDay | null;
}

/** Longer runs of one customer's orders are sorted with the built-in sort instead of insertion sort. */
const INSERTION_SORT_LIMIT = 32;

/**
 * A stable counting sort by customer (customers are dense store indexes), then
 * each customer's few orders put in day order. Exports are usually
 * chronological already, so that second step mostly just confirms the order.
 */
export function indexOrders(columns: AnalysisColumns): OrderIndex {
  const { count, customer, day, amount, cancelled } = columns;

  let slots = 0;
  let lastCounted = -Infinity;
  let orderCount = 0;
  for (let i = 0; i < count; i++) {
    const c = customer[i]!;
    if (c >= slots) slots = c + 1;
    if (cancelled[i] === 0) {
      orderCount++;
      if (day[i]! > lastCounted) lastCounted = day[i]!;
    }
  }

  // Counting sort by customer: each slot's first position among the sorted orders.
  const slotStart = new Uint32Array(slots + 1);
  for (let i = 0; i < count; i++) if (cancelled[i] === 0) slotStart[customer[i]! + 1]!++;
  let customerCount = 0;
  for (let c = 0; c < slots; c++) {
    if (slotStart[c + 1]! > 0) customerCount++;
    slotStart[c + 1]! += slotStart[c]!;
  }

  const cursor = slotStart.slice(0, slots);
  const row = new Uint32Array(orderCount);
  const sortedDay = new Int32Array(orderCount);
  const sortedAmount = new Float64Array(orderCount);
  for (let i = 0; i < count; i++) {
    if (cancelled[i] !== 0) continue;
    const k = cursor[customer[i]!]!++;
    row[k] = i;
    sortedDay[k] = day[i]!;
    sortedAmount[k] = amount[i]!;
  }

  const customerIndex = new Uint32Array(customerCount);
  const customerStart = new Uint32Array(customerCount + 1);
  const firstDay = new Int32Array(customerCount);
  const firstProduct = new Uint32Array(customerCount);
  const firstChannel = new Uint32Array(customerCount);
  const firstCountry = new Uint32Array(customerCount);
  const firstDiscountCode = new Uint32Array(customerCount);
  for (let c = 0, q = 0; c < slots; c++) {
    const start = slotStart[c]!;
    const end = slotStart[c + 1]!;
    if (start === end) continue;
    sortByDay(columns, row, sortedDay, sortedAmount, start, end);
    const first = row[start]!;
    customerIndex[q] = c;
    customerStart[q + 1] = end;
    firstDay[q] = sortedDay[start]!;
    firstProduct[q] = columns.product[first]!;
    firstChannel[q] = columns.channel[first]!;
    firstCountry[q] = columns.country[first]!;
    firstDiscountCode[q] = columns.discountCode[first]!;
    q++;
  }

  return {
    columns,
    lastCountedDay: lastCounted === -Infinity ? null : lastCounted,
    orderCount,
    day: sortedDay,
    amount: sortedAmount,
    row,
    customerCount,
    customerIndex,
    customerStart,
    firstDay,
    firstProduct,
    firstChannel,
    firstCountry,
    firstDiscountCode,
  };
}

/** One customer's orders (rows ascending) into (day, row) order; usually just a check that they are. */
function sortByDay(columns: AnalysisColumns, row: Uint32Array, day: Int32Array, amount: Float64Array, start: number, end: number): void {
  let sorted = true;
  for (let k = start + 1; k < end && sorted; k++) sorted = day[k - 1]! <= day[k]!;
  if (sorted) return;
  if (end - start <= INSERTION_SORT_LIMIT) insertionSort(row, day, start, end);
  else row.subarray(start, end).sort((a, b) => columns.day[a]! - columns.day[b]! || a - b); // rows ascend: (day, row) is stable
  for (let k = start; k < end; k++) {
    day[k] = columns.day[row[k]!]!;
    amount[k] = columns.amount[row[k]!]!;
  }
}

/** Stable: equal days keep their row order. Amounts are re-read from the rows afterwards. */
function insertionSort(row: Uint32Array, day: Int32Array, start: number, end: number): void {
  for (let k = start + 1; k < end; k++) {
    const d = day[k]!;
    const r = row[k]!;
    let j = k - 1;
    while (j >= start && day[j]! > d) {
      day[j + 1] = day[j]!;
      row[j + 1] = row[j]!;
      j--;
    }
    day[j + 1] = d;
    row[j + 1] = r;
  }
}
