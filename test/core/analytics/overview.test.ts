import { describe, expect, it } from 'vitest';
import { prepareFrame } from '../../../src-core/analytics/frame';
import { overview } from '../../../src-core/analytics/overview';
import { build, day } from './build';

describe('overview', () => {
  const { store, columns } = build([
    { customer: 'ann', date: '2024-01-20', amount: 20 },
    { customer: 'ann', date: '2024-01-25', amount: 10 },
    { customer: 'ann', date: '2024-03-10', amount: 30 },
    { customer: 'bob', date: '2024-01-05', amount: 10 },
    { customer: 'cat', date: '2024-03-01', amount: 40 },
    { customer: 'dan', date: '2024-02-01', amount: 99, cancelled: true },
    { customer: 'eve', date: '2024-04-02', amount: 50 },
  ]);

  it('computes the headline numbers and a month-by-month series with empty months', () => {
    const result = overview(prepareFrame(columns, store.dictionaries, { asOf: day('2024-04-01') }));
    expect(result).toMatchObject({
      customers: 3,
      orders: 5,
      revenue: 110,
      repeatRate: 1 / 3,
      oneTimeBuyerShare: 2 / 3,
      averageOrderValue: 22,
      ordersPerCustomer: 5 / 3,
      firstOrderDay: day('2024-01-05'),
      lastOrderDay: day('2024-03-10'),
      asOf: day('2024-04-01'),
      firstOrderDate: '2024-01-05',
      lastOrderDate: '2024-03-10',
      asOfDate: '2024-04-01',
    });
    expect(result.monthly).toEqual([
      { month: '2024-01', revenue: 40, orders: 3, newCustomers: 2, activeCustomers: 2 },
      { month: '2024-02', revenue: 0, orders: 0, newCustomers: 0, activeCustomers: 0 },
      { month: '2024-03', revenue: 70, orders: 2, newCustomers: 1, activeCustomers: 2 },
      { month: '2024-04', revenue: 0, orders: 0, newCustomers: 0, activeCustomers: 0 },
    ]);
  });

  it('is all zeros for an empty workspace and survives structured cloning', () => {
    const empty = build([]);
    const result = overview(prepareFrame(empty.columns, empty.store.dictionaries, {}));
    expect(result).toMatchObject({ customers: 0, orders: 0, revenue: 0, repeatRate: 0, averageOrderValue: 0, monthly: [] });
    expect(structuredClone(result)).toEqual(result);
  });
});
