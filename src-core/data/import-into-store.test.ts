/**
 * The import streams its orders into the store with `distinctIds`: that is only
 * right while importOrders never hands over one order id twice. These files try
 * to make it (ids repeating far apart, blank-id item rows, no id column with
 * identical rows) and check the streamed store against a checked append.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOrders } from '../import';
import { appendOrders, emptyOrderStore, OrderStoreBuilder, orderStoreFrom } from './columnar';

async function bothWays(text: string) {
  const bytes = new TextEncoder().encode(text);
  const builder = new OrderStoreBuilder(emptyOrderStore(), { chunkSize: 3, distinctIds: true });
  const streamed = await importOrders(bytes, { fileName: 'orders.csv', onOrders: (batch) => builder.add(batch) });
  const collected = await importOrders(bytes, { fileName: 'orders.csv' });
  if (!streamed.ok || !collected.ok) throw new Error('import failed');
  expect(streamed.orders).toEqual([]);
  return { streamed: builder.finish(), orders: collected.orders };
}

describe('importOrders into an OrderStoreBuilder with distinctIds', () => {
  it.each([
    { case: 'ids repeating far apart', text: 'Order ID,Date,Email,Total\nA,2024-01-05,a@x.com,10\nB,2024-01-06,b@x.com,5\nC,2024-01-07,c@x.com,1\nA,2024-01-05,a@x.com,10\nB,2024-01-06,b@x.com,5\n' },
    { case: 'blank ids on item rows', text: 'Order ID,Date,Email,Line Total\nA,2024-01-05,a@x.com,10.00\n,,,2.00\nB,2024-01-06,b@x.com,1.00\n,2024-01-07,c@x.com,3.00\n,2024-01-07,c@x.com,3.00\n' },
    { case: 'no id column, identical rows', text: 'Date,Email,Total\n2024-01-05,a@x.com,10.00\n2024-01-05,a@x.com,10.00\n2024-01-06,b@x.com,7.00\n2024-01-05,a@x.com,10.00\n' },
  ])('hands over each id once: $case', async ({ text }) => {
    const { streamed, orders } = await bothWays(text);
    expect(new Set(orders.map((order) => order.orderId)).size).toBe(orders.length);
    expect(streamed).toEqual(appendOrders(emptyOrderStore(), orders, 3));
  });

  it('hands over each id once for random line-item files', async () => {
    const row = fc.record({
      id: fc.constantFrom('', '1001', '1002', '1003', '1004'),
      day: fc.integer({ min: 1, max: 28 }),
      email: fc.constantFrom('', 'a@x.com', 'b@x.com'),
      total: fc.integer({ min: 0, max: 99 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const lines = rows.map((r) => `${r.id},2024-03-${String(r.day).padStart(2, '0')},${r.email},${r.total}`);
        const text = ['Order ID,Date,Email,Total', 'S-1,2024-01-01,seed@x.com,1', ...lines].join('\n');
        const { streamed, orders } = await bothWays(text);
        expect(new Set(orders.map((order) => order.orderId)).size).toBe(orders.length);
        expect(streamed).toEqual(appendOrders(emptyOrderStore(), orders, 3));
      }),
      { numRuns: 60 },
    );
  });

  it('a re-import counts every order as already present', async () => {
    const text = 'Order ID,Date,Email,Total\nA,2024-01-05,a@x.com,10\nB,2024-01-06,b@x.com,5\nA,2024-01-05,a@x.com,10\n';
    const bytes = new TextEncoder().encode(text);
    const first = await importOrders(bytes, { fileName: 'orders.csv' });
    if (!first.ok) throw new Error(first.fatal.message);
    const builder = new OrderStoreBuilder(orderStoreFrom(first.orders), { distinctIds: true });
    await importOrders(bytes, { fileName: 'orders.csv', onOrders: (batch) => builder.add(batch) });
    expect(builder.finish()).toMatchObject({ added: 0, alreadyPresent: 2, newChunks: [] });
  });
});
