import { describe, expect, it } from 'vitest';
import { appendOrders, concatChunks, emptyOrderStore, orderStoreFrom } from './columnar';
import type { NormalizedOrder } from '../model/orders';

function order(partial: Partial<NormalizedOrder> & Pick<NormalizedOrder, 'orderId' | 'customerKey' | 'day' | 'amount'>): NormalizedOrder {
  return {
    customerName: '', email: '', phone: '', quantity: 1, product: '', channel: '', country: '',
    discountCode: '', currency: 'USD', cancelled: false, line: 2, ...partial,
  };
}

describe('appendOrders', () => {
  const first = [
    order({ orderId: 'A1', customerKey: 'c1', day: 100, amount: 10, product: 'Tea' }),
    order({ orderId: 'A2', customerKey: 'c2', day: 101, amount: 20, product: 'Cup', channel: 'web' }),
    order({ orderId: 'A3', customerKey: 'c1', day: 150, amount: 5.5, product: 'Tea', cancelled: true }),
  ];

  it('interns customers and dictionaries, keeping 0 for "none"', () => {
    const store = orderStoreFrom(first);
    expect(store.customers.map((c) => c.key)).toEqual(['c1', 'c2']);
    expect(store.dictionaries.products).toEqual(['', 'Tea', 'Cup']);
    expect(store.dictionaries.channels).toEqual(['', 'web']);
    const columns = concatChunks(store.chunks);
    expect(columns.count).toBe(3);
    expect(Array.from(columns.customer)).toEqual([0, 1, 0]);
    expect(Array.from(columns.channel)).toEqual([0, 1, 0]);
    expect(Array.from(columns.cancelled)).toEqual([0, 0, 1]);
    expect(store.currency).toBe('USD');
  });

  it('skips orders already stored and leaves the input store untouched', () => {
    const base = orderStoreFrom(first);
    const snapshot = JSON.stringify(base.customers);
    const result = appendOrders(base, [
      order({ orderId: 'A2', customerKey: 'c2', day: 101, amount: 20 }),
      order({ orderId: 'B1', customerKey: 'c3', day: 200, amount: 7, customerName: 'Zoë' }),
    ]);
    expect(result.added).toBe(1);
    expect(result.alreadyPresent).toBe(1);
    expect(result.firstNewCustomer).toBe(2);
    expect(result.newChunks).toHaveLength(1);
    expect(result.newChunks[0]!.seq).toBe(1);
    expect(JSON.stringify(base.customers)).toBe(snapshot);
    expect(base.chunks).toHaveLength(1);
    expect(concatChunks(result.store.chunks).count).toBe(4);
  });

  it('splits into chunks of the requested size', () => {
    const many = Array.from({ length: 25 }, (_, i) => order({ orderId: `o${i}`, customerKey: `c${i % 4}`, day: i, amount: i }));
    const result = appendOrders(emptyOrderStore(), many, 10);
    expect(result.store.chunks.map((c) => c.count)).toEqual([10, 10, 5]);
    const columns = concatChunks(result.store.chunks);
    expect(Array.from(columns.day)).toEqual(many.map((o) => o.day));
  });
});
