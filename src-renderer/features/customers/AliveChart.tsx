/** The model's view over time: P(alive) from the first order to the as-of date. */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../src-core/model/orders';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import type { AlivePoint } from '../../worker/customers/customer-answers';
import { aliveChartOption } from './customer-chart-options';

export function AliveChart({ points }: { points: readonly AlivePoint[] }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const option = useMemo(
    () =>
      aliveChartOption(points, t('customers.profile.aliveSeries'), formatters, {
        text: colors.text,
        grid: colors.grid,
        primary: colors.accent,
        secondary: colors.accentSecondary,
        fontFamily: colors.fontFamily,
      }),
    [points, t, formatters, colors],
  );
  // ISO dates and probabilities as fractions: the CSV is for a spreadsheet.
  const table = useCallback(
    () => [[t('customers.profile.orderDate'), t('customers.profile.aliveSeries')], ...points.map((point) => [isoDate(point.day), point.probabilityAlive])],
    [points, t],
  );
  const title = t('customers.profile.aliveChartTitle');
  return (
    <section className="panel" aria-labelledby="alive-chart-title">
      <div className="panel-head">
        <h2 id="alive-chart-title" className="panel-title">
          {title}
        </h2>
        <ExportButtons what={title} chart={chart} table={table} />
      </div>
      <EChart option={option} label={t('customers.profile.aliveChartDescription')} height={200} chartRef={chart} />
    </section>
  );
}
