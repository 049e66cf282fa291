/** Test helper: orders written by hand → the columnar data the analytics read. */
import { concatChunks, orderStoreFrom, type OrderColumns, type OrderStore } from '../../../src-core/data/columnar';
import { parseIsoDate, type NormalizedOrder } from '../../../src-core/model/orders';

export interface HandOrder {
  customer: string;
  date: string;
  amount: number;
  product?: string;
  channel?: string;
  country?: string;
  discountCode?: string;
  cancelled?: boolean;
}

export function day(text: string): number {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(`not a date: ${text}`);
  return parsed;
}

export function toNormalized(orders: readonly HandOrder[]): NormalizedOrder[] {
  return orders.map((o, i) => ({
    orderId: `o${i}`,
    customerKey: o.customer,
    customerName: '',
    email: '',
    phone: '',
    day: day(o.date),
    amount: o.amount,
    quantity: 1,
    product: o.product ?? '',
    channel: o.channel ?? '',
    country: o.country ?? '',
    discountCode: o.discountCode ?? '',
    currency: 'USD',
    cancelled: o.cancelled ?? false,
    line: i + 2,
  }));
}

export function build(orders: readonly HandOrder[]): { store: OrderStore; columns: OrderColumns } {
  const store = orderStoreFrom(toNormalized(orders));
  return { store, columns: concatChunks(store.chunks) };
}

/** Store index of a customer key. */
export function customerNo(store: OrderStore, key: string): number {
  const index = store.customers.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no customer ${key}`);
  return index;
}

/**
 * A small shop whose every metric is worked out by hand in the tests
 * (as-of 2024-03-15 unless a test says otherwise):
 * ann: Jan 5 (10, Tea, web), Jan 20 (5), Mar 2 (20) · bob: Jan 10 (30, Cup, shop), Feb 14 (15)
 * cat: Feb 3 (8, Tea, web), Feb 20 cancelled · dan: Mar 1 (12, Tea, shop)
 * eve: only a cancelled order · fay: only an order after the as-of date.
 */
export const HAND_SHOP: readonly HandOrder[] = [
  { customer: 'ann', date: '2024-01-05', amount: 10, product: 'Tea', channel: 'web', country: 'JP' },
  { customer: 'bob', date: '2024-01-10', amount: 30, product: 'Cup', channel: 'shop', country: 'US', discountCode: 'HELLO' },
  { customer: 'ann', date: '2024-01-20', amount: 5, product: 'Cup', channel: 'shop' },
  { customer: 'eve', date: '2024-01-31', amount: 50, cancelled: true },
  { customer: 'cat', date: '2024-02-03', amount: 8, product: 'Tea', channel: 'web', country: 'JP' },
  { customer: 'bob', date: '2024-02-14', amount: 15, product: 'Tea', channel: 'web' },
  { customer: 'cat', date: '2024-02-20', amount: 100, cancelled: true },
  { customer: 'dan', date: '2024-03-01', amount: 12, product: 'Tea', channel: 'shop', country: 'RU' },
  { customer: 'ann', date: '2024-03-02', amount: 20, product: 'Pot', channel: 'web' },
  { customer: 'fay', date: '2024-04-02', amount: 7, product: 'Pot', channel: 'web' },
];
