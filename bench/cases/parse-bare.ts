/** Bare PapaParse on the Shopify export: decode the bytes and parse every row, nothing else. */
import Papa from 'papaparse';
import { currentRssMb, peakRssMb, readBytes, report, round } from '../child';
import { shopifyCsvPath } from '../data';

const bytes = readBytes(shopifyCsvPath());
const baselineRssMb = currentRssMb();
const started = performance.now();
const text = new TextDecoder().decode(bytes);
const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
const seconds = (performance.now() - started) / 1000;
const rows = parsed.data.length - 1;

report({
  name: 'papaparse',
  metrics: {
    rows,
    errors: parsed.errors.length,
    seconds: round(seconds, 2),
    rowsPerSecond: Math.round(rows / seconds),
    mbPerSecond: round(bytes.byteLength / 1e6 / seconds),
    baselineRssMb: round(baselineRssMb),
    peakRssMb: round(peakRssMb()),
  },
});
