/**
 * The ECharts option of the fit matrix: one scatter series per status
 * (coloured, point area by lifetime revenue), the rules' regions shaded and
 * labelled Keep / Grow / Depart, the threshold lines, and a rectangle brush to
 * pick customers. Tooltips explain each point in the reader's language; every
 * piece of text goes through ECharts' encodeHTML before it becomes HTML.
 *
 * - 'score-profitability': x = profitability, y = fit score. Left of the
 *   Depart threshold is Depart; right of it, above the Grow score is Grow,
 *   below is Keep. (Growth conditions are not drawn: a point's colour is its
 *   real status, the regions are the thresholds.)
 * - 'value-cost': x = cost to serve, y = gross margin, same scale on both, so
 *   the break-even diagonal is at 45°: below it a customer costs more than they
 *   earn (Depart).
 */
import type { FitStatus } from '../../../src-core/analytics/fit';
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { FitAnswer, FitPoint } from '../../worker/fit/fit-answers';
import { reasonWords, type ReasonFormat, type Translate } from './reason-words';

export interface MatrixColors {
  text: string;
  grid: string;
  fontFamily: string;
  status: Record<FitStatus, string>;
}

export interface MatrixFormat extends ReasonFormat {
  moneyCompact(value: number): string;
}

export interface FitMatrixChart {
  option: EChartsCoreOption;
  /** points[pointIndex[seriesIndex][dataIndex]] is the point behind a data item (region series: empty). */
  pointIndex: number[][];
}

export const STATUS_ORDER: readonly FitStatus[] = ['keep', 'grow', 'depart'];

/** Profitability below this is drawn at it (a customer at −900 % would squash everyone else). */
const PROFITABILITY_FLOOR = -1;
const MIN_SYMBOL = 6;
const MAX_SYMBOL = 28;
/**
 * Past this many customers the points are drawn in ECharts' large mode: one
 * path per status, all points one small size. Sized points were drawn a few
 * hundred per frame, and 100,000 kept the page busy for ~15 s of 50–80 ms tasks.
 */
export const LARGE_POINTS = 5_000;
const LARGE_SYMBOL = 4;

/** Point diameter: area grows with revenue, so the diameter with its square root. */
export function symbolSize(revenue: number, largest: number): number {
  if (!(largest > 0) || !(revenue > 0)) return MIN_SYMBOL;
  return MIN_SYMBOL + (MAX_SYMBOL - MIN_SYMBOL) * Math.sqrt(Math.min(1, revenue / largest));
}

export interface MatrixBounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export function matrixBounds(matrix: FitAnswer['matrix']): MatrixBounds {
  const xs = matrix.points.map((point) => point.x);
  const ys = matrix.points.map((point) => point.y);
  if (matrix.axes === 'score-profitability') {
    const low = Math.min(0, matrix.xLine ?? 0, ...xs);
    const high = Math.max(0.6, matrix.xLine ?? 0, ...xs);
    return { xMin: Math.max(PROFITABILITY_FLOOR, Math.floor(low * 10) / 10), xMax: Math.ceil(high * 10) / 10, yMin: 0, yMax: 100 };
  }
  // The same scale on both axes keeps the break-even diagonal at 45°.
  const top = niceCeiling(Math.max(1, ...xs, ...ys) * 1.05);
  const bottom = Math.min(0, ...ys);
  return { xMin: 0, xMax: top, yMin: bottom < 0 ? -niceCeiling(-bottom * 1.05) : 0, yMax: top };
}

/** The next round number at or above a positive value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × a power of ten), so the last axis label is a tick. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}

function tooltipHtml(point: FitPoint, t: Translate, format: MatrixFormat): string {
  const escape = echartsFormat.encodeHTML;
  const { row } = point;
  const title = row.name && row.name !== row.key ? `${escape(row.name)} · ${escape(row.key)}` : escape(row.key);
  const figures = [
    `${escape(t('fit.columns.revenue'))}: ${escape(format.money(row.lifetimeRevenue))}`,
    `${escape(t('fit.columns.profit'))}: ${escape(format.money(row.profit))}`,
    `${escape(t('fit.columns.score'))}: ${escape(format.number(row.score, 0))}`,
  ];
  return [`<strong>${title}</strong>`, escape(reasonWords(row.reason, t, format)), figures.join('<br/>')].join('<br/>');
}

function regionLabel(text: string, color: string, position: string) {
  return { show: true, position, formatter: text.replace(/[{}|]/g, ''), color, fontWeight: 'bold' as const, fontSize: 13 };
}

function scoreProfitabilityRegions(matrix: FitAnswer['matrix'], bounds: MatrixBounds, t: Translate, colors: MatrixColors) {
  const { xMin, xMax, yMin, yMax } = bounds;
  const split = matrix.xLine === null ? xMin : Math.min(Math.max(matrix.xLine, xMin), xMax);
  const growFrom = matrix.yLine === null ? yMax : Math.min(Math.max(matrix.yLine, yMin), yMax);
  const area = (status: FitStatus, x0: number, y0: number, x1: number, y1: number, position: string) => [
    { coord: [x0, y0], itemStyle: { color: colors.status[status], opacity: 0.1 }, label: regionLabel(t(`fit.status.${status}`), colors.status[status], position) },
    { coord: [x1, y1] },
  ];
  const areas = [];
  if (split > xMin) areas.push(area('depart', xMin, yMin, split, yMax, 'insideTop'));
  if (growFrom < yMax) areas.push(area('grow', split, growFrom, xMax, yMax, 'insideTopRight'));
  areas.push(area('keep', split, yMin, xMax, growFrom, 'insideBottomRight'));
  const lines = [];
  if (matrix.xLine !== null) lines.push({ xAxis: split });
  if (matrix.yLine !== null) lines.push({ yAxis: growFrom });
  return {
    type: 'scatter',
    name: 'regions',
    data: [],
    silent: true,
    markArea: { silent: true, data: areas },
    markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: colors.text, type: 'dashed', width: 1 }, data: lines },
  };
}

function valueCostRegions(bounds: MatrixBounds, t: Translate, colors: MatrixColors) {
  const { xMax, yMin } = bounds;
  const label = (text: string, color: string, x: number, y: number) => ({
    value: [x, y],
    symbolSize: 0,
    label: { show: true, formatter: text.replace(/[{}|]/g, ''), color, fontWeight: 'bold' as const, fontSize: 13 },
  });
  return [
    {
      // The break-even diagonal (margin = cost); the area under it is a loss.
      type: 'line',
      name: 'break-even',
      data: [
        [0, 0],
        [xMax, xMax],
      ],
      silent: true,
      symbol: 'none',
      lineStyle: { color: colors.status.depart, type: 'dashed', width: 1 },
      areaStyle: { color: colors.status.depart, opacity: 0.08, origin: 'start' },
      tooltip: { show: false },
    },
    {
      type: 'scatter',
      name: 'regions',
      silent: true,
      tooltip: { show: false },
      data: [
        label(t('fit.matrix.lossRegion', { status: t('fit.status.depart') }), colors.status.depart, xMax * 0.8, Math.max(yMin, 0) + xMax * 0.12),
        label(t('fit.matrix.profitRegion', { keep: t('fit.status.keep'), grow: t('fit.status.grow') }), colors.status.keep, xMax * 0.4, xMax * 0.92),
      ],
    },
  ];
}

export function fitMatrixOption(matrix: FitAnswer['matrix'], t: Translate, format: MatrixFormat, colors: MatrixColors): FitMatrixChart {
  const bounds = matrixBounds(matrix);
  const largest = matrix.points.reduce((most, point) => Math.max(most, point.size), 0);
  const large = matrix.points.length > LARGE_POINTS;
  const pointIndex: number[][] = STATUS_ORDER.map(() => []);
  const data: ({ value: [number, number]; symbolSize: number } | [number, number])[][] = STATUS_ORDER.map(() => []);
  matrix.points.forEach((point, index) => {
    const series = STATUS_ORDER.indexOf(point.row.status);
    pointIndex[series]!.push(index);
    const value: [number, number] = [Math.max(bounds.xMin, point.x), point.y];
    data[series]!.push(large ? value : { value, symbolSize: symbolSize(point.size, largest) });
  });
  const profitability = matrix.axes === 'score-profitability';
  const axisText = { color: colors.text, fontFamily: colors.fontFamily };
  const statusSeries = STATUS_ORDER.map((status, series) => ({
    type: 'scatter',
    name: t(`fit.status.${status}`),
    data: data[series],
    itemStyle: { color: colors.status[status], opacity: 0.75, borderColor: colors.status[status], borderWidth: 1 },
    emphasis: { focus: 'self' },
    ...(large ? { large: true, largeThreshold: LARGE_POINTS, symbolSize: LARGE_SYMBOL } : {}),
  }));
  const regions = profitability ? [scoreProfitabilityRegions(matrix, bounds, t, colors)] : valueCostRegions(bounds, t, colors);
  const seriesPoints = [...regions.map(() => []), ...pointIndex];
  const option: EChartsCoreOption = {
    animation: false,
    textStyle: { fontFamily: colors.fontFamily },
    grid: { left: 64, right: 40, top: 44, bottom: 56 },
    legend: { top: 0, left: 0, textStyle: axisText, data: STATUS_ORDER.map((status) => t(`fit.status.${status}`)) },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: 360px; white-space: normal;',
      formatter: (item: { seriesIndex?: number; dataIndex: number }) => {
        const point = matrix.points[seriesPoints[item.seriesIndex ?? -1]?.[item.dataIndex] ?? -1];
        return point ? tooltipHtml(point, t, format) : '';
      },
    },
    toolbox: {
      right: 8,
      top: 0,
      iconStyle: { borderColor: colors.text },
      feature: { brush: { type: ['rect', 'clear'], title: { rect: t('fit.matrix.brush'), clear: t('fit.matrix.clearBrush') } } },
    },
    brush: { xAxisIndex: 0, yAxisIndex: 0, seriesIndex: STATUS_ORDER.map((_, i) => i + regions.length), throttleType: 'debounce', throttleDelay: 150 },
    xAxis: {
      type: 'value',
      name: t(profitability ? 'fit.matrix.profitabilityAxis' : 'fit.matrix.costAxis'),
      nameLocation: 'middle',
      nameGap: 32,
      nameTextStyle: axisText,
      min: bounds.xMin,
      max: bounds.xMax,
      axisLabel: { ...axisText, formatter: (value: number) => (profitability ? format.percent(value, 0) : format.moneyCompact(value)) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      name: t(profitability ? 'fit.matrix.scoreAxis' : 'fit.matrix.marginAxis'),
      nameLocation: 'middle',
      nameGap: 48,
      nameTextStyle: axisText,
      min: bounds.yMin,
      max: bounds.yMax,
      axisLabel: { ...axisText, formatter: (value: number) => (profitability ? format.number(value, 0) : format.moneyCompact(value)) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    // The regions first, so the points draw over them and keep series indexes regions.length … +2.
    series: [...regions, ...statusSeries],
  };
  return { option, pointIndex: seriesPoints };
}
