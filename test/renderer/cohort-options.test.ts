/** The cohort heatmap and curve options, and the words of their cells, built from src-core matrices. */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src-renderer/i18n';
import { averageValue, cellMeasure } from '../../src-renderer/features/cohorts/cohort-metrics';
import { averageSentences, cellSentences, cohortName, formatMetric } from '../../src-renderer/features/cohorts/cohort-words';
import { curveMetric, curveOption, MAX_COHORT_SERIES, middleHalf } from '../../src-renderer/features/cohorts/curve-option';
import { cellAtPoint, denseHeight, denseLayout, drawnValue, labelStep, parseColour, scaleColour } from '../../src-renderer/features/cohorts/dense-heatmap';
import { colourScaleMax, heatmapOption, isLabelledHeatmap, type HeatmapColors } from '../../src-renderer/features/cohorts/heatmap-option';
import { epochDayFromYmd, type NormalizedOrder } from '../../src-core/model/orders';
import { englishYen, FOUR_CUSTOMER_ORDERS, HOSTILE, HOSTILE_SHOP_ORDERS, matrixOf } from './cohort-fixtures';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

const t = (key: string, values?: Record<string, string | number>) => i18n.t(key, values);
const colors: HeatmapColors = { text: '#111111', grid: '#dddddd', low: '#ffffff', high: '#2f6fed', outline: '#333333' };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

interface HeatmapItem {
  value: [number, number, number];
  partial: boolean;
  itemStyle?: { borderType?: string; opacity?: number };
}

interface HeatmapParts {
  tooltip: { formatter: (item: { dataIndex: number }) => string };
  yAxis: { data: string[] };
  xAxis: { data: string[]; name: string };
  visualMap: { max: number; min: number };
  series: [{ data: HeatmapItem[]; label: { formatter: (item: { dataIndex: number; value: [number, number, number] }) => string } }];
}

function parts(option: object): HeatmapParts {
  return option as HeatmapParts; // the option's shape is ours: read back for the test
}

describe('cell words', () => {
  const matrix = matrixOf(FOUR_CUSTOMER_ORDERS);
  const row = matrix.rows[0]!;

  it('names the cohort and the offset and gives the numbers behind each metric', () => {
    expect(cellSentences(matrix, row, 2, 'retention', t, englishYen).map(plain)).toEqual(['2024-01 · month 2: 1 of 4 customers = 25.0%']);
    expect(cellSentences(matrix, row, 1, 'onOrAfterRate', t, englishYen).map(plain)).toEqual([
      '2024-01 · month 1: 4 of 4 customers ordered in this period or later = 100.0%',
    ]);
    expect(cellSentences(matrix, row, 2, 'active', t, englishYen).map(plain)).toEqual(['2024-01 · month 2: 1 active customers of 4 (25.0%)']);
    expect(cellSentences(matrix, row, 2, 'revenue', t, englishYen).map(plain)).toEqual([
      '2024-01 · month 2: ¥25 from 2 orders by 1 customers (¥6 per customer of 4)',
    ]);
    expect(cellSentences(matrix, row, 2, 'cumulativeRevenuePerCustomer', t, englishYen).map(plain)).toEqual([
      '2024-01 · month 2: ¥156 per customer (¥625 since the first order ÷ 4 customers)',
    ]);
  });

  it('says when a period has not ended, and uses the week and quarter names', () => {
    // Tiny shop: as of 1 March 2024, so March (offset 2 of January) is still running.
    const tiny = matrixOf(TINY_SHOP_ORDERS);
    const january = tiny.rows[0]!;
    expect(january.partial).toEqual([false, false, true]);
    expect(cellSentences(tiny, january, 2, 'retention', t, englishYen).map(plain)).toEqual([
      '2024-01 · month 2: 0 of 2 customers = 0.0%',
      'This period has not ended by Mar 1, 2024: the number can still grow.',
    ]);
    const weekly = matrixOf(FOUR_CUSTOMER_ORDERS, 'week');
    // 10–13 January 2024 are all in ISO week 2.
    expect(plain(cellSentences(weekly, weekly.rows[0]!, 0, 'active', t, englishYen)[0]!)).toBe('2024-W02 · week 0: 4 active customers of 4 (100.0%)');
    const quarterly = matrixOf(FOUR_CUSTOMER_ORDERS, 'quarter');
    expect(plain(cellSentences(quarterly, quarterly.rows[0]!, 0, 'retention', t, englishYen)[0]!)).toBe('2024-Q1 · quarter 0: 4 of 4 customers = 100.0%');
  });

  it('describes the average row: weighted for shares and LTV, per cohort for counts and revenue', () => {
    const tiny = matrixOf(TINY_SHOP_ORDERS);
    // Offset 0: January (2 of 2) complete, March partial → left out.
    expect(averageSentences(tiny, 0, 'retention', t, englishYen).map(plain)).toEqual([
      'Weighted average · month 0: 100.0% (1 cohorts, 2 customers; unfinished periods left out)',
    ]);
    expect(averageValue(tiny.average, 'active', 1)).toBe(1);
    expect(averageSentences(tiny, 1, 'revenue', t, englishYen).map(plain)).toEqual([
      'Average per cohort · month 1: ¥50 (1 cohorts; unfinished periods left out)',
    ]);
    expect(averageSentences(tiny, 2, 'retention', t, englishYen)).toEqual([]);
  });

  it('formats values by kind and names a missing attribute', () => {
    expect(plain(formatMetric(0.243, 'retention', englishYen))).toBe('24.3%');
    expect(formatMetric(1234, 'active', englishYen)).toBe('1,234');
    expect(formatMetric(1234, 'revenue', englishYen)).toBe('¥1,234');
    expect(cohortName({ cohort: '' }, t)).toBe('(none recorded)');
    expect(cellMeasure('onOrAfterRate')).toBe('onOrAfter');
    expect(cellMeasure('revenue')).toBe('active');
  });
});

describe('heatmap option', () => {
  it('has a row per cohort plus the average, a column per offset, and a colour scale without offset 0', () => {
    const matrix = matrixOf(FOUR_CUSTOMER_ORDERS);
    const { option, cells } = heatmapOption(matrix, 'retention', t, englishYen, colors);
    const heatmap = parts(option);
    expect(heatmap.yAxis.data).toEqual(['2024-01', 'Weighted average']);
    expect(heatmap.xAxis.data).toEqual(['0', '1', '2']);
    expect(heatmap.xAxis.name).toBe('Months since the first order');
    expect(heatmap.series[0].data.map((item) => item.value)).toEqual([
      [0, 0, 1],
      [1, 0, 1],
      [2, 0, 0.25],
      [0, 1, 1],
      [1, 1, 1],
      [2, 1, 0.25],
    ]);
    expect(cells).toEqual([
      { row: 0, offset: 0 },
      { row: 0, offset: 1 },
      { row: 0, offset: 2 },
      { row: -1, offset: 0 },
      { row: -1, offset: 1 },
      { row: -1, offset: 2 },
    ]);
    expect(heatmap.visualMap).toMatchObject({ min: 0, max: 1 });
    expect(colourScaleMax(matrix, 'revenue')).toBe(200); // offset 1's revenue, not offset 0's 400
    expect(plain(heatmap.tooltip.formatter({ dataIndex: 2 }))).toBe('2024-01 · month 2: 1 of 4 customers = 25.0%');
  });

  it('marks partial cells: faded, dashed, and a * in the label', () => {
    const { option } = heatmapOption(matrixOf(TINY_SHOP_ORDERS), 'retention', t, englishYen, colors);
    const heatmap = parts(option);
    const data = heatmap.series[0].data;
    const partial = data.filter((item) => item.partial);
    expect(partial.map((item) => item.value.slice(0, 2))).toEqual([
      [2, 0],
      [0, 1],
    ]);
    for (const item of partial) expect(item.itemStyle).toMatchObject({ borderType: 'dashed', opacity: 0.5 });
    const index = data.findIndex((item) => item.partial);
    expect(heatmap.series[0].label.formatter({ dataIndex: index, value: data[index]!.value })).toBe('0.0%*');
    expect(heatmap.series[0].label.formatter({ dataIndex: 0, value: data[0]!.value })).toBe('100.0%');
  });

  it('escapes a hostile cohort name in the tooltip HTML', () => {
    const matrix = matrixOf(HOSTILE_SHOP_ORDERS, 'month', 'firstProduct');
    const { option, cells } = heatmapOption(matrix, 'active', t, englishYen, colors);
    const heatmap = parts(option);
    const hostileRow = matrix.rows.findIndex((row) => row.cohort === HOSTILE);
    expect(hostileRow).toBeGreaterThanOrEqual(0);
    // Axis labels are drawn as text by ECharts: the name is shown exactly as written.
    expect(heatmap.yAxis.data).toContain(HOSTILE);
    const html = heatmap.tooltip.formatter({ dataIndex: cells.findIndex((cell) => cell.row === hostileRow) });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // And the escaped text reads back as the name.
    const element = document.createElement('div');
    element.innerHTML = html;
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain(HOSTILE);
  });
});

describe('unlabelled heatmap (weekly cohorts, painted by the app)', () => {
  // 60 weekly cohorts of one customer each, buying again one and three weeks later; the data
  // ends mid-week, so the last week's cells are partial.
  const start = epochDayFromYmd(2024, 1, 1);
  const orders: NormalizedOrder[] = Array.from({ length: 60 }, (_, week) => [0, 7, 21].map((gap, n): NormalizedOrder => ({
    orderId: `w${week}-${n}`,
    customerKey: `c${week}`,
    customerName: `C${week}`,
    email: '',
    phone: '',
    day: start + week * 7 + gap,
    amount: 10 + n,
    quantity: 1,
    product: 'Tea',
    channel: 'web',
    country: 'JP',
    discountCode: '',
    currency: 'JPY',
    cancelled: false,
    line: 0,
  }))).flat();
  const matrix = matrixOf(orders, 'week');

  it('is too large for labelled cells, so the app paints it', () => {
    expect(isLabelledHeatmap(matrix)).toBe(false);
    expect(isLabelledHeatmap(matrixOf(TINY_SHOP_ORDERS))).toBe(true);
  });

  it('geometry, hits and colours of the painted heatmap', () => {
    const cells = matrix.rows.reduce((sum, row) => sum + row.reached.length, 0);
    expect(cells).toBeGreaterThan(0);
    const layout = denseLayout(matrix, 900, 70);
    expect(layout.lines).toBe(matrix.rows.length + 1);
    expect(layout.left).toBe(78);
    expect(layout.cellHeight).toBe(Math.max(10, Math.floor(1600 / layout.lines))); // 61 lines: shrunk
    expect(denseLayout(matrixOf(TINY_SHOP_ORDERS), 900, 70).cellHeight).toBe(26);
    expect(layout.left + layout.columns * layout.cellWidth).toBeCloseTo(900 - 16);
    expect(layout.height).toBe(denseHeight(matrix.rows.length));
    // The centre of a cell is that cell; the average row is the last line; outside the cells is nothing.
    const centre = (line: number, offset: number) => [layout.left + (offset + 0.5) * layout.cellWidth, layout.top + (line + 0.5) * layout.cellHeight] as const;
    expect(cellAtPoint(layout, matrix, 'retention', ...centre(3, 1))).toEqual({ row: 3, offset: 1 });
    expect(cellAtPoint(layout, matrix, 'retention', ...centre(matrix.rows.length, 0))).toEqual({ row: -1, offset: 0 });
    expect(cellAtPoint(layout, matrix, 'retention', layout.left - 1, centre(0, 0)[1])).toBeNull();
    const last = matrix.rows.length - 1;
    expect(cellAtPoint(layout, matrix, 'retention', ...centre(last, matrix.rows[last]!.reached.length))).toBeNull(); // past the cohort's end
    expect(drawnValue(matrix, 'retention', 3, 1)).toBe(matrix.rows[3]!.retention[1]);
    expect(drawnValue(matrix, 'retention', last, matrix.rows[last]!.reached.length)).toBeNull();
    expect(labelStep(26, 13)).toBe(1);
    expect(labelStep(10, 13)).toBe(2);
    expect(labelStep(5.6, 28)).toBe(5);
    expect(labelStep(0.5, 28)).toBe(100);
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#2563eb')).toEqual([37, 99, 235]);
    expect(parseColour('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(parseColour('oklch(50% 0.1 200)')).toBeNull();
    expect(scaleColour([255, 255, 255], [0, 0, 0], 0.5, 1)).toBe('rgb(128, 128, 128)');
    expect(scaleColour([255, 255, 255], [0, 0, 0], 3, 1)).toBe('rgb(0, 0, 0)'); // past the top: the top colour
  });

  it('draws the curves of 60 cohorts as the average and the band of their middle half', () => {
    const option = curveOption(matrix, 'retention', 'retention', t, englishYen, { text: '#111', grid: '#ddd', average: '#e07b39' }) as unknown as {
      series: { name: string; data: (number | null)[]; stack?: string }[];
      legend: { data: string[] };
      tooltip: { formatter: (item: { seriesIndex: number; dataIndex: number; value: number | null }) => string };
    };
    expect(matrix.rows.length).toBeGreaterThan(MAX_COHORT_SERIES);
    const name = `Middle half of the ${matrix.rows.length} cohorts`;
    expect(option.legend.data).toEqual(['Weighted average', name]);
    expect(option.series.map((series) => series.stack ?? null)).toEqual([null, 'band', 'band']);
    // Week 1: every complete cohort's retention there, quartiles by linear interpolation.
    const values = matrix.rows.filter((row) => row.reached.length > 1 && !row.partial[1]).map((row) => row.retention[1]!).sort((a, b) => a - b);
    const quartile = (q: number) => {
      const at = (values.length - 1) * q;
      const below = Math.floor(at);
      return values[below]! + (values[Math.min(below + 1, values.length - 1)]! - values[below]!) * (at - below);
    };
    const band = middleHalf(matrix, 'retention', 3);
    expect(band.lower[1]).toBeCloseTo(quartile(0.25), 12);
    expect(band.upper[1]).toBeCloseTo(quartile(0.75), 12);
    expect(option.series[1]!.data[1]).toBeCloseTo(quartile(0.25), 12);
    expect(option.series[2]!.data[1]).toBeCloseTo(quartile(0.75) - quartile(0.25), 12);
    expect(plain(option.tooltip.formatter({ seriesIndex: 2, dataIndex: 1, value: option.series[2]!.data[1]! }))).toBe(
      `${name} · week 1: ${plain(englishYen.percent(band.lower[1]!))} – ${plain(englishYen.percent(band.upper[1]!))}`,
    );
  });
});

describe('curve option', () => {
  interface CurveParts {
    series: { name: string; data: (number | null)[]; lineStyle: { width: number } }[];
    tooltip: { formatter: (item: { seriesIndex: number; dataIndex: number; value: number | null }) => string };
  }

  it('draws the average bold and each cohort thin, leaving partial cells out', () => {
    const matrix = matrixOf(TINY_SHOP_ORDERS);
    const option = curveOption(matrix, 'retention', 'revenue', t, englishYen, { text: '#111', grid: '#ddd', average: '#e07b39' }) as unknown as CurveParts;
    expect(option.series.map((series) => series.name)).toEqual(['Weighted average', '2024-01', '2024-03']);
    expect(option.series[0]!.data).toEqual([1, 0.5, null]);
    expect(option.series[0]!.lineStyle.width).toBe(3);
    expect(option.series[1]!.data).toEqual([1, 0.5, null]); // March is still running
    expect(option.series[2]!.data).toEqual([null]);
    expect(plain(option.tooltip.formatter({ seriesIndex: 1, dataIndex: 1, value: 0.5 }))).toBe('2024-01 · month 1: 50.0%');
  });

  it('plots LTV, or on-or-after retention when that is the page metric, and escapes names', () => {
    expect(curveMetric('ltv', 'retention')).toBe('cumulativeRevenuePerCustomer');
    expect(curveMetric('retention', 'onOrAfterRate')).toBe('onOrAfterRate');
    const matrix = matrixOf(HOSTILE_SHOP_ORDERS, 'month', 'firstProduct');
    const option = curveOption(matrix, 'ltv', 'retention', t, englishYen, { text: '#111', grid: '#ddd', average: '#e07b39' }) as unknown as CurveParts;
    const hostile = option.series.findIndex((series) => series.name === HOSTILE);
    const html = option.tooltip.formatter({ seriesIndex: hostile, dataIndex: 0, value: 20 });
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; · month 0: ¥20');
  });
});
