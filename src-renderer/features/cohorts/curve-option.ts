/**
 * Retention curves and LTV curves: one thin line per cohort and a bold line for
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
 * Beyond this many cohorts (weekly cohorts run to 150+) the cohorts are drawn as
 * one series, a line per cohort with breaks between them: 150 series and a
 * legend of 150 names took ECharts hundreds of milliseconds to lay out, and
 * that many lines cannot be told apart by colour anyway.
 */
export const MAX_COHORT_SERIES = 40;

/** Cohort lines cycle through these (muted, so the average stands out). */
const COHORT_PALETTE = ['#7aa2f7', '#e0a36b', '#6cc4a1', '#c38fd8', '#e07b8a', '#8bb8c8', '#b8b66a', '#a0a7b4'];

interface TooltipItem {
  seriesIndex: number;
  dataIndex: number;
  /** A number, or [offset, value] for a point of the merged cohorts' series. */
  value: number | null | [number, number | null];
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

  const merged = matrix.rows.length > MAX_COHORT_SERIES;
  const cohortValues = (row: CohortMatrix['rows'][number]) => row[metric].map((value, offset) => (row.partial[offset] ? null : value));
  // Merged: [offset, value] points, cohort after cohort, a null point between two cohorts; owner says whose each point is.
  const owner: number[] = [];
  const mergedData: [number, number | null][] = [];
  if (merged) {
    matrix.rows.forEach((row, index) => {
      if (index > 0) {
        mergedData.push([0, null]);
        owner.push(-1);
      }
      cohortValues(row).forEach((value, offset) => {
        mergedData.push([offset, value]);
        owner.push(index);
      });
    });
  }
  const allCohorts = t('cohorts.curves.allCohorts', { count: matrix.rows.length });
  const seriesNames = merged ? [averageName, allCohorts] : [averageName, ...names];
  const cohortSeries = merged
    ? [
        {
          name: allCohorts,
          type: 'line',
          data: mergedData,
          connectNulls: false,
          showSymbol: false,
          symbolSize: 4,
          itemStyle: { color: COHORT_PALETTE[0] },
          lineStyle: { width: 1, opacity: 0.35 },
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
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 40, bottom: 28, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: colors.text }, data: seriesNames },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (item: TooltipItem) => {
        const value = Array.isArray(item.value) ? (item.value[1] as number | null) : item.value;
        if (value === null || value === undefined) return '';
        const offset = Array.isArray(item.value) ? (item.value[0] as number) : item.dataIndex;
        const name = merged && item.seriesIndex === 1 ? (names[owner[item.dataIndex] ?? -1] ?? '') : (seriesNames[item.seriesIndex] ?? '');
        return escape(`${name} · ${offsetName(offset, matrix.period, t)}: ${formatMetric(value, metric, format)}`);
      },
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
