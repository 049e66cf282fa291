/**
 * Columnar order storage: orders live in chunks of typed arrays plus string
 * dictionaries, not as one object per order. A million orders load in well
 * under a second and the analytics loop over typed arrays (see DESIGN.md).
 *
 * Index 0 of every attribute dictionary is '' (not mapped / unknown).
 */
import type { NormalizedOrder } from '../model/orders';

export const DEFAULT_CHUNK_SIZE = 10_000;

/** One stored chunk: what a single IndexedDB row holds. */
export interface OrderChunk {
  seq: number;
  count: number;
  orderId: string[];
  /** Index into OrderStore.customers. */
  customer: Uint32Array;
  /** Epoch day of the order (merchant's calendar date). */
  day: Int32Array;
  /** Net revenue in major currency units. */
  amount: Float64Array;
  quantity: Float64Array;
  product: Uint32Array;
  channel: Uint32Array;
  country: Uint32Array;
  discountCode: Uint32Array;
  /** 1 = cancelled / voided / failed: stored, never counted. */
  cancelled: Uint8Array;
  /** Source line of the order's first row, for tracing a number back to the file. */
  line: Uint32Array;
}

export interface CustomerRecord {
  key: string;
  name: string;
  email: string;
  phone: string;
}

export interface OrderDictionaries {
  products: string[];
  channels: string[];
  countries: string[];
  discountCodes: string[];
}

export interface OrderStore {
  currency: string;
  customers: CustomerRecord[];
  dictionaries: OrderDictionaries;
  chunks: OrderChunk[];
}

/**
 * Order ids by position, read-only: a string[] is one; the analytics worker keeps
 * them packed as stored and splits a chunk's ids only when one is asked for.
 */
export interface OrderIds {
  readonly length: number;
  at(index: number): string | undefined;
}

/** All chunks of a store laid end to end: what the analytics worker holds. */
export interface OrderColumns {
  count: number;
  orderId: OrderIds;
  customer: Uint32Array;
  day: Int32Array;
  amount: Float64Array;
  quantity: Float64Array;
  product: Uint32Array;
  channel: Uint32Array;
  country: Uint32Array;
  discountCode: Uint32Array;
  cancelled: Uint8Array;
  line: Uint32Array;
}

export function emptyOrderStore(currency = ''): OrderStore {
  return {
    currency,
    customers: [],
    dictionaries: { products: [''], channels: [''], countries: [''], discountCodes: [''] },
    chunks: [],
  };
}

export interface AppendResult {
  store: OrderStore;
  /** Orders new to the store. */
  added: number;
  /** Orders whose id was already stored (re-import or overlapping export): skipped. */
  alreadyPresent: number;
  /** Chunks created by this append (the only ones a database needs to write). */
  newChunks: OrderChunk[];
  /** Customers created by this append (indexes from firstNewCustomer on). */
  firstNewCustomer: number;
}

/** A dictionary being extended: existing values keep their index, new ones are appended. */
class Interner {
  private readonly index = new Map<string, number>();
  /** Consecutive orders mostly share a channel or country: skip the hash lookup then. */
  private lastValue: string | undefined;
  private lastIndex = 0;
  constructor(readonly values: string[]) {
    values.forEach((value, i) => this.index.set(value, i));
  }
  intern(value: string): number {
    if (value === this.lastValue) return this.lastIndex;
    let found = this.index.get(value);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(value);
      this.index.set(value, found);
    }
    this.lastValue = value;
    this.lastIndex = found;
    return found;
  }
}

export interface OrderStoreBuilderOptions {
  /** Orders per new chunk (DEFAULT_CHUNK_SIZE). */
  chunkSize?: number;
  /**
   * The caller guarantees that no order id repeats among the orders it adds
   * (importOrders' orders: the fold merges every row of an id into one order).
   * Ids are then checked against the stored ones only, and the new ids are not
   * collected into a set: for a large import most of the append's time and a
   * set of every id. Leave it off for orders of unknown origin.
   */
  distinctIds?: boolean;
}

/**
 * Adds orders to a store batch by batch, so an import hands each batch over as
 * it is folded and the orders are never all held as objects. The seen ids, the
 * customer index and the dictionaries are built once, at the start; orders go
 * straight into fixed-size chunks.
 *
 * Like appendOrders, it never mutates the input store: existing chunks are
 * shared by reference, and until finish() nothing is visible to anyone, so a
 * cancelled import simply drops the builder.
 */
export class OrderStoreBuilder {
  /** Stored ids, plus the added ones unless the caller vouched that they are distinct. */
  private readonly seen = new Set<string>();
  private readonly chunkSize: number;
  private readonly distinctIds: boolean;
  private readonly customers: CustomerRecord[];
  private readonly customerIndex = new Map<string, number>();
  private readonly products: Interner;
  private readonly channels: Interner;
  private readonly countries: Interner;
  private readonly discountCodes: Interner;
  /** Currencies of the fresh orders, in first-seen order (ties go to the first). */
  private readonly currencyCounts = new Map<string, number>();
  private readonly newChunks: OrderChunk[] = [];
  private chunk: OrderChunk | null = null;
  private filled = 0;
  private nextSeq: number;
  private finished = false;
  private added = 0;
  private alreadyPresent = 0;

  constructor(
    private readonly store: OrderStore,
    { chunkSize = DEFAULT_CHUNK_SIZE, distinctIds = false }: OrderStoreBuilderOptions = {},
  ) {
    this.chunkSize = chunkSize;
    this.distinctIds = distinctIds;
    if (!(chunkSize >= 1)) throw new RangeError(`chunkSize must be at least 1, not ${chunkSize}`);
    for (const chunk of store.chunks) for (const id of chunk.orderId) this.seen.add(id);
    this.customers = store.customers.slice();
    this.customers.forEach((customer, i) => this.customerIndex.set(customer.key, i));
    this.products = new Interner(store.dictionaries.products.slice());
    this.channels = new Interner(store.dictionaries.channels.slice());
    this.countries = new Interner(store.dictionaries.countries.slice());
    this.discountCodes = new Interner(store.dictionaries.discountCodes.slice());
    const last = store.chunks[store.chunks.length - 1];
    this.nextSeq = last ? last.seq + 1 : 0;
  }

  /** Orders handed over so far (added + already present). */
  get received(): number {
    return this.added + this.alreadyPresent;
  }

  add(orders: readonly NormalizedOrder[]): void {
    if (this.finished) throw new Error('OrderStoreBuilder.add after finish()');
    const countCurrency = !this.store.currency;
    const seen = this.seen;
    const collectIds = !this.distinctIds;
    for (let n = 0; n < orders.length; n++) {
      const order = orders[n]!;
      if (seen.size !== 0 && seen.has(order.orderId)) {
        this.alreadyPresent++;
        continue;
      }
      if (collectIds) seen.add(order.orderId);
      this.added++;
      if (countCurrency && order.currency) this.currencyCounts.set(order.currency, (this.currencyCounts.get(order.currency) ?? 0) + 1);

      let chunk = this.chunk;
      if (chunk === null) {
        chunk = allocateChunk(this.nextSeq++, this.chunkSize);
        this.chunk = chunk;
        this.filled = 0;
      }
      const i = this.filled++;
      chunk.orderId[i] = order.orderId;
      chunk.customer[i] = this.customerOf(order);
      chunk.day[i] = order.day;
      chunk.amount[i] = order.amount;
      chunk.quantity[i] = order.quantity;
      chunk.product[i] = this.products.intern(order.product);
      chunk.channel[i] = this.channels.intern(order.channel);
      chunk.country[i] = this.countries.intern(order.country);
      chunk.discountCode[i] = this.discountCodes.intern(order.discountCode);
      chunk.cancelled[i] = order.cancelled ? 1 : 0;
      chunk.line[i] = order.line;
      if (this.filled === this.chunkSize) {
        this.newChunks.push(chunk);
        this.chunk = null;
      }
    }
  }

  /** The appended store; the builder takes no more orders afterwards. */
  finish(): AppendResult {
    if (this.finished) throw new Error('OrderStoreBuilder.finish called twice');
    this.finished = true;
    if (this.chunk !== null) {
      // Copied, not viewed: a stored subarray would still carry (and write) the whole buffer.
      this.newChunks.push(trimChunk(this.chunk, this.filled));
      this.chunk = null;
    }
    const { store, newChunks } = this;
    return {
      store: {
        currency: store.currency || mostCommon(this.currencyCounts),
        customers: this.customers,
        dictionaries: {
          products: this.products.values,
          channels: this.channels.values,
          countries: this.countries.values,
          discountCodes: this.discountCodes.values,
        },
        chunks: [...store.chunks, ...newChunks],
      },
      added: this.added,
      alreadyPresent: this.alreadyPresent,
      newChunks,
      firstNewCustomer: store.customers.length,
    };
  }

  private customerOf(order: NormalizedOrder): number {
    const customers = this.customers;
    let customer = this.customerIndex.get(order.customerKey);
    if (customer === undefined) {
      customer = customers.length;
      customers.push({ key: order.customerKey, name: order.customerName, email: order.email, phone: order.phone });
      this.customerIndex.set(order.customerKey, customer);
      return customer;
    }
    // Later exports fill in contact details an earlier one lacked (a new record: the input store's stays as it was).
    const known = customers[customer]!;
    if ((!known.name && order.customerName) || (!known.email && order.email) || (!known.phone && order.phone)) {
      customers[customer] = {
        key: known.key,
        name: known.name || order.customerName,
        email: known.email || order.email,
        phone: known.phone || order.phone,
      };
    }
    return customer;
  }
}

/**
 * Adds orders to a store without touching the existing chunks (they are shared
 * by reference); orders whose id is already stored are counted, not added.
 * The input store is not mutated, so a failed write can simply drop the result.
 */
export function appendOrders(
  store: OrderStore,
  orders: readonly NormalizedOrder[],
  chunkSize = DEFAULT_CHUNK_SIZE,
): AppendResult {
  const builder = new OrderStoreBuilder(store, { chunkSize });
  builder.add(orders);
  return builder.finish();
}

function allocateChunk(seq: number, count: number): OrderChunk {
  return {
    seq,
    count,
    orderId: new Array<string>(count),
    customer: new Uint32Array(count),
    day: new Int32Array(count),
    amount: new Float64Array(count),
    quantity: new Float64Array(count),
    product: new Uint32Array(count),
    channel: new Uint32Array(count),
    country: new Uint32Array(count),
    discountCode: new Uint32Array(count),
    cancelled: new Uint8Array(count),
    line: new Uint32Array(count),
  };
}

function trimChunk(chunk: OrderChunk, count: number): OrderChunk {
  return {
    seq: chunk.seq,
    count,
    orderId: chunk.orderId.slice(0, count),
    customer: chunk.customer.slice(0, count),
    day: chunk.day.slice(0, count),
    amount: chunk.amount.slice(0, count),
    quantity: chunk.quantity.slice(0, count),
    product: chunk.product.slice(0, count),
    channel: chunk.channel.slice(0, count),
    country: chunk.country.slice(0, count),
    discountCode: chunk.discountCode.slice(0, count),
    cancelled: chunk.cancelled.slice(0, count),
    line: chunk.line.slice(0, count),
  };
}

function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

/** Lays all chunks end to end. */
export function concatChunks(chunks: readonly OrderChunk[]): OrderColumns & { orderId: string[] } {
  const count = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
  const columns = { ...allocateChunk(0, count), count };
  let offset = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) columns.orderId[offset + i] = chunk.orderId[i]!;
    columns.customer.set(chunk.customer, offset);
    columns.day.set(chunk.day, offset);
    columns.amount.set(chunk.amount, offset);
    columns.quantity.set(chunk.quantity, offset);
    columns.product.set(chunk.product, offset);
    columns.channel.set(chunk.channel, offset);
    columns.country.set(chunk.country, offset);
    columns.discountCode.set(chunk.discountCode, offset);
    columns.cancelled.set(chunk.cancelled, offset);
    columns.line.set(chunk.line, offset);
    offset += chunk.count;
  }
  return columns;
}

/** Convenience for tests and the CLI: a store built from orders in one go. */
export function orderStoreFrom(orders: readonly NormalizedOrder[], currency = ''): OrderStore {
  return appendOrders(emptyOrderStore(currency), orders).store;
}

/**
 * What analysis reads of the orders: all but their source line numbers and
 * quantities, which no analysis uses (the analytics worker does not load them).
 */
export type AnalysisColumns = Omit<OrderColumns, 'line' | 'quantity'>;

/** A store with its chunks laid end to end (concatChunks): what the analytics worker holds of a workspace. */
export interface OrderStoreColumns {
  currency: string;
  customers: CustomerRecord[];
  dictionaries: OrderDictionaries;
  columns: AnalysisColumns;
}

export function storeColumns(store: OrderStore): OrderStoreColumns {
  const { currency, customers, dictionaries, chunks } = store;
  return { currency, customers, dictionaries, columns: concatChunks(chunks) };
}
