import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendOrders, concatChunks, emptyOrderStore, OrderStoreBuilder, orderStoreFrom, type AppendResult, type OrderStore } from './columnar';
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

/** What an append must produce, written the plain way: one order at a time, all orders in hand. */
function expectedAppend(store: OrderStore, orders: readonly NormalizedOrder[], chunkSize: number) {
  const seen = new Set(store.chunks.flatMap((chunk) => chunk.orderId));
  const fresh: NormalizedOrder[] = [];
  let alreadyPresent = 0;
  for (const order of orders) {
    if (seen.has(order.orderId)) alreadyPresent++;
    else fresh.push(order);
    seen.add(order.orderId);
  }
  const customers = store.customers.map((customer) => ({ ...customer }));
  const dictionaries = {
    products: [...store.dictionaries.products],
    channels: [...store.dictionaries.channels],
    countries: [...store.dictionaries.countries],
    discountCodes: [...store.dictionaries.discountCodes],
  };
  const intern = (values: string[], value: string) => (values.includes(value) ? values.indexOf(value) : values.push(value) - 1);
  const rows = fresh.map((order) => {
    let customer = customers.findIndex((known) => known.key === order.customerKey);
    if (customer < 0) customer = customers.push({ key: order.customerKey, name: order.customerName, email: order.email, phone: order.phone }) - 1;
    const known = customers[customer]!;
    known.name ||= order.customerName;
    known.email ||= order.email;
    known.phone ||= order.phone;
    return {
      orderId: order.orderId,
      customer,
      day: order.day,
      product: intern(dictionaries.products, order.product),
      channel: intern(dictionaries.channels, order.channel),
      country: intern(dictionaries.countries, order.country),
      discountCode: intern(dictionaries.discountCodes, order.discountCode),
      cancelled: order.cancelled ? 1 : 0,
    };
  });
  const tally = new Map<string, number>();
  for (const order of fresh) if (order.currency) tally.set(order.currency, (tally.get(order.currency) ?? 0) + 1);
  const mostCommon = [...tally].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
  const sizes = Array.from({ length: Math.ceil(fresh.length / chunkSize) }, (_, i) => Math.min(chunkSize, fresh.length - i * chunkSize));
  return { added: fresh.length, alreadyPresent, customers, dictionaries, rows, currency: store.currency || mostCommon, sizes };
}

function rowsOf(result: AppendResult) {
  const columns = concatChunks(result.newChunks);
  return Array.from({ length: columns.count }, (_, i) => ({
    orderId: columns.orderId[i],
    customer: columns.customer[i],
    day: columns.day[i],
    product: columns.product[i],
    channel: columns.channel[i],
    country: columns.country[i],
    discountCode: columns.discountCode[i],
    cancelled: columns.cancelled[i],
  }));
}

/** Small pools, so ids repeat, customers return with more contact details and dictionaries are shared. */
const anOrder = fc
  .record({
    orderId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'order-with-a-long-identifier-1', 'order-with-a-long-identifier-2'),
    customerKey: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
    customerName: fc.constantFrom('', 'Ann', 'Bo'),
    email: fc.constantFrom('', 'x@example.com'),
    phone: fc.constantFrom('', '555'),
    day: fc.integer({ min: 0, max: 20_000 }),
    amount: fc.double({ min: -100, max: 1000, noNaN: true }),
    product: fc.constantFrom('', 'Tea', 'Cup'),
    channel: fc.constantFrom('', 'web', 'pos'),
    country: fc.constantFrom('', 'JP', 'DE'),
    currency: fc.constantFrom('', 'USD', 'EUR', 'JPY'),
    cancelled: fc.boolean(),
  })
  .map((fields) => order(fields));

describe('OrderStoreBuilder', () => {
  it('fed in batches, gives what one appendOrders call gives, and both match the plain reference', () => {
    fc.assert(
      fc.property(
        fc.array(anOrder, { maxLength: 12 }),
        fc.constantFrom('', 'GBP'),
        fc.array(fc.array(anOrder, { maxLength: 8 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (storedOrders, storeCurrency, batches, chunkSize) => {
          const stored = appendOrders(emptyOrderStore(storeCurrency), storedOrders, chunkSize).store;
          const before = structuredClone(stored);
          const all = batches.flat();

          const builder = new OrderStoreBuilder(stored, { chunkSize });
          for (const batch of batches) builder.add(batch);
          expect(builder.received).toBe(all.length);
          const streamed = builder.finish();
          const once = appendOrders(stored, all, chunkSize);
          expect(streamed).toEqual(once);

          const expected = expectedAppend(before, all, chunkSize);
          expect(streamed.added).toBe(expected.added);
          expect(streamed.alreadyPresent).toBe(expected.alreadyPresent);
          expect(streamed.firstNewCustomer).toBe(before.customers.length);
          expect(streamed.store.customers).toEqual(expected.customers);
          expect(streamed.store.dictionaries).toEqual(expected.dictionaries);
          expect(streamed.store.currency).toBe(expected.currency);
          expect(rowsOf(streamed)).toEqual(expected.rows);
          expect(streamed.newChunks.map((chunk) => chunk.count)).toEqual(expected.sizes);
          expect(streamed.newChunks.map((chunk) => chunk.seq)).toEqual(expected.sizes.map((_, i) => stored.chunks.length + i));
          for (const chunk of streamed.newChunks) expect(chunk.customer.length).toBe(chunk.count); // trimmed, not a view of a bigger buffer
          // Existing chunks shared, the input store untouched.
          expect(streamed.store.chunks.slice(0, stored.chunks.length)).toEqual(stored.chunks);
          streamed.store.chunks.slice(0, stored.chunks.length).forEach((chunk, i) => expect(chunk).toBe(stored.chunks[i]));
          expect(stored).toEqual(before);
        },
      ),
    );
  });

  it('with distinctIds, gives the same result for orders whose ids do not repeat, still skipping stored ids', () => {
    fc.assert(
      fc.property(fc.array(anOrder, { maxLength: 12 }), fc.array(fc.array(anOrder, { maxLength: 8 }), { maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (storedOrders, batches, chunkSize) => {
        const stored = orderStoreFrom(storedOrders);
        const before = structuredClone(stored);
        const used = new Set<string>();
        const distinct = batches.map((batch) => batch.filter((o) => !used.has(o.orderId) && used.add(o.orderId)));
        const builder = new OrderStoreBuilder(stored, { chunkSize, distinctIds: true });
        for (const batch of distinct) builder.add(batch);
        expect(builder.finish()).toEqual(appendOrders(stored, distinct.flat(), chunkSize));
        expect(stored).toEqual(before);
      }),
    );
  });

  it.each([
    { case: 'within one batch', batches: [['A', 'A', 'B']], stored: [], added: 2, alreadyPresent: 1 },
    { case: 'across batches', batches: [['A', 'B'], ['B', 'C'], ['A']], stored: [], added: 3, alreadyPresent: 2 },
    { case: 'against the stored orders', batches: [['S1', 'N1'], ['S2', 'N2']], stored: ['S1', 'S2'], added: 2, alreadyPresent: 2 },
    { case: 'an empty batch', batches: [[], ['A'], []], stored: ['A'], added: 0, alreadyPresent: 1 },
  ])('counts orders already present $case', ({ batches, stored, added, alreadyPresent }) => {
    const make = (orderId: string) => order({ orderId, customerKey: 'c1', day: 1, amount: 1 });
    const base = orderStoreFrom(stored.map(make));
    const builder = new OrderStoreBuilder(base, { chunkSize: 2 });
    for (const batch of batches) builder.add(batch.map(make));
    const result = builder.finish();
    expect({ added: result.added, alreadyPresent: result.alreadyPresent }).toEqual({ added, alreadyPresent });
    expect(concatChunks(result.store.chunks).count).toBe(stored.length + added);
  });

  it('fills in contact details from a later batch without changing the stored customer record', () => {
    const base = orderStoreFrom([order({ orderId: 'A', customerKey: 'c1', day: 1, amount: 1 })]);
    const storedRecord = base.customers[0]!;
    const builder = new OrderStoreBuilder(base);
    builder.add([order({ orderId: 'B', customerKey: 'c1', day: 2, amount: 1, email: 'c1@example.com' })]);
    builder.add([order({ orderId: 'C', customerKey: 'c1', day: 3, amount: 1, customerName: 'Cleo', email: 'other@example.com' })]);
    const { store, firstNewCustomer } = builder.finish();
    expect(store.customers).toEqual([{ key: 'c1', name: 'Cleo', email: 'c1@example.com', phone: '' }]);
    expect(firstNewCustomer).toBe(1);
    expect(base.customers[0]).toBe(storedRecord);
    expect(storedRecord).toEqual({ key: 'c1', name: '', email: '', phone: '' });
  });

  it('takes the most common currency over all batches when the store has none (the first seen on a tie)', () => {
    const make = (orderId: string, currency: string) => order({ orderId, customerKey: 'c1', day: 1, amount: 1, currency });
    const builder = new OrderStoreBuilder(emptyOrderStore());
    builder.add([make('1', 'EUR'), make('2', 'USD')]);
    builder.add([make('3', 'USD'), make('4', ''), make('5', 'EUR')]);
    expect(builder.finish().store.currency).toBe('EUR');
    const kept = new OrderStoreBuilder(emptyOrderStore('JPY'));
    kept.add([make('1', 'USD')]);
    expect(kept.finish().store.currency).toBe('JPY');
  });

  it('takes nothing after finish', () => {
    const builder = new OrderStoreBuilder(emptyOrderStore());
    const result = builder.finish();
    expect(result).toMatchObject({ added: 0, alreadyPresent: 0, newChunks: [], firstNewCustomer: 0 });
    expect(() => builder.add([])).toThrow();
    expect(() => builder.finish()).toThrow();
  });
});
