/**
 * ECharts options of the customer views: one customer's orders and P(alive) over time, and the
 * model backtest (predicted against actual repeat purchases). Tooltips escape every value.
 */
import type { BacktestWeek } from '../../../src-core/analytics';
import { isoDate, type EpochDay } from '../../../src-core/model/orders';
import { format, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';
import type { AlivePoint, CustomerOrder } from '../../worker/customers/customer-answers';

export interface CustomerChartColors {
  text: string;
  grid: string;
  primary: string;
  secondary: string;
  fontFamily: string;
}

const MS_PER_DAY = 86_400_000;
const escape = format.encodeHTML;

interface TooltipItem {
  dataIndex: number;
  seriesIndex?: number;
}

function firstItem(items: TooltipItem | TooltipItem[]): TooltipItem | undefined {
  return Array.isArray(items) ? items[0] : items;
}

/** A time axis over epoch days (as ms), labelled by month in the reader's language. */
function timeAxis(formatters: Formatters, colors: CustomerChartColors, span: { from: EpochDay; to: EpochDay }) {
  return {
    type: 'time',
    min: span.from * MS_PER_DAY,
    max: span.to * MS_PER_DAY,
    axisLabel: { color: colors.text, hideOverlap: true, formatter: (ms: number) => formatters.month(isoDate(Math.round(ms / MS_PER_DAY)).slice(0, 7)) },
    axisLine: { lineStyle: { color: colors.grid } },
    splitLine: { show: false },
  };
}

function base(colors: CustomerChartColors) {
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: colors.fontFamily },
    grid: { left: 8, right: 12, top: 16, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
  };
}

/** Counted orders as bars of their amount on a time axis from the first order to the as-of date. */
export function orderTimelineOption(
  orders: readonly CustomerOrder[],
  asOf: EpochDay,
  label: string,
  formatters: Formatters,
  colors: CustomerChartColors,
): EChartsCoreOption {
  const counted = orders.filter((order) => !order.cancelled);
  const from = counted[0]?.day ?? asOf;
  return {
    ...base(colors),
    tooltip: {
      trigger: 'item',
      formatter: (item: TooltipItem) => {
        const order = counted[item.dataIndex];
        if (!order) return '';
        return [`<strong>${escape(formatters.day(order.day))}</strong>`, `${escape(order.orderId)} · ${escape(order.product)}`, `${escape(label)}: ${escape(formatters.money(order.amount))}`].join('<br/>');
      },
    },
    xAxis: timeAxis(formatters, colors, { from: from - 7, to: asOf + 7 }),
    yAxis: {
      type: 'value',
      axisLabel: { color: colors.text, formatter: (value: number) => formatters.moneyCompact(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      {
        name: label,
        type: 'bar',
        barMaxWidth: 8,
        barMinWidth: 3,
        data: counted.map((order) => [order.day * MS_PER_DAY, order.amount]),
        itemStyle: { color: colors.primary },
      },
    ],
  };
}

/** P(alive) as a line from the first order to the as-of date, 0–100 %. */
export function aliveChartOption(points: readonly AlivePoint[], label: string, formatters: Formatters, colors: CustomerChartColors): EChartsCoreOption {
  const from = points[0]?.day ?? 0;
  const to = points[points.length - 1]?.day ?? from;
  return {
    ...base(colors),
    tooltip: {
      trigger: 'axis',
      formatter: (items: TooltipItem | TooltipItem[]) => {
        const point = points[firstItem(items)?.dataIndex ?? -1];
        if (!point) return '';
        return `<strong>${escape(formatters.day(point.day))}</strong><br/>${escape(label)}: ${escape(formatters.percent(point.probabilityAlive))}`;
      },
    },
    xAxis: timeAxis(formatters, colors, { from, to }),
    yAxis: {
      type: 'value',
      min: 0,
      max: 1,
      axisLabel: { color: colors.text, formatter: (value: number) => formatters.percent(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      {
        name: label,
        type: 'line',
        showSymbol: false,
        data: points.map((point) => [point.day * MS_PER_DAY, point.probabilityAlive]),
        itemStyle: { color: colors.primary },
        lineStyle: { width: 2 },
        areaStyle: { opacity: 0.12 },
      },
    ],
  };
}

export interface BacktestLabels {
  actual: string;
  predicted: string;
  weekEnding(date: string): string;
}

/** Predicted against actual repeat purchases per hold-out week, cumulative or week by week. */
export function backtestChartOption(
  weeks: readonly BacktestWeek[],
  cumulative: boolean,
  labels: BacktestLabels,
  formatters: Formatters & { decimal(value: number, digits?: number): string },
  colors: CustomerChartColors,
): EChartsCoreOption {
  const actual = weeks.map((week) => (cumulative ? week.actualCumulative : week.actual));
  const predicted = weeks.map((week) => (cumulative ? week.predictedCumulative : week.predicted));
  return {
    ...base(colors),
    grid: { left: 8, right: 12, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { top: 0, left: 0, itemGap: 24, textStyle: { color: colors.text }, data: [labels.actual, labels.predicted] },
    tooltip: {
      trigger: 'axis',
      formatter: (items: TooltipItem | TooltipItem[]) => {
        const index = firstItem(items)?.dataIndex ?? -1;
        const week = weeks[index];
        if (!week) return '';
        return [
          `<strong>${escape(labels.weekEnding(formatters.day(week.weekEnd)))}</strong>`,
          `${escape(labels.actual)}: ${escape(formatters.count(actual[index]!))}`,
          `${escape(labels.predicted)}: ${escape(formatters.decimal(predicted[index]!, 1))}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: weeks.map((week) => formatters.day(week.weekEnd)),
      axisLabel: { color: colors.text, hideOverlap: true },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: colors.text, formatter: (value: number) => formatters.count(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      { name: labels.actual, type: 'line', showSymbol: false, data: actual, itemStyle: { color: colors.primary }, lineStyle: { width: 2 } },
      {
        name: labels.predicted,
        type: 'line',
        showSymbol: false,
        data: predicted,
        itemStyle: { color: colors.secondary },
        lineStyle: { width: 2, type: 'dashed' },
      },
    ],
  };
}
