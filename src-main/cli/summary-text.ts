/** The readable summary `analyze` prints without --json. */
import type { AnalysisDocument } from './analyze';

function money(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD' }).format(value);
  } catch {
    return value.toFixed(2);
  }
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function summaryText(doc: AnalysisDocument): string {
  const { source, dataset, kpis, cohorts } = doc;
  const lines = [
    `${source.file}: ${source.format.toUpperCase()}, ${source.encoding}${source.delimiter ? `, delimiter ${JSON.stringify(source.delimiter)}` : ''}${source.sheet ? `, sheet "${source.sheet}"` : ''}${source.preset ? `, looks like ${source.preset}` : ''}`,
    `Records: ${source.records}, rejected: ${source.rejected}`,
    ...source.errors.slice(0, 10).map((error) => `  line ${error.line}${error.column ? `, ${error.column}` : ''}: ${error.message}`),
    ...(source.errors.length > 10 ? [`  … and ${source.errors.length - 10} more (see --json)`] : []),
    ...doc.warnings.map((warning) => `Warning: ${warning}`),
    '',
    `Customers:            ${dataset.customers}`,
    `Orders:               ${dataset.orders}`,
    `Revenue:              ${money(dataset.revenue, dataset.currency)}`,
    `Orders from ${dataset.firstOrderDate ?? '—'} to ${dataset.lastOrderDate ?? '—'}, as of ${dataset.asOf}`,
    `Repeat rate:          ${percent(kpis.repeatRate)}`,
    `One-time buyers:      ${percent(kpis.oneTimeBuyerShare)}`,
    `Average order value:  ${money(kpis.averageOrderValue, dataset.currency)}`,
    `Orders per customer:  ${kpis.ordersPerCustomer.toFixed(2)}`,
  ];
  if (kpis.crr && kpis.crr.crr !== null) {
    lines.push(`Retention (CRR) ${kpis.crr.period}: ${percent(kpis.crr.crr)} (window ${kpis.crr.windowDays} days)`);
  }
  lines.push('', `Cohorts by ${cohorts.period} (customers, then % active at offset 0, 1, 2, …):`);
  for (const row of cohorts.rows.slice(-24)) {
    const rates = row.active.slice(0, 13).map((active) => `${Math.round((active / Math.max(row.customers, 1)) * 100)}`.padStart(4));
    lines.push(`  ${row.cohort.padEnd(9)} ${String(row.customers).padStart(6)} ${rates.join('')}`);
  }
  return lines.join('\n') + '\n';
}
