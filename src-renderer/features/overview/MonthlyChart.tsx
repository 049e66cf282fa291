import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewMonth } from '../../../src-core/analytics';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import { monthlyChartOption } from './monthly-chart-option';

export function MonthlyChart({ months }: { months: readonly OverviewMonth[] }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const option = useMemo(
    () =>
      monthlyChartOption(
        months,
        { revenue: t('overview.chart.revenue'), newCustomers: t('overview.chart.newCustomers') },
        formatters,
        { text: colors.text, grid: colors.grid, revenue: colors.accent, newCustomers: colors.accentSecondary, fontFamily: colors.fontFamily },
      ),
    [months, t, formatters, colors],
  );
  // Numbers as numbers: the CSV is for a spreadsheet, not for reading.
  const table = useCallback(
    () => [
      [t('overview.chart.month'), t('overview.chart.revenue'), t('overview.chart.orders'), t('overview.chart.newCustomers'), t('overview.chart.activeCustomers')],
      ...months.map((month) => [month.month, month.revenue, month.orders, month.newCustomers, month.activeCustomers]),
    ],
    [months, t],
  );
  const title = t('overview.chart.title');
  return (
    <section className="panel" aria-labelledby="monthly-chart-title">
      <div className="panel-head">
        <h2 id="monthly-chart-title" className="panel-title">
          {title}
        </h2>
        <ExportButtons what={title} chart={chart} table={table} />
      </div>
      <EChart option={option} label={t('overview.chart.description')} chartRef={chart} />
    </section>
  );
}
