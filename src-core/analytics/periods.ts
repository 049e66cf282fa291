/**
 * Calendar periods of an epoch day: month (default), ISO week (Monday start,
 * ISO week-year) and calendar quarter, as integer indexes so the analytics can
 * subtract them (offset k = period(order) − period(first order)).
 *
 * Index 0 is the period containing 1970-01-01 (for weeks: the ISO week starting
 * Monday 1969-12-29). Indexes are negative before that and that is fine.
 */
import { epochDayFromYmd, type EpochDay } from '../model/orders';

export type PeriodKind = 'month' | 'week' | 'quarter';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'week', 'quarter'];

export function isPeriodKind(value: unknown): value is PeriodKind {
  return value === 'month' || value === 'week' || value === 'quarter';
}

/**
 * Year and month (1–12) of an epoch day with integer arithmetic only
 * (H. Hinnant's civil_from_days): the hot loops call this per order and a
 * Date object per call would cost more than the whole cohort matrix.
 */
export function yearMonthOfDay(day: EpochDay): { year: number; month: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month };
}

/** Months since January 1970 of a day. */
export function monthIndex(day: EpochDay): number {
  const { year, month } = yearMonthOfDay(day);
  return (year - 1970) * 12 + month - 1;
}

/** Quarters since Q1 1970 of a day. */
export function quarterIndex(day: EpochDay): number {
  const { year, month } = yearMonthOfDay(day);
  return (year - 1970) * 4 + Math.floor((month - 1) / 3);
}

/** ISO weeks since the week of Monday 1969-12-29 (1970-01-01 was a Thursday). */
export function weekIndex(day: EpochDay): number {
  return Math.floor((day + 3) / 7);
}

export function periodIndex(day: EpochDay, kind: PeriodKind): number {
  if (kind === 'week') return weekIndex(day);
  if (kind === 'quarter') return quarterIndex(day);
  return monthIndex(day);
}

/** First day of a period. */
export function periodStartDay(index: number, kind: PeriodKind): EpochDay {
  if (kind === 'week') return index * 7 - 3;
  const monthsSince1970 = kind === 'quarter' ? index * 3 : index;
  const year = 1970 + Math.floor(monthsSince1970 / 12);
  const month = monthsSince1970 - Math.floor(monthsSince1970 / 12) * 12 + 1;
  return epochDayFromYmd(year, month, 1);
}

/** Last day of a period (inclusive). */
export function periodEndDay(index: number, kind: PeriodKind): EpochDay {
  return periodStartDay(index + 1, kind) - 1;
}

/** A period has ended by the as-of date when its last day is on or before it. */
export function periodHasEnded(index: number, kind: PeriodKind, asOf: EpochDay): boolean {
  return periodEndDay(index, kind) <= asOf;
}

/** The ISO week-year and week number (1–53) of a week index. */
export function isoWeekOf(index: number): { year: number; week: number } {
  // The ISO year of a week is the calendar year of its Thursday.
  const thursday = index * 7;
  const { year } = yearMonthOfDay(thursday);
  const week = Math.floor((thursday - epochDayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** `2024-01`, `2024-W05`, `2024-Q1`. */
export function periodLabel(index: number, kind: PeriodKind): string {
  if (kind === 'week') {
    const { year, week } = isoWeekOf(index);
    return `${pad(year, 4)}-W${pad(week, 2)}`;
  }
  const monthsSince1970 = kind === 'quarter' ? index * 3 : index;
  const year = 1970 + Math.floor(monthsSince1970 / 12);
  const monthOfYear = monthsSince1970 - Math.floor(monthsSince1970 / 12) * 12;
  if (kind === 'quarter') return `${pad(year, 4)}-Q${Math.floor(monthOfYear / 3) + 1}`;
  return `${pad(year, 4)}-${pad(monthOfYear + 1, 2)}`;
}

/** The period index of a label made by periodLabel, or null when it is not one. */
export function parsePeriodLabel(label: string, kind: PeriodKind): number | null {
  const pattern = kind === 'week' ? /^(\d{4})-W(\d{2})$/ : kind === 'quarter' ? /^(\d{4})-Q([1-4])$/ : /^(\d{4})-(\d{2})$/;
  const match = pattern.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const part = Number(match[2]);
  if (kind === 'month') return part >= 1 && part <= 12 ? (year - 1970) * 12 + part - 1 : null;
  if (kind === 'quarter') return (year - 1970) * 4 + part - 1;
  // Week 1 is the week holding 4 January.
  const index = weekIndex(epochDayFromYmd(year, 1, 4)) + part - 1;
  const back = isoWeekOf(index);
  return back.year === year && back.week === part ? index : null;
}

/**
 * Period index of every day in [fromDay, toDay]: the hot loops look a day up
 * in this table instead of doing calendar arithmetic per order.
 */
export function periodTable(kind: PeriodKind, fromDay: EpochDay, toDay: EpochDay): Int32Array {
  const table = new Int32Array(Math.max(0, toDay - fromDay + 1));
  if (table.length === 0) return table;
  let index = periodIndex(fromDay, kind);
  let nextStart = periodStartDay(index + 1, kind);
  for (let day = fromDay, i = 0; day <= toDay; day++, i++) {
    if (day >= nextStart) {
      index++;
      nextStart = periodStartDay(index + 1, kind);
    }
    table[i] = index;
  }
  return table;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
