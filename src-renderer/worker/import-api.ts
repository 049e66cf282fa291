/**
 * What the UI may ask the import worker. The worker holds the chosen file (a
 * Blob, read a window at a time), previews it, imports it and stores the result, so
 * the UI thread never parses a file or loops over orders. Every answer is
 * structured-clone-safe and small (rejected rows are capped; the full list is
 * fetched as CSV when the user asks for it).
 */
import type { ImportPreview, ImportProgress } from '../../src-core/import';
import type { ColumnMapping, ImportIssue } from '../../src-core/model/orders';
import type { Outcome } from '../db/outcome';

/** A picked or dropped file: a File is disk-backed, and the worker reads it a window at a time. */
export interface ChosenFile {
  name: string;
  blob: Blob;
}

/** The user's overrides of what was detected. */
export interface ImportOverrides {
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  dateOrder?: 'DMY' | 'MDY' | 'YMD';
}

export interface ImportSettings extends ImportOverrides {
  /** A confirmed mapping; without one the worker suggests (or remembers) it. */
  mapping?: ColumnMapping;
}

/** Where the mapping of an inspection came from. */
export type MappingOrigin = 'suggested' | 'remembered' | 'given';

export type Inspection =
  | {
      ok: true;
      preview: ImportPreview;
      mappingOrigin: MappingOrigin;
      /** Preset recognised from the headers (a given mapping does not erase it). */
      preset: string | null;
      /** When these exact bytes were imported into the workspace before (ms), else null. */
      importedBefore: number | null;
    }
  | { ok: false; message: string };

export interface ImportReport extends ImportProgress {
  /** 'reading' can be cancelled; 'saving' is one transaction and cannot. */
  phase: 'reading' | 'saving';
}

/** At most this many rejected rows travel back to the UI; the CSV has them all. */
export const REJECTED_ROWS_SHOWN = 200;

export interface ImportResult {
  datasetId: number;
  fileName: string;
  /** Data rows read from the file. */
  rows: number;
  /** Orders found in it (line items folded), cancelled ones included. */
  orders: number;
  added: number;
  alreadyPresent: number;
  rejected: number;
  /** The first REJECTED_ROWS_SHOWN issues (one per rejected row or rejected order)… */
  rejectedRows: ImportIssue[];
  /** …of this many. */
  issues: number;
  warnings: string[];
}

export type ImportRunOutcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'cancelled' }
  /** 'read': the file could not be imported; 'save': the database refused it. Nothing was stored either way. */
  | { kind: 'failed'; stage: 'read' | 'save'; message: string };

/** One past import, as listed on the Import page (no row lists). */
export interface PastImport {
  id: number;
  fileName: string;
  size: number;
  importedAt: number;
  encoding: string;
  rows: number;
  added: number;
  alreadyPresent: number;
  rejected: number;
}

export interface ImportApi {
  /** Holds the file for the following calls (replacing any earlier one). */
  open(file: ChosenFile): Promise<Outcome<{ name: string; size: number }>>;
  /** Previews the held file with these settings; without a mapping, offers a remembered one for the same header shape. */
  inspect(workspaceId: string, settings: ImportSettings): Promise<Inspection>;
  /** Imports the held file and stores it atomically; reports progress (throttled). */
  run(workspaceId: string, settings: ImportSettings, onProgress: (report: ImportReport) => void): Promise<ImportRunOutcome>;
  /** Aborts a run that is still reading; false when there is none (or it is already saving). */
  cancel(): Promise<boolean>;
  listImports(workspaceId: string): Promise<Outcome<PastImport[]>>;
  /** The rejected rows of a stored import as a formula-safe CSV. */
  rejectedRowsCsv(workspaceId: string, datasetId: number): Promise<Outcome<string>>;
}
