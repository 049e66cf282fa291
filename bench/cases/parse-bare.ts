/**
 * Bare PapaParse on the Shopify export: decode the bytes and parse every row,
 * nothing else. Two ways, fastest first: streaming rows through `step` without
 * keeping them (how an import reads), then `Papa.parse` returning all rows.
 * The faster one is the reference the import is held to.
 */
import Papa from 'papaparse';
import { currentRssMb, peakRssMb, readBytes, report, round } from '../child';
import { shopifyCsvPath } from '../data';

const bytes = readBytes(shopifyCsvPath());
const baselineRssMb = currentRssMb();
const megabytes = bytes.byteLength / 1e6;

function timed(parse: (text: string) => number): { rows: number; seconds: number; cpuSeconds: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = parse(new TextDecoder().decode(bytes)) - 1;
  const used = process.cpuUsage(cpu);
  return { rows, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

const streaming = timed((text) => {
  let rows = 0;
  Papa.parse<string[]>(text, { skipEmptyLines: true, step: () => void rows++ });
  return rows;
});
// Measured before the all-rows run: the kernel's high-water mark only rises.
const streamingPeakRssMb = peakRssMb();
const allRows = timed((text) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length);
const best = streaming.seconds <= allRows.seconds ? streaming : allRows;

report({
  name: 'papaparse',
  metrics: {
    rows: best.rows,
    rowsPerSecond: Math.round(best.rows / best.seconds),
    mbPerSecond: round(megabytes / best.seconds),
    reference: best === streaming ? 'streaming' : 'all rows',
    seconds: round(best.seconds, 2),
    cpuSeconds: round(best.cpuSeconds, 2),
    streamingSeconds: round(streaming.seconds, 2),
    streamingRowsPerSecond: Math.round(streaming.rows / streaming.seconds),
    streamingPeakRssMb: round(streamingPeakRssMb),
    allRowsSeconds: round(allRows.seconds, 2),
    allRowsRowsPerSecond: Math.round(allRows.rows / allRows.seconds),
    allRowsPeakRssMb: round(peakRssMb()),
    baselineRssMb: round(baselineRssMb),
  },
});
