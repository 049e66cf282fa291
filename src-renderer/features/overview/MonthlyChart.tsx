import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewMonth } from '../../../src-core/analytics';
import { EChart } from '../../charts/EChart';
import { useChartColors } from '../../charts/use-chart-colors';
import { useFormat } from '../../format/use-format';
import { monthlyChartOption } from './monthly-chart-option';

export function MonthlyChart({ months }: { months: readonly OverviewMonth[] }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
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
  return (
    <section className="panel" aria-labelledby="monthly-chart-title">
      <h2 id="monthly-chart-title" className="panel-title">
        {t('overview.chart.title')}
      </h2>
      <EChart option={option} label={t('overview.chart.description')} />
    </section>
  );
}
