/**
 * What the heatmap can show, and how to read one cell or the average row for
 * each choice. Plain functions over the worker's CohortMatrix.
 */
import type { CohortAverage, CohortCellMeasure, CohortRow } from '../../../src-core/analytics';

export const COHORT_METRICS = ['retention', 'onOrAfterRate', 'active', 'revenue', 'cumulativeRevenuePerCustomer'] as const;
export type CohortMetric = (typeof COHORT_METRICS)[number];

export type ValueKind = 'share' | 'count' | 'money';

export const METRIC_KIND = {
  retention: 'share',
  onOrAfterRate: 'share',
  active: 'count',
  revenue: 'money',
  cumulativeRevenuePerCustomer: 'money',
} as const satisfies Record<CohortMetric, ValueKind>;

export function isCohortMetric(value: unknown): value is CohortMetric {
  return COHORT_METRICS.some((metric) => metric === value);
}

/** The cell's number for the metric (undefined past the row's end). */
export function cellValue(row: CohortRow, metric: CohortMetric, offset: number): number | undefined {
  return row[metric][offset];
}

/**
 * The average row's number. Shares and LTV are weighted by the customers each
 * cell covers (src-core's average row); counts and revenue are the mean per
 * cohort over the same complete cells. Null where no complete cell exists.
 */
export function averageValue(average: CohortAverage, metric: CohortMetric, offset: number): number | null {
  const cohorts = average.cohorts[offset];
  const customers = average.customers[offset];
  if (cohorts === undefined || customers === undefined || cohorts === 0) return null;
  switch (metric) {
    case 'retention':
      return average.retention[offset] ?? null;
    case 'onOrAfterRate':
      return average.onOrAfterRate[offset] ?? null;
    case 'cumulativeRevenuePerCustomer':
      return average.cumulativeRevenuePerCustomer[offset] ?? null;
    case 'active':
      return ((average.retention[offset] ?? 0) * customers) / cohorts;
    case 'revenue':
      return ((average.revenuePerCustomer[offset] ?? 0) * customers) / cohorts;
  }
}

/** Which customers a click on a cell lists: those the cell counts. */
export function cellMeasure(metric: CohortMetric): CohortCellMeasure {
  return metric === 'onOrAfterRate' ? 'onOrAfter' : 'active';
}

/** Offsets the matrix spans (its widest row). */
export function matrixWidth(rows: readonly CohortRow[]): number {
  return rows.reduce((widest, row) => Math.max(widest, row.reached.length), 0);
}
