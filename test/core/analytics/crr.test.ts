import { describe, expect, it } from 'vitest';
import { crrByPeriod, crrCustomers, lastFullPeriodCrr } from '../../../src-core/analytics/crr';
import { prepareFrame } from '../../../src-core/analytics/frame';
import { parsePeriodLabel } from '../../../src-core/analytics/periods';
import { build, customerNo, day, HAND_SHOP } from './build';

const { store, columns } = build(HAND_SHOP);
const frame = prepareFrame(columns, store.dictionaries, { asOf: day('2024-03-15') });
const ids = (...keys: string[]) => keys.map((key) => customerNo(store, key)).sort((a, b) => a - b);

describe('crrByPeriod', () => {
  it('applies (E − N) / S with a 30-day window', () => {
    const rows = crrByPeriod(frame, 'month', 30);
    expect(rows.map(({ period, startDay, endDay, activeAtStart, activeAtEnd, newCustomers, crr, churn, partial }) => ({
      period, startDay, endDay, activeAtStart, activeAtEnd, newCustomers, crr, churn, partial,
    }))).toEqual([
      // Nobody active before the first order: no rate.
      { period: '2024-01', startDay: day('2023-12-31'), endDay: day('2024-01-31'), activeAtStart: 0, activeAtEnd: 2, newCustomers: 2, crr: null, churn: null, partial: false },
      // S = ann, bob at Jan 31; E = bob, cat in (Jan 30, Feb 29]; N = cat.
      { period: '2024-02', startDay: day('2024-01-31'), endDay: day('2024-02-29'), activeAtStart: 2, activeAtEnd: 2, newCustomers: 1, crr: 0.5, churn: 0.5, partial: false },
      // Running month ends at the as-of date: E = ann, dan in (Feb 14, Mar 15] (bob's Feb 14 order is just outside).
      { period: '2024-03', startDay: day('2024-02-29'), endDay: day('2024-03-15'), activeAtStart: 2, activeAtEnd: 2, newCustomers: 1, crr: 0.5, churn: 0.5, partial: true },
    ]);
  });

  it('defaults to a 365-day window', () => {
    const feb = crrByPeriod(frame, 'month')[1]!;
    expect(feb).toMatchObject({ activeAtStart: 2, activeAtEnd: 3, newCustomers: 1, crr: 1, churn: 0 });
  });

  it('reports the last full period for the CLI', () => {
    expect(lastFullPeriodCrr(frame, 'month', 30)).toMatchObject({ period: '2024-02', crr: 0.5, windowDays: 30 });
    expect(lastFullPeriodCrr(frame, 'quarter', 30)).toBeNull(); // Q1 had not ended
    const empty = build([]);
    expect(lastFullPeriodCrr(prepareFrame(empty.columns, empty.store.dictionaries, {}), 'month')).toBeNull();
  });

  it('lists the customers behind a period', () => {
    const feb = parsePeriodLabel('2024-02', 'month')!;
    expect(Array.from(crrCustomers(frame, 'month', feb, 'activeAtStart', 30))).toEqual(ids('ann', 'bob'));
    expect(Array.from(crrCustomers(frame, 'month', feb, 'activeAtEnd', 30))).toEqual(ids('bob', 'cat'));
    expect(Array.from(crrCustomers(frame, 'month', feb, 'new', 30))).toEqual(ids('cat'));
    expect(Array.from(crrCustomers(frame, 'month', feb, 'lost', 30))).toEqual(ids('ann'));
  });
});
