/**
 * Customer retention rate per period, by DESIGN.md:
 *   a customer is active at day d when they have a counted order in (d − W, d];
 *   for a period (s, e]: CRR = (E − N) / S with S = active at s, E = active at e,
 *   N = customers whose first order falls in (s, e]; churn = 1 − CRR.
 * A calendar period [start, end] is the half-open (start − 1, end]. The period
 * holding the as-of date ends at the as-of date and is flagged partial.
 */
import type { EpochDay } from '../model/orders';
import { storeCustomers, type OrderFrame } from './frame';
import { periodEndDay, periodHasEnded, periodIndex, periodLabel, periodStartDay, type PeriodKind } from './periods';

export const DEFAULT_ACTIVITY_WINDOW_DAYS = 365;

export interface CrrRow {
  period: string;
  index: number;
  /** s: the day before the period starts. */
  startDay: EpochDay;
  /** e: the period's last day, or the as-of date for the running period. */
  endDay: EpochDay;
  /** S */
  activeAtStart: number;
  /** E */
  activeAtEnd: number;
  /** N */
  newCustomers: number;
  /** Null when nobody was active at s. */
  crr: number | null;
  churn: number | null;
  partial: boolean;
}

/** Customers active at each day in [fromDay, toDay]: a merged-interval sweep, O(orders + days). */
function activeByDay(frame: OrderFrame, windowDays: number, fromDay: EpochDay, toDay: EpochDay): Int32Array {
  const span = toDay - fromDay + 1;
  const change = new Int32Array(span + 1);
  const { customerStart, day } = frame;
  const mark = (from: number, to: number) => {
    const a = Math.max(from, fromDay) - fromDay;
    const b = Math.min(to, toDay) - fromDay;
    if (a > b) return;
    change[a]!++;
    change[b + 1]!--;
  };
  for (let p = 0; p < frame.customerCount; p++) {
    let open = Infinity;
    let close = -Infinity;
    for (let k = customerStart[p]!, end = customerStart[p + 1]!; k < end; k++) {
      const t = day[k]!;
      // An order on day t keeps the customer active on days t … t + W − 1.
      if (t > close + 1) {
        if (open <= close) mark(open, close);
        open = t;
      }
      close = Math.max(close, t + windowDays - 1);
    }
    if (open <= close) mark(open, close);
  }
  const active = new Int32Array(span);
  let running = 0;
  for (let i = 0; i < span; i++) active[i] = running += change[i]!;
  return active;
}

/** CRR and churn for every period from the first order's period to the as-of period. */
export function crrByPeriod(frame: OrderFrame, period: PeriodKind, windowDays: number = DEFAULT_ACTIVITY_WINDOW_DAYS): CrrRow[] {
  if (frame.firstOrderDay === null) return [];
  const firstIndex = periodIndex(frame.firstOrderDay, period);
  const lastIndex = periodIndex(frame.asOf, period);
  const fromDay = periodStartDay(firstIndex, period) - 1;
  const active = activeByDay(frame, windowDays, fromDay, frame.asOf);
  const fresh = new Uint32Array(lastIndex - firstIndex + 1);
  for (let p = 0; p < frame.customerCount; p++) fresh[periodIndex(frame.firstDay[p]!, period) - firstIndex]!++;

  const rows: CrrRow[] = [];
  for (let index = firstIndex; index <= lastIndex; index++) {
    const startDay = periodStartDay(index, period) - 1;
    const endDay = Math.min(periodEndDay(index, period), frame.asOf);
    const activeAtStart = active[startDay - fromDay]!;
    const activeAtEnd = active[endDay - fromDay]!;
    const newCustomers = fresh[index - firstIndex]!;
    const crr = activeAtStart === 0 ? null : (activeAtEnd - newCustomers) / activeAtStart;
    rows.push({
      period: periodLabel(index, period),
      index,
      startDay,
      endDay,
      activeAtStart,
      activeAtEnd,
      newCustomers,
      crr,
      churn: crr === null ? null : 1 - crr,
      partial: !periodHasEnded(index, period, frame.asOf),
    });
  }
  return rows;
}

export interface LastFullPeriodCrr extends CrrRow {
  windowDays: number;
}

/** The CLI's `kpis.crr`: the last period that had ended by the as-of date, or null when none has. */
export function lastFullPeriodCrr(frame: OrderFrame, period: PeriodKind, windowDays: number = DEFAULT_ACTIVITY_WINDOW_DAYS): LastFullPeriodCrr | null {
  const rows = crrByPeriod(frame, period, windowDays);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (!row.partial) return { ...row, windowDays };
  }
  return null;
}

export type CrrCustomerList = 'activeAtStart' | 'activeAtEnd' | 'new' | 'lost';

/**
 * Store customer indexes behind a CRR row: active at s, active at e, new in
 * (s, e], or lost (active at s but not at e).
 */
export function crrCustomers(
  frame: OrderFrame,
  period: PeriodKind,
  index: number,
  list: CrrCustomerList,
  windowDays: number = DEFAULT_ACTIVITY_WINDOW_DAYS,
): Uint32Array {
  const s = periodStartDay(index, period) - 1;
  const e = Math.min(periodEndDay(index, period), frame.asOf);
  const chosen: number[] = [];
  for (let p = 0; p < frame.customerCount; p++) {
    const atStart = activeAt(frame, p, s, windowDays);
    const atEnd = activeAt(frame, p, e, windowDays);
    const first = frame.firstDay[p]!;
    const include =
      list === 'activeAtStart' ? atStart
      : list === 'activeAtEnd' ? atEnd
      : list === 'new' ? first > s && first <= e
      : atStart && !atEnd;
    if (include) chosen.push(p);
  }
  return storeCustomers(frame, chosen);
}

function activeAt(frame: OrderFrame, p: number, d: EpochDay, windowDays: number): boolean {
  for (let k = frame.customerStart[p]!, end = frame.customerStart[p + 1]!; k < end; k++) {
    const t = frame.day[k]!;
    if (t > d - windowDays && t <= d) return true;
  }
  return false;
}
