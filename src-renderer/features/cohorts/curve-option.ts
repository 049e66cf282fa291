/**
 * Retention curves and LTV curves: one thin line per cohort (or, past
 * MAX_COHORT_SERIES cohorts, the band of the middle half of them) and a bold line for
 * the average row. Partial cells are left out of a cohort's line (an unfinished
 * period would look like a drop). Names come from user data and are escaped in
 * the tooltip.
 */
import type { CohortMatrix } from '../../../src-core/analytics';
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';
import { averageValue, matrixWidth, type CohortMetric } from './cohort-metrics';
import { cohortName, formatMetric, offsetName, type Translate } from './cohort-words';

export type CurveKind = 'retention' | 'ltv';

export interface CurveColors {
  text: string;
  grid: string;
  average: string;
}

/**
 * Beyond this many cohorts (weekly cohorts run to 150+) the chart shows the
 * average and the band of the middle half of the cohorts instead of a line per
 * cohort: 150 lines cannot be told apart, and 150 series (or 20,000 points)
 * took ECharts 100–400 ms to redraw on every switch.
 */
export const MAX_COHORT_SERIES = 40;

/** Cohort lines cycle through these (muted, so the average stands out). */
const COHORT_PALETTE = ['#7aa2f7', '#e0a36b', '#6cc4a1', '#c38fd8', '#e07b8a', '#8bb8c8', '#b8b66a', '#a0a7b4'];

interface TooltipItem {
  seriesIndex: number;
  dataIndex: number;
  value: number | null;
}

/** The q-quantile of sorted values, interpolated between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const low = sorted[below] ?? 0;
  return low + ((sorted[below + 1] ?? low) - low) * (at - below);
}

/** Per offset, the lower and upper quartile of the cohorts' complete values there (null with fewer than two). */
export function middleHalf(matrix: CohortMatrix, metric: CohortMetric, width: number): { lower: (number | null)[]; upper: (number | null)[] } {
  const lower: (number | null)[] = [];
  const upper: (number | null)[] = [];
  for (let offset = 0; offset < width; offset++) {
    const values: number[] = [];
    for (const row of matrix.rows) {
      const value = row[metric][offset];
      if (value !== undefined && row.partial[offset] !== true) values.push(value);
    }
    values.sort((a, b) => a - b);
    lower.push(values.length < 2 ? null : quantile(values, 0.25));
    upper.push(values.length < 2 ? null : quantile(values, 0.75));
  }
  return { lower, upper };
}

/** Which metric a curve chart plots: retention "on" (or "on or after" when that is what the page shows), or LTV. */
export function curveMetric(kind: CurveKind, pageMetric: CohortMetric): CohortMetric {
  if (kind === 'ltv') return 'cumulativeRevenuePerCustomer';
  return pageMetric === 'onOrAfterRate' ? 'onOrAfterRate' : 'retention';
}

export function curveOption(matrix: CohortMatrix, kind: CurveKind, pageMetric: CohortMetric, t: Translate, format: Formatters, colors: CurveColors): EChartsCoreOption {
  const escape = echartsFormat.encodeHTML;
  const metric = curveMetric(kind, pageMetric);
  const width = matrixWidth(matrix.rows);
  const averageName = t('cohorts.averageRow');
  const names = matrix.rows.map((row) => cohortName(row, t));
  const average = Array.from({ length: width }, (_, offset) => averageValue(matrix.average, metric, offset));

  const banded = matrix.rows.length > MAX_COHORT_SERIES;
  const cohortValues = (row: CohortMatrix['rows'][number]) => row[metric].map((value, offset) => (row.partial[offset] ? null : value));
  const band = banded ? middleHalf(matrix, metric, width) : null;
  const bandName = t('cohorts.curves.middleHalf', { count: matrix.rows.length });
  const seriesNames = band ? [averageName, bandName] : [averageName, ...names];
  const cohortSeries = band
    ? [
        // The band is the lower quartile (an invisible line) with the distance to the upper stacked on it and filled.
        { name: '', type: 'line', data: band.lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false } },
        {
          name: bandName,
          type: 'line',
          data: band.lower.map((low, offset) => (low === null ? null : (band.upper[offset] ?? low) - low)),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          itemStyle: { color: COHORT_PALETTE[0] },
          areaStyle: { color: COHORT_PALETTE[0], opacity: 0.35 },
        },
      ]
    : matrix.rows.map((row, i) => ({
        name: names[i],
        type: 'line',
        data: cohortValues(row),
        showSymbol: false,
        symbolSize: 4,
        itemStyle: { color: COHORT_PALETTE[i % COHORT_PALETTE.length] },
        lineStyle: { width: 1, opacity: 0.55 },
        emphasis: { focus: 'series', lineStyle: { width: 2, opacity: 1 } },
      }));
  const tooltipText = (item: TooltipItem): string => {
    const offset = item.dataIndex;
    const at = offsetName(offset, matrix.period, t);
    if (band && item.seriesIndex === 2) {
      const low = band.lower[offset];
      const high = band.upper[offset];
      return low === null || low === undefined || high === null || high === undefined ? '' : `${bandName} · ${at}: ${formatMetric(low, metric, format)} – ${formatMetric(high, metric, format)}`;
    }
    if (item.value === null || item.value === undefined) return '';
    return `${seriesNames[item.seriesIndex] ?? ''} · ${at}: ${formatMetric(item.value, metric, format)}`;
  };
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 40, bottom: 28, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: colors.text }, data: seriesNames },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (item: TooltipItem) => escape(tooltipText(item)),
    },
    xAxis: {
      type: 'category',
      name: t(`cohorts.axis.${matrix.period}`),
      nameLocation: 'middle',
      nameGap: 26,
      boundaryGap: false,
      data: Array.from({ length: width }, (_, offset) => String(offset)),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { color: colors.text, formatter: (value: number) => formatMetric(value, metric, format, true) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      {
        name: averageName,
        type: 'line',
        data: average,
        z: 3,
        symbolSize: 6,
        itemStyle: { color: colors.average },
        lineStyle: { width: 3 },
      },
      ...cohortSeries,
    ],
  };
}
