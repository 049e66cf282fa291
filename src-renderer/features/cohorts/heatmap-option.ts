/**
 * The ECharts option of a small cohort heatmap (isLabelledHeatmap): one row per
 * cohort (first at the top) and the average row at the bottom, one column per
 * offset, each cell labelled with its value, coloured by a continuous scale (visualMap). Partial cells are faded with a dashed border
 * and a '*' in their label. Tooltips are built from cohort-words.ts and every
 * piece is escaped with ECharts' encodeHTML before it becomes HTML.
 */
import type { CohortMatrix } from '../../../src-core/analytics';
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';
import { averageValue, cellValue, matrixWidth, type CohortMetric } from './cohort-metrics';
import { averageSentences, cellSentences, cohortName, formatMetric, type Translate } from './cohort-words';

export interface HeatmapColors {
  text: string;
  grid: string;
  /** Colour of the scale's low end (close to the page's surface). */
  low: string;
  /** Colour of the scale's high end. */
  high: string;
  /** Border of the average row's cells and of partial cells. */
  outline: string;
}

/** What a heatmap data item stands for: a cohort row (its index in matrix.rows) or the average row (-1). */
export interface HeatmapCell {
  row: number;
  offset: number;
}

export interface Heatmap {
  option: EChartsCoreOption;
  /** The cell behind each data item of the one heatmap series: cells[dataIndex]. */
  cells: HeatmapCell[];
  /** Pixel height that fits every row. */
  height: number;
}

/** Cell labels only when they can be read: beyond this many columns or rows the colour speaks alone. */
const LABEL_MAX_COLUMNS = 24;
export const LABEL_MAX_ROWS = 40;
/** Height of a row of cells (the painted heatmap uses it too while it has no more rows than this one allows). */
export const ROW_HEIGHT = 26;

/**
 * Whether the heatmap is small enough to write each cell's value in it (and is
 * then an ECharts chart, heatmapOption); larger ones (monthly over years, weekly)
 * are painted by the app on a canvas (DenseHeatmap): ECharts took 100–800 ms to
 * redraw them on every switch.
 */
export function isLabelledHeatmap(matrix: CohortMatrix): boolean {
  return matrixWidth(matrix.rows) <= LABEL_MAX_COLUMNS && matrix.rows.length + 1 <= LABEL_MAX_ROWS;
}

interface TooltipItem {
  dataIndex: number;
}

/**
 * The colour scale's top: the largest value outside offset 0 (offset 0 is
 * everybody's first order: 100% retention would wash out the rest); offset 0
 * alone when nothing else exists. Never 0, so the scale is never empty.
 */
export function colourScaleMax(matrix: CohortMatrix, metric: CohortMetric): number {
  let max = 0;
  let firstMax = 0;
  for (const row of matrix.rows) {
    row[metric].forEach((value, offset) => {
      if (offset === 0) firstMax = Math.max(firstMax, value);
      else max = Math.max(max, value);
    });
  }
  return max > 0 ? max : firstMax > 0 ? firstMax : 1;
}

export function heatmapOption(
  matrix: CohortMatrix,
  metric: CohortMetric,
  t: Translate,
  format: Formatters,
  colors: HeatmapColors,
): Heatmap {
  const escape = echartsFormat.encodeHTML;
  const width = matrixWidth(matrix.rows);
  const averageLabel = t('cohorts.averageRow');
  const yLabels = [...matrix.rows.map((row) => cohortName(row, t)), averageLabel];
  const averageY = matrix.rows.length;
  const max = colourScaleMax(matrix, metric);
  // Readable text on the cell's colour: light text on the darker half of the scale.
  const labelColour = (value: number) => (value / max > 0.55 ? '#ffffff' : colors.text);

  // One series whose items carry their own label colour and partial style.
  const cells: HeatmapCell[] = [];
  const partialStyle = { opacity: 0.5, borderColor: colors.outline, borderWidth: 1, borderType: 'dashed' };
  const averageStyle = { borderColor: colors.outline, borderWidth: 1 };
  const data: object[] = [];
  matrix.rows.forEach((row, y) => {
    for (let offset = 0; offset < row.reached.length; offset++) {
      const value = cellValue(row, metric, offset) ?? 0;
      const partial = row.partial[offset] === true;
      cells.push({ row: y, offset });
      data.push({
        value: [offset, y, value],
        label: { color: labelColour(value) },
        ...(partial ? { itemStyle: partialStyle } : {}),
        partial,
      });
    }
  });
  for (let offset = 0; offset < width; offset++) {
    const value = averageValue(matrix.average, metric, offset);
    if (value === null) continue;
    cells.push({ row: -1, offset });
    data.push({ value: [offset, averageY, value], label: { color: labelColour(value), fontWeight: 'bold' }, itemStyle: averageStyle, partial: false });
  }
  const series = [
    {
      type: 'heatmap',
      data,
      label: {
        show: true,
        fontSize: 10,
        formatter: (item: { dataIndex: number; value: [number, number, number] }) => {
          const cell = cells[item.dataIndex];
          const row = cell && cell.row >= 0 ? matrix.rows[cell.row] : undefined;
          const text = formatMetric(item.value[2], metric, format, true);
          return row?.partial[cell?.offset ?? -1] ? `${text}*` : text;
        },
      },
      emphasis: { itemStyle: { borderColor: colors.text, borderWidth: 1 } },
      progressive: 0,
    },
  ];

  const tooltipLines = (dataIndex: number): string[] => {
    const cell = cells[dataIndex];
    if (!cell) return [];
    if (cell.row < 0) return averageSentences(matrix, cell.offset, metric, t, format);
    const row = matrix.rows[cell.row];
    return row ? cellSentences(matrix, row, cell.offset, metric, t, format) : [];
  };

  const height = Math.max(220, yLabels.length * ROW_HEIGHT + 120);
  const option: EChartsCoreOption = {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 30, bottom: 64, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      // Cohort names are user data (products, channels …): escaped before they become HTML.
      formatter: (item: TooltipItem) => tooltipLines(item.dataIndex).map((line) => escape(line)).join('<br/>'),
    },
    xAxis: {
      type: 'category',
      position: 'top',
      name: t(`cohorts.axis.${matrix.period}`),
      nameLocation: 'middle',
      nameGap: 22,
      data: Array.from({ length: width }, (_, offset) => String(offset)),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.grid } },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: yLabels,
      // Axis labels are drawn as text, not HTML; long product names are cut with an ellipsis.
      axisLabel: { color: colors.text, width: 160, overflow: 'truncate' },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemWidth: 14,
      itemHeight: 220,
      text: [formatMetric(max, metric, format, true), formatMetric(0, metric, format, true)],
      showLabel: true,
      textStyle: { color: colors.text },
      formatter: (value: number) => formatMetric(value, metric, format, true),
      // Values past the top (offset 0) take the top colour; cells outside a dragged range fade out.
      inRange: { color: [colors.low, colors.high] },
      seriesIndex: 0,
    },
    series,
  };
  return { option, cells, height };
}
