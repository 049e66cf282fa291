/**
 * The app's import end to end on the Shopify export: decode, parse, map,
 * normalise and fold (`importOrders`), then build the columnar store the
 * workspace keeps (`orderStoreFrom`; IndexedDB itself is the browser's part).
 */
import { orderStoreFrom } from '../../src-core/data/columnar';
import { currentRssMb, optionalModule, peakRssMb, readBytes, report, round } from '../child';
import { shopifyCsvPath } from '../data';

const module = await optionalModule('src-core/import', () => import('../../src-core/import/index'));
if (typeof module === 'string') {
  report({ name: 'import', skipped: module, metrics: {} });
} else {
  const bytes = readBytes(shopifyCsvPath());
  const baselineRssMb = currentRssMb();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await module.importOrders(bytes, { fileName: 'shopify-1m.csv' });
  const importSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (!outcome.ok) throw new Error(`import failed: ${outcome.fatal.message}`);
  const storeStarted = performance.now();
  const store = orderStoreFrom(outcome.orders);
  const storeSeconds = (performance.now() - storeStarted) / 1000;
  const rows = outcome.source.records;
  report({
    name: 'import',
    metrics: {
      rows,
      orders: outcome.orders.length,
      cancelled: outcome.orders.filter((order) => order.cancelled).length,
      customers: store.customers.length,
      rejected: outcome.source.rejected,
      preset: outcome.source.preset,
      seconds: round(importSeconds, 2),
      cpuSeconds: round((used.user + used.system) / 1e6, 2),
      rowsPerSecond: Math.round(rows / importSeconds),
      mbPerSecond: round(bytes.byteLength / 1e6 / importSeconds),
      storeSeconds: round(storeSeconds, 2),
      baselineRssMb: round(baselineRssMb),
      peakRssMb: round(peakRssMb()),
    },
  });
}
