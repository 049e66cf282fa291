/**
 * How schema v8 stores the two big tables, and the conversions to and from the
 * in-memory types (OrderChunk, CustomerRecord), which do not change.
 *
 * Reading a row costs IndexedDB one structured-clone object per string: a chunk's
 * 10,000 order ids as an array, or 100,000 customers as one row each, made the
 * load of a 1,000,000-order workspace take seconds. So since v8:
 * - an order chunk keeps its ids as ONE string (packStrings);
 * - customers are kept in blocks of up to CUSTOMER_BLOCK_SIZE, keyed by the
 *   first one's index, each field as one packed string of its values in index order.
 * - a chunk's number columns are stored narrowed where that loses nothing
 *   (narrowColumn): a million orders are ~45 MB of typed arrays at full width,
 *   ~18 MB narrowed, and the read's time grows with the bytes.
 *
 * A packed string is the values joined by a separator that none of them contains,
 * the separator written first: splitting it is about ten times faster than
 * JSON.parse of the same list (1,000,000 ids: ~30 ms against ~300 ms). Should the
 * values hold every code unit (so none can separate them), the JSON of the list is
 * stored instead; it starts with '[', never chosen as a separator.
 */
import type { AnalysisColumns, CustomerRecord, OrderChunk, OrderIds } from '../../src-core/data/columnar';

/** Customers per stored block (the last block of a workspace may hold fewer). */
export const CUSTOMER_BLOCK_SIZE = 10_000;

/** A chunk's number columns and their in-memory kinds. */
const COLUMN_KINDS = {
  customer: Uint32Array,
  day: Int32Array,
  amount: Float64Array,
  quantity: Float64Array,
  product: Uint32Array,
  channel: Uint32Array,
  country: Uint32Array,
  discountCode: Uint32Array,
  cancelled: Uint8Array,
  line: Uint32Array,
} as const;
type NumberColumn = keyof typeof COLUMN_KINDS;
const NUMBER_COLUMNS = Object.keys(COLUMN_KINDS) as NumberColumn[];

type NarrowArray = Uint8Array | Uint16Array | Uint32Array;

/** How a narrowed column is read back: value i = (base + stored[i]) / divisor. */
export interface NarrowedColumn {
  base: number;
  divisor: number;
}

/** Since schema v8: an order chunk as stored, its order ids packed into one string and its number columns narrowed where possible. */
export type StoredOrderChunk = Omit<OrderChunk, 'orderId' | NumberColumn> & {
  /** The chunk's order ids (count of them), packStrings. */
  orderIds: string;
  /** The columns stored narrowed (the others are stored as they are in memory). */
  narrowed: Partial<Record<NumberColumn, NarrowedColumn>>;
} & { [Column in NumberColumn]: OrderChunk[Column] | NarrowArray };

/** Money is narrowed as whole units or as cents, when either gives every value back exactly. */
const DIVISORS: Record<NumberColumn, readonly number[]> = {
  customer: [1], day: [1], amount: [1, 100], quantity: [1, 100], product: [1], channel: [1], country: [1], discountCode: [1], cancelled: [1], line: [1],
};

/**
 * The values as offsets from their smallest (scaled by a divisor) in the narrowest
 * unsigned array that holds them, if that is smaller than `bytesPerValue` and
 * every value comes back bit for bit (Object.is: -0, NaN and fractions that are
 * not whole cents keep the column as it was).
 */
export function narrowColumn(values: ArrayLike<number>, bytesPerValue: number, divisors: readonly number[]): { stored: NarrowArray; column: NarrowedColumn } | null {
  const count = values.length;
  for (const divisor of divisors) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
      const scaled = Math.round(values[i]! * divisor);
      if (scaled < min) min = scaled;
      if (scaled > max) max = scaled;
    }
    if (count === 0 || !Number.isSafeInteger(min) || !Number.isSafeInteger(max)) continue;
    const range = max - min;
    const Kind = range < 0x100 ? Uint8Array : range < 0x10000 ? Uint16Array : range < 0x100000000 ? Uint32Array : null;
    if (Kind === null || Kind.BYTES_PER_ELEMENT >= bytesPerValue) continue;
    // Offsets from 0 when the values fit as they are: reading them back is then a plain copy.
    if (min >= 0 && max < 2 ** (8 * Kind.BYTES_PER_ELEMENT)) min = 0;
    const stored = new Kind(count);
    let exact = true;
    for (let i = 0; i < count && exact; i++) {
      stored[i] = Math.round(values[i]! * divisor) - min;
      exact = Object.is((min + stored[i]!) / divisor, values[i]);
    }
    if (exact) return { stored, column: { base: min, divisor } };
  }
  return null;
}

/** The built-in kind of a typed array, across realms (a row read from IndexedDB may come from another). */
function kindOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** The number columns of a chunk row, narrowed where that loses nothing; columns of an unexpected kind are kept as they are. */
function narrowColumns(row: Record<string, unknown>, count: unknown): { columns: Record<string, unknown>; narrowed: Partial<Record<NumberColumn, NarrowedColumn>> } {
  const columns: Record<string, unknown> = {};
  const narrowed: Partial<Record<NumberColumn, NarrowedColumn>> = {};
  for (const name of NUMBER_COLUMNS) {
    const values = row[name];
    const Kind = COLUMN_KINDS[name];
    columns[name] = values;
    if (!ArrayBuffer.isView(values) || kindOf(values) !== Kind.name) continue;
    const numbers = values as unknown as ArrayLike<number>;
    if (numbers.length !== count) continue;
    const small = narrowColumn(numbers, Kind.BYTES_PER_ELEMENT, DIVISORS[name]);
    if (small === null) continue;
    columns[name] = small.stored;
    narrowed[name] = small.column;
  }
  return { columns, narrowed };
}

/**
 * values[offset + i] = (base + stored[i]) / divisor, for every i of stored. One loop
 * per pair of kinds, written out: a loop that sees several kinds of array is many
 * times slower in V8, and so is TypedArray.prototype.set between different kinds
 * (~15 ms per million values against ~2 ms for a written-out loop); it is used
 * only to copy a column of the same kind.
 */
function widenInto(values: Float64Array | Int32Array | Uint32Array | Uint8Array, offset: number, stored: NarrowArray, base: number, divisor: number): void {
  const count = stored.length;
  if (base === 0 && divisor === 1 && values.constructor === stored.constructor) {
    values.set(stored, offset);
  } else if (values instanceof Float64Array) {
    if (stored instanceof Uint8Array) for (let i = 0; i < count; i++) values[offset + i] = (base + stored[i]!) / divisor;
    else if (stored instanceof Uint16Array) for (let i = 0; i < count; i++) values[offset + i] = (base + stored[i]!) / divisor;
    else if (stored instanceof Uint32Array) for (let i = 0; i < count; i++) values[offset + i] = (base + stored[i]!) / divisor;
    else for (let i = 0; i < count; i++) values[offset + i] = (base + stored[i]!) / divisor;
  } else if (values instanceof Int32Array) {
    if (stored instanceof Uint8Array) for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
    else if (stored instanceof Uint16Array) for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
    else for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
  } else if (values instanceof Uint32Array) {
    if (stored instanceof Uint8Array) for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
    else if (stored instanceof Uint16Array) for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
    else for (let i = 0; i < count; i++) values[offset + i] = base + stored[i]!;
  } else for (let i = 0; i < count; i++) values[offset + i] = (base + stored[i]!) / divisor;
}

/**
 * One column of every chunk row, widened (widenInto) or copied into its place in
 * `values`. In a fresh worker this costs ~10–40 ms per column of a million orders,
 * which is why the load skips the columns analysis does not read.
 */
function widenRowsInto(values: Float64Array | Int32Array | Uint32Array | Uint8Array, rows: readonly StoredOrderChunk[], name: NumberColumn): void {
  let offset = 0;
  for (const row of rows) {
    const stored = row[name];
    const column = row.narrowed[name];
    if (stored.length !== row.count) throw new Error(`The stored ${name} column of chunk ${row.seq} is damaged.`);
    // A column stored at full width has the in-memory kind: a plain copy.
    if (column === undefined) values.set(stored, offset);
    else widenInto(values, offset, stored as NarrowArray, column.base, column.divisor);
    offset += row.count;
  }
}

/** A narrowed column back to its in-memory kind. */
function widenColumn(name: NumberColumn, stored: NarrowArray, { base, divisor }: NarrowedColumn, count: number): OrderChunk[NumberColumn] {
  if (stored.length !== count) throw new Error(`The stored ${name} column is damaged.`);
  const values = new COLUMN_KINDS[name](count);
  widenInto(values, 0, stored, base, divisor);
  return values;
}

/** Since schema v8: up to CUSTOMER_BLOCK_SIZE customers, each field packed (packStrings) from count values. */
export interface CustomerBlockRow {
  /** Store index of the block's first customer (what OrderChunk.customer points at); the key of the row. */
  index: number;
  count: number;
  keys: string;
  names: string;
  emails: string;
  phones: string;
}

const JSON_MARK = '[';
/** Tried first: a line break, then control characters that text from a file hardly ever holds. */
const SEPARATORS = ['\n', '\u001f', '\u001e', '\u0000', '\t', '\r'];

/** A code unit no value contains (never '['), or undefined when they hold every one. */
function separatorFor(values: readonly string[]): string | undefined {
  const common = SEPARATORS.find((candidate) => !values.some((value) => value.includes(candidate)));
  if (common !== undefined) return common;
  const used = new Uint8Array(0x10000);
  used[JSON_MARK.charCodeAt(0)] = 1;
  for (const value of values) for (let i = 0; i < value.length; i++) used[value.charCodeAt(i)] = 1;
  const free = used.indexOf(0);
  return free === -1 ? undefined : String.fromCharCode(free);
}

/** The values as one string: '' for none, else the separator and the values joined by it (or the JSON of the list). */
export function packStrings(values: readonly string[]): string {
  if (values.length === 0) return '';
  const separator = separatorFor(values);
  return separator === undefined ? JSON.stringify(values) : separator + values.join(separator);
}

/** A packed string back to its values, refusing anything but `count` strings (a damaged row must not load silently). */
export function unpackStrings(packed: unknown, count: number, what: string): string[] {
  const damaged = new Error(`The stored ${what} are damaged.`);
  if (typeof packed !== 'string') throw damaged;
  let values: unknown;
  if (packed === '') values = [];
  else if (packed[0] === JSON_MARK) {
    try {
      values = JSON.parse(packed);
    } catch {
      throw damaged;
    }
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) throw damaged;
  } else values = packed.slice(1).split(packed[0]!);
  if (!Array.isArray(values) || values.length !== count) throw damaged;
  return values;
}

export function packOrderChunk(chunk: OrderChunk): StoredOrderChunk {
  const { orderId, ...rest } = chunk;
  const { columns, narrowed } = narrowColumns(rest, chunk.count);
  return { ...rest, ...(columns as Pick<StoredOrderChunk, NumberColumn>), orderIds: packStrings(orderId), narrowed };
}

export function unpackOrderChunk(row: StoredOrderChunk): OrderChunk {
  const { orderIds, narrowed, ...rest } = row;
  const chunk = { ...rest, orderId: unpackStrings(orderIds, row.count, `order ids of chunk ${row.seq}`) } as OrderChunk;
  for (const name of NUMBER_COLUMNS) {
    const column = narrowed[name];
    if (column !== undefined) Object.assign(chunk, { [name]: widenColumn(name, row[name] as NarrowArray, column, row.count) });
  }
  return chunk;
}

/**
 * The order ids of chunk rows laid end to end, left packed as stored: a chunk's
 * ids are split (and kept) the first time one of them is read. The analytics
 * worker reads an id only to list a customer's orders, and splitting a million
 * ids into strings at load took a quarter of a second.
 */
export class PackedOrderIds implements OrderIds {
  readonly length: number;
  /** Position of each chunk's first order. */
  private readonly starts: number[] = [];
  private readonly split: (string[] | undefined)[];

  constructor(private readonly rows: readonly Pick<StoredOrderChunk, 'seq' | 'count' | 'orderIds'>[]) {
    let length = 0;
    for (const row of rows) {
      // Only the type is checked here: the count is, when the chunk is first split.
      if (typeof row.orderIds !== 'string' || (row.orderIds === '') !== (row.count === 0)) throw new Error(`The stored order ids of chunk ${row.seq} are damaged.`);
      this.starts.push(length);
      length += row.count;
    }
    this.length = length;
    this.split = new Array<string[] | undefined>(rows.length);
  }

  at(index: number): string | undefined {
    const position = index < 0 ? index + this.length : index;
    if (!Number.isInteger(position) || position < 0 || position >= this.length) return undefined;
    // The last chunk that starts at or before the position.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    const row = this.rows[low]!;
    const ids = (this.split[low] ??= unpackStrings(row.orderIds, row.count, `order ids of chunk ${row.seq}`));
    return ids[position - this.starts[low]!];
  }
}

/** The number columns analysis reads (AnalysisColumns): not the line numbers and quantities. */
const ANALYSIS_COLUMNS = NUMBER_COLUMNS.filter((name): name is Exclude<NumberColumn, 'line' | 'quantity'> => name !== 'line' && name !== 'quantity');

/**
 * Chunk rows (in seq order) laid end to end for analysis, as concatChunks(rows.map(unpackOrderChunk))
 * would give them without the line numbers and quantities, and without making the chunks:
 * each number column is allocated once for all orders and every stored column is
 * widened (or copied) straight into its place; the ids stay packed (PackedOrderIds).
 * What the analytics worker loads.
 */
export function unpackOrderColumns(rows: readonly StoredOrderChunk[]): AnalysisColumns {
  let count = 0;
  for (const row of rows) count += row.count;
  const numbers = Object.fromEntries(ANALYSIS_COLUMNS.map((name) => [name, new COLUMN_KINDS[name](count)])) as Omit<AnalysisColumns, 'count' | 'orderId'>;
  const orderId = new PackedOrderIds(rows);
  for (const name of ANALYSIS_COLUMNS) widenRowsInto(numbers[name], rows, name);
  return { count, orderId, ...numbers };
}

/** The customers (in store order) as blocks: block b holds indexes b·CUSTOMER_BLOCK_SIZE onwards. */
export function packCustomers(customers: readonly CustomerRecord[]): CustomerBlockRow[] {
  const blocks: CustomerBlockRow[] = [];
  for (let start = 0; start < customers.length; start += CUSTOMER_BLOCK_SIZE) {
    const block = customers.slice(start, start + CUSTOMER_BLOCK_SIZE);
    blocks.push({
      index: start,
      count: block.length,
      keys: packStrings(block.map((customer) => customer.key)),
      names: packStrings(block.map((customer) => customer.name)),
      emails: packStrings(block.map((customer) => customer.email)),
      phones: packStrings(block.map((customer) => customer.phone)),
    });
  }
  return blocks;
}

/** Blocks in index order (as IndexedDB returns them) back to the customers, in store order. */
export function unpackCustomers(blocks: readonly CustomerBlockRow[]): CustomerRecord[] {
  const customers: CustomerRecord[] = [];
  for (const block of blocks) {
    if (block.index !== customers.length) throw new Error(`The stored customers are damaged: a block starts at ${block.index}, not ${customers.length}.`);
    const what = `customers from ${block.index}`;
    const keys = unpackStrings(block.keys, block.count, `keys of the ${what}`);
    const names = unpackStrings(block.names, block.count, `names of the ${what}`);
    const emails = unpackStrings(block.emails, block.count, `e-mails of the ${what}`);
    const phones = unpackStrings(block.phones, block.count, `phones of the ${what}`);
    for (let i = 0; i < block.count; i++) customers.push({ key: keys[i]!, name: names[i]!, email: emails[i]!, phone: phones[i]! });
  }
  return customers;
}

// ---- v7 → v8: rows as schema v1–v7 wrote them (a database being upgraded, or a backup's tables) ----

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A v1–v7 order chunk row (orderId: string[]) in the v8 form (as packOrderChunk writes it); every other field kept as it was. */
export function packOrderChunkRow(row: unknown): Record<string, unknown> {
  const orderId = isRow(row) ? row['orderId'] : undefined;
  if (!isRow(row) || !Array.isArray(orderId) || !orderId.every((id) => typeof id === 'string')) {
    throw new Error('An order chunk has no list of order ids.');
  }
  const { orderId: _orderId, ...rest } = row;
  const { columns, narrowed } = narrowColumns(rest, rest['count']);
  return { ...rest, ...columns, orderIds: packStrings(orderId), narrowed };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * v1–v7 customer rows ({ index, key, name, email, phone }, one per customer) as
 * v8 blocks. Up to v7 the app loaded them ordered by index into a list, so a
 * customer's place in the store is its rank by index: that is what the blocks keep.
 * A row keyed twice keeps its last version (as writing the rows would).
 */
export function packCustomerRows(rows: readonly unknown[]): CustomerBlockRow[] {
  const byIndex = new Map<number, CustomerRecord>();
  for (const row of rows) {
    const index = isRow(row) ? row['index'] : undefined;
    if (!isRow(row) || typeof index !== 'number' || !Number.isFinite(index)) throw new Error('A customer row has no numeric index.');
    byIndex.set(index, { key: text(row['key']), name: text(row['name']), email: text(row['email']), phone: text(row['phone']) });
  }
  const ordered = [...byIndex].sort(([a], [b]) => a - b).map(([, customer]) => customer);
  return packCustomers(ordered);
}
