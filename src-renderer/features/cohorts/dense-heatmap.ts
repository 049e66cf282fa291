/**
 * The geometry and colours of the unlabelled cohort heatmap (monthly cohorts
 * over years: 700 cells; weekly: 150+ rows by 150+ offsets, 12,000+ cells),
 * which DenseHeatmap.tsx paints on one canvas. ECharts made a graphic element
 * per cell, and building and painting 12,000 of them held the main thread for
 * ~0.8 s on every switch (700: ~0.1 s); painting the cells as rectangles takes
 * milliseconds. Plain functions, tested without
 * a canvas.
 */
import type { CohortMatrix } from '../../../src-core/analytics';
import { averageValue, cellValue, matrixWidth, type CohortMetric } from './cohort-metrics';
import { LABEL_MAX_ROWS, ROW_HEIGHT } from './heatmap-option';

/** Room for the axes and the legend around the cells (CSS pixels). */
const MARGIN = { top: 46, right: 16, bottom: 56, gap: 8 };
/** Labels closer than this (CSS pixels) would overlap: only every k-th is written. */
const MIN_ROW_LABEL_SPACING = 13;
const MIN_COLUMN_LABEL_SPACING = 28;
/** Longest cohort label drawn; longer ones are cut with an ellipsis (as the ECharts axis does). */
export const MAX_LABEL_WIDTH = 160;

export interface DenseLayout {
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** The cells' area: column `offset` starts at left + offset·cellWidth; line `line` (cohorts, then the average) at top + line·cellHeight. */
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
  columns: number;
  /** Cohort rows plus the average row (the last line). */
  lines: number;
  /** Write every rowLabelEvery-th cohort label and every columnLabelEvery-th offset. */
  rowLabelEvery: number;
  columnLabelEvery: number;
}

/** Row height: as the labelled heatmap's up to 40 lines; beyond, rows shrink so 150+ weekly cohorts stay within a couple of screens. */
export function denseRowHeight(lines: number): number {
  return lines <= LABEL_MAX_ROWS ? ROW_HEIGHT : Math.max(10, Math.floor(1600 / lines));
}

/** Pixel height of the chart for this many cohort rows (+ the average row). */
export function denseHeight(cohortRows: number): number {
  const lines = cohortRows + 1;
  return Math.max(220, lines * denseRowHeight(lines) + MARGIN.top + MARGIN.bottom);
}

/** Every k-th of `count` items, each `space` pixels apart, so that written labels are at least `minimum` apart (1, 2, 5, 10, 20, 50 …). */
export function labelStep(space: number, minimum: number): number {
  if (space >= minimum) return 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) if (space * step * magnitude >= minimum) return step * magnitude;
  }
}

/** Where everything goes on a canvas `width` CSS pixels wide, given the widest cohort label's width. */
export function denseLayout(matrix: CohortMatrix, width: number, labelWidth: number): DenseLayout {
  const columns = Math.max(1, matrixWidth(matrix.rows));
  const lines = matrix.rows.length + 1;
  const cellHeight = denseRowHeight(lines);
  const left = Math.min(labelWidth, MAX_LABEL_WIDTH) + MARGIN.gap;
  const cellWidth = Math.max(1, (width - left - MARGIN.right) / columns);
  return {
    width,
    height: denseHeight(matrix.rows.length),
    left,
    top: MARGIN.top,
    cellWidth,
    cellHeight,
    columns,
    lines,
    rowLabelEvery: labelStep(cellHeight, MIN_ROW_LABEL_SPACING),
    columnLabelEvery: labelStep(cellWidth, MIN_COLUMN_LABEL_SPACING),
  };
}

/** What a point (CSS pixels on the canvas) is over: a cohort row's cell, the average row's (row −1), or nothing. */
export function cellAtPoint(layout: DenseLayout, matrix: CohortMatrix, metric: CohortMetric, x: number, y: number): { row: number; offset: number } | null {
  const offset = Math.floor((x - layout.left) / layout.cellWidth);
  const line = Math.floor((y - layout.top) / layout.cellHeight);
  if (offset < 0 || offset >= layout.columns || line < 0 || line >= layout.lines) return null;
  if (line === matrix.rows.length) return averageValue(matrix.average, metric, offset) === null ? null : { row: -1, offset };
  const row = matrix.rows[line];
  return row && offset < row.reached.length ? { row: line, offset } : null;
}

/** The value drawn in a cell (as the ECharts heatmap: a missing number is 0), or null where nothing is drawn. */
export function drawnValue(matrix: CohortMatrix, metric: CohortMetric, row: number, offset: number): number | null {
  if (row < 0) return averageValue(matrix.average, metric, offset);
  const cohort = matrix.rows[row];
  if (!cohort || offset >= cohort.reached.length) return null;
  return cellValue(cohort, metric, offset) ?? 0;
}

export type Rgb = readonly [number, number, number];

/** '#rgb', '#rrggbb' or 'rgb(a)(r, g, b …)' as numbers; null for anything else (a canvas normalises colours to these). */
export function parseColour(colour: string): Rgb | null {
  const value = colour.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/i.exec(value);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** The scale's colour for value / max (clamped to 0…1), as the visualMap's linear interpolation. */
export function scaleRgb(low: Rgb, high: Rgb, value: number, max: number): Rgb {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const channel = (index: 0 | 1 | 2) => Math.round(low[index] + (high[index] - low[index]) * share);
  return [channel(0), channel(1), channel(2)];
}

/** scaleRgb as a CSS colour. */
export function scaleColour(low: Rgb, high: Rgb, value: number, max: number): string {
  return `rgb(${scaleRgb(low, high, value, max).join(', ')})`;
}
