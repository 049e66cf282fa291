/**
 * The columnar analytics against the brute-force oracle on random shops:
 * random customers, days (spanning a leap day and ISO week 2020-W53),
 * attributes, cancellations, refunds, as-of dates and filters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatChunks, orderStoreFrom, type OrderStore } from '../../../src-core/data/columnar';
import type { NormalizedOrder } from '../../../src-core/model/orders';
import {
  cohortCellCustomers, cohortMatrix, COHORT_KEYS, crrByPeriod, headlineKpis, orderGapDistribution, overview,
  PERIOD_KINDS, periodEndDay, periodIndex, periodKpis, periodLabel, periodStartDay, prepareFrame, type OrderFilters,
} from '../../../src-core/analytics';
import * as oracle from './oracle';
import { day } from './build';

const FIRST_DAY = day('2019-12-20');
const LAST_DAY = day('2021-03-10');
const KEYS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jon'];

const orderArb = fc.record({
  customer: fc.constantFrom(...KEYS),
  day: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  amount: fc.integer({ min: -20, max: 200 }),
  product: fc.constantFrom('', 'Tea', 'Cup'),
  channel: fc.constantFrom('', 'web', 'shop'),
  country: fc.constantFrom('', 'JP', 'RU'),
  discountCode: fc.constantFrom('', 'HELLO'),
  cancelled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), // about one order in five
});

const filtersArb = fc.record(
  {
    from: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    to: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    products: fc.subarray(['', 'Tea', 'Cup', 'Pot']),
    channels: fc.subarray(['', 'web', 'shop']),
    countries: fc.subarray(['', 'JP', 'RU']),
    customers: fc.subarray(KEYS),
  },
  { requiredKeys: [] },
);

const shopArb = fc.record({
  orders: fc.array(orderArb, { maxLength: 60 }),
  asOf: fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { nil: undefined }),
  filters: fc.option(filtersArb, { nil: undefined }),
  segmentAsMask: fc.boolean(),
  windowDays: fc.constantFrom(1, 7, 30, 90, 365),
});

type Shop = typeof shopArb extends fc.Arbitrary<infer T> ? T : never;

function columnarOf(shop: Shop) {
  const normalized: NormalizedOrder[] = shop.orders.map((o, i) => ({
    ...o, orderId: `o${i}`, customerKey: o.customer, customerName: '', email: '', phone: '', quantity: 1, currency: 'EUR', line: i + 2,
  }));
  const store = orderStoreFrom(normalized);
  const frame = prepareFrame(concatChunks(store.chunks), store.dictionaries, { asOf: shop.asOf, filters: filtersFor(shop, store) });
  const world = oracle.makeWorld(shop.orders, shop.asOf, shop.filters);
  const keyOf = (index: number) => store.customers[index]!.key;
  return { store, frame, world, keyOf };
}

function filtersFor(shop: Shop, store: OrderStore): OrderFilters | undefined {
  const f = shop.filters;
  if (!f) return undefined;
  let customers: OrderFilters['customers'];
  if (f.customers) {
    const indexes = store.customers.flatMap((c, i) => (f.customers!.includes(c.key) ? [i] : []));
    if (shop.segmentAsMask) {
      const mask = new Uint8Array(store.customers.length);
      for (const i of indexes) mask[i] = 1;
      customers = mask;
    } else customers = new Set(indexes);
  }
  return {
    dateRange: f.from !== undefined || f.to !== undefined ? { from: f.from, to: f.to } : undefined,
    firstProducts: f.products,
    channels: f.channels,
    countries: f.countries,
    customers,
  };
}

const RUNS = { numRuns: 120 };

describe('analytics agree with the brute-force oracle', () => {
  it('period labels and bounds, 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1900-01-01'), max: day('2100-12-31') }), fc.constantFrom(...PERIOD_KINDS), (d, kind) => {
        const index = periodIndex(d, kind);
        expect(periodLabel(index, kind)).toBe(oracle.labelOf(oracle.periodOf(d, kind), kind));
        expect(periodStartDay(index, kind)).toBeLessThanOrEqual(d);
        expect(periodEndDay(index, kind)).toBe(oracle.periodEnd(oracle.periodOf(d, kind), kind));
        expect(periodIndex(periodStartDay(index, kind) - 1, kind)).toBe(index - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('headline KPIs, order gaps and the Overview', () => {
    fc.assert(
      fc.property(shopArb, (shop) => {
        const { frame, world } = columnarOf(shop);
        expect(frame.asOf).toBe(world.asOf);
        expect(headlineKpis(frame)).toEqual(oracle.headline(world));
        const gaps = oracle.gaps(world);
        const edges = [0, 7, 30, 90];
        const distribution = orderGapDistribution(frame, edges);
        expect(distribution.counts).toEqual(edges.map((low, i) => gaps.filter((g) => g >= low && g < (edges[i + 1] ?? Infinity)).length));
        expect(distribution.medianDays).toEqual(oracle.medianOf(gaps));
        expect(overview(frame).monthly).toEqual(
          oracle.perPeriod(world, 'month').map((m) => ({
            month: m.period, revenue: m.revenue, orders: m.orders, newCustomers: m.newCustomers, activeCustomers: m.activeCustomers,
          })),
        );
      }),
      RUNS,
    );
  });

  it('per-period KPIs and CRR for months, ISO weeks and quarters', () => {
    fc.assert(
      fc.property(shopArb, (shop) => {
        const { frame, world } = columnarOf(shop);
        for (const kind of PERIOD_KINDS) {
          const rows = periodKpis(frame, kind).map(({ period, activeCustomers, newCustomers, returningCustomers, orders, revenue, partial }) => ({
            period, activeCustomers, newCustomers, returningCustomers, orders, revenue, partial,
          }));
          expect(rows).toEqual(oracle.perPeriod(world, kind));
          const crr = crrByPeriod(frame, kind, shop.windowDays).map(({ period, activeAtStart, activeAtEnd, newCustomers, crr, partial }) => ({
            period, activeAtStart, activeAtEnd, newCustomers, crr, partial,
          }));
          expect(crr).toEqual(oracle.crr(world, kind, shop.windowDays));
        }
      }),
      RUNS,
    );
  });

  it('cohort matrices for every period and cohort key, and the customers behind cells', () => {
    fc.assert(
      fc.property(shopArb, fc.nat(), (shop, pick) => {
        const { frame, world, keyOf } = columnarOf(shop);
        for (const kind of PERIOD_KINDS) {
          for (const cohortKey of COHORT_KEYS) {
            const matrix = cohortMatrix(frame, { period: kind, cohortKey });
            const expected = oracle.cohorts(world, kind, cohortKey);
            expect(matrix.rows.map(({ key: _key, ...row }) => row)).toEqual(expected.rows);
            expect(matrix.average).toEqual(expected.average);
            if (matrix.rows.length === 0) continue;
            const row = matrix.rows[pick % matrix.rows.length]!;
            const offset = Math.floor(pick / 7) % Math.max(1, row.reached.length);
            for (const measure of ['active', 'onOrAfter'] as const) {
              const got = Array.from(cohortCellCustomers(frame, { period: kind, cohortKey }, row.key, offset, measure)).map(keyOf).sort();
              expect(got).toEqual(oracle.cellCustomers(world, kind, cohortKey, row.cohort, offset, measure));
              expect(got.length).toBe(measure === 'active' ? row.active[offset] ?? 0 : row.onOrAfter[offset] ?? 0);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('with amounts in cents (floating point)', () => {
  /** Both sides rounded to 1e-6: the sums may be added in a different order. */
  const rounded = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));
  const centsShopArb = shopArb.map((shop) => ({ ...shop, orders: shop.orders.map((o) => ({ ...o, amount: o.amount + 0.37 })) }));

  it('revenue, cumulative revenue and averages agree within rounding', () => {
    fc.assert(
      fc.property(centsShopArb, (shop) => {
        const { frame, world } = columnarOf(shop);
        expect(rounded(headlineKpis(frame))).toEqual(rounded(oracle.headline(world)));
        for (const cohortKey of COHORT_KEYS) {
          const matrix = cohortMatrix(frame, { period: 'month', cohortKey });
          const expected = oracle.cohorts(world, 'month', cohortKey);
          expect(rounded(matrix.rows.map(({ key: _key, ...row }) => row))).toEqual(rounded(expected.rows));
          expect(rounded(matrix.average)).toEqual(rounded(expected.average));
        }
      }),
      { numRuns: 60 },
    );
  });
});
