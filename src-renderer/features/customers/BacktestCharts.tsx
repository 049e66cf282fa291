/** The BTYD tracking plots: cumulative and weekly repeat purchases, predicted against actual, and the totals. */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BacktestResult } from '../../../src-core/analytics';
import { isoDate } from '../../../src-core/model/orders';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { backtestChartOption, type BacktestLabels } from './customer-chart-options';
import { useCustomerFormat } from './use-customer-format';

type Backtest = Extract<BacktestResult, { ok: true }>;

export function BacktestCharts({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const colors = useChartColors();
  const labels = useMemo<BacktestLabels>(
    () => ({
      actual: t('customers.model.actual'),
      predicted: t('customers.model.predicted'),
      weekEnding: (date) => t('customers.model.weekEnding', { date }),
    }),
    [t],
  );
  const chartColors = useMemo(
    () => ({ text: colors.text, grid: colors.grid, primary: colors.accent, secondary: colors.accentSecondary, fontFamily: colors.fontFamily }),
    [colors],
  );
  const cumulativeChart = useRef<ECharts | null>(null);
  const weeklyChart = useRef<ECharts | null>(null);
  const cumulative = useMemo(() => backtestChartOption(result.weeks, true, labels, format, chartColors), [result, labels, format, chartColors]);
  const weekly = useMemo(() => backtestChartOption(result.weeks, false, labels, format, chartColors), [result, labels, format, chartColors]);

  // One row per hold-out week: its last day (ISO), actual and predicted repeat purchases as numbers.
  const weeksTable = useCallback(
    (cumulativeCounts: boolean) => [
      [t('customers.model.weekEnd'), labels.actual, labels.predicted],
      ...result.weeks.map((week) =>
        cumulativeCounts ? [isoDate(week.weekEnd), week.actualCumulative, week.predictedCumulative] : [isoDate(week.weekEnd), week.actual, week.predicted],
      ),
    ],
    [result, labels, t],
  );
  const cumulativeTable = useCallback(() => weeksTable(true), [weeksTable]);
  const weeklyTable = useCallback(() => weeksTable(false), [weeksTable]);
  const cumulativeTitle = t('customers.model.cumulativeTitle');
  const weeklyTitle = t('customers.model.weeklyTitle');

  const { actual, predicted } = result.totals;
  const difference = actual > 0 ? (predicted - actual) / actual : Number.NaN;
  return (
    <>
      <p data-testid="backtest-totals">
        {t('customers.model.backtestTotals', {
          weeks: format.count(result.weeks.length),
          customers: format.count(result.customers),
          predicted: format.decimal(predicted, 1),
          actual: format.count(actual),
          difference: Number.isFinite(difference) ? `${difference >= 0 ? '+' : ''}${format.percent(difference)}` : format.none,
        })}
      </p>
      <div className="panel-head">
        <h3 className="panel-subtitle panel-title">{cumulativeTitle}</h3>
        <ExportButtons what={cumulativeTitle} chart={cumulativeChart} table={cumulativeTable} />
      </div>
      <EChart option={cumulative} label={t('customers.model.cumulativeDescription')} height={260} chartRef={cumulativeChart} />
      <div className="panel-head">
        <h3 className="panel-subtitle panel-title">{weeklyTitle}</h3>
        <ExportButtons what={weeklyTitle} chart={weeklyChart} table={weeklyTable} />
      </div>
      <EChart option={weekly} label={t('customers.model.weeklyDescription')} height={220} chartRef={weeklyChart} />
    </>
  );
}
