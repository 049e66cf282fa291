/**
 * Headline KPIs, per-period new/returning customers, the time between orders,
 * and the customer lists behind each KPI. Definitions: DESIGN.md.
 * Ratios with nothing to divide by are 0 (an empty workspace shows zeros).
 */
import type { EpochDay } from '../model/orders';
import { storeCustomers, type OrderFrame } from './frame';
import { periodEndDay, periodHasEnded, periodIndex, periodLabel, periodStartDay, periodTable, type PeriodKind } from './periods';

export interface HeadlineKpis {
  customers: number;
  orders: number;
  revenue: number;
  /** Customers with two or more counted orders. */
  repeatCustomers: number;
  oneTimeBuyers: number;
  repeatRate: number;
  oneTimeBuyerShare: number;
  ordersPerCustomer: number;
  averageOrderValue: number;
  /**
   * Median days from a customer's first counted order to their second (orders,
   * not days: a second order on the same day counts as 0). Null without repeat customers.
   */
  medianDaysToSecondOrder: number | null;
  /** Repeat-purchase funnel: customers with ≥1, ≥2, ≥3 and ≥4 counted orders. */
  repeatFunnel: [number, number, number, number];
}

export function headlineKpis(frame: OrderFrame): HeadlineKpis {
  const { customerStart, day, amount } = frame;
  const funnel: [number, number, number, number] = [0, 0, 0, 0];
  const daysToSecond = new Int32Array(frame.customerCount);
  let repeaters = 0;
  for (let p = 0; p < frame.customerCount; p++) {
    const start = customerStart[p]!;
    const orders = customerStart[p + 1]! - start;
    for (let level = 0; level < 4 && orders > level; level++) funnel[level]! += 1;
    if (orders >= 2) daysToSecond[repeaters++] = day[start + 1]! - day[start]!;
  }
  let revenue = 0;
  for (let k = 0; k < frame.orderCount; k++) revenue += amount[k]!;
  const customers = frame.customerCount;
  const repeatCustomers = funnel[1];
  return {
    customers,
    orders: frame.orderCount,
    revenue,
    repeatCustomers,
    oneTimeBuyers: customers - repeatCustomers,
    repeatRate: ratio(repeatCustomers, customers),
    oneTimeBuyerShare: ratio(customers - repeatCustomers, customers),
    ordersPerCustomer: ratio(frame.orderCount, customers),
    averageOrderValue: ratio(revenue, frame.orderCount),
    medianDaysToSecondOrder: median(daysToSecond.subarray(0, repeaters)),
    repeatFunnel: funnel,
  };
}

export interface PeriodKpiRow {
  /** `2024-01`, `2024-W05`, `2024-Q1`. */
  period: string;
  index: number;
  startDay: EpochDay;
  endDay: EpochDay;
  /** Distinct customers with a counted order in the period. */
  activeCustomers: number;
  /** Customers whose first counted order is in the period. */
  newCustomers: number;
  /** Active customers whose first order came before the period. */
  returningCustomers: number;
  orders: number;
  revenue: number;
  /** The period had not ended by the as-of date. */
  partial: boolean;
}

/** One row per period from the first order's period to the as-of period, empty periods included. */
export function periodKpis(frame: OrderFrame, period: PeriodKind): PeriodKpiRow[] {
  if (frame.firstOrderDay === null) return [];
  const fromDay = frame.firstOrderDay;
  const table = periodTable(period, fromDay, Math.max(frame.asOf, fromDay));
  const first = table[0]!;
  const count = table[table.length - 1]! - first + 1;
  const active = new Uint32Array(count);
  const fresh = new Uint32Array(count);
  const orders = new Uint32Array(count);
  const revenue = new Float64Array(count);
  const { customerStart, day, amount, firstDay } = frame;
  for (let p = 0; p < frame.customerCount; p++) {
    fresh[table[firstDay[p]! - fromDay]! - first]!++;
    let last = -1;
    for (let k = customerStart[p]!, end = customerStart[p + 1]!; k < end; k++) {
      const i = table[day[k]! - fromDay]! - first;
      orders[i]!++;
      revenue[i]! += amount[k]!;
      if (i !== last) {
        active[i]!++;
        last = i;
      }
    }
  }
  return Array.from({ length: count }, (_, i) => {
    const index = first + i;
    return {
      period: periodLabel(index, period),
      index,
      startDay: periodStartDay(index, period),
      endDay: periodEndDay(index, period),
      activeCustomers: active[i]!,
      newCustomers: fresh[i]!,
      returningCustomers: active[i]! - fresh[i]!,
      orders: orders[i]!,
      revenue: revenue[i]!,
      partial: !periodHasEnded(index, period, frame.asOf),
    };
  });
}

/** Lower bucket edges (days) for the time between a customer's consecutive orders. */
export const DEFAULT_GAP_EDGES: readonly number[] = [0, 7, 14, 30, 60, 90, 180, 365, 730];

export interface OrderGapDistribution {
  /** Bucket i holds gaps g with edges[i] ≤ g < edges[i + 1]; the last bucket is open-ended. */
  edges: number[];
  counts: number[];
  /** Number of gaps (orders after a customer's first). */
  gaps: number;
  medianDays: number | null;
}

/** Distribution of days between consecutive counted orders of the same customer. */
export function orderGapDistribution(frame: OrderFrame, edges: readonly number[] = DEFAULT_GAP_EDGES): OrderGapDistribution {
  const counts = new Array<number>(edges.length).fill(0);
  const gaps = new Int32Array(Math.max(0, frame.orderCount - frame.customerCount));
  let g = 0;
  const { customerStart, day } = frame;
  for (let p = 0; p < frame.customerCount; p++) {
    for (let k = customerStart[p]! + 1, end = customerStart[p + 1]!; k < end; k++) {
      const gap = day[k]! - day[k - 1]!;
      gaps[g++] = gap;
      let bucket = edges.length - 1;
      while (bucket > 0 && gap < edges[bucket]!) bucket--;
      counts[bucket]!++;
    }
  }
  return { edges: [...edges], counts, gaps: g, medianDays: median(gaps.subarray(0, g)) };
}

/** The customers behind a KPI. */
export type KpiCustomerList =
  | { kind: 'all' }
  | { kind: 'repeat' }
  | { kind: 'oneTime' }
  /** Customers with at least this many counted orders (the funnel steps). */
  | { kind: 'atLeastOrders'; orders: number }
  | { kind: 'newInPeriod' | 'returningInPeriod' | 'activeInPeriod'; period: PeriodKind; index: number };

/** Store customer indexes, ascending, of the customers behind a KPI. */
export function kpiCustomers(frame: OrderFrame, list: KpiCustomerList): Uint32Array {
  const chosen: number[] = [];
  const { customerStart, day, firstDay } = frame;
  for (let p = 0; p < frame.customerCount; p++) {
    const orders = customerStart[p + 1]! - customerStart[p]!;
    switch (list.kind) {
      case 'all':
        chosen.push(p);
        break;
      case 'repeat':
        if (orders >= 2) chosen.push(p);
        break;
      case 'oneTime':
        if (orders === 1) chosen.push(p);
        break;
      case 'atLeastOrders':
        if (orders >= list.orders) chosen.push(p);
        break;
      default: {
        const isNew = periodIndex(firstDay[p]!, list.period) === list.index;
        if (list.kind === 'newInPeriod') {
          if (isNew) chosen.push(p);
          break;
        }
        if (list.kind === 'returningInPeriod' && isNew) break;
        const start = periodStartDay(list.index, list.period);
        const end = periodEndDay(list.index, list.period);
        for (let k = customerStart[p]!; k < customerStart[p + 1]!; k++) {
          if (day[k]! >= start && day[k]! <= end) {
            chosen.push(p);
            break;
          }
        }
      }
    }
  }
  return storeCustomers(frame, chosen);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Median of whole numbers of days (sorts a copy: typed-array sort is numeric and fast). */
function median(values: Int32Array): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
