import { describe, expect, it } from 'vitest';
import { prepareFrame } from '../../../src-core/analytics/frame';
import { headlineKpis, kpiCustomers, orderGapDistribution, periodKpis } from '../../../src-core/analytics/kpis';
import { parsePeriodLabel } from '../../../src-core/analytics/periods';
import { build, customerNo, day, HAND_SHOP } from './build';

const { store, columns } = build(HAND_SHOP);
const frame = prepareFrame(columns, store.dictionaries, { asOf: day('2024-03-15') });
const ids = (...keys: string[]) => keys.map((key) => customerNo(store, key)).sort((a, b) => a - b);

describe('headlineKpis', () => {
  it('counts customers, orders and revenue of counted orders up to the as-of date', () => {
    expect(headlineKpis(frame)).toEqual({
      customers: 4,
      orders: 7,
      revenue: 100,
      repeatCustomers: 2,
      oneTimeBuyers: 2,
      repeatRate: 0.5,
      oneTimeBuyerShare: 0.5,
      ordersPerCustomer: 7 / 4,
      averageOrderValue: 100 / 7,
      medianDaysToSecondOrder: 25, // ann 15 days, bob 35 days
      repeatFunnel: [4, 2, 1, 0],
    });
  });

  it('has no median without repeat customers, and an odd count takes the middle', () => {
    const single = build([{ customer: 'a', date: '2024-01-01', amount: 1 }]);
    expect(headlineKpis(prepareFrame(single.columns, single.store.dictionaries, {})).medianDaysToSecondOrder).toBeNull();
    const three = build([
      { customer: 'a', date: '2024-01-01', amount: 1 }, { customer: 'a', date: '2024-01-01', amount: 1 },
      { customer: 'b', date: '2024-01-01', amount: 1 }, { customer: 'b', date: '2024-01-11', amount: 1 },
      { customer: 'c', date: '2024-01-01', amount: 1 }, { customer: 'c', date: '2024-03-01', amount: 1 },
    ]);
    expect(headlineKpis(prepareFrame(three.columns, three.store.dictionaries, {})).medianDaysToSecondOrder).toBe(10);
  });
});

describe('periodKpis', () => {
  it('splits active customers into new and returning, month by month', () => {
    expect(periodKpis(frame, 'month').map(({ period, activeCustomers, newCustomers, returningCustomers, orders, revenue, partial }) => ({
      period, activeCustomers, newCustomers, returningCustomers, orders, revenue, partial,
    }))).toEqual([
      { period: '2024-01', activeCustomers: 2, newCustomers: 2, returningCustomers: 0, orders: 3, revenue: 45, partial: false },
      { period: '2024-02', activeCustomers: 2, newCustomers: 1, returningCustomers: 1, orders: 2, revenue: 23, partial: false },
      { period: '2024-03', activeCustomers: 2, newCustomers: 1, returningCustomers: 1, orders: 2, revenue: 32, partial: true },
    ]);
  });

  it('uses ISO weeks and quarters too', () => {
    expect(periodKpis(frame, 'quarter').map((r) => [r.period, r.activeCustomers, r.newCustomers, r.orders])).toEqual([['2024-Q1', 4, 4, 7]]);
    const weeks = periodKpis(frame, 'week');
    expect(weeks[0]).toMatchObject({ period: '2024-W01', startDay: day('2024-01-01'), endDay: day('2024-01-07'), orders: 1 });
    expect(weeks.at(-1)).toMatchObject({ period: '2024-W11', partial: true });
    expect(weeks.reduce((sum, r) => sum + r.newCustomers, 0)).toBe(4);
  });
});

describe('orderGapDistribution', () => {
  it('buckets the days between consecutive orders of each customer', () => {
    const gaps = orderGapDistribution(frame, [0, 14, 30, 60]);
    expect(gaps).toEqual({ edges: [0, 14, 30, 60], counts: [0, 1, 2, 0], gaps: 3, medianDays: 35 }); // 15, 42, 35
  });
});

describe('kpiCustomers', () => {
  const feb = parsePeriodLabel('2024-02', 'month')!;
  const mar = parsePeriodLabel('2024-03', 'month')!;
  it.each([
    [{ kind: 'all' } as const, ['ann', 'bob', 'cat', 'dan']],
    [{ kind: 'repeat' } as const, ['ann', 'bob']],
    [{ kind: 'oneTime' } as const, ['cat', 'dan']],
    [{ kind: 'atLeastOrders', orders: 3 } as const, ['ann']],
    [{ kind: 'newInPeriod', period: 'month', index: feb } as const, ['cat']],
    [{ kind: 'returningInPeriod', period: 'month', index: feb } as const, ['bob']],
    [{ kind: 'activeInPeriod', period: 'month', index: mar } as const, ['ann', 'dan']],
    [{ kind: 'returningInPeriod', period: 'month', index: mar } as const, ['ann']],
  ])('%o → %o', (list, keys) => {
    expect(Array.from(kpiCustomers(frame, list))).toEqual(ids(...keys));
  });
});
