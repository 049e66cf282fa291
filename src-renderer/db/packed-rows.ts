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
 * The typed arrays of a chunk are stored as before.
 *
 * A packed string is the values joined by a separator that none of them contains,
 * the separator written first: splitting it is about ten times faster than
 * JSON.parse of the same list (1,000,000 ids: ~30 ms against ~300 ms). Should the
 * values hold every code unit (so none can separate them), the JSON of the list is
 * stored instead; it starts with '[', never chosen as a separator.
 */
import type { CustomerRecord, OrderChunk } from '../../src-core/data/columnar';

/** Customers per stored block (the last block of a workspace may hold fewer). */
export const CUSTOMER_BLOCK_SIZE = 10_000;

/** Since schema v8: an order chunk as stored, its order ids packed into one string. */
export interface StoredOrderChunk extends Omit<OrderChunk, 'orderId'> {
  /** The chunk's order ids (count of them), packStrings. */
  orderIds: string;
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
  const { orderId, ...columns } = chunk;
  return { ...columns, orderIds: packStrings(orderId) };
}

export function unpackOrderChunk(row: StoredOrderChunk): OrderChunk {
  const { orderIds, ...columns } = row;
  return { ...columns, orderId: unpackStrings(orderIds, row.count, `order ids of chunk ${row.seq}`) };
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

/** A v1–v7 order chunk row (orderId: string[]) in the v8 form; every other field kept as it was. */
export function packOrderChunkRow(row: unknown): Record<string, unknown> {
  const orderId = isRow(row) ? row['orderId'] : undefined;
  if (!isRow(row) || !Array.isArray(orderId) || !orderId.every((id) => typeof id === 'string')) {
    throw new Error('An order chunk has no list of order ids.');
  }
  const { orderId: _orderId, ...columns } = row;
  return { ...columns, orderIds: packStrings(orderId) };
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
