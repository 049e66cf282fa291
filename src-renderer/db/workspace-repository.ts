/**
 * Everything the app stores goes through here: the registry of workspaces,
 * each workspace's orders (columnar chunks), customers, dictionaries, import
 * records and settings. Runs in the window and in the analytics worker.
 * Components never call it directly: they go through the store (src-renderer/state).
 */
import Dexie from 'dexie';
import { emptyOrderStore, type AppendResult, type OrderDictionaries, type OrderStore, type OrderStoreColumns } from '../../src-core/data/columnar';
import { describeError, failed, succeeded, type Outcome } from './outcome';
import { packCustomers, packOrderChunk, unpackCustomers, unpackOrderChunk, unpackOrderColumns, type CustomerBlockRow, type StoredOrderChunk } from './packed-rows';
import type { DatasetRecord, DictionaryRow, WorkspaceRecord } from './records';
import { RegistryDb } from './registry-db';
import { WorkspaceDb, workspaceDbName } from './workspace-db';
import { headerSignature } from './workspace-schema';

let registry: RegistryDb | null = null;
const workspaceDbs = new Map<string, WorkspaceDb>();

function registryDb(): RegistryDb {
  registry ??= new RegistryDb();
  return registry;
}

export function workspaceDb(workspaceId: string): WorkspaceDb {
  let db = workspaceDbs.get(workspaceId);
  if (!db) {
    db = new WorkspaceDb(workspaceId);
    workspaceDbs.set(workspaceId, db);
  }
  return db;
}

/** Closes every open connection (tests; a worker about to reload). */
export function closeAllDatabases(): void {
  for (const db of workspaceDbs.values()) db.close();
  workspaceDbs.clear();
  registry?.close();
  registry = null;
}

// ---- Workspaces ----

export async function listWorkspaces(): Promise<WorkspaceRecord[]> {
  return registryDb().workspaces.orderBy('createdAt').toArray();
}

export async function getWorkspace(workspaceId: string): Promise<WorkspaceRecord | undefined> {
  return registryDb().workspaces.get(workspaceId);
}

export interface NewWorkspace {
  name: string;
  currency?: string;
  isDemo?: boolean;
}

export async function createWorkspace(request: NewWorkspace): Promise<WorkspaceRecord> {
  const workspace: WorkspaceRecord = {
    id: crypto.randomUUID(),
    name: request.name.trim(),
    createdAt: Date.now(),
    currency: request.currency ?? '',
    isDemo: request.isDemo ?? false,
  };
  await registryDb().workspaces.add(workspace);
  return workspace;
}

/** Lists a workspace whose database is already written (a restored backup): its entry is the last step. */
export async function registerWorkspace(workspace: WorkspaceRecord): Promise<void> {
  await registryDb().workspaces.add(workspace);
}

export async function renameWorkspace(workspaceId: string, name: string): Promise<void> {
  await registryDb().workspaces.update(workspaceId, { name: name.trim() });
}

export async function setWorkspaceCurrency(workspaceId: string, currency: string): Promise<void> {
  await registryDb().workspaces.update(workspaceId, { currency });
}

/** Removes the workspace and its whole database. */
export async function deleteWorkspace(workspaceId: string): Promise<void> {
  workspaceDbs.get(workspaceId)?.close();
  workspaceDbs.delete(workspaceId);
  // Other connections (the analytics worker) close themselves on 'versionchange' (Dexie's default).
  await Dexie.delete(workspaceDbName(workspaceId));
  await registryDb().workspaces.delete(workspaceId);
}

// ---- Orders ----

const DICTIONARY_NAMES = ['products', 'channels', 'countries', 'discountCodes'] as const satisfies readonly (keyof OrderDictionaries)[];

interface StoredOrders {
  currency: string;
  chunks: StoredOrderChunk[];
  customers: CustomerBlockRow[];
  dictionaries: DictionaryRow[];
}

/** The workspace's order rows as read: chunks in seq order, customer blocks in index order, dictionaries. */
async function readOrderRows(workspaceId: string): Promise<StoredOrders> {
  const [workspace, stored] = await Promise.all([
    getWorkspace(workspaceId),
    (async () => {
      const db = workspaceDb(workspaceId);
      // Both big tables are read as a few packed rows (packed-rows.ts), all requests at once; rows come in key order.
      return db.transaction('r', [db.orderChunks, db.customers, db.dictionaries], async () => {
        const [chunks, customers, dictionaries] = await Promise.all([db.orderChunks.toArray(), db.customers.toArray(), db.dictionaries.toArray()]);
        return { chunks, customers, dictionaries };
      });
    })(),
  ]);
  return { currency: workspace?.currency ?? '', ...stored };
}

/**
 * Records a step of the workspace load as a performance measure `load:<step>`
 * (the load bench reads them from the worker); returns the time it ended.
 */
export function measureLoad(step: string, start: number): number {
  const end = performance.now();
  performance.measure?.(`load:${step}`, { start, end });
  return end;
}

/** The workspace's orders as stored: chunks in seq order, customers in index order, dictionaries. */
export async function loadOrderStore(workspaceId: string): Promise<OrderStore> {
  const stored = await readOrderRows(workspaceId);
  const store = emptyOrderStore(stored.currency);
  for (const row of stored.dictionaries) store.dictionaries[row.name] = row.values;
  store.customers = unpackCustomers(stored.customers);
  store.chunks = stored.chunks.map(unpackOrderChunk);
  return store;
}

/**
 * The workspace's orders laid end to end, as storeColumns(await loadOrderStore(id))
 * gives them, but read straight from the rows into the final columns (no chunks in
 * between, no second copy): how the analytics worker loads a workspace.
 */
export async function loadOrderColumns(workspaceId: string): Promise<OrderStoreColumns> {
  let started = performance.now();
  const stored = await readOrderRows(workspaceId);
  started = measureLoad('read', started);
  const { dictionaries } = emptyOrderStore();
  for (const row of stored.dictionaries) dictionaries[row.name] = row.values;
  const customers = unpackCustomers(stored.customers);
  started = measureLoad('customers', started);
  const columns = unpackOrderColumns(stored.chunks);
  measureLoad('orders', started);
  return { currency: stored.currency, customers, dictionaries, columns };
}

export interface SavedImport {
  datasetId: number;
  added: number;
}

/**
 * Writes one import in ONE transaction: its new chunks, the customers, the
 * dictionaries and the import record. If anything fails, nothing is written
 * and the failure comes back as a message.
 */
export async function saveImport(
  workspaceId: string,
  append: AppendResult,
  dataset: Omit<DatasetRecord, 'id' | 'headerSignature'>,
): Promise<Outcome<SavedImport>> {
  const db = workspaceDb(workspaceId);
  const { store } = append;
  try {
    const datasetId = await db.transaction('rw', [db.orderChunks, db.customers, db.dictionaries, db.datasets], async () => {
      await db.orderChunks.bulkAdd(append.newChunks.map(packOrderChunk));
      // appendOrders may also fill in contact details of earlier customers, so all are written (in blocks, replacing the old ones).
      await db.customers.clear();
      await db.customers.bulkAdd(packCustomers(store.customers));
      const dictionaries: DictionaryRow[] = DICTIONARY_NAMES.map((name) => ({ name, values: store.dictionaries[name] }));
      await db.dictionaries.bulkPut(dictionaries);
      return db.datasets.add({ ...dataset, headerSignature: headerSignature(dataset.headers) });
    });
    // The registry is another database: updated after the data is safely in.
    if (store.currency) {
      const workspace = await getWorkspace(workspaceId);
      if (workspace && !workspace.currency) await setWorkspaceCurrency(workspaceId, store.currency);
    }
    return succeeded({ datasetId, added: append.added });
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function listDatasets(workspaceId: string): Promise<DatasetRecord[]> {
  return workspaceDb(workspaceId).datasets.orderBy('importedAt').toArray();
}

export async function getDataset(workspaceId: string, datasetId: number): Promise<DatasetRecord | undefined> {
  return workspaceDb(workspaceId).datasets.get(datasetId);
}

/** The latest import of a file with exactly these bytes (so the wizard can say it was imported before). */
export async function latestDatasetWithHash(workspaceId: string, hash: string): Promise<DatasetRecord | undefined> {
  return workspaceDb(workspaceId).datasets.where('hash').equals(hash).last();
}

/** The latest import of a file with this header shape: its mapping is offered for the next one. */
export async function latestDatasetWithHeaders(workspaceId: string, headers: readonly string[]): Promise<DatasetRecord | undefined> {
  return workspaceDb(workspaceId).datasets.where('headerSignature').equals(headerSignature(headers)).last();
}

// ---- Settings ----

export async function getSetting(workspaceId: string, key: string): Promise<unknown> {
  return (await workspaceDb(workspaceId).settings.get(key))?.value;
}

export async function putSetting(workspaceId: string, key: string, value: unknown): Promise<void> {
  await workspaceDb(workspaceId).settings.put({ key, value });
}

/** App-wide preferences (language, last workspace, theme) live in the registry. */
export async function getPreference(key: string): Promise<unknown> {
  return (await registryDb().preferences.get(key))?.value;
}

export async function putPreference(key: string, value: unknown): Promise<void> {
  await registryDb().preferences.put({ key, value });
}
