import { describe, expect, it } from 'vitest';
import { cohortCellCustomers, cohortMatrix } from '../../../src-core/analytics/cohorts';
import { prepareFrame } from '../../../src-core/analytics/frame';
import { parsePeriodLabel } from '../../../src-core/analytics/periods';
import { build, customerNo, day, HAND_SHOP } from './build';

const { store, columns } = build(HAND_SHOP);
const frame = prepareFrame(columns, store.dictionaries, { asOf: day('2024-03-15') });
const ids = (...keys: string[]) => keys.map((key) => customerNo(store, key)).sort((a, b) => a - b);

describe('cohortMatrix by first month', () => {
  const matrix = cohortMatrix(frame, { period: 'month', cohortKey: 'firstPeriod' });

  it('has one row per acquisition month, cancelled-only and after-as-of customers left out', () => {
    expect(matrix.rows.map((r) => [r.cohort, r.customers])).toEqual([['2024-01', 2], ['2024-02', 1], ['2024-03', 1]]);
  });

  it('computes every metric of the January cohort (ann, bob)', () => {
    expect(matrix.rows[0]).toMatchObject({
      key: parsePeriodLabel('2024-01', 'month'),
      reached: [2, 2, 2],
      active: [2, 1, 1],
      retention: [1, 0.5, 0.5],
      onOrAfter: [2, 2, 1],
      onOrAfterRate: [1, 1, 0.5],
      revenue: [45, 15, 20],
      revenuePerCustomer: [22.5, 7.5, 10],
      cumulativeRevenue: [45, 60, 80],
      cumulativeRevenuePerCustomer: [22.5, 30, 40],
      orders: [3, 1, 1],
      partial: [false, false, true], // March had not ended on the 15th
    });
  });

  it('counts a cohort whose second order was cancelled as not retained', () => {
    expect(matrix.rows[1]).toMatchObject({ active: [1, 0], onOrAfter: [1, 0], revenue: [8, 0], partial: [false, true] });
    expect(matrix.rows[2]).toMatchObject({ active: [1], revenue: [12], partial: [true] });
  });

  it('weights the average by cohort size over complete cells only', () => {
    expect(matrix.average.cohorts).toEqual([2, 1]);
    expect(matrix.average.customers).toEqual([3, 2]);
    expect(matrix.average.retention).toEqual([1, 0.5]);
    expect(matrix.average.onOrAfterRate).toEqual([1, 1]);
    expect(matrix.average.revenuePerCustomer[0]).toBeCloseTo(53 / 3);
    expect(matrix.average.cumulativeRevenuePerCustomer).toEqual([53 / 3, 30]);
  });

  it('marks nothing partial when the as-of date closes the month', () => {
    const closed = cohortMatrix(prepareFrame(columns, store.dictionaries, { asOf: day('2024-03-31') }), { period: 'month' });
    expect(closed.rows.flatMap((r) => r.partial)).not.toContain(true);
    expect(closed.average.cohorts).toEqual([3, 2, 1]); // Jan reaches offsets 0–2, Feb 0–1, Mar 0
  });

  it('lists the customers behind a cell', () => {
    const jan = matrix.rows[0]!.key;
    const options = { period: 'month', cohortKey: 'firstPeriod' } as const;
    expect(Array.from(cohortCellCustomers(frame, options, jan, 1, 'active'))).toEqual(ids('bob'));
    expect(Array.from(cohortCellCustomers(frame, options, jan, 1, 'onOrAfter'))).toEqual(ids('ann', 'bob'));
    expect(Array.from(cohortCellCustomers(frame, options, jan, 2))).toEqual(ids('ann'));
    expect(Array.from(cohortCellCustomers(frame, options, jan, 0, 'cohort'))).toEqual(ids('ann', 'bob'));
  });
});

describe('cohortMatrix by first-order channel', () => {
  const matrix = cohortMatrix(frame, { period: 'month', cohortKey: 'channel' });

  it('counts each member only in offsets of theirs that have ended', () => {
    // shop: bob (Jan) and dan (Mar, nothing ended yet); web: ann (Jan), cat (Feb).
    expect(matrix.rows.map((r) => r.cohort)).toEqual(['shop', 'web']);
    expect(matrix.rows[0]).toMatchObject({
      customers: 2, reached: [1, 1], active: [1, 1], revenue: [30, 15], onOrAfter: [1, 1],
      cumulativeRevenue: [30, 45], cumulativeRevenuePerCustomer: [30, 45], partial: [false, false],
    });
    // ann's March order is in a period that has not ended: left out.
    expect(matrix.rows[1]).toMatchObject({
      customers: 2, reached: [2, 1], active: [2, 0], retention: [1, 0], revenue: [23, 0], orders: [3, 0],
      onOrAfter: [2, 0], cumulativeRevenue: [23, 15], cumulativeRevenuePerCustomer: [11.5, 15],
    });
    expect(matrix.average).toMatchObject({ cohorts: [2, 2], customers: [3, 2], retention: [1, 0.5] });
  });

  it('lists the members a cell covers', () => {
    const web = store.dictionaries.channels.indexOf('web');
    const options = { period: 'month', cohortKey: 'channel' } as const;
    expect(Array.from(cohortCellCustomers(frame, options, web, 0, 'reached'))).toEqual(ids('ann', 'cat'));
    expect(Array.from(cohortCellCustomers(frame, options, web, 1, 'reached'))).toEqual(ids('ann'));
    expect(Array.from(cohortCellCustomers(frame, options, web, 1, 'active'))).toEqual([]);
  });

  it('groups by first product, country and discount code the same way', () => {
    const product = cohortMatrix(frame, { period: 'month', cohortKey: 'firstProduct' });
    expect(product.rows.map((r) => [r.cohort, r.customers])).toEqual([['Tea', 3], ['Cup', 1]]);
    const country = cohortMatrix(frame, { period: 'month', cohortKey: 'country' });
    expect(country.rows.map((r) => [r.cohort, r.customers])).toEqual([['JP', 2], ['RU', 1], ['US', 1]]);
    const code = cohortMatrix(frame, { period: 'month', cohortKey: 'discountCode' });
    expect(code.rows.map((r) => [r.cohort, r.customers])).toEqual([['', 3], ['HELLO', 1]]);
  });
});

describe('cohortMatrix across week and quarter boundaries', () => {
  const edges = build([
    { customer: 'sun', date: '2024-03-03', amount: 1 }, // Sunday of 2024-W09
    { customer: 'sun', date: '2024-03-04', amount: 2 }, // Monday: next ISO week, next offset
    { customer: 'q1', date: '2024-03-31', amount: 3 },
    { customer: 'q1', date: '2024-04-01', amount: 4 }, // next quarter
    { customer: 'w53', date: '2020-12-31', amount: 5 }, // 2020-W53
    { customer: 'w53', date: '2021-01-03', amount: 6 }, // still 2020-W53
    { customer: 'w53', date: '2021-01-04', amount: 7 }, // 2021-W01
  ]);
  const edgeFrame = prepareFrame(edges.columns, edges.store.dictionaries, { asOf: day('2024-06-30') });

  it('splits weeks on Monday and keeps ISO week 53 together', () => {
    const weeks = cohortMatrix(edgeFrame, { period: 'week' });
    const w53 = weeks.rows.find((r) => r.cohort === '2020-W53')!;
    expect(w53.orders.slice(0, 2)).toEqual([2, 1]);
    expect(w53.revenue.slice(0, 2)).toEqual([11, 7]);
    const sunday = weeks.rows.find((r) => r.cohort === '2024-W09')!;
    expect(sunday.active.slice(0, 2)).toEqual([1, 1]);
  });

  it('splits quarters on the first of April', () => {
    const quarters = cohortMatrix(edgeFrame, { period: 'quarter' });
    expect(quarters.rows.map((r) => r.cohort)).toEqual(['2020-Q4', '2024-Q1']);
    expect(quarters.rows[1]).toMatchObject({ customers: 2, active: [2, 1], revenue: [6, 4], partial: [false, false] });
    expect(quarters.rows[0]!.revenue.slice(0, 2)).toEqual([5, 13]);
  });

  it('is empty, not broken, for an empty frame, and survives structured cloning', () => {
    const empty = build([]);
    const matrix = cohortMatrix(prepareFrame(empty.columns, empty.store.dictionaries, {}), { period: 'month' });
    expect(matrix.rows).toEqual([]);
    expect(matrix.average.retention).toEqual([]);
    const full = cohortMatrix(edgeFrame, { period: 'week' });
    expect(structuredClone(full)).toEqual(full);
  });
});
