/**
 * The status tables' shape: for Keep, Grow and Depart, the totals line (how
 * much revenue, margin, cost and profit sits in the status, its share of all
 * revenue and its profitability as a whole) and the rows shown.
 */
import type { FitStatus, StatusTotals } from '../../../src-core/analytics/fit';
import type { FitAnswer, FitRow } from '../../worker/fit/fit-answers';
import { STATUS_ORDER } from './fit-matrix-option';

export interface StatusTotalsLine {
  customers: number;
  revenue: number;
  grossMargin: number;
  costToServe: number;
  profit: number;
  /** profit / revenue of the whole status; null without revenue. */
  profitability: number | null;
  /** This status's share of all lifetime revenue; null when there is none. */
  revenueShare: number | null;
}

export interface StatusTableView {
  status: FitStatus;
  totals: StatusTotalsLine;
  rows: FitRow[];
  /** Rows matching the search that are not shown (beyond the cut). */
  hidden: number;
}

export function totalsLine(totals: StatusTotals, all: StatusTotals): StatusTotalsLine {
  return {
    customers: totals.customers,
    revenue: totals.lifetimeRevenue,
    grossMargin: totals.grossMargin,
    costToServe: totals.costToServe,
    profit: totals.profit,
    profitability: totals.lifetimeRevenue > 0 ? totals.profit / totals.lifetimeRevenue : null,
    revenueShare: all.lifetimeRevenue > 0 ? totals.lifetimeRevenue / all.lifetimeRevenue : null,
  };
}

export function statusTables(answer: Pick<FitAnswer, 'tables' | 'all'>): StatusTableView[] {
  return STATUS_ORDER.map((status) => {
    const table = answer.tables[status];
    return { status, totals: totalsLine(table.totals, answer.all), rows: table.rows, hidden: Math.max(0, table.matching - table.rows.length) };
  });
}
