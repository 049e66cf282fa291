/**
 * A brute-force oracle for the analytics, written straight from DESIGN.md and
 * the documented choices of src-core/analytics (filters judge the first order,
 * attribute cohorts count only ended periods, averages skip partial cells).
 * Plain loops over plain objects, its own calendar code on Date: it shares
 * nothing with the columnar implementation except the date helpers of
 * src-core/model/orders. Slow on purpose; correct by inspection.
 */
import { epochDayFromYmd } from '../../../src-core/model/orders';

export type Kind = 'month' | 'week' | 'quarter';
export type Key = 'firstPeriod' | 'firstProduct' | 'channel' | 'country' | 'discountCode';

export interface PlainOrder {
  customer: string;
  day: number;
  amount: number;
  product: string;
  channel: string;
  country: string;
  discountCode: string;
  cancelled: boolean;
}

export interface PlainFilters {
  from?: number;
  to?: number;
  products?: string[];
  channels?: string[];
  countries?: string[];
  customers?: string[];
}

export interface PlainCustomer {
  key: string;
  /** Counted orders, by day then input order. */
  orders: PlainOrder[];
  first: PlainOrder;
}

export interface World {
  asOf: number;
  customers: PlainCustomer[];
}

// ---- Calendar, on Date ----

function utc(day: number): Date {
  return new Date(day * 86_400_000);
}

/** A number that orders and subtracts like the period: months or quarters since year 0, or weeks since Monday 1970-01-05. */
export function periodOf(day: number, kind: Kind): number {
  const date = utc(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (kind === 'month') return year * 12 + month;
  if (kind === 'quarter') return year * 4 + Math.floor(month / 3);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return (day - daysSinceMonday - MONDAY_1970_01_05) / 7;
}

const MONDAY_1970_01_05 = 4;

function periodStart(period: number, kind: Kind): number {
  if (kind === 'week') return period * 7 + MONDAY_1970_01_05;
  const month = kind === 'quarter' ? period * 3 : period;
  return epochDayFromYmd(Math.floor(month / 12), (month % 12) + 1, 1);
}

export function periodEnd(period: number, kind: Kind): number {
  return periodStart(period + 1, kind) - 1;
}

export function labelOf(period: number, kind: Kind): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (kind === 'month') return `${Math.floor(period / 12)}-${two((period % 12) + 1)}`;
  if (kind === 'quarter') return `${Math.floor(period / 4)}-Q${(period % 4) + 1}`;
  const thursday = periodStart(period, kind) + 3;
  const year = utc(thursday).getUTCFullYear();
  return `${year}-W${two(Math.floor((thursday - epochDayFromYmd(year, 1, 1)) / 7) + 1)}`;
}

// ---- The world: counted orders, as-of, filters ----

export function makeWorld(orders: readonly PlainOrder[], asOf: number | undefined, filters: PlainFilters = {}): World {
  const counted = orders.filter((o) => !o.cancelled);
  let effectiveAsOf = asOf ?? (counted.length ? Math.max(...counted.map((o) => o.day)) : 0);
  if (filters.to !== undefined && filters.to < effectiveAsOf) effectiveAsOf = filters.to;
  const byCustomer = new Map<string, PlainOrder[]>();
  for (const order of counted) {
    if (order.day > effectiveAsOf) continue;
    const list = byCustomer.get(order.customer) ?? [];
    list.push(order);
    byCustomer.set(order.customer, list);
  }
  const customers: PlainCustomer[] = [];
  for (const [key, list] of byCustomer) {
    const sorted = list.map((o, i) => ({ o, i })).sort((a, b) => a.o.day - b.o.day || a.i - b.i).map((x) => x.o);
    const first = sorted[0]!;
    if (filters.from !== undefined && first.day < filters.from) continue;
    if (filters.to !== undefined && first.day > filters.to) continue;
    if (filters.products && !filters.products.includes(first.product)) continue;
    if (filters.channels && !filters.channels.includes(first.channel)) continue;
    if (filters.countries && !filters.countries.includes(first.country)) continue;
    if (filters.customers && !filters.customers.includes(key)) continue;
    customers.push({ key, orders: sorted, first });
  }
  return { asOf: effectiveAsOf, customers };
}

// ---- Headline KPIs and the Overview ----

export function headline(world: World) {
  const customers = world.customers.length;
  const orders = world.customers.reduce((n, c) => n + c.orders.length, 0);
  let revenue = 0;
  for (const c of world.customers) for (const o of c.orders) revenue += o.amount;
  const repeat = world.customers.filter((c) => c.orders.length >= 2).length;
  const secondGaps = world.customers.filter((c) => c.orders.length >= 2).map((c) => c.orders[1]!.day - c.orders[0]!.day);
  const funnel = [1, 2, 3, 4].map((n) => world.customers.filter((c) => c.orders.length >= n).length);
  return {
    customers,
    orders,
    revenue,
    repeatCustomers: repeat,
    oneTimeBuyers: customers - repeat,
    repeatRate: customers ? repeat / customers : 0,
    oneTimeBuyerShare: customers ? (customers - repeat) / customers : 0,
    ordersPerCustomer: customers ? orders / customers : 0,
    averageOrderValue: orders ? revenue / orders : 0,
    medianDaysToSecondOrder: medianOf(secondGaps),
    repeatFunnel: funnel,
  };
}

export function medianOf(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function gaps(world: World): number[] {
  const out: number[] = [];
  for (const c of world.customers) for (let i = 1; i < c.orders.length; i++) out.push(c.orders[i]!.day - c.orders[i - 1]!.day);
  return out;
}

function allPeriods(world: World, kind: Kind): number[] {
  if (!world.customers.length) return [];
  const firstDay = Math.min(...world.customers.map((c) => c.first.day));
  const out: number[] = [];
  for (let p = periodOf(firstDay, kind); p <= periodOf(world.asOf, kind); p++) out.push(p);
  return out;
}

export function perPeriod(world: World, kind: Kind) {
  return allPeriods(world, kind).map((p) => {
    const inPeriod = (o: PlainOrder) => periodOf(o.day, kind) === p;
    const active = world.customers.filter((c) => c.orders.some(inPeriod));
    const fresh = world.customers.filter((c) => periodOf(c.first.day, kind) === p);
    const orders = world.customers.flatMap((c) => c.orders.filter(inPeriod));
    return {
      period: labelOf(p, kind),
      activeCustomers: active.length,
      newCustomers: fresh.length,
      returningCustomers: active.filter((c) => !fresh.includes(c)).length,
      orders: orders.length,
      revenue: orders.reduce((s, o) => s + o.amount, 0),
      partial: periodEnd(p, kind) > world.asOf,
    };
  });
}

// ---- CRR ----

function activeAt(c: PlainCustomer, d: number, window: number): boolean {
  return c.orders.some((o) => o.day > d - window && o.day <= d);
}

export function crr(world: World, kind: Kind, window: number) {
  return allPeriods(world, kind).map((p) => {
    const s = periodStart(p, kind) - 1;
    const e = Math.min(periodEnd(p, kind), world.asOf);
    const S = world.customers.filter((c) => activeAt(c, s, window)).length;
    const E = world.customers.filter((c) => activeAt(c, e, window)).length;
    const N = world.customers.filter((c) => c.first.day > s && c.first.day <= e).length;
    const rate = S === 0 ? null : (E - N) / S;
    return { period: labelOf(p, kind), activeAtStart: S, activeAtEnd: E, newCustomers: N, crr: rate, partial: periodEnd(p, kind) > world.asOf };
  });
}

// ---- Cohorts ----

function keyValue(c: PlainCustomer, key: Key, kind: Kind): string {
  if (key === 'firstPeriod') return labelOf(periodOf(c.first.day, kind), kind);
  if (key === 'firstProduct') return c.first.product;
  return c.first[key];
}

/** Whether customer c is counted at offset k, by the documented rule. */
function reaches(c: PlainCustomer, k: number, key: Key, kind: Kind, asOf: number): boolean {
  const period = periodOf(c.first.day, kind) + k;
  return key === 'firstPeriod' ? period <= periodOf(asOf, kind) : periodEnd(period, kind) <= asOf;
}

function offsetOf(c: PlainCustomer, o: PlainOrder, kind: Kind): number {
  return periodOf(o.day, kind) - periodOf(c.first.day, kind);
}

export function cohorts(world: World, kind: Kind, key: Key) {
  const groups = new Map<string, PlainCustomer[]>();
  for (const c of world.customers) groups.set(keyValue(c, key, kind), [...(groups.get(keyValue(c, key, kind)) ?? []), c]);
  const rows = [...groups].map(([cohort, members]) => {
    const row = {
      cohort, customers: members.length, reached: [] as number[], active: [] as number[], onOrAfter: [] as number[],
      revenue: [] as number[], cumulativeRevenue: [] as number[], orders: [] as number[], partial: [] as boolean[],
      retention: [] as number[], onOrAfterRate: [] as number[], revenuePerCustomer: [] as number[], cumulativeRevenuePerCustomer: [] as number[],
    };
    for (let k = 0; members.some((c) => reaches(c, k, key, kind, world.asOf)); k++) {
      const here = members.filter((c) => reaches(c, k, key, kind, world.asOf));
      // An order counts only in an offset its customer has reached.
      const seen = (c: PlainCustomer) => c.orders.filter((o) => reaches(c, offsetOf(c, o, kind), key, kind, world.asOf));
      const at = here.flatMap((c) => seen(c).filter((o) => offsetOf(c, o, kind) === k));
      const reached = here.length;
      const active = here.filter((c) => seen(c).some((o) => offsetOf(c, o, kind) === k)).length;
      const onOrAfter = here.filter((c) => seen(c).some((o) => offsetOf(c, o, kind) >= k)).length;
      const revenue = at.reduce((s, o) => s + o.amount, 0);
      let cumulative = 0;
      for (const c of here) for (const o of seen(c)) if (offsetOf(c, o, kind) <= k) cumulative += o.amount;
      const div = (a: number) => (reached ? a / reached : 0);
      row.reached.push(reached);
      row.active.push(active);
      row.onOrAfter.push(onOrAfter);
      row.revenue.push(revenue);
      row.cumulativeRevenue.push(cumulative);
      row.orders.push(at.length);
      row.retention.push(div(active));
      row.onOrAfterRate.push(div(onOrAfter));
      row.revenuePerCustomer.push(div(revenue));
      row.cumulativeRevenuePerCustomer.push(div(cumulative));
      const period = periodOf(members[0]!.first.day, kind) + k;
      row.partial.push(key === 'firstPeriod' && periodEnd(period, kind) > world.asOf);
    }
    return row;
  });
  if (key === 'firstPeriod') rows.sort((a, b) => (a.cohort < b.cohort ? -1 : 1));
  else rows.sort((a, b) => b.customers - a.customers || (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));

  const average = { cohorts: [] as number[], customers: [] as number[], retention: [] as number[], onOrAfterRate: [] as number[], revenuePerCustomer: [] as number[], cumulativeRevenuePerCustomer: [] as number[] };
  for (let k = 0; ; k++) {
    const cells = rows.filter((r) => k < r.reached.length && !r.partial[k] && r.reached[k]! > 0);
    if (!cells.length) break;
    const sum = (f: (r: (typeof rows)[number]) => number) => cells.reduce((s, r) => s + f(r), 0);
    const weight = sum((r) => r.reached[k]!);
    average.cohorts.push(cells.length);
    average.customers.push(weight);
    average.retention.push(sum((r) => r.active[k]!) / weight);
    average.onOrAfterRate.push(sum((r) => r.onOrAfter[k]!) / weight);
    average.revenuePerCustomer.push(sum((r) => r.revenue[k]!) / weight);
    average.cumulativeRevenuePerCustomer.push(sum((r) => r.cumulativeRevenue[k]!) / weight);
  }
  return { rows, average };
}

/** Keys of the customers active in a cell ("on") and "on or after". */
export function cellCustomers(world: World, kind: Kind, key: Key, cohort: string, k: number, measure: 'active' | 'onOrAfter'): string[] {
  return world.customers
    .filter((c) => keyValue(c, key, kind) === cohort && reaches(c, k, key, kind, world.asOf))
    .filter((c) =>
      c.orders.some((o) => {
        const offset = offsetOf(c, o, kind);
        return reaches(c, offset, key, kind, world.asOf) && (measure === 'active' ? offset === k : offset >= k);
      }),
    )
    .map((c) => c.key)
    .sort();
}
