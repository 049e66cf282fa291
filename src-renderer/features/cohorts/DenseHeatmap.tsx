/**
 * The cohort heatmap when it is too large to label its cells (monthly cohorts
 * over years, weekly cohorts; isLabelledHeatmap): painted on one canvas (geometry and colours in
 * dense-heatmap.ts), with the same scale, partial and average-row styles,
 * tooltip sentences and cell clicks as the ECharts heatmap. The tooltip is
 * text in DOM elements (never HTML), and the PNG export paints the same
 * picture at twice the size on the page's background.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortMatrix } from '../../../src-core/analytics';
import type { PngImage } from '../../export/save-export';
import { bytesFromDataUrl } from '../../export/export-file';
import { useFormat, type Formatters } from '../../format/use-format';
import { type CohortMetric } from './cohort-metrics';
import { averageSentences, cellSentences, cohortName, formatMetric, type Translate } from './cohort-words';
import { cellAtPoint, denseHeight, denseLayout, drawnValue, MAX_LABEL_WIDTH, parseColour, scaleColour, scaleRgb, type DenseLayout, type Rgb } from './dense-heatmap';
import { colourScaleMax, type HeatmapColors } from './heatmap-option';

interface DenseHeatmapProps {
  matrix: CohortMatrix;
  metric: CohortMetric;
  colors: HeatmapColors;
  /** What the chart shows, for screen readers. */
  label: string;
  onSelectCell(row: number, offset: number): void;
  /** Receives what the PNG button saves (null once unmounted). */
  imageRef: { current: PngImage | null };
}

interface Picture {
  matrix: CohortMatrix;
  metric: CohortMetric;
  colors: HeatmapColors;
  t: Translate;
  format: Formatters;
  font: string;
}

const LEGEND_WIDTH = 220;
const LEGEND_HEIGHT = 12;

function rgbOf(context: CanvasRenderingContext2D, colour: string, fallback: Rgb): Rgb {
  context.fillStyle = colour; // the canvas normalises any CSS colour to #rrggbb or rgba()
  return parseColour(String(context.fillStyle)) ?? fallback;
}

/** Cuts a label to `width` pixels with an ellipsis. */
function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 0 && context.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}

function cohortLabels(picture: Picture): string[] {
  return [...picture.matrix.rows.map((row) => cohortName(row, picture.t)), picture.t('cohorts.averageRow')];
}

/** The widest cohort label as drawn (the average row's is bold). */
function widestLabel(context: CanvasRenderingContext2D, picture: Picture): number {
  const labels = cohortLabels(picture);
  const average = labels.pop() ?? '';
  context.font = picture.font;
  const widest = Math.max(0, ...labels.map((text) => context.measureText(text).width));
  context.font = `bold ${picture.font}`;
  return Math.ceil(Math.max(widest, context.measureText(average).width));
}

/** Paints the picture on a canvas `ratio` device pixels per CSS pixel, laid out as `layout`. */
function paint(canvas: HTMLCanvasElement, layout: DenseLayout, picture: Picture, ratio: number): void {
  const { matrix, metric, colors, t, format, font } = picture;
  // Resizing a canvas reallocates it: only when the size changes.
  const pixelWidth = Math.round(layout.width * ratio);
  const pixelHeight = Math.round(layout.height * ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, layout.width, layout.height);
  const low = rgbOf(context, colors.low, [255, 255, 255]);
  const high = rgbOf(context, colors.high, [37, 99, 235]);
  const max = colourScaleMax(matrix, metric);
  const { left, top, cellWidth, cellHeight } = layout;

  // Cells: one pixel each in an image the size of the grid, drawn scaled up without smoothing
  // (12,000 fillRect calls, each parsing a colour, took ~60 ms); partial cells half transparent.
  const grid = new ImageData(layout.columns, layout.lines);
  const pixels = grid.data;
  const partials: [number, number][] = [];
  for (let line = 0; line < layout.lines; line++) {
    const row = line < matrix.rows.length ? line : -1;
    for (let offset = 0; offset < layout.columns; offset++) {
      const value = drawnValue(matrix, metric, row, offset);
      if (value === null) continue;
      const partial = row >= 0 && matrix.rows[row]?.partial[offset] === true;
      const at = (line * layout.columns + offset) * 4;
      pixels.set(scaleRgb(low, high, value, max), at);
      pixels[at + 3] = partial ? 128 : 255;
      if (partial) partials.push([line, offset]);
    }
  }
  const cells = document.createElement('canvas');
  cells.width = layout.columns;
  cells.height = layout.lines;
  cells.getContext('2d')?.putImageData(grid, 0, 0);
  context.imageSmoothingEnabled = false;
  context.drawImage(cells, left, top, layout.columns * cellWidth, layout.lines * cellHeight);
  context.globalAlpha = 1;
  context.strokeStyle = colors.outline;
  context.lineWidth = 1;
  context.setLineDash([2, 2]);
  for (const [line, offset] of partials) context.strokeRect(left + offset * cellWidth + 0.5, top + line * cellHeight + 0.5, cellWidth - 1, cellHeight - 1);
  context.setLineDash([]);
  // The average row: each cell outlined, or (cells too narrow for that) the row as one.
  const averageLine = matrix.rows.length;
  const averageTop = top + averageLine * cellHeight + 0.5;
  let drawnAverage = 0;
  for (let offset = 0; offset < layout.columns; offset++) {
    if (drawnValue(matrix, metric, -1, offset) === null) continue;
    drawnAverage = offset + 1;
    if (cellWidth >= 8) context.strokeRect(left + offset * cellWidth + 0.5, averageTop, cellWidth - 1, cellHeight - 1);
  }
  if (cellWidth < 8 && drawnAverage > 0) context.strokeRect(left + 0.5, averageTop, drawnAverage * cellWidth - 1, cellHeight - 1);

  // Axes: the offset's name and numbers on top, cohort names on the left (every k-th where they would crowd).
  context.fillStyle = colors.text;
  context.font = font;
  context.textAlign = 'center';
  context.textBaseline = 'alphabetic';
  context.fillText(t(`cohorts.axis.${matrix.period}`), left + (layout.columns * cellWidth) / 2, 14);
  for (let offset = 0; offset < layout.columns; offset += layout.columnLabelEvery) context.fillText(String(offset), left + (offset + 0.5) * cellWidth, top - 6);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  const labels = cohortLabels(picture);
  labels.forEach((text, line) => {
    const isAverage = line === averageLine;
    if (!isAverage && line % layout.rowLabelEvery !== 0) return;
    context.font = isAverage ? `bold ${font}` : font;
    context.fillText(fitted(context, text, MAX_LABEL_WIDTH), left - 6, top + (line + 0.5) * cellHeight);
  });
  context.font = font;

  // The scale: a gradient from 0 to its top, as the ECharts visualMap shows it.
  const legendLeft = (layout.width - LEGEND_WIDTH) / 2;
  const legendTop = layout.height - LEGEND_HEIGHT - 18;
  const gradient = context.createLinearGradient(legendLeft, 0, legendLeft + LEGEND_WIDTH, 0);
  gradient.addColorStop(0, scaleColour(low, high, 0, 1));
  gradient.addColorStop(1, scaleColour(low, high, 1, 1));
  context.fillStyle = gradient;
  context.fillRect(legendLeft, legendTop, LEGEND_WIDTH, LEGEND_HEIGHT);
  context.strokeStyle = colors.grid;
  context.strokeRect(legendLeft + 0.5, legendTop + 0.5, LEGEND_WIDTH - 1, LEGEND_HEIGHT - 1);
  context.fillStyle = colors.text;
  context.textBaseline = 'middle';
  context.textAlign = 'right';
  context.fillText(formatMetric(0, metric, format, true), legendLeft - 8, legendTop + LEGEND_HEIGHT / 2);
  context.textAlign = 'left';
  context.fillText(formatMetric(max, metric, format, true), legendLeft + LEGEND_WIDTH + 8, legendTop + LEGEND_HEIGHT / 2);
}

export function DenseHeatmap({ matrix, metric, colors, label, onSelectCell, imageRef }: DenseHeatmapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [layout, setLayout] = useState<DenseLayout | null>(null);
  const [hover, setHover] = useState<{ row: number; offset: number; x: number; y: number } | null>(null);
  const height = denseHeight(matrix.rows.length);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    setWidth(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || width <= 0) return;
    const font = `11px ${getComputedStyle(element).fontFamily || 'sans-serif'}`;
    const picture: Picture = { matrix, metric, colors, t, format, font };
    const next = denseLayout(matrix, width, widestLabel(context, picture));
    paint(element, next, picture, window.devicePixelRatio || 1);
    setLayout(next);
    setHover(null);
    // A canvas does not repaint when a web font arrives (the Japanese and Cyrillic faces load
    // by character range, on first use): ask for the faces its words need, then paint again.
    let current = true;
    const words = [t(`cohorts.axis.${matrix.period}`), ...cohortLabels(picture), formatMetric(colourScaleMax(matrix, metric), metric, format, true)].join(' ');
    if (document.fonts && !document.fonts.check(font, words)) {
      document.fonts.load(font, words).then(
        () => {
          if (!current) return;
          const again = denseLayout(matrix, width, widestLabel(context, picture));
          paint(element, again, picture, window.devicePixelRatio || 1);
          setLayout(again);
        },
        () => undefined,
      );
    }
    imageRef.current = {
      pngBytes(backgroundColor: string) {
        const image = document.createElement('canvas');
        paint(image, next, picture, 2);
        const output = document.createElement('canvas');
        output.width = image.width;
        output.height = image.height;
        const out = output.getContext('2d');
        if (!out) throw new Error('The chart could not be drawn for export.');
        out.fillStyle = backgroundColor;
        out.fillRect(0, 0, output.width, output.height);
        out.drawImage(image, 0, 0);
        return bytesFromDataUrl(output.toDataURL('image/png'));
      },
    };
    return () => {
      current = false;
    };
  }, [matrix, metric, colors, t, format, width, imageRef]);

  useEffect(() => () => void (imageRef.current = null), [imageRef]);

  const cellAt = (event: MouseEvent<HTMLCanvasElement>) => {
    if (!layout) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const cell = cellAtPoint(layout, matrix, metric, x, y);
    return cell ? { ...cell, x, y } : null;
  };

  const lines = hover
    ? hover.row < 0
      ? averageSentences(matrix, hover.offset, metric, t, format)
      : matrix.rows[hover.row]
        ? cellSentences(matrix, matrix.rows[hover.row]!, hover.offset, metric, t, format)
        : []
    : [];
  // Kept inside the chart: left of the pointer near the right edge, above it near the bottom.
  const tooltipLeft = hover && layout ? Math.min(hover.x + 14, Math.max(0, layout.width - 300)) : 0;
  const tooltipHeight = lines.length * 18 + 16;
  const tooltipTop = hover && layout ? (hover.y + 14 + tooltipHeight > layout.height ? Math.max(0, hover.y - 14 - tooltipHeight) : hover.y + 14) : 0;

  return (
    <div
      ref={container}
      className="chart dense-heatmap"
      role="img"
      aria-label={label}
      style={{ height }}
      // Where the cells are (CSS pixels from the canvas's corner), for tests and tools that point at one.
      data-cells={layout ? JSON.stringify({ left: layout.left, top: layout.top, cellWidth: layout.cellWidth, cellHeight: layout.cellHeight }) : undefined}
    >
      <canvas
        ref={canvas}
        style={{ width: layout?.width ?? '100%', height }}
        onMouseMove={(event) => {
          const cell = cellAt(event);
          setHover((current) => (cell === null ? null : current && current.row === cell.row && current.offset === cell.offset ? current : cell));
        }}
        onMouseLeave={() => setHover(null)}
        onClick={(event) => {
          const cell = cellAt(event);
          if (cell && cell.row >= 0) onSelectCell(cell.row, cell.offset);
        }}
      />
      {hover && layout ? (
        <>
          <div
            className="dense-heatmap-focus"
            style={{
              left: layout.left + hover.offset * layout.cellWidth,
              top: layout.top + (hover.row < 0 ? matrix.rows.length : hover.row) * layout.cellHeight,
              width: layout.cellWidth,
              height: layout.cellHeight,
            }}
          />
          <div className="dense-heatmap-tooltip" style={{ left: tooltipLeft, top: tooltipTop }}>
            {lines.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
