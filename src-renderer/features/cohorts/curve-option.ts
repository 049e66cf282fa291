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

/** Cohort lines cycle through these (muted, so the average stands out). */
const COHORT_PALETTE = ['#7aa2f7', '#e0a36b', '#6cc4a1', '#c38fd8', '#e07b8a', '#8bb8c8', '#b8b66a', '#a0a7b4'];

interface TooltipItem {
  seriesIndex: number;
  dataIndex: number;
  value: number | null;
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

  const seriesNames = [averageName, ...names];
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 40, bottom: 28, containLabel: true },
    legend: { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: colors.text }, data: seriesNames },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (item: TooltipItem) => {
        const name = seriesNames[item.seriesIndex] ?? '';
        if (item.value === null || item.value === undefined) return '';
        return escape(`${name} · ${offsetName(item.dataIndex, matrix.period, t)}: ${formatMetric(item.value, metric, format)}`);
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
      ...matrix.rows.map((row, i) => ({
        name: names[i],
        type: 'line',
        data: row[metric].map((value, offset) => (row.partial[offset] ? null : value)),
        showSymbol: false,
        symbolSize: 4,
        itemStyle: { color: COHORT_PALETTE[i % COHORT_PALETTE.length] },
        lineStyle: { width: 1, opacity: 0.55 },
        emphasis: { focus: 'series', lineStyle: { width: 2, opacity: 1 } },
      })),
    ],
  };
}
