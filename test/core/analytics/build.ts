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
