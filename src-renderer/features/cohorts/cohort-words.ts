/**
 * The words around the numbers of a cohort cell: its name, its offset, the
 * sentence in its tooltip. Plain text (the chart escapes it before it becomes
 * HTML); `t` is i18next's, `format` the page's Intl formatters.
 */
import type { CohortMatrix, CohortRow, PeriodKind } from '../../../src-core/analytics';
import type { Formatters } from '../../format/use-format';
import { averageValue, cellValue, METRIC_KIND, type CohortMetric } from './cohort-metrics';

type NumericSeries = 'reached' | 'active' | 'onOrAfter' | 'orders' | 'revenue' | 'cumulativeRevenue' | 'revenuePerCustomer' | 'retention' | 'onOrAfterRate';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A cohort as people name it: its period label, or the product / channel / country / code as written. */
export function cohortName(row: Pick<CohortRow, 'cohort'>, t: Translate): string {
  return row.cohort === '' ? t('cohorts.noneRecorded') : row.cohort;
}

/** "month 2", "week 0", "quarter 3". */
export function offsetName(offset: number, period: PeriodKind, t: Translate): string {
  return t(`cohorts.offset.${period}`, { k: offset });
}

/** A metric's value as shown in a cell, on an axis or in the CSV's reader-facing places. */
export function formatMetric(value: number, metric: CohortMetric, format: Formatters, compact = false): string {
  switch (METRIC_KIND[metric]) {
    case 'share':
      return format.percent(value);
    case 'count':
      return format.count(value);
    case 'money':
      return compact ? format.moneyCompact(value) : format.money(value);
  }
}

/** The tooltip of one cell: what it is, the numbers behind it, and whether its period is over. */
export function cellSentences(
  matrix: CohortMatrix,
  row: CohortRow,
  offset: number,
  metric: CohortMetric,
  t: Translate,
  format: Formatters,
): string[] {
  const at = (key: NumericSeries): number => row[key][offset] ?? 0;
  const values = {
    cohort: cohortName(row, t),
    offset: offsetName(offset, matrix.period, t),
    reached: format.count(at('reached')),
    active: format.count(at('active')),
    onOrAfter: format.count(at('onOrAfter')),
    orders: format.count(at('orders')),
    revenue: format.money(at('revenue')),
    cumulative: format.money(at('cumulativeRevenue')),
    perCustomer: format.money(at('revenuePerCustomer')),
    value: formatMetric(cellValue(row, metric, offset) ?? 0, metric, format),
    share: format.percent(metric === 'onOrAfterRate' ? at('onOrAfterRate') : at('retention')),
    customers: format.count(row.customers),
  };
  const sentences = [t(`cohorts.tooltip.${metric}`, values)];
  if (row.reached[offset] !== row.customers) sentences.push(t('cohorts.tooltip.reachedOnly', values));
  if (row.partial[offset]) sentences.push(t('cohorts.tooltip.partial', { asOf: format.day(matrix.asOf) }));
  return sentences;
}

/** The tooltip of an average-row cell. */
export function averageSentences(matrix: CohortMatrix, offset: number, metric: CohortMetric, t: Translate, format: Formatters): string[] {
  const value = averageValue(matrix.average, metric, offset);
  if (value === null) return [];
  const kind = METRIC_KIND[metric] === 'share' || metric === 'cumulativeRevenuePerCustomer' ? 'weighted' : 'perCohort';
  return [
    t(`cohorts.tooltip.average.${kind}`, {
      offset: offsetName(offset, matrix.period, t),
      value: formatMetric(value, metric, format),
      cohorts: format.count(matrix.average.cohorts[offset] ?? 0),
      customers: format.count(matrix.average.customers[offset] ?? 0),
    }),
  ];
}
