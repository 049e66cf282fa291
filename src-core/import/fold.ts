/**
 * Folds normalised rows into orders (DESIGN.md): rows sharing an order id are
 * one order; an order-level total is taken once, else line amounts are summed;
 * refunds are subtracted. Whether a "total" column is order-level is decided
 * from the data after the last row: it is order-level unless two rows of one
 * order carry different non-empty values.
 */
import { type DateCode, resolveDate, isAmbiguous } from './dates';
import { detach } from './identity';
import { roundMoney } from './numbers';
import type { NormalizedOrder } from '../model/orders';

/** One row after its cells were parsed; NaN / '' mean "empty". */
export interface FoldedRow {
  orderId: string;
  date: DateCode;
  customerKey: string;
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

/** Interns low-cardinality strings (products, countries…) so a million orders share a few hundred copies. */
class Interner {
  private readonly seen = new Map<string, string>();
  get(text: string): string {
    if (text === '') return '';
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const copy = detach(text);
    if (this.seen.size < 200_000) this.seen.set(copy, copy);
    return copy;
  }
}

export interface RejectedOrder {
  line: number;
  rows: number;
  missing: 'date' | 'customer' | 'amount';
  orderId: string;
}

export class OrderFolder {
  private readonly index = new Map<string, number>();
  private lastId = '';
  private lastIndex = -1;
  private readonly interner = new Interner();
  readonly ids: string[] = [];
  private readonly dates: DateCode[] = [];
  private readonly keys: string[] = [];
  private readonly names: string[] = [];
  private readonly emails: string[] = [];
  private readonly phones: string[] = [];
  private readonly totalFirst: number[] = [];
  private readonly totalSum: number[] = [];
  private readonly refundFirst: number[] = [];
  private readonly refundSum: number[] = [];
  private readonly lineSum: number[] = [];
  private readonly quantity: number[] = [];
  private readonly cancelled: boolean[] = [];
  private readonly fullyRefunded: boolean[] = [];
  private readonly products: string[] = [];
  private readonly channels: string[] = [];
  private readonly countries: string[] = [];
  private readonly discounts: string[] = [];
  private readonly currencies: string[] = [];
  private readonly lines: number[] = [];
  private readonly rowCounts: number[] = [];
  /** Evidence that the total / refund columns are per line, not per order. */
  totalVaries = false;
  refundVaries = false;
  multiRowOrders = 0;

  get size(): number {
    return this.ids.length;
  }

  add(row: FoldedRow): void {
    let at = row.orderId === this.lastId ? this.lastIndex : (this.index.get(row.orderId) ?? -1);
    if (at < 0) {
      at = this.ids.length;
      const id = detach(row.orderId);
      this.index.set(id, at);
      this.ids.push(id);
      this.dates.push(row.date);
      this.keys.push(detach(row.customerKey));
      this.names.push(detach(row.customerName.trim()));
      this.emails.push(detach(row.email.trim()));
      this.phones.push(detach(row.phone.trim()));
      this.totalFirst.push(row.total);
      this.totalSum.push(Number.isNaN(row.total) ? 0 : row.total);
      this.refundFirst.push(row.refund);
      this.refundSum.push(Number.isNaN(row.refund) ? 0 : row.refund);
      this.lineSum.push(row.lineAmount);
      this.quantity.push(Number.isNaN(row.quantity) ? 1 : row.quantity);
      this.cancelled.push(row.cancelled);
      this.fullyRefunded.push(row.fullyRefunded);
      this.products.push(this.interner.get(row.product.trim()));
      this.channels.push(this.interner.get(row.channel.trim()));
      this.countries.push(this.interner.get(row.country.trim()));
      this.discounts.push(this.interner.get(row.discountCode.trim()));
      this.currencies.push(this.interner.get(row.currency.trim().toUpperCase()));
      this.lines.push(row.line);
      this.rowCounts.push(1);
    } else {
      this.merge(at, row);
    }
    this.lastId = row.orderId;
    this.lastIndex = at;
  }

  private merge(at: number, row: FoldedRow): void {
    if (this.rowCounts[at] === 1) this.multiRowOrders++;
    this.rowCounts[at] = (this.rowCounts[at] ?? 0) + 1;
    if (Number.isNaN(this.dates[at] ?? NaN)) this.dates[at] = row.date;
    if (this.keys[at] === '' && row.customerKey !== '') this.keys[at] = detach(row.customerKey);
    if (this.names[at] === '' && row.customerName.trim() !== '') this.names[at] = detach(row.customerName.trim());
    if (this.emails[at] === '' && row.email.trim() !== '') this.emails[at] = detach(row.email.trim());
    if (this.phones[at] === '' && row.phone.trim() !== '') this.phones[at] = detach(row.phone.trim());
    if (!Number.isNaN(row.total)) {
      const first = this.totalFirst[at] ?? NaN;
      if (Number.isNaN(first)) this.totalFirst[at] = row.total;
      else if (first !== row.total) this.totalVaries = true;
      this.totalSum[at] = (this.totalSum[at] ?? 0) + row.total;
    }
    if (!Number.isNaN(row.refund)) {
      const first = this.refundFirst[at] ?? NaN;
      if (Number.isNaN(first)) this.refundFirst[at] = row.refund;
      else if (first !== row.refund) this.refundVaries = true;
      this.refundSum[at] = (this.refundSum[at] ?? 0) + row.refund;
    }
    if (!Number.isNaN(row.lineAmount)) {
      const sum = this.lineSum[at] ?? NaN;
      this.lineSum[at] = Number.isNaN(sum) ? row.lineAmount : sum + row.lineAmount;
    }
    this.quantity[at] = (this.quantity[at] ?? 0) + (Number.isNaN(row.quantity) ? 1 : row.quantity);
    if (row.cancelled) this.cancelled[at] = true;
    if (row.fullyRefunded) this.fullyRefunded[at] = true;
    if (this.products[at] === '' && row.product.trim() !== '') this.products[at] = this.interner.get(row.product.trim());
    if (this.channels[at] === '') this.channels[at] = this.interner.get(row.channel.trim());
    if (this.countries[at] === '') this.countries[at] = this.interner.get(row.country.trim());
    if (this.discounts[at] === '') this.discounts[at] = this.interner.get(row.discountCode.trim());
    if (this.currencies[at] === '') this.currencies[at] = this.interner.get(row.currency.trim().toUpperCase());
  }

  /** Whether this order was seen already (used to attach id-less continuation rows). */
  hasCustomerOrDate(at: number): boolean {
    return this.keys[at] !== '' || !Number.isNaN(this.dates[at] ?? NaN);
  }

  /** Does any date need the column's DD/MM decision? */
  hasAmbiguousDates(): boolean {
    return this.dates.some(isAmbiguous);
  }

  /**
   * Builds the orders. `refundColumn` says a refund column was mapped (then a
   * "refunded" status does not zero the amount: the column says how much).
   */
  finish(dateOrder: 'DMY' | 'MDY', defaultCurrency: string, refundColumn: boolean): { orders: NormalizedOrder[]; rejected: RejectedOrder[] } {
    const orders: NormalizedOrder[] = [];
    const rejected: RejectedOrder[] = [];
    for (let at = 0; at < this.ids.length; at++) {
      const orderId = this.ids[at] ?? '';
      const line = this.lines[at] ?? 0;
      const rows = this.rowCounts[at] ?? 1;
      const day = resolveDate(this.dates[at] ?? NaN, dateOrder);
      const customerKey = this.keys[at] ?? '';
      const total = this.totalVaries ? this.totalSum[at] ?? NaN : this.totalFirst[at] ?? NaN;
      const totalSeen = !Number.isNaN(this.totalFirst[at] ?? NaN);
      const gross = totalSeen ? total : this.lineSum[at] ?? NaN;
      const refundSeen = !Number.isNaN(this.refundFirst[at] ?? NaN);
      const refund = refundSeen ? Math.abs((this.refundVaries ? this.refundSum[at] : this.refundFirst[at]) ?? 0) : 0;
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
      const currency = this.currencies[at] || defaultCurrency;
      const net = !refundColumn && this.fullyRefunded[at] ? 0 : gross - refund;
      orders.push({
        orderId,
        customerKey,
        customerName: this.names[at] ?? '',
        email: this.emails[at] ?? '',
        phone: this.phones[at] ?? '',
        day,
        amount: roundMoney(net, currency) + 0,
        quantity: this.quantity[at] ?? 1,
        product: this.products[at] ?? '',
        channel: this.channels[at] ?? '',
        country: this.countries[at] ?? '',
        discountCode: this.discounts[at] ?? '',
        currency,
        cancelled: this.cancelled[at] ?? false,
        line,
      });
    }
    return { orders, rejected };
  }
}
