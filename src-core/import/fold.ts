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

const PAGE_BITS = 14;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * Typed columns of PAGE_SIZE orders: a million orders cost a few bytes each,
 * not an object each. Fixed pages rather than arrays grown by doubling: no
 * copy, and no moment holding the old and the twice-as-large new arrays at once.
 */
class ColumnPage {
  readonly dates = new Float64Array(PAGE_SIZE);
  readonly totalFirst = new Float64Array(PAGE_SIZE);
  readonly totalSum = new Float64Array(PAGE_SIZE);
  readonly refundFirst = new Float64Array(PAGE_SIZE);
  readonly refundSum = new Float64Array(PAGE_SIZE);
  readonly lineSum = new Float64Array(PAGE_SIZE);
  readonly quantity = new Float64Array(PAGE_SIZE);
  readonly customer = new Uint32Array(PAGE_SIZE);
  readonly product = new Uint32Array(PAGE_SIZE);
  readonly channel = new Uint32Array(PAGE_SIZE);
  readonly country = new Uint32Array(PAGE_SIZE);
  readonly discount = new Uint32Array(PAGE_SIZE);
  readonly currency = new Uint32Array(PAGE_SIZE);
  readonly line = new Uint32Array(PAGE_SIZE);
  readonly rows = new Uint32Array(PAGE_SIZE);
  /** bit 1 = cancelled, bit 2 = fully refunded. */
  readonly flags = new Uint8Array(PAGE_SIZE);
}

export interface RejectedOrder {
  line: number;
  rows: number;
  missing: 'date' | 'customer' | 'amount';
  orderId: string;
}

const CANCELLED = 1;
const FULLY_REFUNDED = 2;
/** Small batches of order objects die young (batches of 10,000 sometimes outlived the young generation and raised the peak by ~80 MB). */
const ORDER_BATCH = 2_000;

export class OrderFolder {
  readonly ids: string[] = [];
  private readonly index = new StringIndex(this.ids);
  private lastId = '';
  private lastIndex = -1;
  private readonly pages: ColumnPage[] = [];
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
      if ((at & PAGE_MASK) === 0) this.pages.push(new ColumnPage());
      this.ids.push(detach(row.orderId));
      this.index.insert(at);
      const c = this.pages[at >>> PAGE_BITS]!;
      const i = at & PAGE_MASK;
      c.dates[i] = row.date;
      c.customer[i] = this.customerOf(row);
      c.totalFirst[i] = row.total;
      c.totalSum[i] = Number.isNaN(row.total) ? 0 : row.total;
      c.refundFirst[i] = row.refund;
      c.refundSum[i] = Number.isNaN(row.refund) ? 0 : row.refund;
      c.lineSum[i] = row.lineAmount;
      c.quantity[i] = Number.isNaN(row.quantity) ? 1 : row.quantity;
      c.flags[i] = (row.cancelled ? CANCELLED : 0) | (row.fullyRefunded ? FULLY_REFUNDED : 0);
      c.product[i] = this.products.add(row.product);
      c.channel[i] = this.channels.add(row.channel);
      c.country[i] = this.countries.add(row.country);
      c.discount[i] = this.discounts.add(row.discountCode);
      c.currency[i] = this.currencies.add(row.currency.toUpperCase());
      c.line[i] = row.line;
      c.rows[i] = 1;
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
    const c = this.pages[at >>> PAGE_BITS]!;
    const i = at & PAGE_MASK;
    if (c.rows[i] === 1) this.multiRowOrders++;
    c.rows[i] = (c.rows[i] ?? 0) + 1;
    if (Number.isNaN(c.dates[i] ?? NaN)) c.dates[i] = row.date;
    const customer = c.customer[i] ?? 0;
    if (customer === 0) c.customer[i] = this.customerOf(row);
    else if (this.names[customer] === '' || this.emails[customer] === '' || this.phones[customer] === '') this.notePerson(customer, row);
    if (!Number.isNaN(row.total)) {
      const first = c.totalFirst[i] ?? NaN;
      if (Number.isNaN(first)) c.totalFirst[i] = row.total;
      else if (first !== row.total) this.totalVaries = true;
      c.totalSum[i] = (c.totalSum[i] ?? 0) + row.total;
    }
    if (!Number.isNaN(row.refund)) {
      const first = c.refundFirst[i] ?? NaN;
      if (Number.isNaN(first)) c.refundFirst[i] = row.refund;
      else if (first !== row.refund) this.refundVaries = true;
      c.refundSum[i] = (c.refundSum[i] ?? 0) + row.refund;
    }
    if (!Number.isNaN(row.lineAmount)) {
      const sum = c.lineSum[i] ?? NaN;
      c.lineSum[i] = Number.isNaN(sum) ? row.lineAmount : sum + row.lineAmount;
    }
    c.quantity[i] = (c.quantity[i] ?? 0) + (Number.isNaN(row.quantity) ? 1 : row.quantity);
    c.flags[i] = (c.flags[i] ?? 0) | (row.cancelled ? CANCELLED : 0) | (row.fullyRefunded ? FULLY_REFUNDED : 0);
    if (c.product[i] === 0 && row.product !== '') c.product[i] = this.products.add(row.product);
    if (c.channel[i] === 0) c.channel[i] = this.channels.add(row.channel);
    if (c.country[i] === 0) c.country[i] = this.countries.add(row.country);
    if (c.discount[i] === 0) c.discount[i] = this.discounts.add(row.discountCode);
    if (c.currency[i] === 0) c.currency[i] = this.currencies.add(row.currency.toUpperCase());
  }

  /**
   * Builds the orders, handing them to `emit` in batches (so a caller that
   * stores them never holds them all). `refundColumn` says a refund column was
   * mapped (then a "refunded" status does not zero the amount: the column says how much).
   */
  finish(dateOrder: 'DMY' | 'MDY', defaultCurrency: string, refundColumn: boolean, emit: (orders: NormalizedOrder[]) => void): RejectedOrder[] {
    const rejected: RejectedOrder[] = [];
    const customers = this.customers.values;
    let batch: NormalizedOrder[] = [];
    for (let at = 0; at < this.ids.length; at++) {
      const orderId = this.ids[at] ?? '';
      const c = this.pages[at >>> PAGE_BITS]!;
      const i = at & PAGE_MASK;
      const line = c.line[i] ?? 0;
      const rows = c.rows[i] ?? 1;
      const day = resolveDate(c.dates[i] ?? NaN, dateOrder);
      const customer = c.customer[i] ?? 0;
      const customerKey = customers[customer] ?? '';
      const totalSeen = !Number.isNaN(c.totalFirst[i] ?? NaN);
      const gross = totalSeen ? (this.totalVaries ? c.totalSum[i] : c.totalFirst[i]) ?? NaN : c.lineSum[i] ?? NaN;
      const refundSeen = !Number.isNaN(c.refundFirst[i] ?? NaN);
      const refund = refundSeen ? Math.abs((this.refundVaries ? c.refundSum[i] : c.refundFirst[i]) ?? 0) : 0;
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
      const flags = c.flags[i] ?? 0;
      const currency = this.currencies.values[c.currency[i] ?? 0] || defaultCurrency;
      const net = !refundColumn && (flags & FULLY_REFUNDED) !== 0 ? 0 : gross - refund;
      batch.push({
        orderId,
        customerKey,
        customerName: this.names[customer] ?? '',
        email: this.emails[customer] ?? '',
        phone: this.phones[customer] ?? '',
        day,
        amount: roundMoney(net, currency) + 0,
        quantity: c.quantity[i] ?? 1,
        product: this.products.values[c.product[i] ?? 0] ?? '',
        channel: this.channels.values[c.channel[i] ?? 0] ?? '',
        country: this.countries.values[c.country[i] ?? 0] ?? '',
        discountCode: this.discounts.values[c.discount[i] ?? 0] ?? '',
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
