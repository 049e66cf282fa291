/** The Overview's CRR trend and repeat funnel options, from src-core answers on small shops. */
import { describe, expect, it } from 'vitest';
import { crrByPeriod, headlineKpis, prepareFrame } from '../../src-core/analytics';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import { i18n } from '../../src-renderer/i18n';
import { crrSentences, crrTable, crrTrendOption } from '../../src-renderer/features/overview/crr-trend-option';
import { funnelSteps, funnelTable, repeatFunnelOption } from '../../src-renderer/features/overview/repeat-funnel-option';
import { englishYen, FOUR_CUSTOMER_ORDERS } from './cohort-fixtures';

const t = (key: string, values?: Record<string, string | number>) => i18n.t(key, values);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function frame() {
  const store = orderStoreFrom([...FOUR_CUSTOMER_ORDERS], 'JPY');
  return prepareFrame(concatChunks(store.chunks), store.dictionaries);
}

describe('CRR trend', () => {
  // Four January customers, window 30 days: at 31 Jan all 4 active; at 29 Feb all 4 (orders 10–13 Feb);
  // at 31 Mar only A (orders in March).
  const rows = crrByPeriod(frame(), 'month', 30);

  it('says the formula with its numbers', () => {
    expect(rows.map((row) => [row.period, row.activeAtStart, row.activeAtEnd, row.newCustomers])).toEqual([
      ['2024-01', 0, 4, 4],
      ['2024-02', 4, 4, 0],
      ['2024-03', 4, 1, 0],
    ]);
    expect(crrSentences(rows[0]!, t, englishYen)).toEqual(['2024-01', 'Nobody was active at the start of this period, so it has no CRR.']);
    expect(crrSentences(rows[2]!, t, englishYen).map(plain)).toEqual([
      '2024-03: CRR 25.0% = (1 active at the end − 0 new) ÷ 4 active at the start',
      'Churn 75.0%',
    ]);
  });

  it('draws CRR and churn with a gap where there is none, and escapes the tooltip', () => {
    const option = crrTrendOption(rows, t, englishYen, { text: '#111', grid: '#ddd', crr: '#00f', churn: '#f80' }) as {
      series: { name: string; data: (number | null)[] }[];
      tooltip: { formatter: (items: { dataIndex: number }[]) => string };
    };
    expect(option.series.map((series) => series.name)).toEqual(['CRR', 'Churn', 'CRR', 'Churn']);
    expect(option.series[0]!.data).toEqual([null, 1, 0.25]);
    expect(option.series[1]!.data).toEqual([null, 0, 0.75]);
    const html = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(html).toContain('<br/>');
    expect(html).not.toMatch(/<(?!br\/>)/);
  });

  it('exports the formula inputs per period', () => {
    expect(crrTable(rows, t)[0]).toEqual(['Period', 'Active at start (S)', 'Active at end (E)', 'New customers (N)', 'CRR', 'Churn', 'Still running']);
    expect(crrTable(rows, t)[3]).toEqual(['2024-03', 4, 1, 0, 0.25, 0.75, false]);
  });
});

describe('repeat funnel', () => {
  const funnel = headlineKpis(frame()).repeatFunnel;

  it('counts customers with at least 1…4 orders, with shares of all and of the step before', () => {
    expect(funnel).toEqual([4, 4, 1, 1]);
    expect(funnelSteps(funnel)).toEqual([
      { orders: 1, customers: 4, shareOfAll: 1, shareOfPrevious: 1 },
      { orders: 2, customers: 4, shareOfAll: 1, shareOfPrevious: 1 },
      { orders: 3, customers: 1, shareOfAll: 0.25, shareOfPrevious: 0.25 },
      { orders: 4, customers: 1, shareOfAll: 0.25, shareOfPrevious: 1 },
    ]);
    expect(funnelSteps([0, 0, 0, 0]).every((step) => step.shareOfAll === 0 && step.shareOfPrevious === 0)).toBe(true);
  });

  it('labels the bars and explains each step in the tooltip', () => {
    const option = repeatFunnelOption(funnel, t, englishYen, { text: '#111', grid: '#ddd', bar: '#00f' }) as {
      xAxis: { data: string[] };
      tooltip: { formatter: (item: { dataIndex: number }) => string };
      series: [{ data: number[]; label: { formatter: (item: { dataIndex: number }) => string } }];
    };
    expect(option.xAxis.data).toEqual(['1st order', '2nd order', '3rd order', '4th order']);
    expect(option.series[0].data).toEqual([4, 4, 1, 1]);
    expect(plain(option.series[0].label.formatter({ dataIndex: 2 }))).toBe('1 · 25.0%');
    expect(plain(option.tooltip.formatter({ dataIndex: 3 }))).toBe('4th order: 1 customers (25.0% of all, 100.0% of the step before)');
    expect(funnelTable(funnel, t)[3]).toEqual(['3rd order', 1, 0.25, 0.25]);
  });
});
