import { describe, expect, it } from 'vitest';
import type { NormalizedOrder } from '../model/orders';
import { OrderFolder, type FoldedRow } from './fold';

function row(orderId: string, fields: Partial<FoldedRow> = {}): FoldedRow {
  return {
    orderId, date: 19_000, customerId: '', customerName: '', email: `${orderId}@example.com`, phone: '',
    total: NaN, lineAmount: 1, refund: NaN, quantity: 1, cancelled: false, fullyRefunded: false,
    product: '', channel: '', country: '', discountCode: '', currency: 'USD', line: 2, ...fields,
  };
}

describe('OrderFolder columns', () => {
  it('keeps every order right across many column pages, rows of one order arriving far apart', () => {
    const count = 40_000; // beyond two pages of 16,384 orders
    const folder = new OrderFolder();
    for (let n = 0; n < count; n++) folder.add(row(`o${n}`, { lineAmount: n, line: n + 2, product: `p${n % 7}`, cancelled: n % 5 === 0 }));
    // A second item for every third order, long after its first row (and on another page).
    for (let n = 0; n < count; n += 3) folder.add(row(`o${n}`, { lineAmount: 0.5, quantity: 2, product: 'late', date: NaN, email: '' }));
    const orders: NormalizedOrder[] = [];
    const rejected = folder.finish('MDY', 'USD', false, (batch) => orders.push(...batch));
    expect(rejected).toEqual([]);
    expect(orders).toHaveLength(count);
    expect(folder.multiRowOrders).toBe(Math.ceil(count / 3));
    orders.forEach((order, n) => {
      expect(order.orderId).toBe(`o${n}`);
      expect(order.amount).toBe(n % 3 === 0 ? n + 0.5 : n);
      expect(order.quantity).toBe(n % 3 === 0 ? 3 : 1);
      expect(order.line).toBe(n + 2);
      expect(order.product).toBe(`p${n % 7}`);
      expect(order.cancelled).toBe(n % 5 === 0);
      expect(order.day).toBe(19_000);
      expect(order.customerKey).toBe(`o${n}@example.com`);
    });
  });
});
