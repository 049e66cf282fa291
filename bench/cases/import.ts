/**
 * The app's import end to end on the Shopify export: decode, parse, map,
 * normalise and fold (`importOrders`), each batch of orders handed straight to
 * the columnar store the workspace keeps (`appendOrders` per batch, through
 * `onOrders`), so the orders are never all held as objects next to the store.
 * IndexedDB itself is the browser's part. The bare-PapaParse reference is
 * the parse-bare case; the rate compared with it leaves out the store's time.
 */
import { appendOrders, emptyOrderStore } from '../../src-core/data/columnar';
import { currentRssMb, optionalModule, peakRssMb, readBytes, report, round } from '../child';
import { shopifyCsvPath } from '../data';

const module = await optionalModule('src-core/import', () => import('../../src-core/import/index'));
if (typeof module === 'string') {
  report({ name: 'import', skipped: module, metrics: {} });
} else {
  const bytes = readBytes(shopifyCsvPath());
  const baselineRssMb = currentRssMb();
  let store = emptyOrderStore();
  let orders = 0;
  let cancelled = 0;
  let alreadyPresent = 0;
  let storeMs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await module.importOrders(bytes, {
    fileName: 'shopify-1m.csv',
    onOrders: (batch) => {
      const storeStarted = performance.now();
      const appended = appendOrders(store, batch);
      store = appended.store;
      alreadyPresent += appended.alreadyPresent;
      orders += batch.length;
      for (const order of batch) if (order.cancelled) cancelled++;
      storeMs += performance.now() - storeStarted;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (!outcome.ok) throw new Error(`import failed: ${outcome.fatal.message}`);
  const storeSeconds = storeMs / 1000;
  // Parse, normalise and fold only: the part held to half of bare PapaParse's rate.
  const importSeconds = seconds - storeSeconds;
  const rows = outcome.source.records;
  report({
    name: 'import',
    metrics: {
      rows,
      orders,
      storedOrders: store.chunks.reduce((sum, chunk) => sum + chunk.count, 0),
      alreadyPresent,
      cancelled,
      customers: store.customers.length,
      rejected: outcome.source.rejected,
      preset: outcome.source.preset,
      seconds: round(importSeconds, 2),
      cpuSeconds: round((used.user + used.system) / 1e6 - storeSeconds, 2),
      rowsPerSecond: Math.round(rows / importSeconds),
      mbPerSecond: round(bytes.byteLength / 1e6 / importSeconds),
      storeSeconds: round(storeSeconds, 2),
      endToEndSeconds: round(seconds, 2),
      baselineRssMb: round(baselineRssMb),
      peakRssMb: round(peakRssMb()),
    },
  });
}
