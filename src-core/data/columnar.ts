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

/** All chunks of a store laid end to end: what the analytics worker holds. */
export interface OrderColumns {
  count: number;
  orderId: string[];
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

class Interner {
  private readonly index = new Map<string, number>();
  constructor(readonly values: string[]) {
    values.forEach((value, i) => this.index.set(value, i));
  }
  intern(value: string): number {
    const found = this.index.get(value);
    if (found !== undefined) return found;
    this.values.push(value);
    this.index.set(value, this.values.length - 1);
    return this.values.length - 1;
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
  const seen = new Set<string>();
  for (const chunk of store.chunks) for (const id of chunk.orderId) seen.add(id);

  const customers = store.customers.slice();
  const customerIndex = new Map<string, number>();
  customers.forEach((customer, i) => customerIndex.set(customer.key, i));
  const products = new Interner(store.dictionaries.products.slice());
  const channels = new Interner(store.dictionaries.channels.slice());
  const countries = new Interner(store.dictionaries.countries.slice());
  const discountCodes = new Interner(store.dictionaries.discountCodes.slice());

  const fresh: NormalizedOrder[] = [];
  let alreadyPresent = 0;
  for (const order of orders) {
    if (seen.has(order.orderId)) {
      alreadyPresent++;
      continue;
    }
    seen.add(order.orderId);
    fresh.push(order);
  }

  const firstNewCustomer = customers.length;
  const newChunks: OrderChunk[] = [];
  let seq = store.chunks.length ? store.chunks[store.chunks.length - 1]!.seq + 1 : 0;
  for (let start = 0; start < fresh.length; start += chunkSize) {
    const slice = fresh.slice(start, start + chunkSize);
    const chunk = allocateChunk(seq++, slice.length);
    slice.forEach((order, i) => {
      let customer = customerIndex.get(order.customerKey);
      if (customer === undefined) {
        customer = customers.length;
        customers.push({ key: order.customerKey, name: order.customerName, email: order.email, phone: order.phone });
        customerIndex.set(order.customerKey, customer);
      } else {
        // Later exports fill in contact details an earlier one lacked.
        const known = customers[customer]!;
        if ((!known.name && order.customerName) || (!known.email && order.email) || (!known.phone && order.phone)) {
          customers[customer] = {
            key: known.key,
            name: known.name || order.customerName,
            email: known.email || order.email,
            phone: known.phone || order.phone,
          };
        }
      }
      chunk.orderId[i] = order.orderId;
      chunk.customer[i] = customer;
      chunk.day[i] = order.day;
      chunk.amount[i] = order.amount;
      chunk.quantity[i] = order.quantity;
      chunk.product[i] = products.intern(order.product);
      chunk.channel[i] = channels.intern(order.channel);
      chunk.country[i] = countries.intern(order.country);
      chunk.discountCode[i] = discountCodes.intern(order.discountCode);
      chunk.cancelled[i] = order.cancelled ? 1 : 0;
      chunk.line[i] = order.line;
    });
    newChunks.push(chunk);
  }

  return {
    store: {
      currency: store.currency || mostCommonCurrency(fresh),
      customers,
      dictionaries: {
        products: products.values,
        channels: channels.values,
        countries: countries.values,
        discountCodes: discountCodes.values,
      },
      chunks: [...store.chunks, ...newChunks],
    },
    added: fresh.length,
    alreadyPresent,
    newChunks,
    firstNewCustomer,
  };
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

function mostCommonCurrency(orders: readonly NormalizedOrder[]): string {
  const counts = new Map<string, number>();
  for (const order of orders) if (order.currency) counts.set(order.currency, (counts.get(order.currency) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [currency, count] of counts) if (count > bestCount) [best, bestCount] = [currency, count];
  return best;
}

/** Lays all chunks end to end. */
export function concatChunks(chunks: readonly OrderChunk[]): OrderColumns {
  const count = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
  const columns: OrderColumns = { ...allocateChunk(0, count), count };
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
