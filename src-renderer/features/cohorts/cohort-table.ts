/**
 * The cohort matrix as a table (what the heatmap shows, for CSV export): one
 * row per cohort with its size, then the metric for each offset, and the
 * average row last. Numbers stay numbers (shares as fractions, money unrounded)
 * so a spreadsheet can compute with them; empty where a cohort has not reached
 * the offset yet.
 */
import type { CsvCell } from '../../../src-core/export/csv';
import type { CohortMatrix } from '../../../src-core/analytics';
import type { CustomerListing } from '../../worker/analytics-api';
import { averageValue, cellValue, matrixWidth, type CohortMetric } from './cohort-metrics';
import { cohortName, offsetName, type Translate } from './cohort-words';

export function cohortMatrixTable(matrix: CohortMatrix, metric: CohortMetric, t: Translate): CsvCell[][] {
  const width = matrixWidth(matrix.rows);
  const offsets = Array.from({ length: width }, (_, offset) => offset);
  const header: CsvCell[] = [t('cohorts.table.cohort'), t('cohorts.table.customers'), ...offsets.map((offset) => offsetName(offset, matrix.period, t))];
  const rows: CsvCell[][] = matrix.rows.map((row) => [cohortName(row, t), row.customers, ...offsets.map((offset) => cellValue(row, metric, offset))]);
  const average: CsvCell[] = [t('cohorts.averageRow'), matrix.average.customers[0] ?? 0, ...offsets.map((offset) => averageValue(matrix.average, metric, offset))];
  return [header, ...rows, average];
}

/** The customers behind a cell, for CSV export. */
export function customerListTable(customers: readonly CustomerListing[], t: Translate): CsvCell[][] {
  return [
    [t('cohorts.customers.name'), t('cohorts.customers.email'), t('cohorts.customers.key')],
    ...customers.map((customer) => [customer.name, customer.email, customer.key]),
  ];
}
