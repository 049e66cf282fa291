import { expect, it } from 'vitest';
import type { OverviewMonth } from '../../src-core/analytics';
import type { Formatters } from '../../src-renderer/format/use-format';
import { formatCount, formatMoney, formatMonth } from '../../src-renderer/format/format';
import { monthlyChartOption } from '../../src-renderer/features/overview/monthly-chart-option';

const formatters: Formatters = {
  count: (value) => formatCount(value, 'en'),
  money: (value) => formatMoney(value, 'USD', 'en'),
  moneyCompact: (value) => formatMoney(value, 'USD', 'en'),
  percent: (share) => String(share),
  day: (day) => String(day),
  month: (month) => formatMonth(month, 'en'),
};

const months: OverviewMonth[] = [
  { month: '2024-01', revenue: 1234.5, orders: 10, newCustomers: 7, activeCustomers: 9 },
  { month: '2024-02', revenue: 99, orders: 2, newCustomers: 1, activeCustomers: 2 },
];
const colors = { text: '#111', grid: '#eee', revenue: '#00f', newCustomers: '#f80', fontFamily: 'system-ui' };

interface Series {
  type: string;
  data: number[];
}

it('plots revenue as bars and new customers as a line on its own axis, by formatted month', () => {
  const option = monthlyChartOption(months, { revenue: 'Revenue', newCustomers: 'New customers' }, formatters, colors);
  const series = option.series as Series[]; // the option is ECharts' loose type; this test knows the shape
  expect(series.map((entry) => [entry.type, entry.data])).toEqual([
    ['bar', [1234.5, 99]],
    ['line', [7, 1]],
  ]);
  expect((option.xAxis as { data: string[] }).data).toEqual(['Jan 2024', 'Feb 2024']);
});

it('escapes every value the tooltip turns into HTML', () => {
  const option = monthlyChartOption(months, { revenue: '<img src=x onerror=alert(1)>', newCustomers: 'New & returning' }, formatters, colors);
  const { formatter } = option.tooltip as { formatter: (items: { dataIndex: number }[]) => string };
  const html = formatter([{ dataIndex: 0 }]);
  expect(html).toBe('<strong>Jan 2024</strong><br/>&lt;img src=x onerror=alert(1)&gt;: $1,234.50<br/>New &amp; returning: 7');
  expect(formatter([{ dataIndex: 5 }])).toBe('');
});
