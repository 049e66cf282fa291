/**
 * What the Fit screen draws: the matrix (points, quadrant lines) and a table
 * per status with totals ("how much revenue and profit sits in Depart").
 */
import type { CustomerFit } from './customer-fit';
import { FIT_STATUSES, ruleThreshold, type FitRuleSet, type FitStatus } from './rules';

export interface StatusTotals {
  customers: number;
  lifetimeRevenue: number;
  last12Revenue: number;
  grossMargin: number;
  costToServe: number;
  profit: number;
}

const emptyTotals = (): StatusTotals => ({ customers: 0, lifetimeRevenue: 0, last12Revenue: 0, grossMargin: 0, costToServe: 0, profit: 0 });

function add(totals: StatusTotals, fit: CustomerFit): void {
  totals.customers++;
  totals.lifetimeRevenue += fit.value.lifetimeRevenue;
  totals.last12Revenue += fit.value.last12Revenue;
  totals.grossMargin += fit.value.grossMargin;
  totals.costToServe += fit.cost.total;
  totals.profit += fit.metrics.profit;
}

export interface FitTables {
  byStatus: Record<FitStatus, { rows: CustomerFit[]; totals: StatusTotals }>;
  all: StatusTotals;
}

/** One table per final status, rows by lifetime revenue (largest first), with totals. */
export function fitTables(fits: readonly CustomerFit[]): FitTables {
  const table = () => ({ rows: new Array<CustomerFit>(), totals: emptyTotals() });
  const byStatus: FitTables['byStatus'] = { keep: table(), grow: table(), depart: table() };
  const all = emptyTotals();
  for (const fit of fits) {
    byStatus[fit.status].rows.push(fit);
    add(byStatus[fit.status].totals, fit);
    add(all, fit);
  }
  for (const status of FIT_STATUSES) byStatus[status].rows.sort((a, b) => b.value.lifetimeRevenue - a.value.lifetimeRevenue);
  return { byStatus, all };
}

/**
 * - 'value-cost': x = cost to serve, y = gross margin; above the diagonal y = x a customer makes a profit.
 * - 'score-profitability': x = profitability, y = fit score; the lines are the rules' thresholds.
 */
export type FitMatrixAxes = 'value-cost' | 'score-profitability';

export interface FitMatrixPoint {
  customer: number;
  key: string;
  x: number;
  y: number;
  /** Point size: lifetime revenue (the chart scales it). */
  size: number;
  status: FitStatus;
  overridden: boolean;
}

export interface FitMatrix {
  axes: FitMatrixAxes;
  points: FitMatrixPoint[];
  /** Vertical line (x = …) where the rules' profitability threshold sits; null when none. */
  xLine: number | null;
  /** Horizontal line (y = …) where the rules' Grow score sits; null when none. */
  yLine: number | null;
  /** True when the break-even diagonal y = x separates profit from loss. */
  diagonal: boolean;
  /** Customers left off because they have no x (profitability without revenue). */
  omitted: number;
}

export function fitMatrix(fits: readonly CustomerFit[], ruleSet: FitRuleSet, axes: FitMatrixAxes): FitMatrix {
  const points: FitMatrixPoint[] = [];
  let omitted = 0;
  for (const fit of fits) {
    const x = axes === 'value-cost' ? fit.cost.total : fit.metrics.profitability;
    const y = axes === 'value-cost' ? fit.value.grossMargin : fit.metrics.score;
    if (x === null) {
      omitted++;
      continue;
    }
    points.push({ customer: fit.customer, key: fit.key, x, y, size: Math.max(0, fit.value.lifetimeRevenue), status: fit.status, overridden: fit.overridden });
  }
  if (axes === 'value-cost') return { axes, points, xLine: null, yLine: null, diagonal: true, omitted };
  return {
    axes,
    points,
    xLine: ruleThreshold(ruleSet, 'depart', 'profitability', ['<', '<=']),
    yLine: ruleThreshold(ruleSet, 'grow', 'score', ['>=', '>']),
    diagonal: false,
    omitted,
  };
}

/** Store customer indexes of the customers in a brushed rectangle: for "create campaign from these customers". */
export function customersInRectangle(matrix: FitMatrix, x0: number, x1: number, y0: number, y1: number): Uint32Array {
  const [left, right] = x0 <= x1 ? [x0, x1] : [x1, x0];
  const [bottom, top] = y0 <= y1 ? [y0, y1] : [y1, y0];
  const chosen = matrix.points.filter((p) => p.x >= left && p.x <= right && p.y >= bottom && p.y <= top).map((p) => p.customer);
  return Uint32Array.from(chosen).sort();
}
