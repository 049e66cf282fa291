/**
 * The app's import end to end on the Shopify export: decode, parse, map,
 * normalise and fold (`importOrders`), each batch of orders handed straight to
 * the columnar store the workspace keeps (an `OrderStoreBuilder` fed through
 * `onOrders`), so the orders are never all held as objects next to the store.
 * IndexedDB itself is the browser's part. The bare-PapaParse reference is
 * the parse-bare case; the rate compared with it leaves out the store's time.
 *
 * The file is read as the app reads it: a window at a time (`rangeSource`;
 * the import worker reads the picked File with FileReaderSync, the CLI with
 * readSync, here readSync), first through the streamed SHA-256 the worker
 * computes for "imported before", then through the import. Its bytes are
 * never held whole. The hash's time is reported apart (`hashSeconds`).
 */
import { emptyOrderStore, OrderStoreBuilder } from '../../src-core/data/columnar';
import { currentRssMb, optionalModule, peakRssMb, report, round } from '../child';
import { shopifyCsvPath } from '../data';
import { openFileSource } from '../../src-main/cli/file-source';
import { sha256Hex } from '../../src-core/import';

const name = 'import';

const module = await optionalModule('src-core/import', () => import('../../src-core/import/index'));
if (typeof module === 'string') {
  report({ name, skipped: module, metrics: {} });
} else {
  const baselineRssMb = currentRssMb();
  const hashStarted = performance.now();
  const hashed = openFileSource(shopifyCsvPath());
  const hash = await sha256Hex(hashed);
  hashed.close();
  const hashSeconds = (performance.now() - hashStarted) / 1000;
  const bytes = openFileSource(shopifyCsvPath());
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
  bytes.close();
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
      hashSeconds: round(hashSeconds, 2),
      hash: hash.slice(0, 12),
      endToEndSeconds: round(seconds, 2),
      baselineRssMb: round(baselineRssMb),
      peakRssMb: round(peakRssMb()),
    },
  });
}
