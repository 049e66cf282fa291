/**
 * The Overview page's numbers: headline KPIs and a month-by-month series, from
 * one frame, in one pass over its orders.
 */
import { isoDate, type EpochDay } from '../model/orders';
import type { OrderFrame } from './frame';
import { headlineKpis } from './kpis';
import { periodLabel, periodTable } from './periods';

export interface OverviewMonth {
  /** `YYYY-MM`. */
  month: string;
  revenue: number;
  orders: number;
  /** Customers whose first counted order falls in the month. */
  newCustomers: number;
  /** Distinct customers with a counted order in the month. */
  activeCustomers: number;
}

export interface Overview {
  customers: number;
  orders: number;
  revenue: number;
  /** Share of customers with two or more counted orders (0 when there are no customers). */
  repeatRate: number;
  /** Revenue / orders (0 when there are no orders). */
  averageOrderValue: number;
  oneTimeBuyerShare: number;
  ordersPerCustomer: number;
  /** Epoch days; null when there are no counted orders. */
  firstOrderDay: EpochDay | null;
  lastOrderDay: EpochDay | null;
  asOf: EpochDay;
  /** The same dates as `YYYY-MM-DD`. */
  firstOrderDate: string | null;
  lastOrderDate: string | null;
  asOfDate: string;
  /** Every month from the first order's month to the as-of month, empty months included. */
  monthly: OverviewMonth[];
}

export function overview(frame: OrderFrame): Overview {
  const kpis = headlineKpis(frame);
  return {
    customers: kpis.customers,
    orders: kpis.orders,
    revenue: kpis.revenue,
    repeatRate: kpis.repeatRate,
    averageOrderValue: kpis.averageOrderValue,
    oneTimeBuyerShare: kpis.oneTimeBuyerShare,
    ordersPerCustomer: kpis.ordersPerCustomer,
    firstOrderDay: frame.firstOrderDay,
    lastOrderDay: frame.lastOrderDay,
    asOf: frame.asOf,
    firstOrderDate: frame.firstOrderDay === null ? null : isoDate(frame.firstOrderDay),
    lastOrderDate: frame.lastOrderDay === null ? null : isoDate(frame.lastOrderDay),
    asOfDate: isoDate(frame.asOf),
    monthly: monthlySeries(frame),
  };
}

function monthlySeries(frame: OrderFrame): OverviewMonth[] {
  if (frame.firstOrderDay === null) return [];
  const fromDay = frame.firstOrderDay;
  const months = periodTable('month', fromDay, Math.max(frame.asOf, fromDay));
  const firstMonth = months[0]!;
  const monthCount = months[months.length - 1]! - firstMonth + 1;
  const revenue = new Float64Array(monthCount);
  const orders = new Uint32Array(monthCount);
  const newCustomers = new Uint32Array(monthCount);
  const activeCustomers = new Uint32Array(monthCount);

  const { day, amount, customerStart, firstDay } = frame;
  for (let p = 0; p < frame.customerCount; p++) {
    newCustomers[months[firstDay[p]! - fromDay]! - firstMonth]!++;
    let lastMonth = -1;
    for (let k = customerStart[p]!, end = customerStart[p + 1]!; k < end; k++) {
      const m = months[day[k]! - fromDay]! - firstMonth;
      revenue[m]! += amount[k]!;
      orders[m]!++;
      // Orders are sorted by day, so a customer's months only move forward.
      if (m !== lastMonth) {
        activeCustomers[m]!++;
        lastMonth = m;
      }
    }
  }

  return Array.from({ length: monthCount }, (_, m) => ({
    month: periodLabel(firstMonth + m, 'month'),
    revenue: revenue[m]!,
    orders: orders[m]!,
    newCustomers: newCustomers[m]!,
    activeCustomers: activeCustomers[m]!,
  }));
}
