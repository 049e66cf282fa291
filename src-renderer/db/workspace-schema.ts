/**
 * Schema of a workspace database, one constant per version, each built on the
 * last. Versions are additive: never edit a released constant, add a new one
 * (see workspace-db.ts for how they are declared and upgraded).
 */
import type { Transaction } from 'dexie';
import type { SchemaUpgrade, SnapshotTables } from '../../src-core/backup';
import { packCustomerRows, packOrderChunkRow } from './packed-rows';
import type { DatasetRecord } from './records';

export const WORKSPACE_SCHEMA_V1 = {
  /** Columnar OrderChunk rows keyed by seq: typed arrays are stored as-is. */
  orderChunks: 'seq',
  customers: 'index, &key',
  dictionaries: 'name',
  datasets: '++id, importedAt, hash',
  settings: 'key',
} as const;

export const WORKSPACE_SCHEMA_V2 = {
  ...WORKSPACE_SCHEMA_V1,
  datasets: '++id, importedAt, hash, headerSignature',
  notes: '++id, createdAt',
} as const;

/** v3: saved segments (customer lists kept by name, e.g. the people behind a cohort cell). */
export const WORKSPACE_SCHEMA_V3 = {
  ...WORKSPACE_SCHEMA_V2,
  segments: '++id, name, createdAt',
} as const;

/** v4: the user's notes and tags on customers, keyed by customer key (stable across imports). */
export const WORKSPACE_SCHEMA_V4 = {
  ...WORKSPACE_SCHEMA_V3,
  customerNotes: '++id, customerKey, createdAt',
  customerTags: 'customerKey, *tags',
} as const;

/** v5: the Fit page's inputs: costs per customer and per segment, qualitative ratings, settings, the override log. */
export const WORKSPACE_SCHEMA_V5 = {
  ...WORKSPACE_SCHEMA_V4,
  fitCosts: 'customerKey, source',
  fitSegmentCosts: 'segment',
  fitRatings: 'customerKey',
  fitSettings: 'key',
  fitOverrides: '++id, customerKey, at',
} as const;

/** v6: retention campaigns (plan with its stored hold-out assignment and schedule, the last measurement), keyed by plan id. */
export const WORKSPACE_SCHEMA_V6 = {
  ...WORKSPACE_SCHEMA_V5,
  campaigns: 'id, createdAt',
} as const;

/** v7: saved report definitions (sections, notes, cover, page size, language), so next quarter's report is one click. */
export const WORKSPACE_SCHEMA_V7 = {
  ...WORKSPACE_SCHEMA_V6,
  reports: 'id, updatedAt',
} as const;

/**
 * v8: the big tables packed, so a 1,000,000-order workspace loads in well under a second
 * (see packed-rows.ts). Order chunks keep their key; each row's order ids become one
 * string. Customers become blocks of 10,000 keyed by the first one's index, so the
 * per-customer unique index on `key` goes (nothing looked customers up by it).
 */
export const WORKSPACE_SCHEMA_V8 = {
  ...WORKSPACE_SCHEMA_V7,
  orderChunks: 'seq',
  customers: 'index',
} as const;

export const WORKSPACE_SCHEMA_VERSION = 8;

/** Normalised header row: the same export from the same shop gets the same signature. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((header) => header.trim().toLowerCase()).join('\u001f');
}

/** v1 → v2: datasets imported before v2 get their header signature so their mapping can be remembered. */
export async function backfillHeaderSignature(tx: Transaction): Promise<void> {
  await tx
    .table<DatasetRecord, number>('datasets')
    .toCollection()
    .modify((dataset) => {
      dataset.headerSignature = headerSignature(dataset.headers ?? []);
    });
}

/** v7 → v8: every order chunk's ids packed into one string, the customers into blocks (packed-rows.ts). */
export async function packOrderIdsAndCustomers(tx: Transaction): Promise<void> {
  // Chunk by chunk (not Collection.modify, whose copy of each row for comparison loses the typed arrays' kinds).
  const chunks = tx.table('orderChunks');
  for (const seq of await chunks.toCollection().primaryKeys()) {
    const row: unknown = await chunks.get(seq);
    await chunks.put(packOrderChunkRow(row));
  }
  const customers = tx.table('customers');
  const blocks = packCustomerRows(await customers.toArray());
  await customers.clear();
  await customers.bulkAdd(blocks);
}

// ---- The same steps over a backup's tables (restoring a backup made under an older schema) ----

/** A step that only adds tables: a backup from before it gets them, empty. */
function addingTables(previous: object, next: object): SchemaUpgrade['upgrade'] {
  const added = Object.keys(next).filter((name) => !Object.hasOwn(previous, name));
  return (tables) => ({ ...Object.fromEntries(added.map((name) => [name, []])), ...tables });
}

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** backfillHeaderSignature over a backup's rows (a backup's headers may be anything, so only strings count). */
function backfillHeaderSignatureInSnapshot(tables: Readonly<SnapshotTables>): SnapshotTables {
  const datasets = (tables['datasets'] ?? []).map((row) => {
    if (!isRow(row)) return row;
    const headers = Array.isArray(row['headers']) ? row['headers'].filter((header) => typeof header === 'string') : [];
    return { ...row, headerSignature: headerSignature(headers) };
  });
  return { ...addingTables(WORKSPACE_SCHEMA_V1, WORKSPACE_SCHEMA_V2)(tables), datasets };
}

/** packOrderIdsAndCustomers over a backup's rows: a v8 backup holds the tables as v8 stores them. */
function packOrderIdsAndCustomersInSnapshot(tables: Readonly<SnapshotTables>): SnapshotTables {
  return {
    ...tables,
    orderChunks: (tables['orderChunks'] ?? []).map(packOrderChunkRow),
    customers: packCustomerRows(tables['customers'] ?? []),
  };
}

/**
 * Every schema step, expressed over a backup's tables for upgradeSnapshot
 * (src-core/backup). Adding a schema version means adding its step here too:
 * test/renderer/backup-restore.test.ts restores a v1 backup into the current schema.
 */
export const WORKSPACE_SNAPSHOT_UPGRADES: readonly SchemaUpgrade[] = [
  { version: 2, name: 'backfillHeaderSignature', upgrade: backfillHeaderSignatureInSnapshot },
  { version: 3, name: 'addSegments', upgrade: addingTables(WORKSPACE_SCHEMA_V2, WORKSPACE_SCHEMA_V3) },
  { version: 4, name: 'addCustomerNotesAndTags', upgrade: addingTables(WORKSPACE_SCHEMA_V3, WORKSPACE_SCHEMA_V4) },
  { version: 5, name: 'addFitTables', upgrade: addingTables(WORKSPACE_SCHEMA_V4, WORKSPACE_SCHEMA_V5) },
  { version: 6, name: 'addCampaigns', upgrade: addingTables(WORKSPACE_SCHEMA_V5, WORKSPACE_SCHEMA_V6) },
  { version: 7, name: 'addSavedReports', upgrade: addingTables(WORKSPACE_SCHEMA_V6, WORKSPACE_SCHEMA_V7) },
  { version: 8, name: 'packOrderIdsAndCustomers', upgrade: packOrderIdsAndCustomersInSnapshot },
];
