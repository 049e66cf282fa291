/**
 * The app's import end to end on the Shopify export: decode, parse, map,
 * normalise and fold (`importOrders`), each batch of orders handed straight to
 * the columnar store the workspace keeps (an `OrderStoreBuilder` fed through
 * `onOrders`), so the orders are never all held as objects next to the store.
 * IndexedDB itself is the browser's part. The bare-PapaParse reference is
 * the parse-bare case; the rate compared with it leaves out the store's time.
 *
 * Two ways to hand the file over, each its own case (its own process, so its
 * own peak memory): `import` holds the file's bytes, as the app's import worker
 * does (it also hashes them); `import-file` (BENCH_IMPORT_SOURCE=file) reads the
 * file range by range, as the CLI does, so the bytes are never held whole.
 */
import { emptyOrderStore, OrderStoreBuilder } from '../../src-core/data/columnar';
import { currentRssMb, optionalModule, peakRssMb, readBytes, report, round } from '../child';
import { shopifyCsvPath } from '../data';
import { openFileSource } from '../../src-main/cli/file-source';

const fromFile = process.env['BENCH_IMPORT_SOURCE'] === 'file';
const name = fromFile ? 'import-file' : 'import';

const module = await optionalModule('src-core/import', () => import('../../src-core/import/index'));
if (typeof module === 'string') {
  report({ name, skipped: module, metrics: {} });
} else {
  const bytes = fromFile ? openFileSource(shopifyCsvPath()) : readBytes(shopifyCsvPath());
  const baselineRssMb = currentRssMb();
  const builder = new OrderStoreBuilder(emptyOrderStore(), { distinctIds: true });
  let cancelled = 0;
  let storeMs = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcome = await module.importOrders(bytes, {
    fileName: 'shopify-1m.csv',
    onOrders: (batch) => {
      const storeStarted = performance.now();
      builder.add(batch);
      for (const order of batch) if (order.cancelled) cancelled++;
      storeMs += performance.now() - storeStarted;
    },
  });
  const finishStarted = performance.now();
  const { store, added, alreadyPresent } = builder.finish();
  storeMs += performance.now() - finishStarted;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (!outcome.ok) throw new Error(`import failed: ${outcome.fatal.message}`);
  const storeSeconds = storeMs / 1000;
  // Parse, normalise and fold only: the part held to half of bare PapaParse's rate.
  const importSeconds = seconds - storeSeconds;
  const rows = outcome.source.records;
  report({
    name,
    metrics: {
      rows,
      orders: added + alreadyPresent,
      storedOrders: store.chunks.reduce((sum, chunk) => sum + chunk.count, 0),
      alreadyPresent,
      cancelled,
      customers: store.customers.length,
      rejected: outcome.source.rejected,
      preset: outcome.source.preset,
      seconds: round(importSeconds, 2),
      cpuSeconds: round((used.user + used.system) / 1e6 - storeSeconds, 2),
      rowsPerSecond: Math.round(rows / importSeconds),
      mbPerSecond: round(bytes.length / 1e6 / importSeconds),
      storeSeconds: round(storeSeconds, 2),
      endToEndSeconds: round(seconds, 2),
      baselineRssMb: round(baselineRssMb),
      peakRssMb: round(peakRssMb()),
    },
  });
}
