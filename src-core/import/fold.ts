/**
 * Folds normalised rows into orders (DESIGN.md): rows sharing an order id are
 * one order; an order-level total is taken once, else line amounts are summed;
 * refunds are subtracted. Whether a "total" column is order-level is decided
 * from the data after the last row: it is order-level unless two rows of one
 * order carry different non-empty values.
 */
import { type DateCode, resolveDate } from './dates';
import { customerKey, detach } from './identity';
import { roundMoney } from './numbers';
import { StringIndex } from './string-index';
import type { NormalizedOrder } from '../model/orders';

/** One row after its cells were parsed; NaN / '' mean "empty". */
export interface FoldedRow {
  orderId: string;
  date: DateCode;
  /** Raw customer cells; the key is derived only when an order still needs one. */
  customerId: string;
  customerName: string;
  email: string;
  phone: string;
  total: number;
  /** Line amount (or unit price × quantity). */
  lineAmount: number;
  refund: number;
  quantity: number;
  cancelled: boolean;
  fullyRefunded: boolean;
  product: string;
  channel: string;
  country: string;
  discountCode: string;
  currency: string;
  line: number;
}

/**
 * A string dictionary: each distinct value is stored once (copied out of the
 * parsed chunk) and orders hold its index in a typed array.
 */
class Dictionary {
  readonly values: string[] = [''];
  private readonly index = new StringIndex(this.values);
  /** Consecutive orders mostly share a channel, country or currency: skip the hash lookup then. */
  private lastText = '';
  private lastIndex = 0;

  constructor() {
    this.index.insert(0);
  }

  /** Index of the trimmed text (values are stored trimmed and copied out of the parsed chunk). */
  add(text: string): number {
    // Blank cells (an order's later item rows) must not evict the remembered value.
    if (text === '') return 0;
    if (text === this.lastText) return this.lastIndex;
    let known = this.index.find(text);
    if (known < 0) {
      const trimmed = text.trim();
      if (trimmed !== text) known = this.index.find(trimmed);
      if (known < 0) {
        this.values.push(detach(trimmed));
        known = this.values.length - 1;
        this.index.insert(known);
      }
    }
    this.lastText = text;
    this.lastIndex = known;
    return known;
  }
}

/** Growable typed columns: a million orders cost a few bytes each, not an object each. */
class Columns {
  capacity = 16_384;
  dates = new Float64Array(this.capacity);
  totalFirst = new Float64Array(this.capacity);
  totalSum = new Float64Array(this.capacity);
  refundFirst = new Float64Array(this.capacity);
  refundSum = new Float64Array(this.capacity);
  lineSum = new Float64Array(this.capacity);
  quantity = new Float64Array(this.capacity);
  customer = new Uint32Array(this.capacity);
  product = new Uint32Array(this.capacity);
  channel = new Uint32Array(this.capacity);
  country = new Uint32Array(this.capacity);
  discount = new Uint32Array(this.capacity);
  currency = new Uint32Array(this.capacity);
  line = new Uint32Array(this.capacity);
  rows = new Uint32Array(this.capacity);
  /** bit 1 = cancelled, bit 2 = fully refunded. */
  flags = new Uint8Array(this.capacity);

  grow(): void {
    // Doubling keeps the total copying under twice the final size.
    const capacity = this.capacity * 2;
    const copy = <T extends Float64Array | Uint32Array | Uint8Array>(old: T, make: (size: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    const f64 = (size: number) => new Float64Array(size);
    const u32 = (size: number) => new Uint32Array(size);
    this.dates = copy(this.dates, f64);
    this.totalFirst = copy(this.totalFirst, f64);
    this.totalSum = copy(this.totalSum, f64);
    this.refundFirst = copy(this.refundFirst, f64);
    this.refundSum = copy(this.refundSum, f64);
    this.lineSum = copy(this.lineSum, f64);
    this.quantity = copy(this.quantity, f64);
    this.customer = copy(this.customer, u32);
    this.product = copy(this.product, u32);
    this.channel = copy(this.channel, u32);
    this.country = copy(this.country, u32);
    this.discount = copy(this.discount, u32);
    this.currency = copy(this.currency, u32);
    this.line = copy(this.line, u32);
    this.rows = copy(this.rows, u32);
    this.flags = copy(this.flags, (size) => new Uint8Array(size));
    this.capacity = capacity;
  }
}

export interface RejectedOrder {
  line: number;
  rows: number;
  missing: 'date' | 'customer' | 'amount';
  orderId: string;
}

const CANCELLED = 1;
const FULLY_REFUNDED = 2;
const ORDER_BATCH = 10_000;

export class OrderFolder {
  readonly ids: string[] = [];
  private readonly index = new StringIndex(this.ids);
  private lastId = '';
  private lastIndex = -1;
  private readonly columns = new Columns();
  private readonly customers = new Dictionary();
  /** Per customer (by dictionary index): the first name, e-mail and phone seen. */
  private readonly names: string[] = [''];
  private readonly emails: string[] = [''];
  private readonly phones: string[] = [''];
  private readonly products = new Dictionary();
  private readonly channels = new Dictionary();
  private readonly countries = new Dictionary();
  private readonly discounts = new Dictionary();
  private readonly currencies = new Dictionary();
  /** Evidence that the total / refund columns are per line, not per order. */
  totalVaries = false;
  refundVaries = false;
  multiRowOrders = 0;

  get size(): number {
    return this.ids.length;
  }

  add(row: FoldedRow): void {
    let at = row.orderId === this.lastId ? this.lastIndex : this.index.find(row.orderId);
    if (at < 0) {
      at = this.ids.length;
      if (at === this.columns.capacity) this.columns.grow();
      this.ids.push(detach(row.orderId));
      this.index.insert(at);
      const c = this.columns;
      c.dates[at] = row.date;
      c.customer[at] = this.customerOf(row);
      c.totalFirst[at] = row.total;
      c.totalSum[at] = Number.isNaN(row.total) ? 0 : row.total;
      c.refundFirst[at] = row.refund;
      c.refundSum[at] = Number.isNaN(row.refund) ? 0 : row.refund;
      c.lineSum[at] = row.lineAmount;
      c.quantity[at] = Number.isNaN(row.quantity) ? 1 : row.quantity;
      c.flags[at] = (row.cancelled ? CANCELLED : 0) | (row.fullyRefunded ? FULLY_REFUNDED : 0);
      c.product[at] = this.products.add(row.product);
      c.channel[at] = this.channels.add(row.channel);
      c.country[at] = this.countries.add(row.country);
      c.discount[at] = this.discounts.add(row.discountCode);
      c.currency[at] = this.currencies.add(row.currency.toUpperCase());
      c.line[at] = row.line;
      c.rows[at] = 1;
    } else {
      this.merge(at, row);
    }
    this.lastId = row.orderId;
    this.lastIndex = at;
  }

  /** The row's customer (0 = none), remembering who they are the first time. */
  private customerOf(row: FoldedRow): number {
    const key = customerKey({ id: row.customerId, email: row.email, phone: row.phone, name: row.customerName });
    if (key === '') return 0;
    const customer = this.customers.add(key);
    if (customer === this.names.length) {
      this.names.push('');
      this.emails.push('');
      this.phones.push('');
    }
    if (this.names[customer] === '' || this.emails[customer] === '' || this.phones[customer] === '') this.notePerson(customer, row);
    return customer;
  }

  private notePerson(customer: number, row: FoldedRow): void {
    if (this.names[customer] === '' && row.customerName !== '') this.names[customer] = detach(row.customerName.trim());
    if (this.emails[customer] === '' && row.email !== '') this.emails[customer] = detach(row.email.trim());
    if (this.phones[customer] === '' && row.phone !== '') this.phones[customer] = detach(row.phone.trim());
  }

  private merge(at: number, row: FoldedRow): void {
    const c = this.columns;
    if (c.rows[at] === 1) this.multiRowOrders++;
    c.rows[at] = (c.rows[at] ?? 0) + 1;
    if (Number.isNaN(c.dates[at] ?? NaN)) c.dates[at] = row.date;
    const customer = c.customer[at] ?? 0;
    if (customer === 0) c.customer[at] = this.customerOf(row);
    else if (this.names[customer] === '' || this.emails[customer] === '' || this.phones[customer] === '') this.notePerson(customer, row);
    if (!Number.isNaN(row.total)) {
      const first = c.totalFirst[at] ?? NaN;
      if (Number.isNaN(first)) c.totalFirst[at] = row.total;
      else if (first !== row.total) this.totalVaries = true;
      c.totalSum[at] = (c.totalSum[at] ?? 0) + row.total;
    }
    if (!Number.isNaN(row.refund)) {
      const first = c.refundFirst[at] ?? NaN;
      if (Number.isNaN(first)) c.refundFirst[at] = row.refund;
      else if (first !== row.refund) this.refundVaries = true;
      c.refundSum[at] = (c.refundSum[at] ?? 0) + row.refund;
    }
    if (!Number.isNaN(row.lineAmount)) {
      const sum = c.lineSum[at] ?? NaN;
      c.lineSum[at] = Number.isNaN(sum) ? row.lineAmount : sum + row.lineAmount;
    }
    c.quantity[at] = (c.quantity[at] ?? 0) + (Number.isNaN(row.quantity) ? 1 : row.quantity);
    c.flags[at] = (c.flags[at] ?? 0) | (row.cancelled ? CANCELLED : 0) | (row.fullyRefunded ? FULLY_REFUNDED : 0);
    if (c.product[at] === 0 && row.product !== '') c.product[at] = this.products.add(row.product);
    if (c.channel[at] === 0) c.channel[at] = this.channels.add(row.channel);
    if (c.country[at] === 0) c.country[at] = this.countries.add(row.country);
    if (c.discount[at] === 0) c.discount[at] = this.discounts.add(row.discountCode);
    if (c.currency[at] === 0) c.currency[at] = this.currencies.add(row.currency.toUpperCase());
  }

  /**
   * Builds the orders, handing them to `emit` in batches (so a caller that
   * stores them never holds them all). `refundColumn` says a refund column was
   * mapped (then a "refunded" status does not zero the amount: the column says how much).
   */
  finish(dateOrder: 'DMY' | 'MDY', defaultCurrency: string, refundColumn: boolean, emit: (orders: NormalizedOrder[]) => void): RejectedOrder[] {
    const rejected: RejectedOrder[] = [];
    const c = this.columns;
    const customers = this.customers.values;
    let batch: NormalizedOrder[] = [];
    for (let at = 0; at < this.ids.length; at++) {
      const orderId = this.ids[at] ?? '';
      const line = c.line[at] ?? 0;
      const rows = c.rows[at] ?? 1;
      const day = resolveDate(c.dates[at] ?? NaN, dateOrder);
      const customer = c.customer[at] ?? 0;
      const customerKey = customers[customer] ?? '';
      const totalSeen = !Number.isNaN(c.totalFirst[at] ?? NaN);
      const gross = totalSeen ? (this.totalVaries ? c.totalSum[at] : c.totalFirst[at]) ?? NaN : c.lineSum[at] ?? NaN;
      const refundSeen = !Number.isNaN(c.refundFirst[at] ?? NaN);
      const refund = refundSeen ? Math.abs((this.refundVaries ? c.refundSum[at] : c.refundFirst[at]) ?? 0) : 0;
      if (Number.isNaN(day)) {
        rejected.push({ line, rows, missing: 'date', orderId });
        continue;
      }
      if (customerKey === '') {
        rejected.push({ line, rows, missing: 'customer', orderId });
        continue;
      }
      if (Number.isNaN(gross)) {
        rejected.push({ line, rows, missing: 'amount', orderId });
        continue;
      }
      const flags = c.flags[at] ?? 0;
      const currency = this.currencies.values[c.currency[at] ?? 0] || defaultCurrency;
      const net = !refundColumn && (flags & FULLY_REFUNDED) !== 0 ? 0 : gross - refund;
      batch.push({
        orderId,
        customerKey,
        customerName: this.names[customer] ?? '',
        email: this.emails[customer] ?? '',
        phone: this.phones[customer] ?? '',
        day,
        amount: roundMoney(net, currency) + 0,
        quantity: c.quantity[at] ?? 1,
        product: this.products.values[c.product[at] ?? 0] ?? '',
        channel: this.channels.values[c.channel[at] ?? 0] ?? '',
        country: this.countries.values[c.country[at] ?? 0] ?? '',
        discountCode: this.discounts.values[c.discount[at] ?? 0] ?? '',
        currency,
        cancelled: (flags & CANCELLED) !== 0,
        line,
      });
      if (batch.length === ORDER_BATCH) {
        emit(batch);
        batch = [];
      }
    }
    if (batch.length > 0) emit(batch);
    return rejected;
  }
}
