/** The public shapes of the import (see index.ts for the functions). */
import type { CanonicalField, ColumnMapping, ImportIssue, NormalizedOrder } from '../model/orders';

export interface ImportProgress {
  records: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ImportOptions {
  fileName: string;
  /** Override, e.g. 'shift_jis', 'cp1251', 'utf-16le'. */
  encoding?: string;
  /** Override: ',', ';', '\t' (or 'tab'), '|', or 'whitespace'. */
  delimiter?: string;
  /** XLSX sheet name override. */
  sheet?: string;
  /** Confirmed mapping (canonical field → source header); replaces the suggestion. */
  mapping?: ColumnMapping;
  /** How to read `03/04/2024` when the data cannot tell. */
  dateOrder?: 'DMY' | 'MDY' | 'YMD';
  /**
   * Cancellation. When aborted, the promise RESOLVES with
   * `{ ok: false, cancelled: true, fatal: { message: 'The import was cancelled.' } }`; it never rejects.
   */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * importOrders only: when given, the orders are handed over here in batches
   * of 2,000 as they are built and the outcome's `orders` is empty, so a
   * caller that stores them (the columnar store) never holds them all at once.
   */
  onOrders?: (orders: NormalizedOrder[]) => void;
}

export type SourceFormat = 'csv' | 'tsv' | 'txt' | 'xlsx';

export interface SourceInfo {
  file: string;
  format: SourceFormat;
  /** WHATWG name of the text encoding ('utf-8', 'shift_jis', …); 'xlsx' for workbooks. */
  encoding: string;
  /** ',', ';', '\t', '|', 'whitespace'; '' for workbooks. */
  delimiter: string;
  sheet: string | null;
  sheets: string[];
  preset: string | null;
  /** Physical line (or sheet row) of the header. */
  headerLine: number;
  headers: string[];
  /** Data records read (blank and totals rows not counted). */
  records: number;
  /** Records that did not become (part of) an order. */
  rejected: number;
  /** One issue per rejected record or rejected order, line = where it starts. */
  errors: ImportIssue[];
  /** Preview only: true when only the start of the file was read. */
  sampled?: boolean;
}

/** Something an import cannot do without that the mapping lacks: the user chooses one of `fields` by hand. */
export interface MappingProblem {
  /** What is missing: the order date, an amount, or who the customer is. */
  need: 'date' | 'amount' | 'customer';
  /** The canonical fields any one of which fills the need. */
  fields: CanonicalField[];
  message: string;
}

export interface ImportPreview {
  ok: true;
  source: SourceInfo;
  /** May lack the date, amount or customer columns: see `mappingProblems`. */
  mapping: ColumnMapping;
  /**
   * Empty when the mapping can be imported. Otherwise the preview still shows
   * the headers and raw sample rows (no normalised orders), so the columns can be chosen by hand.
   */
  mappingProblems: MappingProblem[];
  /** The first ~20 raw records, keyed by header. */
  sampleRows: Record<string, string>[];
  normalizedSample: NormalizedOrder[];
  /** Per source header, what looks wrong in the sampled cells. */
  columnWarnings: Record<string, string[]>;
  warnings: string[];
}

export interface ImportFailure {
  ok: false;
  /**
   * Unreadable, empty, header-only, unsupported, or cancelled; the message names the reason.
   * importOrders also fails when the mapping lacks a date, amount or customer column (previewImport reports those as mappingProblems).
   */
  fatal: ImportIssue;
  cancelled?: true;
}

export type ImportOutcome = { ok: true; source: SourceInfo; mapping: ColumnMapping; orders: NormalizedOrder[]; warnings: string[] } | ImportFailure;
