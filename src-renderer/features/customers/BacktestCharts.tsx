/** The BTYD tracking plots: cumulative and weekly repeat purchases, predicted against actual, and the totals. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BacktestResult } from '../../../src-core/analytics';
import { EChart } from '../../charts/EChart';
import { useChartColors } from '../../charts/use-chart-colors';
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
  const cumulative = useMemo(() => backtestChartOption(result.weeks, true, labels, format, chartColors), [result, labels, format, chartColors]);
  const weekly = useMemo(() => backtestChartOption(result.weeks, false, labels, format, chartColors), [result, labels, format, chartColors]);

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
      <h3 className="panel-subtitle">{t('customers.model.cumulativeTitle')}</h3>
      <EChart option={cumulative} label={t('customers.model.cumulativeDescription')} height={260} />
      <h3 className="panel-subtitle">{t('customers.model.weeklyTitle')}</h3>
      <EChart option={weekly} label={t('customers.model.weeklyDescription')} height={220} />
    </>
  );
}
