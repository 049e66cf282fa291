/**
 * The CRR / churn trend: customer retention rate and churn per period (lines,
 * as percentages). A period with nobody active at its start has no CRR (a gap);
 * the running period is drawn dotted. Tooltips show the formula's numbers.
 */
import type { CrrRow } from '../../../src-core/analytics';
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';
import type { Translate } from '../cohorts/cohort-words';

export interface CrrTrendColors {
  text: string;
  grid: string;
  crr: string;
  churn: string;
}

interface TooltipItem {
  dataIndex: number;
}

/** The sentences behind one period's CRR: (E − N) ÷ S, and churn. */
export function crrSentences(row: CrrRow, t: Translate, format: Formatters): string[] {
  if (row.crr === null || row.churn === null) return [row.period, t('overview.crr.noneActive')];
  const lines = [
    t('overview.crr.tooltip', {
      period: row.period,
      crr: format.percent(row.crr),
      end: format.count(row.activeAtEnd),
      new: format.count(row.newCustomers),
      start: format.count(row.activeAtStart),
    }),
    t('overview.crr.churnLine', { churn: format.percent(row.churn) }),
  ];
  if (row.partial) lines.push(t('overview.crr.partial', { asOf: format.day(row.endDay) }));
  return lines;
}

export function crrTrendOption(rows: readonly CrrRow[], t: Translate, format: Formatters, colors: CrrTrendColors): EChartsCoreOption {
  const escape = echartsFormat.encodeHTML;
  const crrName = t('overview.crr.crr');
  const churnName = t('overview.crr.churn');
  // The running period is split off into its own dotted segment.
  const complete = (value: number | null, row: CrrRow) => (row.partial ? null : value);
  const lastComplete = rows.findLastIndex((row) => !row.partial);
  const running = (value: number | null, row: CrrRow, index: number) => (row.partial || index === lastComplete ? value : null);
  const line = (name: string, color: string, values: (number | null)[], dotted: boolean) => ({
    name,
    type: 'line',
    data: values,
    showSymbol: values.length <= 40,
    symbolSize: 5,
    connectNulls: false,
    itemStyle: { color },
    lineStyle: { width: 2, type: dotted ? 'dotted' : 'solid' },
  });
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: colors.text }, data: [crrName, churnName] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: TooltipItem | TooltipItem[]) => {
        const row = rows[(Array.isArray(items) ? items[0] : items)?.dataIndex ?? -1];
        return row ? crrSentences(row, t, format).map((text) => escape(text)).join('<br/>') : '';
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.period),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => Math.max(1, Math.ceil(extent.max * 10) / 10),
      axisLabel: { color: colors.text, formatter: (value: number) => format.percent(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      line(crrName, colors.crr, rows.map((row) => complete(row.crr, row)), false),
      line(churnName, colors.churn, rows.map((row) => complete(row.churn, row)), false),
      line(crrName, colors.crr, rows.map((row, index) => running(row.crr, row, index)), true),
      line(churnName, colors.churn, rows.map((row, index) => running(row.churn, row, index)), true),
    ],
  };
}

/** The trend as a table, for CSV: the formula's inputs and results per period. */
export function crrTable(rows: readonly CrrRow[], t: Translate): (string | number | boolean | null)[][] {
  return [
    [
      t('overview.crr.columns.period'),
      t('overview.crr.columns.activeAtStart'),
      t('overview.crr.columns.activeAtEnd'),
      t('overview.crr.columns.newCustomers'),
      t('overview.crr.crr'),
      t('overview.crr.churn'),
      t('overview.crr.columns.partial'),
    ],
    ...rows.map((row) => [row.period, row.activeAtStart, row.activeAtEnd, row.newCustomers, row.crr, row.churn, row.partial]),
  ];
}
