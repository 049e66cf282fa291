/**
 * The report's charts as vector SVG strings, drawn by ECharts' server-side SVG
 * renderer at print size (no DOM, no canvas: runs in Node, a worker or the
 * renderer). ECharts escapes the text it writes into the SVG, and every chart
 * is disposed as soon as its SVG is taken.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { FitStatus } from '../analytics/fit';
import { REPORT_FONT_STACK } from './fonts';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** CSS px at 96 dpi: 680 px = 180 mm, the text width of an A4 page with 15 mm margins. */
export const CHART_WIDTH = 680;
const INK = '#2b2d33';
const MUTED = '#6b6e76';
const PALETTE = ['#1f5f8b', '#e07a2f', '#3a9a5b', '#b8455c', '#7a5fb0', '#8c8c2f', '#2f8c8c'];
export const FIT_COLOURS: Record<FitStatus, string> = { keep: '#3a9a5b', grow: '#1f5f8b', depart: '#b8455c' };

type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

function renderSvg(option: ChartOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: REPORT_FONT_STACK, color: INK, fontSize: 11 }, ...option });
    // Hover styles and ECharts' bookkeeping attributes mean nothing on paper: keep the SVG lean.
    return chart
      .renderToSVGString()
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
      .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
  } finally {
    chart.dispose();
  }
}

export interface CurveSeries {
  name: string;
  values: (number | null)[];
  emphasis?: boolean;
}

/** Retention by offset from offset 1 on: the average in bold, recent cohorts thin. */
export function retentionCurvesSvg(series: CurveSeries[], labels: { offset: string; retention: string }, percent: (ratio: number) => string): string {
  const offsets = Math.max(0, ...series.map((s) => s.values.length));
  return renderSvg(
    {
      legend: { bottom: 0, textStyle: { color: MUTED } },
      grid: { left: 56, right: 16, top: 24, bottom: 64 },
      xAxis: { type: 'category', data: Array.from({ length: offsets }, (_, k) => String(k + 1)), name: labels.offset, nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: (value: number) => percent(value) }, name: labels.retention, nameGap: 12 },
      series: series.map((s) => ({
        type: 'line',
        name: s.name,
        data: s.values,
        connectNulls: false,
        showSymbol: s.emphasis === true,
        lineStyle: { width: s.emphasis ? 3 : 1.2 },
        ...(s.emphasis ? { color: INK, z: 10 } : {}),
      })),
    },
    320,
  );
}

/** Horizontal bars, largest label first at the top, with the value printed at the bar's end. */
export function horizontalBarsSvg(rows: { label: string; value: number }[], valueText: (value: number) => string, colour = PALETTE[0]!): string {
  const height = Math.max(120, 28 * rows.length + 40);
  return renderSvg(
    {
      grid: { left: 8, right: 72, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.label), axisTick: { show: false }, axisLine: { show: false } },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => row.value),
          barMaxWidth: 18,
          itemStyle: { color: colour },
          label: { show: true, position: 'right', color: INK, formatter: (params: { value?: unknown }) => valueText(Number(params.value)) },
        },
      ],
    },
    height,
  );
}

export interface FitPoint {
  x: number;
  y: number;
  status: FitStatus;
}

/** Gross margin against cost to serve, one colour per status, with the break-even diagonal y = x. */
export function fitMatrixSvg(points: FitPoint[], statusNames: Record<FitStatus, string>, labels: { x: string; y: string }, money: (value: number) => string): string {
  const extent = Math.max(1, ...points.map((p) => Math.max(p.x, p.y)));
  const statuses: FitStatus[] = ['keep', 'grow', 'depart'];
  return renderSvg(
    {
      legend: { bottom: 0, textStyle: { color: MUTED } },
      grid: { left: 72, right: 24, top: 24, bottom: 64 },
      xAxis: { type: 'value', min: 0, name: labels.x, nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: (value: number) => money(value) } },
      yAxis: { type: 'value', name: labels.y, nameGap: 12, axisLabel: { formatter: (value: number) => money(value) } },
      series: [
        ...statuses.map((status, i) => ({
          type: 'scatter' as const,
          name: statusNames[status],
          symbolSize: 5,
          itemStyle: { color: FIT_COLOURS[status], opacity: 0.75 },
          data: points.filter((p) => p.status === status).map((p) => [p.x, p.y]),
          ...(i === 0
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { color: MUTED, type: 'dashed' as const },
                  data: [[{ coord: [0, 0] }, { coord: [extent, extent] }]],
                },
              }
            : {}),
        })),
      ],
    },
    360,
  );
}
