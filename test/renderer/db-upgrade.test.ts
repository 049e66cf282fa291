/** A database written by schema v1 opens with the current schema, rows intact and migrated. */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { orderStoreFrom } from '../../src-core/data/columnar';
import { packCustomers, unpackCustomers, unpackOrderChunk } from '../../src-renderer/db/packed-rows';
import type { DatasetRecord } from '../../src-renderer/db/records';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { WORKSPACE_SCHEMA_V1, WORKSPACE_SCHEMA_VERSION, headerSignature } from '../../src-renderer/db/workspace-schema';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

const v1Dataset: Omit<DatasetRecord, 'id' | 'headerSignature'> = {
  fileName: 'orders_export.csv',
  size: 1234,
  hash: 'ab'.repeat(32),
  encoding: 'utf-8',
  delimiter: ',',
  headers: [' Order ID', 'Email', 'Total '],
  mapping: { orderId: ' Order ID', email: 'Email', orderTotal: 'Total ' },
  importedAt: 1_700_000_000_000,
  counts: { rows: 5, orders: 5, added: 5, alreadyPresent: 0, rejected: 0 },
  rejectedRows: [],
};

async function seedVersion1(workspaceId: string) {
  const old = new Dexie(workspaceDbName(workspaceId));
  old.version(1).stores(WORKSPACE_SCHEMA_V1);
  const store = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY');
  await old.table('orderChunks').bulkAdd(store.chunks);
  await old.table('customers').bulkAdd(store.customers.map((customer, index) => ({ index, ...customer })));
  await old.table('dictionaries').put({ name: 'products', values: store.dictionaries.products });
  await old.table('datasets').add(v1Dataset);
  await old.table('settings').put({ key: 'asOf', value: '2024-03-31' });
  old.close();
  return store;
}

it('upgrades a v1 workspace database to the current version without losing rows', async () => {
  const seeded = await seedVersion1('legacy');

  const db = new WorkspaceDb('legacy');
  await db.open();
  expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);

  const chunks = await db.orderChunks.toArray();
  expect(chunks).toHaveLength(1);
  // Since v8 the order ids are packed into one string, the number columns narrowed where nothing is lost,
  // and the customers kept in blocks: read back, typed arrays are typed arrays of their kind again
  // (compared by tag: the clone may come from another realm).
  expect(typeof chunks[0]!.orderIds).toBe('string');
  const chunk = unpackOrderChunk(chunks[0]!);
  expect(Object.prototype.toString.call(chunk.day)).toBe('[object Int32Array]');
  expect(Object.prototype.toString.call(chunk.amount)).toBe('[object Float64Array]');
  expect(Array.from(chunk.day)).toEqual(Array.from(seeded.chunks[0]!.day));
  expect(Array.from(chunk.amount)).toEqual(Array.from(seeded.chunks[0]!.amount));
  expect(chunk.orderId).toEqual(seeded.chunks[0]!.orderId);
  expect(await db.customers.toArray()).toEqual(packCustomers(seeded.customers));
  expect(unpackCustomers(await db.customers.toArray())).toEqual(seeded.customers);
  expect(await db.settings.get('asOf')).toEqual({ key: 'asOf', value: '2024-03-31' });

  // The v2 upgrade back-filled the header signature, and it is indexed.
  const [dataset] = await db.datasets.toArray();
  expect(dataset).toMatchObject({ ...v1Dataset, headerSignature: 'order id\u001femail\u001ftotal' });
  expect(await db.datasets.where('headerSignature').equals(headerSignature(['order id', 'EMAIL', 'Total'])).count()).toBe(1);

  // And the table v2 added is usable.
  await db.notes.add({ createdAt: 1, text: 'Check the March dip.' });
  expect(await db.notes.count()).toBe(1);
  db.close();
});

it('creates a fresh database directly at the current version', async () => {
  const db = new WorkspaceDb('fresh');
  await db.open();
  expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
  // Later versions add tables; none ever goes away.
  expect(db.tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(['customers', 'datasets', 'dictionaries', 'notes', 'orderChunks', 'settings']),
  );
  db.close();
});
