/**
 * Backup and restore of whole workspaces against IndexedDB (fake-indexeddb): a
 * workspace seeded through the repositories comes back identical, table by table
 * and row by row; a wrong passphrase, a v1 backup, and a disk that fills up half-way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendOrders, emptyOrderStore } from '../../src-core/data/columnar';
import { decodeBackup, encodeBackup, PBKDF2_ITERATIONS } from '../../src-core/backup';
import { readWorkspaceSnapshot, removeUnlistedWorkspaceDbs, restoreWorkspaceSnapshot, isStorageFull } from '../../src-renderer/db/backup-adapter';
import { addCustomerNote, setCustomerTags } from '../../src-renderer/db/customer-notes-repository';
import { appendOverride, saveCustomerCost, saveRatings } from '../../src-renderer/db/fit-repository';
import { packCustomerRows, packOrderChunkRow, unpackCustomers, unpackOrderChunk, type CustomerBlockRow, type StoredOrderChunk } from '../../src-renderer/db/packed-rows';
import type { DatasetRecord } from '../../src-renderer/db/records';
import { saveSegment } from '../../src-renderer/db/segment-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import * as repository from '../../src-renderer/db/workspace-repository';
import { WORKSPACE_SCHEMA_VERSION } from '../../src-renderer/db/workspace-schema';
import { backUpWorkspace, restoreBackup } from '../../src-renderer/features/settings/backup-engine';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

/** The passphrase test/core/backup/fixtures/v1-workspace.ts encrypted its fixture with. */
const V1_FIXTURE_PASSPHRASE = 'fixture passphrase – пароль – 合言葉';

// Relative to the repository root: in the DOM environment import.meta.url is not a file: URL.
const v1Fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve('test/core/backup/fixtures', name)));

function dataset(fileName: string, rows: number): Omit<DatasetRecord, 'id' | 'headerSignature'> {
  return {
    fileName,
    size: 321,
    hash: 'c0ffee'.padEnd(64, '0'),
    encoding: 'shift_jis',
    delimiter: ',',
    headers: ['注文番号', '顧客', '合計'],
    mapping: { orderId: '注文番号', customerId: '顧客', orderTotal: '合計' },
    importedAt: 1_717_000_000_000,
    counts: { rows, orders: rows, added: rows, alreadyPresent: 0, rejected: 1 },
    rejectedRows: [{ line: 9, column: '合計', message: 'not a number: "=1+1"' }],
  };
}

/** Every table of a workspace database, read through a connection of its own. */
async function allTables(workspaceId: string): Promise<Record<string, unknown[]>> {
  const db = new WorkspaceDb(workspaceId);
  try {
    await db.open();
    const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return Object.fromEntries(entries);
  } finally {
    db.close();
  }
}

/** A row for a table from its schema alone (key and indexed fields), for tables nothing else seeds. */
function rowFromSchema(table: Dexie.Table): Record<string, unknown> {
  const { primKey, indexes } = table.schema;
  const row: Record<string, unknown> = { note: `<b>${table.name}</b> =cmd|calc`, nested: { list: [1, 2.5, null], at: new Date(0) } };
  for (const index of [primKey, ...indexes]) {
    const path = typeof index.keyPath === 'string' ? index.keyPath : null;
    if (path === null || (index === primKey && primKey.auto)) continue;
    row[path] = index.multi ? [`${path}-a`, `${path}-b`] : `${path}-1`;
  }
  return row;
}

/**
 * Typed arrays as { kind, values }: fake-indexeddb clones them in another realm than this
 * module's (the fixture's), and the matchers refuse to equate arrays across realms.
 */
function comparable(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const kind = Object.prototype.toString.call(value).slice(8, -1);
    return { kind, values: Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  }
  if (Array.isArray(value)) return value.map(comparable);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, comparable(item)]));
  return value;
}

/** Dexie's Table.prototype: each database derives its own table class from it, so a spy here sees every table. */
function sharedTablePrototype(): Dexie.Table {
  return Object.getPrototypeOf(Object.getPrototypeOf(new WorkspaceDb('probe').customers));
}

/** A workspace with rows in every table, seeded the way the app writes them wherever a repository exists. */
async function seededWorkspace(name = 'Tea & Kasha <Ltd>') {
  const workspace = await repository.createWorkspace({ name, currency: 'JPY' });
  const first = appendOrders(emptyOrderStore('JPY'), TINY_SHOP_ORDERS.slice(0, 3), 2);
  expect((await repository.saveImport(workspace.id, first, dataset('jan.csv', 3))).ok).toBe(true);
  const second = appendOrders(first.store, TINY_SHOP_ORDERS, 2);
  expect((await repository.saveImport(workspace.id, second, dataset('all.csv', 5))).ok).toBe(true);
  await repository.putSetting(workspace.id, 'cohortPeriod', 'quarter');
  await repository.putSetting(workspace.id, 'asOf', null);
  expect((await saveSegment(workspace.id, { name: 'Lapsed <VIP>', customers: [2, 0], source: { kind: 'other', description: 'hand-picked' } })).ok).toBe(true);
  expect((await addCustomerNote(workspace.id, 'ann', 'Prefers <i>sencha</i>; =HYPERLINK("x")')).ok).toBe(true);
  expect((await setCustomerTags(workspace.id, 'bob', ['wholesale', 'お得意様'])).ok).toBe(true);
  expect((await saveCustomerCost(workspace.id, 'ann', { labourHours: 1.5, hourlyRate: 4000, other: { shipping: 800 } })).ok).toBe(true);
  expect((await saveRatings(workspace.id, 'ann', { loyalty: 5 })).ok).toBe(true);
  expect((await appendOverride(workspace.id, { customerKey: 'bob', status: 'depart', reason: 'Always late paying', at: '2024-05-01T00:00:00.000Z' })).ok).toBe(true);

  const db = repository.workspaceDb(workspace.id);
  await db.notes.add({ createdAt: 1_717_000_000_000, text: 'Ask about <script>May</script> returns.' });
  // Tables without a simple repository call (and any added by a later schema) still get a row.
  for (const table of db.tables) if ((await table.count()) === 0) await table.add(rowFromSchema(table));
  return workspace;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a workspace backed up and restored', () => {
  it('comes back as a new workspace identical in every table, row by row (typed arrays included)', async () => {
    const original = await seededWorkspace();
    const before = await allTables(original.id);
    for (const [name, rows] of Object.entries(before)) expect(rows.length, `${name} is seeded`).toBeGreaterThan(0);
    expect(before['orderChunks']!.length).toBeGreaterThan(1);

    const backup = await backUpWorkspace(original.id, '');
    if (!backup.ok) throw new Error(backup.message);
    expect(backup.workspaceName).toBe('Tea & Kasha <Ltd>');
    const restored = await restoreBackup(backup.bytes, '');
    if (!restored.ok) throw new Error(restored.message);

    expect(restored.workspace.id).not.toBe(original.id);
    // Same name taken: the copy is told apart.
    expect(restored.workspace).toMatchObject({ name: 'Tea & Kasha <Ltd> (2)', currency: 'JPY', isDemo: false });
    expect(restored.upgradesApplied).toEqual([]);
    expect((await repository.listWorkspaces()).map((workspace) => workspace.id)).toEqual([original.id, restored.workspace.id]);

    const after = await allTables(restored.workspace.id);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      expect(after[name], name).toStrictEqual(before[name]);
      expect(comparable(after[name]), `${name}: value kinds`).toStrictEqual(comparable(before[name]));
    }
    // And the app reads it back the same way.
    expect(await repository.loadOrderStore(restored.workspace.id)).toStrictEqual(await repository.loadOrderStore(original.id));
    // The original was only read.
    expect(await allTables(original.id)).toStrictEqual(before);
  });

  it('encrypted: the same workspace comes back with the passphrase; without it, or with a wrong one, nothing is created', async () => {
    const original = await seededWorkspace('Чайная');
    const before = await allTables(original.id);
    const backup = await backUpWorkspace(original.id, 'correct horse – 合言葉');
    if (!backup.ok) throw new Error(backup.message);
    // The file names its iterations in the header (offset 24, little-endian) and hides the rows.
    expect(new DataView(backup.bytes.buffer, backup.bytes.byteOffset).getUint32(24, true)).toBe(PBKDF2_ITERATIONS);
    expect(new TextDecoder().decode(backup.bytes)).not.toContain('sencha');

    expect(await restoreBackup(backup.bytes, '')).toMatchObject({ ok: false, reason: 'passphrase-required' });
    expect(await restoreBackup(backup.bytes, 'correct horse')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    expect(await repository.listWorkspaces()).toHaveLength(1);
    expect((await indexedDB.databases()).map((db) => db.name).filter((name) => name?.startsWith('rw-ws-'))).toEqual([workspaceDbName(original.id)]);

    const restored = await restoreBackup(backup.bytes, 'correct horse – 合言葉');
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.workspace.name).toBe('Чайная (2)');
    expect(await allTables(restored.workspace.id)).toStrictEqual(before);
  });

  it('refuses a file that is not a backup, and a damaged one, creating nothing', async () => {
    const original = await seededWorkspace();
    const backup = await backUpWorkspace(original.id, '');
    if (!backup.ok) throw new Error(backup.message);
    const damaged = backup.bytes.slice();
    damaged[damaged.length - 3]! ^= 0xff;
    expect(await restoreBackup(new TextEncoder().encode('order_id,amount\n1,2\n'), '')).toMatchObject({ ok: false, reason: 'not-a-backup' });
    expect(await restoreBackup(damaged, '')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await restoreBackup(backup.bytes.subarray(0, 40), '')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await repository.listWorkspaces()).toHaveLength(1);
  });
});

describe('a backup from an older schema', () => {
  it.each([
    ['workspace-schema-v1.rwbackup', ''],
    ['workspace-schema-v1-encrypted.rwbackup', V1_FIXTURE_PASSPHRASE],
  ])('%s restores into the current schema through every named upgrade', async (file, passphrase) => {
    // What the v1 build wrote (test/core/backup checks these bytes still decode to the workspace they came from).
    const decoded = await decodeBackup(v1Fixture(file), { passphrase });
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.snapshot.schemaVersion).toBe(1);
    const v1 = decoded.snapshot.tables;
    const restored = await restoreBackup(v1Fixture(file), passphrase);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.upgradesApplied[0]).toBe('backfillHeaderSignature');
    expect(restored.upgradesApplied).toHaveLength(WORKSPACE_SCHEMA_VERSION - 1);
    expect(restored.workspace).toMatchObject({ name: 'Чайная лавка / 茶舗', currency: 'RUB' });

    const db = repository.workspaceDb(restored.workspace.id);
    await db.open();
    expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
    const tables = await allTables(restored.workspace.id);
    // IndexedDB hands rows back in key order (the dictionaries by name); the fixture lists them as written.
    const inKeyOrder = (rows: unknown) => (comparable(rows) as unknown[]).map((row) => JSON.stringify(row)).sort();
    for (const name of ['dictionaries', 'settings']) expect(inKeyOrder(tables[name]), name).toEqual(inKeyOrder(v1[name]));
    // Since v8 the order ids and the customers are stored packed: the same rows, in that form.
    expect(inKeyOrder(tables['orderChunks'])).toEqual(inKeyOrder(v1['orderChunks']!.map(packOrderChunkRow)));
    expect(tables['customers']).toStrictEqual(packCustomerRows(v1['customers']!));
    expect(tables['datasets']).toStrictEqual([{ ...v1['datasets']![0]!, headerSignature: 'номер заказа\u001fe-mail\u001fсумма' }]);
    // Tables later versions added exist and are empty.
    for (const name of ['notes', 'segments', 'customerNotes', 'campaigns']) expect(tables[name], name).toEqual([]);
    // The app can use it: the orders load.
    const store = await repository.loadOrderStore(restored.workspace.id);
    expect(Array.from(store.chunks[0]?.amount ?? [])).toEqual([1250.5, 990, -120, 3400.25]);
    expect(store.customers[2]?.name).toBe('<img src=x onerror=alert(1)>');
    expect(store.chunks.map((chunk) => chunk.orderId)).toEqual(v1['orderChunks']!.map((row) => (row as { orderId: string[] }).orderId));
    expect(store.customers).toEqual(v1['customers']!.map((row) => {
      const { index: _index, ...customer } = row as { index: number };
      return customer;
    }));
  });

  it('a v7 backup (one row per customer, order ids as lists) restores packed, and the workspace loads the same', async () => {
    const original = await seededWorkspace();
    const current = await readWorkspaceSnapshot(original.id);
    if (!current.ok) throw new Error(current.message);
    // The same workspace as schema v7 stored it.
    const v7Tables = {
      ...current.value.tables,
      orderChunks: (current.value.tables['orderChunks'] as StoredOrderChunk[]).map(unpackOrderChunk),
      customers: unpackCustomers(current.value.tables['customers'] as CustomerBlockRow[]).map((customer, index) => ({ index, ...customer })),
    };
    const bytes = await encodeBackup({ ...current.value, schemaVersion: 7, tables: v7Tables });

    const restored = await restoreBackup(bytes, '');
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.upgradesApplied).toEqual(['packOrderIdsAndCustomers']);
    const before = await allTables(original.id);
    const after = await allTables(restored.workspace.id);
    for (const name of Object.keys(before)) expect(comparable(after[name]), name).toStrictEqual(comparable(before[name]));
    expect(await repository.loadOrderStore(restored.workspace.id)).toStrictEqual(await repository.loadOrderStore(original.id));
  });

  it('a backup from a newer schema is refused, creating nothing', async () => {
    const decoded = await decodeBackup(v1Fixture('workspace-schema-v1.rwbackup'));
    if (!decoded.ok) throw new Error(decoded.message);
    const bytes = await encodeBackup({ ...decoded.snapshot, schemaVersion: WORKSPACE_SCHEMA_VERSION + 1 });
    expect(await restoreBackup(bytes, '')).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(await repository.listWorkspaces()).toEqual([]);
    expect(await indexedDB.databases()).not.toContainEqual(expect.objectContaining({ name: expect.stringMatching(/^rw-ws-/) }));
  });

  it('a table this version does not know is refused, and the half-made database removed', async () => {
    const decoded = await decodeBackup(v1Fixture('workspace-schema-v1.rwbackup'));
    if (!decoded.ok) throw new Error(decoded.message);
    const outcome = await restoreWorkspaceSnapshot({ ...decoded.snapshot, tables: { ...decoded.snapshot.tables, holograms: [{ id: 1 }] } });
    expect(outcome).toMatchObject({ ok: false, reason: 'unknown-table' });
    expect((await indexedDB.databases()).filter((db) => db.name?.startsWith('rw-ws-'))).toEqual([]);
  });
});

describe('a restore that fails half-way', () => {
  /** Everything the registry and every workspace database hold. */
  async function everything() {
    const workspaces = await repository.listWorkspaces();
    const preferences = await new Dexie('rw-registry').open().then(async (db) => {
      const rows = await db.table('preferences').toArray();
      db.close();
      return rows;
    });
    const databases = (await indexedDB.databases()).map((db) => db.name).sort();
    const tables = await Promise.all(workspaces.map((workspace) => allTables(workspace.id)));
    return { workspaces, preferences, databases, tables };
  }

  it('QuotaExceededError from a bulkPut: the registry and the other workspaces are exactly as before, the partial database gone', async () => {
    const other = await seededWorkspace('Other shop');
    await repository.putPreference('activeWorkspace', other.id);
    const backup = await backUpWorkspace(other.id, '');
    if (!backup.ok) throw new Error(backup.message);
    const before = await everything();

    // The disk fills up while the customers are written, after the order chunks went in.
    const tablePrototype = sharedTablePrototype();
    const bulkPut = tablePrototype.bulkPut;
    const written: string[] = [];
    vi.spyOn(tablePrototype, 'bulkPut').mockImplementation(function (this: Dexie.Table, ...args: Parameters<Dexie.Table['bulkPut']>) {
      if (this.name === 'customers') return Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      written.push(this.name);
      return bulkPut.apply(this, args);
    });

    const outcome = await restoreBackup(backup.bytes, '');
    expect(outcome).toMatchObject({ ok: false, reason: 'storage-full' });
    expect(written).toContain('orderChunks'); // it really was half-way
    vi.restoreAllMocks();
    expect(await everything()).toStrictEqual(before);
  });

  it('an exception while listing the restored workspace removes its database too', async () => {
    const other = await seededWorkspace('Other shop');
    const backup = await backUpWorkspace(other.id, '');
    if (!backup.ok) throw new Error(backup.message);
    const before = await everything();
    // The database is complete; then listing it in the registry fails.
    const tablePrototype = sharedTablePrototype();
    const add = tablePrototype.add;
    vi.spyOn(tablePrototype, 'add').mockImplementation(function (this: Dexie.Table, ...args: Parameters<Dexie.Table['add']>) {
      return this.name === 'workspaces' ? Dexie.Promise.reject(new Error('the registry went away')) : add.apply(this, args);
    });
    expect(await restoreBackup(backup.bytes, '')).toMatchObject({ ok: false, reason: 'write-failed', message: 'the registry went away' });
    vi.restoreAllMocks();
    expect(await everything()).toStrictEqual(before);
  });

  it('a database the window closed on (written, never listed) is removed at the next start, and only that one', async () => {
    const kept = await seededWorkspace('Kept');
    const orphan = new WorkspaceDb(crypto.randomUUID());
    await orphan.open();
    await orphan.settings.put({ key: 'half', value: true });
    orphan.close();
    expect(await removeUnlistedWorkspaceDbs()).toEqual([orphan.name]);
    expect((await indexedDB.databases()).map((db) => db.name).filter((name) => name?.startsWith('rw-ws-'))).toEqual([workspaceDbName(kept.id)]);
    expect((await allTables(kept.id))['orderChunks']!.length).toBeGreaterThan(0);
  });

  it('recognises a full disk however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isStorageFull({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isStorageFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });
});
