/**
 * Saves a chart as PNG or a table as CSV through the bridge (a save dialog in
 * the desktop app, a download in the browser). Any page can use these.
 */
import type { CsvCell } from '../../src-core/export/csv';
import type { SaveFileResult } from '../../src-core/bridge/contract';
import { bridge } from '../bridge';
import { init, type ECharts } from '../charts/echarts-setup';
import { bytesFromDataUrl, exportFileName, tableCsv } from './export-file';

/** A chart we paint ourselves (not ECharts) that can give its PNG bytes. */
export interface PngImage {
  pngBytes(backgroundColor: string): Uint8Array;
}

/** What a PNG export button saves: a live ECharts instance or a chart painted by the app. */
export type ChartImage = ECharts | PngImage;

/**
 * PNG bytes of a chart at twice its on-screen size. A chart drawn as SVG is
 * drawn again, off-screen, on a canvas with the same option (ECharts only
 * rasterises canvas charts), on the given background (PNG would be transparent).
 */
export function chartPngBytes(chart: ECharts, backgroundColor: string): Uint8Array {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const host = document.createElement('div');
  const canvasChart = init(host, undefined, { renderer: 'canvas', width, height });
  try {
    canvasChart.setOption({ ...chart.getOption(), animation: false });
    return bytesFromDataUrl(canvasChart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor }));
  } finally {
    canvasChart.dispose();
  }
}

export async function saveChartPng(chart: ChartImage, name: string, backgroundColor: string): Promise<SaveFileResult> {
  return bridge.saveFile({
    suggestedName: exportFileName(name, 'png'),
    data: 'pngBytes' in chart ? chart.pngBytes(backgroundColor) : chartPngBytes(chart, backgroundColor),
    filters: [{ name: 'PNG', extensions: ['png'] }],
  });
}

export async function saveTableCsv(rows: readonly (readonly CsvCell[])[], name: string): Promise<SaveFileResult> {
  return bridge.saveFile({
    suggestedName: exportFileName(name, 'csv'),
    data: tableCsv(rows),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
}
