/**
 * One order index, many queries: every frame made from a shared index equals
 * a frame laid out by brute force (sort, group, filter), and the index is
 * never modified by the frames made from it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatChunks, orderStoreFrom, type OrderColumns, type OrderDictionaries } from '../../../src-core/data/columnar';
import type { NormalizedOrder } from '../../../src-core/model/orders';
import {
  customerPassesFilters, indexOrders, prepareFrame, resolveFilters, type FrameOptions, type OrderFrame, type OrderIndex,
} from '../../../src-core/analytics';
import { build, day } from './build';

const FIRST_DAY = day('2023-12-20');
const LAST_DAY = day('2024-03-10');
const KEYS = ['ann', 'bob', 'cat', 'dan', 'eve'];

const orderArb = fc.record({
  customer: fc.constantFrom(...KEYS),
  day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  amount: fc.integer({ min: -20, max: 200 }),
  channel: fc.constantFrom('', 'web', 'shop'),
  country: fc.constantFrom('', 'JP', 'RU'),
  cancelled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

const queryArb = fc.record(
  {
    asOf: fc.integer({ min: FIRST_DAY - 5, max: LAST_DAY + 5 }),
    from: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    to: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    channels: fc.subarray(['', 'web', 'shop']),
    countries: fc.subarray(['', 'JP', 'RU']),
    segment: fc.subarray([0, 1, 2, 3, 4]),
  },
  { requiredKeys: [] },
);

/** Small shops, and big ones where customers have more than a few dozen orders (sorted differently). */
const shopArb = fc.oneof(fc.array(orderArb, { maxLength: 30 }), fc.array(orderArb, { minLength: 100, maxLength: 300 }));

type Order = typeof orderArb extends fc.Arbitrary<infer T> ? T : never;
type Query = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

function optionsOf(query: Query): FrameOptions {
  return {
    asOf: query.asOf,
    filters: {
      dateRange: { from: query.from, to: query.to },
      channels: query.channels,
      countries: query.countries,
      customers: query.segment ? new Set(query.segment) : undefined,
    },
  };
}

/** The frame laid out the obvious way: counted orders up to as-of, grouped by customer in store order, each by (day, row). */
function bruteForceFrame(columns: OrderColumns, dictionaries: OrderDictionaries, options: FrameOptions) {
  const rows = Array.from({ length: columns.count }, (_, i) => i).filter((i) => columns.cancelled[i] === 0);
  const lastCounted = rows.length > 0 ? Math.max(...rows.map((i) => columns.day[i]!)) : 0;
  const filters = resolveFilters(options.filters, dictionaries);
  const asOf = Math.min(options.asOf ?? lastCounted, filters.to);
  const byCustomer = new Map<number, number[]>();
  for (const i of rows.filter((i) => columns.day[i]! <= asOf)) {
    byCustomer.set(columns.customer[i]!, [...(byCustomer.get(columns.customer[i]!) ?? []), i]);
  }
  const customers = [...byCustomer.keys()]
    .sort((a, b) => a - b)
    .map((c) => ({ c, orders: byCustomer.get(c)!.sort((a, b) => columns.day[a]! - columns.day[b]! || a - b) }))
    .filter(({ c, orders }) => {
      const first = orders[0]!;
      return customerPassesFilters(filters, c, columns.day[first]!, columns.product[first]!, columns.channel[first]!, columns.country[first]!);
    });
  const frameRows = customers.flatMap(({ orders }) => orders);
  const days = frameRows.map((i) => columns.day[i]!);
  const firsts = customers.map(({ orders }) => orders[0]!);
  return {
    asOf,
    firstOrderDay: days.length > 0 ? Math.min(...days) : null,
    lastOrderDay: days.length > 0 ? Math.max(...days) : null,
    orderCount: frameRows.length,
    day: days,
    amount: frameRows.map((i) => columns.amount[i]!),
    row: frameRows,
    customerCount: customers.length,
    customerIndex: customers.map(({ c }) => c),
    customerStart: customers.reduce((start, { orders }) => [...start, start[start.length - 1]! + orders.length], [0]),
    firstDay: firsts.map((i) => columns.day[i]!),
    firstProduct: firsts.map((i) => columns.product[i]!),
    firstChannel: firsts.map((i) => columns.channel[i]!),
    firstCountry: firsts.map((i) => columns.country[i]!),
    firstDiscountCode: firsts.map((i) => columns.discountCode[i]!),
  };
}

function plain(frame: OrderFrame) {
  const { dictionaries: _, ...rest } = frame;
  return Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, ArrayBuffer.isView(value) ? Array.from(value as Uint32Array) : value]));
}

function snapshot(index: OrderIndex) {
  const { columns: _, ...rest } = index;
  return structuredClone(rest);
}

function columnsOf(orders: readonly Order[]) {
  const normalized: NormalizedOrder[] = orders.map((o, i) => ({
    ...o, orderId: `o${i}`, customerKey: o.customer, customerName: '', email: '', phone: '', quantity: 1, currency: 'EUR', line: i + 2,
    product: o.channel === 'web' ? 'Tea' : 'Cup', discountCode: o.country === 'JP' ? 'HELLO' : '',
  }));
  const store = orderStoreFrom(normalized);
  return { columns: concatChunks(store.chunks), dictionaries: store.dictionaries };
}

describe('frames made from one order index', () => {
  it('equal the brute-force layout for every query, and leave the index as it was', () => {
    fc.assert(
      fc.property(shopArb, fc.array(queryArb, { minLength: 1, maxLength: 6 }), (orders, queries) => {
        const { columns, dictionaries } = columnsOf(orders);
        const index = indexOrders(columns);
        const before = snapshot(index);
        for (const options of [{}, ...queries.map(optionsOf)]) {
          expect(plain(prepareFrame(columns, dictionaries, options, index))).toEqual(bruteForceFrame(columns, dictionaries, options));
        }
        expect(snapshot(index)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('a query that keeps everything shares the index arrays; one that does not copies them', () => {
    const { store, columns } = build([
      { customer: 'ann', date: '2024-01-20', amount: 20 },
      { customer: 'bob', date: '2024-01-05', amount: 10 },
      { customer: 'ann', date: '2024-01-10', amount: 30 },
      { customer: 'cat', date: '2024-02-01', amount: 99, cancelled: true },
    ]);
    const index = indexOrders(columns);
    expect(Array.from(index.row)).toEqual([2, 0, 1]);
    expect(index.customerCount).toBe(2); // cat has no counted order
    const everything = prepareFrame(columns, store.dictionaries, {}, index);
    expect(everything.day).toBe(index.day);
    expect(everything.customerIndex).toBe(index.customerIndex);
    const earlier = prepareFrame(columns, store.dictionaries, { asOf: day('2024-01-10') }, index);
    expect(earlier.day).not.toBe(index.day);
    expect(Array.from(earlier.row)).toEqual([2, 1]);
  });

  it('an index built from other columns is not used', () => {
    const a = build([{ customer: 'ann', date: '2024-01-20', amount: 20 }]);
    const b = build([{ customer: 'bob', date: '2024-01-05', amount: 10 }, { customer: 'bob', date: '2024-01-06', amount: 5 }]);
    const frame = prepareFrame(b.columns, b.store.dictionaries, {}, indexOrders(a.columns));
    expect(frame.orderCount).toBe(2);
    expect(Array.from(frame.amount)).toEqual([10, 5]);
  });
});
