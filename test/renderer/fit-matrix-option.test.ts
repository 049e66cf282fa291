/** The fit matrix option: regions where the rules put them, points in their status series, tooltips escaped. */
import { describe, expect, it } from 'vitest';
import { fitReason, type FitMetrics, type FitStatus } from '../../src-core/analytics/fit';
import { fitMatrixOption, LARGE_POINTS, matrixBounds, niceCeiling, symbolSize, type MatrixFormat } from '../../src-renderer/features/fit/fit-matrix-option';
import { reasonWords } from '../../src-renderer/features/fit/reason-words';
import type { FitAnswer, FitPoint } from '../../src-renderer/worker/fit/fit-answers';

const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}${JSON.stringify(values)}` : key);
const format: MatrixFormat = {
  money: (value) => `$${value.toFixed(2)}`,
  moneyCompact: (value) => `$${value}`,
  percent: (share, digits) => `${(share * 100).toFixed(digits)}%`,
  number: (value, digits) => value.toFixed(digits),
};
const colors = { text: '#333', grid: '#eee', fontFamily: 'sans-serif', status: { keep: '#00f', grow: '#0f0', depart: '#f00' } };

function point(key: string, name: string, status: FitStatus, x: number, y: number, size: number): FitPoint {
  const metrics: FitMetrics = {
    lifetimeRevenue: size, monthlyRevenue: size / 12, grossMargin: size * 0.4, costToServe: 0, profit: size * 0.4 * x,
    profitability: x, score: y, growth: null, fallingPeriods: 0, predictedClv: null,
  };
  const reason = fitReason(metrics, status, { id: 'depart-low-profitability', status, when: [{ metric: 'profitability', op: '<', value: 0.3 }] });
  return {
    x, y, size,
    row: { customer: 0, key, name, status, overridden: false, segment: '', lifetimeRevenue: size, grossMargin: size * 0.4, costToServe: 0, profit: metrics.profit, profitability: x, score: y, reason },
  };
}

function matrix(points: FitPoint[], patch: Partial<FitAnswer['matrix']> = {}): FitAnswer['matrix'] {
  return { axes: 'score-profitability', points, xLine: 0.3, yLine: 70, diagonal: false, omitted: 0, preview: false, ...patch };
}

type Series = { type: string; name: string; data: { value: [number, number]; symbolSize: number }[]; markArea?: { data: [{ coord: number[]; label: { formatter: string } }, { coord: number[] }][] }; markLine?: { data: object[] } };
const seriesOf = (option: object) => (option as { series: Series[] }).series; // the option is plain data built by the code under test

describe('fitMatrixOption, fit score against profitability', () => {
  const points = [point('a', 'Ann', 'keep', 0.5, 40, 100), point('b', 'Bob', 'grow', 0.45, 85, 400), point('c', 'Cy', 'depart', 0.1, 20, 25)];
  const built = fitMatrixOption(matrix(points), t, format, colors);
  const series = seriesOf(built.option);

  it('shades Depart left of the threshold, Grow above the grow score on the right, Keep below it', () => {
    const areas = series[0]!.markArea!.data.map(([from, to]) => ({ label: from.label.formatter, from: from.coord, to: to.coord }));
    expect(areas).toEqual([
      { label: 'fit.status.depart', from: [0, 0], to: [0.3, 100] },
      { label: 'fit.status.grow', from: [0.3, 70], to: [0.6, 100] },
      { label: 'fit.status.keep', from: [0.3, 0], to: [0.6, 70] },
    ]);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: 0.3 }, { yAxis: 70 }]);
  });

  it('puts every point in its status series and maps data items back to points', () => {
    expect(series.slice(1).map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
      ['fit.status.keep', [[0.5, 40]]],
      ['fit.status.grow', [[0.45, 85]]],
      ['fit.status.depart', [[0.1, 20]]],
    ]);
    expect(built.pointIndex).toEqual([[], [0], [1], [2]]);
    // Area by revenue: the largest customer gets the largest point.
    expect(series[2]!.data[0]!.symbolSize).toBe(symbolSize(400, 400));
    expect(symbolSize(100, 400)).toBeGreaterThan(symbolSize(25, 400));
  });

  it('draws very unprofitable customers at the floor instead of squashing the chart', () => {
    const bounds = matrixBounds(matrix([point('z', 'Z', 'depart', -9, 5, 10)]));
    expect(bounds.xMin).toBe(-1);
    const option = fitMatrixOption(matrix([point('z', 'Z', 'depart', -9, 5, 10)]), t, format, colors).option;
    expect(seriesOf(option)[3]!.data[0]!.value).toEqual([-1, 5]);
  });

  it('escapes a hostile customer name in the tooltip and explains the status', () => {
    const hostile = point('<img src=x onerror=alert(1)>', '<script>alert("x")</script>', 'depart', 0.1, 20, 25);
    const option = fitMatrixOption(matrix([hostile]), t, format, colors).option as { tooltip: { formatter(item: object): string } };
    const html = option.tooltip.formatter({ seriesIndex: 3, dataIndex: 0 });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('fit.reason.byRules');
    expect(option.tooltip.formatter({ seriesIndex: 0, dataIndex: 0 })).toBe('');
  });

  it('without a threshold in the rules, everything right of the axis is Keep or Grow', () => {
    const series2 = seriesOf(fitMatrixOption(matrix(points, { xLine: null }), t, format, colors).option);
    expect(series2[0]!.markArea!.data.map(([from]) => from.label.formatter)).toEqual(['fit.status.grow', 'fit.status.keep']);
  });
});

describe('fitMatrixOption, value against cost', () => {
  it('shades the loss side of the break-even diagonal and keeps both axes on one scale', () => {
    const points = [point('a', 'Ann', 'keep', 10, 60, 150), point('b', 'Bob', 'depart', 30, 12, 30)];
    const m = matrix(points, { axes: 'value-cost', xLine: null, yLine: null, diagonal: true });
    const bounds = matrixBounds(m);
    expect(bounds.xMax).toBe(bounds.yMax);
    expect(bounds.xMax).toBe(80); // 63 × 1.05 rounded up to a tick
    expect([niceCeiling(8556), niceCeiling(1000), niceCeiling(1001), niceCeiling(0)]).toEqual([10000, 1000, 1200, 1]);
    const series = seriesOf(fitMatrixOption(m, t, format, colors).option);
    expect(series[0]).toMatchObject({ type: 'line', data: [[0, 0], [bounds.xMax, bounds.xMax]] });
    expect(series.slice(2).map((s) => s.data.length)).toEqual([1, 0, 1]);
  });
});

describe('reasonWords', () => {
  it('prints a figure just under the limit with the decimals that tell them apart', () => {
    const p = point('a', 'A', 'depart', 0.2996, 20, 25);
    const sentence = reasonWords(p.row.reason, t, format);
    // One decimal would print "30.0% < 30.0%"; two tell them apart.
    expect(sentence).toContain('29.96%');
    expect(sentence).toContain('30.00%');
  });

  it('says who set a status by hand, why, and what the rules say', () => {
    const p = point('a', 'A', 'depart', 0.1, 20, 25);
    const reason = { ...p.row.reason, status: 'keep' as const, code: 'override', override: { reason: 'Family friend', at: '2024-01-01T00:00:00Z' } };
    const sentence = reasonWords(reason, t, format);
    expect(sentence.startsWith('fit.reason.override')).toBe(true);
    expect(sentence).toContain('"reason":"Family friend"');
    expect(sentence).toContain('"ruleStatus":"fit.status.depart"');
  });
});

describe('fitMatrixOption, many customers', () => {
  it(`draws more than ${LARGE_POINTS.toLocaleString('en')} points in large mode, plain and one size, and still maps them back for tooltips`, () => {
    const statuses: FitStatus[] = ['keep', 'grow', 'depart'];
    const points = Array.from({ length: LARGE_POINTS + 1 }, (_, i) => point(`k${i}`, `N${i}`, statuses[i % 3]!, (i % 10) / 10, i % 100, 10 + (i % 50)));
    const built = fitMatrixOption(matrix(points), t, format, colors);
    const series = seriesOf(built.option).slice(1) as unknown as { data: [number, number][]; large?: boolean; symbolSize?: number }[];
    expect(series.map((s) => s.large)).toEqual([true, true, true]);
    expect(series.map((s) => s.data.length)).toEqual([1667, 1667, 1667]);
    expect(series[1]!.data[0]).toEqual([0.1, 1]); // plain [x, y]: the second customer, k1, grows
    const tooltip = (built.option as { tooltip: { formatter: (item: { seriesIndex: number; dataIndex: number }) => string } }).tooltip.formatter;
    expect(tooltip({ seriesIndex: 2, dataIndex: 0 })).toContain('N1');
    // Below the threshold the points keep their revenue-sized symbols.
    expect(seriesOf(fitMatrixOption(matrix(points.slice(0, LARGE_POINTS)), t, format, colors).option)[1]!.data[0]).toHaveProperty('symbolSize');
  });
});
