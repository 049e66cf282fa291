/**
 * The cohort matrix: customers grouped by a cohort key, and for each offset k
 * (periods since the customer's own first counted order) who came back, what
 * they spent, and the running value per customer. Definitions: DESIGN.md.
 *
 * Which customers a cell counts ("reached"):
 * - Acquisition cohorts (cohortKey 'firstPeriod'): every member, for every
 *   offset up to the as-of period. The offset holding the as-of date is shown
 *   but flagged `partial` when its period has not ended by then.
 * - Attribute cohorts (first product, channel, country, discount code): members
 *   are acquired in different periods, so a member counts in offset k only once
 *   their own k-th period has ended by the as-of date (their orders in a
 *   still-running period are left out). Such cells are never partial; `reached[k]`
 *   says how many members they cover and is the denominator of every rate.
 * For acquisition cohorts reached[k] = customers, so retention = active / cohort size.
 *
 * The average row is weighted by the customers each cell covers (Σ active / Σ
 * reached …) over the cohorts that have reached the offset; partial cells are
 * left out of it, so a half-finished period never drags the average down.
 */
import type { EpochDay } from '../model/orders';
import { storeCustomers, type OrderFrame } from './frame';
import { periodHasEnded, periodIndex, periodLabel, periodTable, type PeriodKind } from './periods';

export type CohortKey = 'firstPeriod' | 'firstProduct' | 'channel' | 'country' | 'discountCode';

export const COHORT_KEYS: readonly CohortKey[] = ['firstPeriod', 'firstProduct', 'channel', 'country', 'discountCode'];

export interface CohortOptions {
  period: PeriodKind;
  /** Default 'firstPeriod' (acquisition cohorts). */
  cohortKey?: CohortKey;
}

export interface CohortRow {
  /** `2024-01` / `2024-W05` / `2024-Q1`, or the product / channel / country / code as written ('' = none recorded). */
  cohort: string;
  /** Period index (firstPeriod) or dictionary index (attribute keys): what cohortCellCustomers takes. */
  key: number;
  /** Cohort size. */
  customers: number;
  /** Per offset k (index of every array below): members the cell covers. */
  reached: number[];
  /** Distinct members with a counted order in offset k. */
  active: number[];
  /** active / reached ("on"). */
  retention: number[];
  /** Members with an order in offset k or later ("on or after", unbounded). */
  onOrAfter: number[];
  onOrAfterRate: number[];
  revenue: number[];
  /** revenue / reached. */
  revenuePerCustomer: number[];
  /** Revenue of the covered members in offsets 0…k. */
  cumulativeRevenue: number[];
  /** cumulativeRevenue / reached: the LTV curve. */
  cumulativeRevenuePerCustomer: number[];
  orders: number[];
  /** The offset's period had not ended by the as-of date. */
  partial: boolean[];
}

export interface CohortAverage {
  /** Cohorts averaged at offset k (complete cells only). */
  cohorts: number[];
  /** Σ reached over those cells: the weights. */
  customers: number[];
  retention: number[];
  onOrAfterRate: number[];
  revenuePerCustomer: number[];
  cumulativeRevenuePerCustomer: number[];
}

export interface CohortMatrix {
  period: PeriodKind;
  cohortKey: CohortKey;
  asOf: EpochDay;
  /** Acquisition cohorts in period order; attribute cohorts largest first. */
  rows: CohortRow[];
  average: CohortAverage;
}

/** How customers map to cohorts and how far each is observed: shared by the matrix and the cell lists. */
interface CohortPlan {
  /** Period index of each day from fromDay on. */
  table: Int32Array;
  fromDay: EpochDay;
  /** Cohort key per frame customer (period index or dictionary index), within [keyBase, keyBase + keySpan). */
  keyOf: (p: number) => number;
  keyBase: number;
  keySpan: number;
  /** Last offset at which customer p is observed (−1: not yet at any). */
  reachOf: (p: number) => number;
  /** Partial flag of offset k for a cohort key. */
  isPartial: (key: number, k: number) => boolean;
}

function planCohorts(frame: OrderFrame, options: CohortOptions): CohortPlan {
  const { period } = options;
  const cohortKey = options.cohortKey ?? 'firstPeriod';
  const fromDay = frame.firstOrderDay ?? frame.asOf;
  const table = periodTable(period, fromDay, Math.max(frame.asOf, fromDay));
  const asOfPeriod = periodIndex(frame.asOf, period);
  const asOfEnded = periodHasEnded(asOfPeriod, period, frame.asOf);
  const firstPeriodOf = (p: number) => table[frame.firstDay[p]! - fromDay]!;
  if (cohortKey === 'firstPeriod') {
    return {
      table,
      fromDay,
      keyOf: firstPeriodOf,
      keyBase: table[0]!,
      keySpan: asOfPeriod - table[0]! + 1,
      reachOf: (p) => asOfPeriod - firstPeriodOf(p),
      isPartial: (key, k) => !asOfEnded && key + k === asOfPeriod,
    };
  }
  const lastEnded = asOfEnded ? asOfPeriod : asOfPeriod - 1;
  const attribute = {
    firstProduct: frame.firstProduct,
    channel: frame.firstChannel,
    country: frame.firstCountry,
    discountCode: frame.firstDiscountCode,
  }[cohortKey];
  return {
    table,
    fromDay,
    keyOf: (p) => attribute[p]!,
    keyBase: 0,
    keySpan: dictionaryFor(frame, cohortKey).length,
    reachOf: (p) => lastEnded - firstPeriodOf(p),
    isPartial: () => false,
  };
}

export function cohortMatrix(frame: OrderFrame, options: CohortOptions): CohortMatrix {
  const cohortKey = options.cohortKey ?? 'firstPeriod';
  const plan = planCohorts(frame, options);
  const { table, fromDay } = plan;
  const n = frame.customerCount;

  // Compact row ids for the keys in use, and each row's width (longest reach + 1).
  const rowOfCustomer = new Int32Array(n);
  const reachOfCustomer = new Int32Array(n);
  const rowOfKey = new Int32Array(plan.keySpan).fill(-1);
  const rowKeys: number[] = [];
  const rowSizes: number[] = [];
  let width = 0;
  for (let p = 0; p < n; p++) {
    const key = plan.keyOf(p);
    let row = rowOfKey[key - plan.keyBase]!;
    if (row < 0) {
      row = rowKeys.length;
      rowOfKey[key - plan.keyBase] = row;
      rowKeys.push(key);
      rowSizes.push(0);
    }
    rowSizes[row]!++;
    rowOfCustomer[p] = row;
    const reach = plan.reachOf(p);
    reachOfCustomer[p] = reach;
    if (reach + 1 > width) width = reach + 1;
  }

  // Flat row × offset accumulators; the "…Diff" ones are difference arrays (hence one extra column).
  const rows = rowKeys.length;
  const stride = width + 1;
  const active = new Uint32Array(rows * stride);
  const orders = new Uint32Array(rows * stride);
  const revenue = new Float64Array(rows * stride);
  const reachedDiff = new Int32Array(rows * stride);
  const onOrAfterDiff = new Int32Array(rows * stride);
  // Summed per customer (a running total written into each offset they reach), not as a
  // difference array: subtracting amounts back out would leave rounding residue like −1e−14.
  const cumulative = new Float64Array(rows * stride);
  const rowWidth = new Int32Array(rows);

  const { customerStart, day, amount, firstDay } = frame;
  for (let p = 0; p < n; p++) {
    const reach = reachOfCustomer[p]!;
    if (reach < 0) continue;
    const base = rowOfCustomer[p]! * stride;
    if (reach + 1 > rowWidth[rowOfCustomer[p]!]!) rowWidth[rowOfCustomer[p]!] = reach + 1;
    const first = table[firstDay[p]! - fromDay]!;
    reachedDiff[base]!++;
    reachedDiff[base + reach + 1]!--;
    let lastOffset = -1;
    let running = 0;
    let filled = 0; // offsets below this already hold the customer's running total
    for (let k = customerStart[p]!, end = customerStart[p + 1]!; k < end; k++) {
      const offset = table[day[k]! - fromDay]! - first;
      if (offset > reach) break; // orders are sorted by day
      const cell = base + offset;
      orders[cell]!++;
      revenue[cell]! += amount[k]!;
      for (; filled < offset; filled++) cumulative[base + filled]! += running;
      running += amount[k]!;
      if (offset !== lastOffset) {
        active[cell]!++;
        lastOffset = offset;
      }
    }
    for (; filled <= reach; filled++) cumulative[base + filled]! += running;
    if (lastOffset >= 0) {
      onOrAfterDiff[base]!++;
      onOrAfterDiff[base + lastOffset + 1]!--;
    }
  }

  const labelOf =
    cohortKey === 'firstPeriod' ? (key: number) => periodLabel(key, options.period) : (key: number) => dictionaryFor(frame, cohortKey)[key] ?? '';
  const accumulators = { active, orders, revenue, reachedDiff, onOrAfterDiff, cumulative };
  const result: CohortRow[] = rowKeys.map((key, r) =>
    buildRow(key, labelOf(key), rowSizes[r]!, rowWidth[r]!, r * stride, plan, accumulators),
  );
  if (cohortKey === 'firstPeriod') result.sort((a, b) => a.key - b.key);
  else result.sort((a, b) => b.customers - a.customers || (a.cohort < b.cohort ? -1 : a.cohort > b.cohort ? 1 : 0));

  return { period: options.period, cohortKey, asOf: frame.asOf, rows: result, average: averageRow(result) };
}

interface Accumulators {
  active: Uint32Array;
  orders: Uint32Array;
  revenue: Float64Array;
  reachedDiff: Int32Array;
  onOrAfterDiff: Int32Array;
  cumulative: Float64Array;
}

function buildRow(key: number, label: string, customers: number, length: number, base: number, plan: CohortPlan, acc: Accumulators): CohortRow {
  const row: CohortRow = {
    cohort: label, key, customers, reached: [], active: [], retention: [], onOrAfter: [], onOrAfterRate: [],
    revenue: [], revenuePerCustomer: [], cumulativeRevenue: [], cumulativeRevenuePerCustomer: [], orders: [], partial: [],
  };
  let reached = 0;
  let onOrAfter = 0;
  for (let k = 0; k < length; k++) {
    const cell = base + k;
    reached += acc.reachedDiff[cell]!;
    onOrAfter += acc.onOrAfterDiff[cell]!;
    const cumulative = acc.cumulative[cell]!;
    const active = acc.active[cell]!;
    const revenue = acc.revenue[cell]!;
    row.reached.push(reached);
    row.active.push(active);
    row.retention.push(rate(active, reached));
    row.onOrAfter.push(onOrAfter);
    row.onOrAfterRate.push(rate(onOrAfter, reached));
    row.revenue.push(revenue);
    row.revenuePerCustomer.push(rate(revenue, reached));
    row.cumulativeRevenue.push(cumulative);
    row.cumulativeRevenuePerCustomer.push(rate(cumulative, reached));
    row.orders.push(acc.orders[cell]!);
    row.partial.push(plan.isPartial(key, k));
  }
  return row;
}

function averageRow(rows: readonly CohortRow[]): CohortAverage {
  const average: CohortAverage = { cohorts: [], customers: [], retention: [], onOrAfterRate: [], revenuePerCustomer: [], cumulativeRevenuePerCustomer: [] };
  for (let k = 0; ; k++) {
    let cohorts = 0;
    let reached = 0;
    let active = 0;
    let onOrAfter = 0;
    let revenue = 0;
    let cumulative = 0;
    let anyRow = false;
    for (const row of rows) {
      if (k >= row.reached.length) continue;
      anyRow = true;
      if (row.partial[k] || row.reached[k] === 0) continue;
      cohorts++;
      reached += row.reached[k]!;
      active += row.active[k]!;
      onOrAfter += row.onOrAfter[k]!;
      revenue += row.revenue[k]!;
      cumulative += row.cumulativeRevenue[k]!;
    }
    if (!anyRow || cohorts === 0) break;
    average.cohorts.push(cohorts);
    average.customers.push(reached);
    average.retention.push(active / reached);
    average.onOrAfterRate.push(onOrAfter / reached);
    average.revenuePerCustomer.push(revenue / reached);
    average.cumulativeRevenuePerCustomer.push(cumulative / reached);
  }
  return average;
}

export type CohortCellMeasure = 'cohort' | 'reached' | 'active' | 'onOrAfter';

/**
 * Store customer indexes (ascending) behind a cell: the cohort's members, the
 * members the cell covers, those active in offset k, or those active in k or later.
 * `cohort` is the row's `key`.
 */
export function cohortCellCustomers(
  frame: OrderFrame,
  options: CohortOptions,
  cohort: number,
  offset: number,
  measure: CohortCellMeasure = 'active',
): Uint32Array {
  const plan = planCohorts(frame, options);
  const { table, fromDay } = plan;
  const chosen: number[] = [];
  for (let p = 0; p < frame.customerCount; p++) {
    if (plan.keyOf(p) !== cohort) continue;
    const reach = plan.reachOf(p);
    if (measure === 'cohort') {
      chosen.push(p);
      continue;
    }
    if (offset > reach) continue;
    if (measure === 'reached') {
      chosen.push(p);
      continue;
    }
    const first = table[frame.firstDay[p]! - fromDay]!;
    for (let k = frame.customerStart[p]!, end = frame.customerStart[p + 1]!; k < end; k++) {
      const at = table[frame.day[k]! - fromDay]! - first;
      if (at > reach) break;
      if (at === offset || (measure === 'onOrAfter' && at > offset)) {
        chosen.push(p);
        break;
      }
    }
  }
  return storeCustomers(frame, chosen);
}

function dictionaryFor(frame: OrderFrame, key: Exclude<CohortKey, 'firstPeriod'>): readonly string[] {
  return {
    firstProduct: frame.dictionaries.products,
    channel: frame.dictionaries.channels,
    country: frame.dictionaries.countries,
    discountCode: frame.dictionaries.discountCodes,
  }[key];
}

function rate(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
