/** The ECharts option for the Overview's monthly revenue (bars) and new customers (line). */
import type { OverviewMonth } from '../../../src-core/analytics';
import { format, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';

export interface ChartColors {
  text: string;
  grid: string;
  revenue: string;
  newCustomers: string;
  fontFamily: string;
}

export interface MonthlyChartLabels {
  revenue: string;
  newCustomers: string;
}

interface TooltipItem {
  dataIndex: number;
}

export function monthlyChartOption(
  months: readonly OverviewMonth[],
  labels: MonthlyChartLabels,
  formatters: Formatters,
  colors: ChartColors,
): EChartsCoreOption {
  const escape = format.encodeHTML;
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: colors.fontFamily },
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { top: 0, left: 0, itemGap: 24, textStyle: { color: colors.text }, data: [labels.revenue, labels.newCustomers] },
    tooltip: {
      trigger: 'axis',
      // Values and labels come from user data and translations: escaped before they become HTML.
      formatter: (items: TooltipItem | TooltipItem[]) => {
        const index = (Array.isArray(items) ? items[0] : items)?.dataIndex ?? 0;
        const month = months[index];
        if (!month) return '';
        return [
          `<strong>${escape(formatters.month(month.month))}</strong>`,
          `${escape(labels.revenue)}: ${escape(formatters.money(month.revenue))}`,
          `${escape(labels.newCustomers)}: ${escape(formatters.count(month.newCustomers))}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((month) => formatters.month(month.month)),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { color: colors.text, formatter: (value: number) => formatters.moneyCompact(value) },
        splitLine: { lineStyle: { color: colors.grid } },
      },
      {
        type: 'value',
        axisLabel: { color: colors.text, formatter: (value: number) => formatters.count(value) },
        splitLine: { show: false },
      },
    ],
    series: [
      { name: labels.revenue, type: 'bar', data: months.map((month) => month.revenue), itemStyle: { color: colors.revenue } },
      {
        name: labels.newCustomers,
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        showSymbol: false,
        data: months.map((month) => month.newCustomers),
        itemStyle: { color: colors.newCustomers },
        lineStyle: { width: 2 },
      },
    ],
  };
}
