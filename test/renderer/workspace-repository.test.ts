import { describe, expect, it } from 'vitest';
import { appendOrders, emptyOrderStore, storeColumns, type OrderChunk, type OrderStoreColumns } from '../../src-core/data/columnar';
import { comparable } from './analysis-columns';
import type { DatasetRecord } from '../../src-renderer/db/records';
import * as repository from '../../src-renderer/db/workspace-repository';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

function datasetFor(fileName: string, rows: number): Omit<DatasetRecord, 'id' | 'headerSignature'> {
  return {
    fileName,
    size: 100,
    hash: '0'.repeat(64),
    encoding: 'utf-8',
    delimiter: ',',
    headers: ['Order', 'Customer', 'Total'],
    mapping: { orderId: 'Order', customerId: 'Customer', orderTotal: 'Total' },
    importedAt: Date.now(),
    counts: { rows, orders: rows, added: rows, alreadyPresent: 0, rejected: 0 },
    rejectedRows: [],
  };
}

/** Loaded columns, or storeColumns of the store, in a form to compare (comparable). */
function laidEnd(loaded: OrderStoreColumns) {
  return { ...loaded, columns: comparable(loaded.columns) };
}

describe('workspaces', () => {
  it('creates, lists in creation order, renames and deletes', async () => {
    const first = await repository.createWorkspace({ name: '  Shop A ', currency: 'EUR' });
    const second = await repository.createWorkspace({ name: 'Shop B' });
    expect((await repository.listWorkspaces()).map((workspace) => workspace.name)).toEqual(['Shop A', 'Shop B']);
    expect(first).toMatchObject({ currency: 'EUR', isDemo: false });

    await repository.renameWorkspace(second.id, 'Shop B (Tokyo)');
    expect((await repository.getWorkspace(second.id))?.name).toBe('Shop B (Tokyo)');

    await repository.saveImport(first.id, appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS), datasetFor('a.csv', 5));
    await repository.deleteWorkspace(first.id);
    expect((await repository.listWorkspaces()).map((workspace) => workspace.id)).toEqual([second.id]);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(`rw-ws-${first.id}`);
  });
});

describe('orders', () => {
  it('saves an import and loads the same OrderStore back', async () => {
    const workspace = await repository.createWorkspace({ name: 'Tea', currency: '' });
    const append = appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS, 2); // three chunks
    const saved = await repository.saveImport(workspace.id, append, datasetFor('orders.csv', 5));
    expect(saved).toEqual({ ok: true, value: { datasetId: 1, added: 5 } });

    const loaded = await repository.loadOrderStore(workspace.id);
    expect(loaded.currency).toBe('JPY'); // learned from the orders, recorded in the registry
    expect(loaded.customers).toEqual(append.store.customers);
    expect(loaded.dictionaries).toEqual(append.store.dictionaries);
    expect(loaded.chunks.map((chunk) => chunk.seq)).toEqual([0, 1, 2]);
    expect(loaded.chunks.flatMap((chunk) => chunk.orderId)).toEqual(TINY_SHOP_ORDERS.map((order) => order.orderId));
    expect(loaded.chunks.flatMap((chunk) => Array.from(chunk.amount))).toEqual(TINY_SHOP_ORDERS.map((order) => order.amount));

    const [dataset] = await repository.listDatasets(workspace.id);
    expect(dataset).toMatchObject({ fileName: 'orders.csv', headerSignature: 'order\u001fcustomer\u001ftotal' });
  });

  it('loadOrderColumns gives the stored chunks laid end to end, narrowed columns or not', async () => {
    const workspace = await repository.createWorkspace({ name: 'Tea' });
    const append = appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS, 2); // chunks of 2, 2 and 1
    const [first, second, third] = append.newChunks as [OrderChunk, OrderChunk, OrderChunk];
    // Chunk 0 cannot narrow its amounts (not whole cents) nor its customers (range too wide);
    // chunk 1 narrows amounts as cents and lines into a Uint16Array from a base; chunk 2 is as imported.
    const chunks = [
      { ...first, amount: Float64Array.from([0.1 + 0.2, -0]), customer: Uint32Array.from([4_000_000_000, 0]) },
      { ...second, amount: Float64Array.from([12.34, -7.5]), quantity: Float64Array.from([1.25, 3]), line: Uint32Array.from([100_000, 160_000]) },
      third,
    ];
    await repository.saveImport(workspace.id, { ...append, newChunks: chunks }, datasetFor('orders.csv', 5));

    const rows = await repository.workspaceDb(workspace.id).orderChunks.toArray();
    expect(rows.map((row) => Object.keys(row.narrowed).sort())).toEqual([
      ['channel', 'country', 'day', 'discountCode', 'line', 'product', 'quantity'],
      ['amount', 'channel', 'country', 'customer', 'day', 'discountCode', 'line', 'product', 'quantity'],
      ['amount', 'channel', 'country', 'customer', 'day', 'discountCode', 'line', 'product', 'quantity'],
    ]);
    expect(rows[1]!.narrowed.amount).toEqual({ base: -750, divisor: 100 });
    expect(rows[1]!.line.constructor.name).toBe('Uint16Array'); // rows come from fake-indexeddb's realm
    expect(rows[1]!.narrowed.line).toEqual({ base: 100_000, divisor: 1 });
    expect(rows[0]!.customer.constructor.name).toBe('Uint32Array');

    const loaded = await repository.loadOrderColumns(workspace.id);
    expect(laidEnd(loaded)).toStrictEqual(laidEnd(storeColumns(await repository.loadOrderStore(workspace.id))));
    expect(loaded.currency).toBe('JPY');
    expect(loaded.columns.count).toBe(5);
    expect(comparable(loaded.columns).orderId).toEqual(TINY_SHOP_ORDERS.map((order) => order.orderId));
    expect(Array.from(loaded.columns.amount)).toEqual([0.1 + 0.2, -0, 12.34, -7.5, TINY_SHOP_ORDERS[4]!.amount]);
    expect(Object.is(loaded.columns.amount[1], -0)).toBe(true);
    expect(Array.from(loaded.columns.customer.subarray(0, 2))).toEqual([4_000_000_000, 0]);
    expect(loaded.columns).not.toHaveProperty('line'); // analysis does not read line numbers or quantities
    expect(loaded.columns).not.toHaveProperty('quantity');
  });

  it('loadOrderColumns of a workspace without orders is empty columns', async () => {
    const workspace = await repository.createWorkspace({ name: 'Empty', currency: 'EUR' });
    const loaded = await repository.loadOrderColumns(workspace.id);
    expect(laidEnd(loaded)).toStrictEqual(laidEnd(storeColumns(await repository.loadOrderStore(workspace.id))));
    expect(laidEnd(loaded)).toMatchObject({ currency: 'EUR', customers: [], columns: { count: 0, orderId: [] } });
  });

  it('a second, overlapping import only adds the new orders', async () => {
    const workspace = await repository.createWorkspace({ name: 'Tea' });
    await repository.saveImport(workspace.id, appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS.slice(0, 3)), datasetFor('jan.csv', 3));
    const before = await repository.loadOrderStore(workspace.id);
    const append = appendOrders(before, TINY_SHOP_ORDERS);
    expect(append).toMatchObject({ added: 2, alreadyPresent: 3 });
    expect((await repository.saveImport(workspace.id, append, datasetFor('all.csv', 5))).ok).toBe(true);

    const after = await repository.loadOrderStore(workspace.id);
    expect(after.chunks.reduce((sum, chunk) => sum + chunk.count, 0)).toBe(5);
    expect(after.customers).toHaveLength(3);
  });

  it('a failure half-way through an import leaves everything as it was', async () => {
    const workspace = await repository.createWorkspace({ name: 'Tea', currency: 'JPY' });
    await repository.saveImport(workspace.id, appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS.slice(0, 2)), datasetFor('first.csv', 2));
    const before = await repository.loadOrderStore(workspace.id);

    // The chunks and customers are written first; then the import record cannot be stored
    // (a function cannot be cloned into IndexedDB), so the transaction must roll all of it back.
    const append = appendOrders(before, TINY_SHOP_ORDERS);
    const poisoned = { ...datasetFor('second.csv', 5), mapping: { orderId: 'Order', poison: () => 'not storable' } };
    const outcome = await repository.saveImport(workspace.id, append, poisoned);

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/clone/i);
    const after = await repository.loadOrderStore(workspace.id);
    expect(after.chunks.map((chunk) => chunk.seq)).toEqual(before.chunks.map((chunk) => chunk.seq));
    expect(after.customers).toEqual(before.customers);
    expect(after.dictionaries).toEqual(before.dictionaries);
    expect((await repository.listDatasets(workspace.id)).map((dataset) => dataset.fileName)).toEqual(['first.csv']);
  });

  it('re-writing a chunk that already exists fails as a message, not an exception', async () => {
    const workspace = await repository.createWorkspace({ name: 'Tea' });
    const append = appendOrders(emptyOrderStore(), TINY_SHOP_ORDERS);
    await repository.saveImport(workspace.id, append, datasetFor('once.csv', 5));
    const again = await repository.saveImport(workspace.id, append, datasetFor('twice.csv', 5));
    expect(again.ok).toBe(false);
    expect((await repository.listDatasets(workspace.id))).toHaveLength(1);
  });
});

describe('settings and preferences', () => {
  it('stores per-workspace settings and app-wide preferences separately', async () => {
    const a = await repository.createWorkspace({ name: 'A' });
    const b = await repository.createWorkspace({ name: 'B' });
    await repository.putSetting(a.id, 'activityWindowDays', 180);
    expect(await repository.getSetting(a.id, 'activityWindowDays')).toBe(180);
    expect(await repository.getSetting(b.id, 'activityWindowDays')).toBeUndefined();

    await repository.putPreference('language', 'ja');
    expect(await repository.getPreference('language')).toBe('ja');
  });
});
