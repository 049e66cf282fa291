import { describe, expect, it } from 'vitest';
import {
  isoWeekOf, monthIndex, parsePeriodLabel, periodEndDay, periodHasEnded, periodIndex, periodLabel, periodStartDay,
  periodTable, yearMonthOfDay, type PeriodKind,
} from '../../../src-core/analytics/periods';
import { isoDate, parseIsoDate } from '../../../src-core/model/orders';

function day(text: string): number {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

const label = (date: string, kind: PeriodKind) => periodLabel(periodIndex(day(date), kind), kind);

describe('periods', () => {
  it.each([
    // date, month, ISO week, quarter
    ['2024-01-01', '2024-01', '2024-W01', '2024-Q1'],
    ['2024-02-29', '2024-02', '2024-W09', '2024-Q1'], // leap day, a Thursday
    ['2024-03-31', '2024-03', '2024-W13', '2024-Q1'],
    ['2024-04-01', '2024-04', '2024-W14', '2024-Q2'],
    ['2024-12-29', '2024-12', '2024-W52', '2024-Q4'],
    ['2024-12-30', '2024-12', '2025-W01', '2024-Q4'], // ISO year ahead of the calendar
    ['2021-01-03', '2021-01', '2020-W53', '2021-Q1'], // ISO year behind the calendar
    ['2020-12-28', '2020-12', '2020-W53', '2020-Q4'],
    ['2021-01-04', '2021-01', '2021-W01', '2021-Q1'],
    ['2026-12-31', '2026-12', '2026-W53', '2026-Q4'],
    ['2027-01-03', '2027-01', '2026-W53', '2027-Q1'],
    ['2027-01-04', '2027-01', '2027-W01', '2027-Q1'],
    ['2019-12-30', '2019-12', '2020-W01', '2019-Q4'],
    ['1970-01-01', '1970-01', '1970-W01', '1970-Q1'],
    ['1969-12-28', '1969-12', '1969-W52', '1969-Q4'],
    ['1900-03-01', '1900-03', '1900-W09', '1900-Q1'],
  ])('%s is %s, %s, %s', (date, month, week, quarter) => {
    expect(label(date, 'month')).toBe(month);
    expect(label(date, 'week')).toBe(week);
    expect(label(date, 'quarter')).toBe(quarter);
  });

  it.each([
    ['month', '2024-02', '2024-02-01', '2024-02-29'],
    ['month', '2023-02', '2023-02-01', '2023-02-28'],
    ['month', '1969-12', '1969-12-01', '1969-12-31'],
    ['quarter', '2024-Q1', '2024-01-01', '2024-03-31'],
    ['quarter', '2024-Q4', '2024-10-01', '2024-12-31'],
    ['week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['week', '2026-W53', '2026-12-28', '2027-01-03'],
    ['week', '2025-W01', '2024-12-30', '2025-01-05'],
  ] as const)('%s %s runs %s … %s', (kind, text, start, end) => {
    const index = parsePeriodLabel(text, kind);
    expect(index).not.toBeNull();
    expect(isoDate(periodStartDay(index!, kind))).toBe(start);
    expect(isoDate(periodEndDay(index!, kind))).toBe(end);
    expect(periodLabel(index!, kind)).toBe(text);
  });

  it('rejects labels that name no period', () => {
    expect(parsePeriodLabel('2021-W53', 'week')).toBeNull(); // 2021 has 52 ISO weeks
    expect(parsePeriodLabel('2024-13', 'month')).toBeNull();
    expect(parsePeriodLabel('2024-Q5', 'quarter')).toBeNull();
    expect(parsePeriodLabel('2024-01', 'week')).toBeNull();
  });

  it('a period has ended once its last day is on or before the as-of date', () => {
    const feb = parsePeriodLabel('2024-02', 'month')!;
    expect(periodHasEnded(feb, 'month', day('2024-02-28'))).toBe(false);
    expect(periodHasEnded(feb, 'month', day('2024-02-29'))).toBe(true);
  });

  it('agrees with Date on every day from 1899 to 2101', () => {
    for (let d = day('1899-01-01'); d <= day('2101-12-31'); d++) {
      const date = new Date(d * 86_400_000);
      const { year, month } = yearMonthOfDay(d);
      if (year !== date.getUTCFullYear() || month !== date.getUTCMonth() + 1) throw new Error(`mismatch at ${isoDate(d)}`);
      // ISO weeks start on Monday.
      if (date.getUTCDay() === 1 && periodStartDay(periodIndex(d, 'week'), 'week') !== d) throw new Error(`week at ${isoDate(d)}`);
    }
    expect(isoWeekOf(periodIndex(day('2015-12-31'), 'week'))).toEqual({ year: 2015, week: 53 });
  });

  it('periodTable matches periodIndex day by day', () => {
    for (const kind of ['month', 'week', 'quarter'] as const) {
      const from = day('2019-11-15');
      const table = periodTable(kind, from, day('2021-02-10'));
      table.forEach((index, i) => expect(index).toBe(periodIndex(from + i, kind)));
    }
    expect(periodTable('month', 10, 9)).toHaveLength(0);
    expect(monthIndex(day('2024-01-15'))).toBe(54 * 12);
  });
});
