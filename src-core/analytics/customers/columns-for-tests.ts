/** Order columns from terse rows, for the tests of this folder. */
import { concatChunks, orderStoreFrom, type OrderColumns } from '../../data/columnar';
import type { NormalizedOrder } from '../../model/orders';

export type OrderRow = [customer: string, day: number, amount: number, cancelled?: boolean];

export function columnsOf(rows: readonly OrderRow[]): OrderColumns {
  const orders = rows.map(([customerKey, day, amount, cancelled = false], i): NormalizedOrder => ({
    orderId: `o${i}`,
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
    currency: '',
    cancelled,
    line: i + 1,
  }));
  return concatChunks(orderStoreFrom(orders).chunks);
}
