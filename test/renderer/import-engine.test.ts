/** The import worker's engine, in-process over a real (in-memory) IndexedDB: preview, import, remember, de-duplicate, cancel, fail. */
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { concatChunks } from '../../src-core/data/columnar';
import * as repository from '../../src-renderer/db/workspace-repository';
import type { ImportReport } from '../../src-renderer/worker/import-api';
import { ImportEngine } from '../../src-renderer/worker/import-engine';
import { NEWER_CSV, SHOP_CSV, UNLABELLED_CSV, fileOf, openTestBlob } from './import-shop';

async function workspace() {
  return (await repository.createWorkspace({ name: 'Tea', currency: 'USD' })).id;
}

async function snapshot(workspaceId: string) {
  const store = await repository.loadOrderStore(workspaceId);
  const datasets = await repository.listDatasets(workspaceId);
  return { columns: concatChunks(store.chunks), customers: store.customers, dictionaries: store.dictionaries, datasets: datasets.map((d) => d.id) };
}

describe('inspect', () => {
  it('previews the file with what was detected and suggested', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    const inspection = await engine.inspect(id, {});
    if (!inspection.ok) throw new Error(inspection.message);
    expect(inspection.mappingOrigin).toBe('suggested');
    expect(inspection.importedBefore).toBeNull();
    expect(inspection.preview.source).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerLine: 1, records: 5, rejected: 1 });
    expect(inspection.preview.source.errors).toEqual([{ line: 4, column: 'Date', message: "Line 4: 'not a date' in 'Date' is not a date; the row was skipped." }]);
    expect(inspection.preview.mapping).toMatchObject({ orderId: 'Order ID', orderDate: 'Date', email: 'Email', orderTotal: 'Total' });
  });

  it('says why a file cannot be read', async () => {
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('empty.csv', ''));
    expect(await engine.inspect(await workspace(), {})).toEqual({ ok: false, message: 'The file is empty.' });
  });

  it('re-runs with a given mapping and reports a mapping that lacks a date', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    const given = await engine.inspect(id, { mapping: { orderId: 'Order ID', orderDate: 'Date', customerName: 'Name', orderTotal: 'Total' } });
    expect(given.ok && given.mappingOrigin).toBe('given');
    expect(given.ok && given.preview.normalizedSample.map((order) => order.customerKey)).toEqual(['Ann', 'Bob', 'Ann', 'Dee']);
    const broken = await engine.inspect(id, { mapping: { orderId: 'Order ID', email: 'Email', orderTotal: 'Total' } });
    expect(broken.ok && broken.preview.mappingProblems.map((problem) => problem.need)).toEqual(['date']);
    expect(broken.ok && broken.preview.normalizedSample).toEqual([]);
  });

  it('opens a file whose columns it does not recognise, imports it with the columns chosen by hand, and refuses without them', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('books.csv', UNLABELLED_CSV));
    const inspection = await engine.inspect(id, {});
    if (!inspection.ok) throw new Error(inspection.message);
    expect(inspection.preview.source.headers).toEqual(['Ref', 'Booked on', 'Buyer', 'Paid in']);
    expect(inspection.preview.mappingProblems.map((problem) => problem.need)).toEqual(['date', 'amount']);
    const before = await snapshot(id);
    const refused = await engine.run(id, {}, () => undefined);
    expect(refused).toEqual({ kind: 'failed', stage: 'read', message: "No column looks like an order date (expected e.g. 'Created at', '注文日', 'Дата')." });
    expect(await snapshot(id)).toEqual(before);
    const done = await engine.run(id, { mapping: { orderId: 'Ref', orderDate: 'Booked on', email: 'Buyer', orderTotal: 'Paid in' } }, () => undefined);
    if (done.kind !== 'done') throw new Error(JSON.stringify(done));
    expect(done.result).toMatchObject({ rows: 3, orders: 3, added: 3, rejected: 0 });
    expect((await snapshot(id)).columns.orderId).toEqual(['R1', 'R2', 'R3']);
  });
});

describe('run', () => {
  it('stores the orders and the import record, then de-duplicates a re-import and an overlapping export', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    const reports: ImportReport[] = [];
    const first = await engine.run(id, {}, (report) => reports.push(report));
    if (first.kind !== 'done') throw new Error(JSON.stringify(first));
    expect(first.result).toMatchObject({ fileName: 'shop.csv', rows: 5, orders: 4, added: 4, alreadyPresent: 0, rejected: 1, issues: 1 });
    expect(first.result.rejectedRows[0]).toMatchObject({ line: 4, column: 'Date' });
    expect(reports.at(-1)).toMatchObject({ phase: 'saving', records: 5 });

    const stored = await snapshot(id);
    expect(stored.columns.orderId).toEqual(['WB-1', 'WB-2', 'WB-4', 'WB-5']);
    expect(Array.from(stored.columns.amount)).toEqual([100, 40.5, 60, 25]);
    expect(Array.from(stored.columns.cancelled)).toEqual([0, 0, 0, 1]);
    const [dataset] = await repository.listDatasets(id);
    expect(dataset).toMatchObject({
      fileName: 'shop.csv',
      size: SHOP_CSV.length,
      encoding: 'utf-8',
      delimiter: ',',
      counts: { rows: 5, orders: 4, added: 4, alreadyPresent: 0, rejected: 1 },
      rejectedRows: [{ line: 4, column: 'Date' }],
    });
    expect(dataset?.hash).toBe(createHash('sha256').update(SHOP_CSV).digest('hex'));

    // The same bytes again: recognised, and nothing doubled.
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    const again = await engine.inspect(id, {});
    expect(again.ok && again.importedBefore).toBe(dataset?.importedAt);
    const second = await engine.run(id, {}, () => undefined);
    expect(second.kind === 'done' && second.result).toMatchObject({ added: 0, alreadyPresent: 4 });
    expect((await snapshot(id)).columns.count).toBe(4);

    // A newer export overlapping the first: only WB-6 is new.
    await engine.open(fileOf('newer.csv', NEWER_CSV));
    const third = await engine.run(id, {}, () => undefined);
    expect(third.kind === 'done' && third.result).toMatchObject({ added: 1, alreadyPresent: 2 });
    expect((await snapshot(id)).columns.orderId).toEqual(['WB-1', 'WB-2', 'WB-4', 'WB-5', 'WB-6']);

    const listed = await engine.listImports(id);
    expect(listed.ok && listed.value.map((past) => [past.fileName, past.added, past.alreadyPresent])).toEqual([
      ['newer.csv', 1, 2],
      ['shop.csv', 0, 4],
      ['shop.csv', 4, 0],
    ]);
    const csv = await engine.rejectedRowsCsv(id, dataset!.id!);
    expect(csv).toEqual({ ok: true, value: "\uFEFFline,column,reason\r\n4,Date,Line 4: 'not a date' in 'Date' is not a date; the row was skipped.\r\n" });
  });

  it('remembers a confirmed mapping for the next file with the same header shape', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    // The user keys customers by name instead of the suggested e-mail.
    const mapping = { orderId: 'Order ID', orderDate: 'Date', customerName: 'Name', orderTotal: 'Total', status: 'Status' };
    expect((await engine.run(id, { mapping }, () => undefined)).kind).toBe('done');

    await engine.open(fileOf('newer.csv', NEWER_CSV));
    const inspection = await engine.inspect(id, {});
    if (!inspection.ok) throw new Error(inspection.message);
    expect(inspection.mappingOrigin).toBe('remembered');
    // Carried over to this file's spelling of the same headers.
    expect(inspection.preview.mapping).toEqual({ orderId: 'order id', orderDate: 'date', customerName: 'name', orderTotal: 'total', status: 'status' });
    expect(inspection.preview.normalizedSample.map((order) => order.customerKey)).toEqual(['Ann', 'Dee', 'Eve']);
  });

  it('a cancelled import stores nothing', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    await engine.run(id, {}, () => undefined);
    const before = await snapshot(id);

    // Enough rows that the pipeline yields (and looks at the signal) while reading.
    const rows = Array.from({ length: 60_000 }, (_, i) => `N-${i},2024-06-01,c${i % 500}@example.com,C,${i % 90}.50,paid,Tea`);
    await engine.open(fileOf('big.csv', ['Order ID,Date,Email,Name,Total,Status,Product', ...rows].join('\n')));
    let cancelled = false;
    const outcome = await engine.run(id, {}, (report) => {
      if (!cancelled && report.phase === 'reading') {
        cancelled = true;
        void engine.cancel();
      }
    });
    expect(cancelled).toBe(true);
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(await snapshot(id)).toEqual(before);
    expect(await engine.cancel()).toBe(false); // nothing left running
  });

  it('a save the database refuses (quota) leaves the workspace exactly as it was', async () => {
    const id = await workspace();
    const engine = new ImportEngine(repository, openTestBlob);
    await engine.open(fileOf('shop.csv', SHOP_CSV));
    await engine.run(id, {}, () => undefined);
    const before = await snapshot(id);

    // The disk fills up at the last write of the transaction, after the chunks and customers were written.
    const datasets = repository.workspaceDb(id).datasets;
    const refuse = vi.spyOn(datasets, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await engine.open(fileOf('newer.csv', NEWER_CSV));
    const outcome = await engine.run(id, {}, () => undefined);
    expect(refuse).toHaveBeenCalledTimes(1);
    expect(outcome).toEqual({ kind: 'failed', stage: 'save', message: expect.stringMatching(/quota/i) });
    refuse.mockRestore();
    expect(await snapshot(id)).toEqual(before);
  });
});
