/** Small builders for the fit tests: orders as a shop would export them, values as customerValues returns them. */
import { concatChunks, orderStoreFrom, type OrderColumns, type OrderStore } from '../../../src-core/data/columnar';
import { parseIsoDate, type NormalizedOrder } from '../../../src-core/model/orders';
import type { CustomerValue } from '../../../src-core/analytics/fit';

let nextOrder = 1;

export function order(customerKey: string, date: string, amount: number, extra: Partial<NormalizedOrder> = {}): NormalizedOrder {
  const day = parseIsoDate(date);
  if (day === null) throw new Error(`bad test date ${date}`);
  return {
    orderId: `o${nextOrder++}`,
    customerKey,
    customerName: '',
    email: '',
    phone: '',
    day,
    amount,
    quantity: 1,
    product: '',
    channel: '',
    country: '',
    discountCode: '',
    currency: 'USD',
    cancelled: false,
    line: 0,
    ...extra,
  };
}

export function storeOf(orders: NormalizedOrder[]): { store: OrderStore; columns: OrderColumns } {
  const store = orderStoreFrom(orders);
  return { store, columns: concatChunks(store.chunks) };
}

export function day(date: string): number {
  const parsed = parseIsoDate(date);
  if (parsed === null) throw new Error(`bad test date ${date}`);
  return parsed;
}

/** A customer's value with a 40 % margin and monthly revenue a tenth of lifetime, unless given. */
export function valueOf(customer: number, key: string, lifetimeRevenue: number, over: Partial<CustomerValue> = {}): CustomerValue {
  return {
    customer,
    key,
    orders: 5,
    firstOrderDay: day('2023-01-01'),
    lastOrderDay: day('2024-06-01'),
    lifetimeRevenue,
    last12Revenue: lifetimeRevenue / 2,
    monthlyRevenue: lifetimeRevenue / 10,
    grossMargin: lifetimeRevenue * 0.4,
    marginRate: 0.4,
    growth: 0,
    fallingPeriods: 0,
    predictedClv: null,
    trend: [],
    ...over,
  };
}
