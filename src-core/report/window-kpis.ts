/**
 * KPIs of one stretch of days, for the executive summary's "this period against
 * the period of equal length before it". Definitions: DESIGN.md (an active
 * customer at d has a counted order in (d − W, d]; CRR for (s, e] = (E − N) / S).
 */
import type { EpochDay } from '../model/orders';
import { DEFAULT_ACTIVITY_WINDOW_DAYS, type OrderFrame } from '../analytics';

export interface WindowKpis {
  /** First and last day of the stretch, both included: the CRR period is (from − 1, to]. */
  from: EpochDay;
  to: EpochDay;
  /** Distinct customers with a counted order in the stretch. */
  activeCustomers: number;
  /** Customers whose first counted order falls in the stretch. */
  newCustomers: number;
  /** Active customers whose first order came before it. */
  returningCustomers: number;
  orders: number;
  revenue: number;
  /** revenue / orders; 0 without orders. */
  averageOrderValue: number;
  /** Null when nobody was active when the stretch began. */
  crr: number | null;
}

/** One pass over the frame (orders of each customer are sorted by day). */
export function windowKpis(frame: OrderFrame, from: EpochDay, to: EpochDay, activityDays = DEFAULT_ACTIVITY_WINDOW_DAYS): WindowKpis {
  const s = from - 1;
  const { customerStart, day, amount, firstDay } = frame;
  let active = 0;
  let fresh = 0;
  let orders = 0;
  let revenue = 0;
  let activeAtStart = 0;
  let activeAtEnd = 0;
  for (let p = 0; p < frame.customerCount; p++) {
    let inStretch = false;
    let atStart = false;
    let atEnd = false;
    for (let k = customerStart[p]!, end = customerStart[p + 1]!; k < end; k++) {
      const t = day[k]!;
      if (t > to) break;
      if (t >= from) {
        inStretch = true;
        orders++;
        revenue += amount[k]!;
      }
      if (t <= s && t > s - activityDays) atStart = true;
      if (t > to - activityDays) atEnd = true;
    }
    const first = firstDay[p]!;
    if (first >= from && first <= to) fresh++;
    if (inStretch) active++;
    if (atStart) activeAtStart++;
    if (atEnd) activeAtEnd++;
  }
  return {
    from,
    to,
    activeCustomers: active,
    newCustomers: fresh,
    returningCustomers: active - fresh,
    orders,
    revenue,
    averageOrderValue: orders === 0 ? 0 : revenue / orders,
    crr: activeAtStart === 0 ? null : (activeAtEnd - fresh) / activeAtStart,
  };
}
