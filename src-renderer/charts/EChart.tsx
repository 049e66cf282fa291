/**
 * One ECharts instance in a div: created on mount, given each new option,
 * resized with its container, disposed on unmount. Tooltip formatters that
 * build HTML must escape values with `format.encodeHTML` (from echarts-setup).
 */
import { useEffect, useRef } from 'react';
import { init, type ECharts, type EChartsCoreOption } from './echarts-setup';

interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the chart is role="img"). */
  label: string;
  height?: number;
  /** SVG prints crisply and exports as vector; canvas is faster for very dense charts. */
  renderer?: 'svg' | 'canvas';
  /** A click on a data item (e.g. a heatmap cell). */
  onItemClick?(item: ChartItemClick): void;
  /** Receives the live instance (null once disposed), e.g. for exporting the chart as PNG. */
  chartRef?: { current: ECharts | null };
}

/**
 * A canvas chart with many elements (a weekly heatmap, 100,000 fit points) is
 * painted over several animation frames, and zrender's dispose does not cancel
 * the next frame, which then paints into the disposed painter and throws
 * ("reading 'layerStack'"). Clearing and repainting at once starts a new paint
 * (an empty one), which makes the pending frame stand down.
 */
function stopPainting(instance: ECharts): void {
  if (instance.isDisposed()) return;
  instance.clear();
  instance.getZr().refreshImmediately();
}

/** The part of ECharts' click event the app uses. */
export interface ChartItemClick {
  seriesIndex?: number;
  dataIndex: number;
  value?: unknown;
}

export function EChart({ option, label, height = 280, renderer = 'svg', onItemClick, chartRef }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // The latest handler, so a new function each render does not re-create the chart.
  const clickHandler = useRef(onItemClick);
  useEffect(() => {
    clickHandler.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer });
    chart.current = instance;
    if (chartRef) chartRef.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      stopPainting(instance);
      instance.dispose();
      chart.current = null;
      if (chartRef) chartRef.current = null;
    };
  }, [renderer, chartRef]);

  // Each chart takes its new option in a task of its own: a page that redraws
  // three charts at once then never holds the main thread for all three.
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const timer = setTimeout(() => {
      if (!instance.isDisposed()) instance.setOption(option, { notMerge: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [option, renderer]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} />;
}
