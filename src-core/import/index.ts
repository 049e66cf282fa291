/**
 * The import's public API. The renderer's import worker and the CLI call
 * exactly these functions; everything else in this folder is an implementation
 * detail. (CSV is written by src-core/export/csv.ts, for every export.)
 *
 * Errors are data: nothing here throws for bad input. Cancellation through
 * `options.signal` RESOLVES with `{ ok: false, cancelled: true, fatal }`.
 */
import type { ByteSource } from './encoding';
import { runPipeline } from './pipeline';
import { recordOf } from './row-reader';
import type { ImportFailure, ImportOptions, ImportOutcome, ImportPreview } from './types';

export type { ByteSource } from './encoding';
export { rangeSource, WINDOW_BYTES, type ReadRange } from './range-source';
export { sha256Hex } from './source-hash';
export type { ImportFailure, ImportOptions, ImportOutcome, ImportPreview, ImportProgress, MappingProblem, SourceFormat, SourceInfo } from './types';
export { parseAmount, detectDecimalComma } from './numbers';
export { parseDateCell, resolveDate } from './dates';
export { suggestMapping, normalizeHeader, headerSignature } from './mapping';
export { PRESETS } from './presets';

const SAMPLE_ROWS = 20;

function unexpected(error: unknown): ImportFailure {
  // A bug of ours must still reach the user as a message, not a crash of the worker.
  return { ok: false, fatal: { line: 0, column: '', message: `The file could not be imported because of an internal error (${error instanceof Error ? error.message : String(error)}).` } };
}

/**
 * Reads the start of the file: detected settings, suggested mapping, raw and normalised sample rows, per-column warnings.
 * Headers it does not recognise are not fatal: the preview says what the mapping lacks (mappingProblems) so the columns can be chosen by hand.
 */
export async function previewImport(bytes: ByteSource, options: ImportOptions): Promise<ImportPreview | ImportFailure> {
  try {
    const result = await runPipeline(bytes, options, 'preview');
    if ('ok' in result) return result;
    const { headers, records } = result.head;
    const sampleRows = records.slice(0, SAMPLE_ROWS).map((record) => recordOf(headers.map((header, index): [string, string] => [header, record[index] ?? ''])));
    return {
      ok: true,
      source: result.source,
      mapping: result.mapping,
      sampleRows,
      normalizedSample: result.orders.slice(0, SAMPLE_ROWS),
      columnWarnings: result.columnWarnings,
      mappingProblems: result.mappingProblems,
      warnings: result.warnings,
    };
  } catch (error) {
    return unexpected(error);
  }
}

/** Imports the whole file into normalised, folded orders (cancelled ones included with cancelled: true). */
export async function importOrders(bytes: ByteSource, options: ImportOptions): Promise<ImportOutcome> {
  try {
    const result = await runPipeline(bytes, options, 'import');
    if ('ok' in result) return result;
    return { ok: true, source: result.source, mapping: result.mapping, orders: result.orders, warnings: result.warnings };
  } catch (error) {
    return unexpected(error);
  }
}

