/**
 * Every workspace schema version ever shipped: a database written by that
 * version (every table it had, with rows) opens with the current schema and
 * every row is still there. And an upgrade that fails half-way leaves the old
 * database exactly as it was (Dexie runs it in one versionchange transaction).
 */
import Dexie, { type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { orderStoreFrom } from '../../src-core/data/columnar';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import {
  WORKSPACE_SCHEMA_V1,
  WORKSPACE_SCHEMA_V2,
  WORKSPACE_SCHEMA_V3,
  WORKSPACE_SCHEMA_V4,
  WORKSPACE_SCHEMA_V5,
  WORKSPACE_SCHEMA_V6,
  WORKSPACE_SCHEMA_V7,
  WORKSPACE_SCHEMA_V8,
  WORKSPACE_SCHEMA_VERSION,
  backfillHeaderSignature,
  headerSignature,
  packOrderIdsAndCustomers,
} from '../../src-renderer/db/workspace-schema';
import { packCustomers, packOrderChunk, unpackCustomers } from '../../src-renderer/db/packed-rows';
import { loadOrderStore } from '../../src-renderer/db/workspace-repository';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

/** Released schemas, oldest first; a new version must be added here (the first test checks the count). */
const SCHEMAS: readonly Record<string, string>[] = [
  WORKSPACE_SCHEMA_V1,
  WORKSPACE_SCHEMA_V2,
  WORKSPACE_SCHEMA_V3,
  WORKSPACE_SCHEMA_V4,
  WORKSPACE_SCHEMA_V5,
  WORKSPACE_SCHEMA_V6,
  WORKSPACE_SCHEMA_V7,
  WORKSPACE_SCHEMA_V8,
];

const store = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY');
const headers = [' Order ID', 'Email', 'Total '];

/** Typed arrays compared by kind and content: IndexedDB's clone may come from another realm. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return [Object.prototype.toString.call(value), Array.from(value as unknown as ArrayLike<number>)];
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}

/** Rows for every table, as the version that introduced the table wrote them. */
function rowsFor(table: string, version: number): Record<string, unknown>[] {
  switch (table) {
    case 'orderChunks':
      // v1–v7: OrderChunk as-is; since v8 the order ids packed into one string.
      return (version >= 8 ? store.chunks.map(packOrderChunk) : store.chunks) as unknown as Record<string, unknown>[];
    case 'customers':
      // v1–v7: one row per customer; since v8 blocks of packed fields.
      return (version >= 8 ? packCustomers(store.customers) : store.customers.map((customer, index) => ({ index, ...customer }))) as unknown as Record<string, unknown>[];
    case 'dictionaries':
      // In primary-key order, as toArray() returns them.
      return [{ name: 'channels', values: store.dictionaries.channels }, { name: 'products', values: store.dictionaries.products }];
    case 'datasets': {
      const dataset = { id: 1, fileName: 'orders_export.csv', size: 1234, hash: 'ab'.repeat(32), encoding: 'utf-8', delimiter: ',', headers, mapping: { orderId: ' Order ID', email: 'Email', orderTotal: 'Total ' }, importedAt: 1_700_000_000_000, counts: { rows: 5, orders: 5, added: 5, alreadyPresent: 0, rejected: 0 }, rejectedRows: [{ line: 4, column: 'Total', message: 'Line 4: no amount.' }] };
      return [version >= 2 ? { ...dataset, headerSignature: headerSignature(headers) } : dataset];
    }
    case 'settings':
      return [{ key: 'asOf', value: '2024-03-31' }];
    case 'notes':
      return [{ id: 1, createdAt: 1_700_000_000_500, text: 'Check the March dip.' }];
    case 'segments':
      return [{ id: 1, name: 'Cohort 2024-01, month 2', createdAt: 1_700_000_001_000, customerKeys: ['a@example.jp', 'b@example.jp'] }];
    case 'customerNotes':
      return [{ id: 1, customerKey: 'a@example.jp', createdAt: 1_700_000_002_000, text: 'Prefers phone calls.' }];
    case 'customerTags':
      return [{ customerKey: 'a@example.jp', tags: ['vip', 'wholesale'] }];
    case 'fitCosts':
      return [{ customerKey: 'a@example.jp', source: 'manual', labourHours: 3, hourlyRate: 40, communicationCost: 12, hardCosts: [{ name: 'shipping', amount: 25 }] }];
    case 'fitSegmentCosts':
      return [{ segment: 'Champions', labourHours: 1, hourlyRate: 40, communicationCost: 5, hardCosts: [] }];
    case 'fitRatings':
      return [{ customerKey: 'a@example.jp', ratings: { strategicFit: 4, paysOnTime: 5 } }];
    case 'fitSettings':
      return [{ key: 'thresholds', value: { departBelow: 0.3, growFrom: 70 } }];
    case 'fitOverrides':
      return [{ id: 1, customerKey: 'b@example.jp', at: 1_700_000_003_000, status: 'keep', reason: 'Opens doors to other buyers.' }];
    case 'campaigns':
      return [{ id: 'c-1', createdAt: 1_700_000_004_000, name: 'Win-back spring', holdout: { seed: 7, members: ['b@example.jp'] } }];
    case 'reports':
      return [{ id: 'r-1', updatedAt: 1_700_000_005_000, name: 'Quarterly', sections: ['cover', 'summary'] }];
    default:
      throw new Error(`no fixture rows for table ${table}: add them with the schema version that introduced it`);
  }
}

/** What the current schema's upgrades make of the rows `version` wrote: v1 datasets gain their header signature, v8 packs the order ids and customers. */
function upgradedRows(table: string, version: number): Record<string, unknown>[] {
  if (table === 'datasets' && version < 2) return rowsFor(table, version).map((row) => ({ ...row, headerSignature: headerSignature(headers) }));
  if ((table === 'orderChunks' || table === 'customers') && version < 8) return rowsFor(table, WORKSPACE_SCHEMA_VERSION);
  return rowsFor(table, version);
}

/** A database exactly as version `version` of the app left it: its schema chain, its upgrades, rows in every table. */
async function writtenByVersion(workspaceId: string, version: number): Promise<void> {
  const old = new Dexie(workspaceDbName(workspaceId));
  SCHEMAS.slice(0, version).forEach((schema, index) => {
    const declared = old.version(index + 1).stores(schema);
    if (index + 1 === 2) declared.upgrade(backfillHeaderSignature);
  });
  await old.open();
  for (const table of Object.keys(SCHEMAS[version - 1]!)) await old.table(table).bulkPut(rowsFor(table, version));
  old.close();
}

describe('every released workspace schema upgrades to the current one', () => {
  it('the list of released schemas is complete', () => {
    expect(SCHEMAS).toHaveLength(WORKSPACE_SCHEMA_VERSION);
  });

  it.each(SCHEMAS.map((_, index) => index + 1))('a database written by v%i keeps every row', async (version) => {
    const workspaceId = `written-by-v${version}`;
    await writtenByVersion(workspaceId, version);

    const db = new WorkspaceDb(workspaceId);
    await db.open();
    expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
    for (const table of Object.keys(SCHEMAS[version - 1]!)) {
      expect(plain(await db.table(table).toArray()), `${table} from v${version}`).toEqual(plain(upgradedRows(table, version)));
    }
    // And the app reads the orders and customers back as they were written.
    const loaded = await loadOrderStore(workspaceId);
    expect(plain(loaded.chunks)).toEqual(plain(store.chunks));
    expect(loaded.customers).toEqual(store.customers);
    // Tables added after that version exist and are empty.
    for (const table of Object.keys(SCHEMAS.at(-1)!)) {
      if (!(table in SCHEMAS[version - 1]!)) expect(await db.table(table).count(), table).toBe(0);
    }
    db.close();
  });
});

/** A database opened at whatever version it is: that version and every table's rows. */
async function tablesAsTheyAre(workspaceId: string): Promise<{ version: number; tables: Record<string, unknown> }> {
  const db = new Dexie(workspaceDbName(workspaceId));
  await db.open();
  const tables = Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, plain(await table.toArray())] as const)));
  const version = db.verno;
  db.close();
  return { version, tables };
}

describe('an upgrade that fails half-way', () => {
  it('leaves the older database exactly as it was, and a later upgrade still succeeds', async () => {
    await writtenByVersion('interrupted', 1);
    const before = await tablesAsTheyAre('interrupted');

    // The v2 step modifies the datasets, then fails (a bug, a full disk, the window closing).
    const failing = new Dexie(workspaceDbName('interrupted'));
    failing.version(1).stores(WORKSPACE_SCHEMA_V1);
    failing.version(2).stores(WORKSPACE_SCHEMA_V2).upgrade(async (tx: Transaction) => {
      await backfillHeaderSignature(tx);
      await tx.table('customers').clear();
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    expect(await tablesAsTheyAre('interrupted')).toEqual({ ...before, version: 1 });

    const current = new WorkspaceDb('interrupted');
    await current.open();
    expect(current.verno).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(unpackCustomers(await current.customers.toArray())).toEqual(store.customers);
    expect((await current.datasets.toArray())[0]?.headerSignature).toBe(headerSignature(headers));
    current.close();
  });

  it('v7 → v8 failing after the rows were packed leaves the v7 rows as they were', async () => {
    await writtenByVersion('interrupted-v8', 7);
    const before = await tablesAsTheyAre('interrupted-v8');

    const failing = new Dexie(workspaceDbName('interrupted-v8'));
    SCHEMAS.slice(0, 7).forEach((schema, index) => failing.version(index + 1).stores(schema));
    failing.version(8).stores(WORKSPACE_SCHEMA_V8).upgrade(async (tx: Transaction) => {
      await packOrderIdsAndCustomers(tx);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(failing.open()).rejects.toThrow();
    failing.close();

    expect(await tablesAsTheyAre('interrupted-v8')).toEqual({ ...before, version: 7 });

    const loaded = await loadOrderStore('interrupted-v8');
    expect(plain(loaded.chunks)).toEqual(plain(store.chunks));
    expect(loaded.customers).toEqual(store.customers);
  });
});
