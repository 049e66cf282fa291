/**
 * Schema of a workspace database, one constant per version, each built on the
 * last. Versions are additive: never edit a released constant, add a new one
 * (see workspace-db.ts for how they are declared and upgraded).
 */
import type { Transaction } from 'dexie';
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

export const WORKSPACE_SCHEMA_VERSION = 7;

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
