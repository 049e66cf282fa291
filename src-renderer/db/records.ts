/** The rows the renderer's databases hold (the order chunks and customers: see packed-rows.ts). */
import type { CohortKey, PeriodKind } from '../../src-core/analytics';
import type { CustomerRecord } from '../../src-core/data/columnar';
import type { ColumnMapping, ImportIssue } from '../../src-core/model/orders';

/** One business or client: an entry in the registry, its data in its own database. */
export interface WorkspaceRecord {
  id: string;
  name: string;
  /** ms since epoch */
  createdAt: number;
  /** ISO 4217 code ('' until the first import tells us). */
  currency: string;
  isDemo: boolean;
}

/** App-wide choices kept in the registry (language, last workspace, theme). */
export interface PreferenceRow {
  key: string;
  value: unknown;
}

/** How schema v1–v7 stored a customer, one row each (v8 stores blocks: CustomerBlockRow in packed-rows.ts). */
export interface CustomerRow extends CustomerRecord {
  /** Position in OrderStore.customers: what OrderChunk.customer points at. */
  index: number;
}

export interface DictionaryRow {
  name: 'products' | 'channels' | 'countries' | 'discountCodes';
  values: string[];
}

export interface ImportCounts {
  /** Data rows read from the file. */
  rows: number;
  /** Orders built from them (after folding line items). */
  orders: number;
  added: number;
  alreadyPresent: number;
  rejected: number;
}

/** What one import did: kept so the user can see where every number came from. */
export interface DatasetRecord {
  id?: number;
  fileName: string;
  size: number;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  encoding: string;
  delimiter: string;
  /** The header row as read from the file. */
  headers: string[];
  mapping: ColumnMapping;
  /** ms since epoch */
  importedAt: number;
  counts: ImportCounts;
  rejectedRows: ImportIssue[];
  /** Since schema v2: normalised header row, to offer a remembered mapping for the next file like it. */
  headerSignature?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Since schema v2: the user's notes on a workspace (they go into the report). */
export interface NoteRow {
  id?: number;
  createdAt: number;
  text: string;
}

/** Where a saved segment's customers came from, so the page can say it in the reader's language. */
export type SegmentSource =
  | {
      kind: 'cohortCell';
      period: PeriodKind;
      cohortKey: CohortKey;
      /** The cohort's label as shown (`2024-03`, a product name …). */
      cohort: string;
      offset: number;
    }
  | { kind: 'other'; description: string };

/** Since schema v3: a named list of customers (store customer indexes), e.g. the people behind a cohort cell. */
export interface SegmentRecord {
  id?: number;
  name: string;
  /** Store customer indexes (OrderChunk.customer), ascending. Stable across later imports. */
  customers: number[];
  source: SegmentSource;
  /** ms since epoch */
  createdAt: number;
}

/** Since schema v4: a note the user wrote about one customer (customerKey = CustomerRecord.key). */
export interface CustomerNoteRow {
  id?: number;
  customerKey: string;
  /** ms since epoch */
  createdAt: number;
  text: string;
}

/** Since schema v4: the user's tags on one customer, trimmed, distinct, in the order added. */
export interface CustomerTagsRow {
  customerKey: string;
  tags: string[];
}
