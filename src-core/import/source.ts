/**
 * Opens the bytes of a file as a stream of raw records: sniffs the format
 * (XLSX, legacy formats we refuse, text), the text encoding, line breaks and
 * delimiter, or picks the workbook sheet that holds the order table.
 */
import type { ImportIssue } from '../model/orders';
import { decodeInSlices, detectEncoding, looksBinary, type ByteSource } from './encoding';
import { headerScore } from './mapping';
import { detectDelimiter, detectNewline, readDelimitedRecords, readWhitespaceRecords, WHITESPACE, type RecordBatch, type TextSlice } from './records';
import type { ImportOptions, SourceFormat } from './types';
import { openWorkbook, readSheetRows, type SheetInfo, type Workbook } from './xlsx/workbook';
import { ZipError } from './xlsx/zip';

export interface OpenedSource {
  format: SourceFormat;
  encoding: string;
  delimiter: string;
  sheet: string | null;
  sheets: string[];
  batches: Iterator<RecordBatch>;
  warnings: string[];
}

const fatal = (message: string): ImportIssue => ({ line: 0, column: '', message });

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function normaliseDelimiter(value: string): string {
  const lower = value.toLowerCase();
  if (lower === 'tab' || value === '\\t') return '\t';
  if (lower === 'whitespace' || lower === 'space' || value === ' ') return WHITESPACE;
  return value;
}

export function openSource(bytes: ByteSource, options: ImportOptions): OpenedSource | ImportIssue {
  if (bytes.length === 0) return fatal('The file is empty.');
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  // A workbook is a zip archive: its directory is at the end, so it is read whole.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return openXlsx(bytes.subarray(0, bytes.length), options);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fatal('Old Excel .xls files (and password-protected workbooks) are not supported; save the sheet as .xlsx or CSV and import that.');
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return fatal('This is a PDF, not a table; export the orders as CSV or XLSX.');
  const choice = detectEncoding(bytes, options.encoding);
  if ('error' in choice) return fatal(choice.error);
  if (!choice.encoding.startsWith('utf-16') && looksBinary(head)) {
    return fatal('The file is not a text table or an Excel workbook (it holds binary data).');
  }
  const slices = decodeInSlices(bytes, choice);
  const first = slices.next();
  const firstSlice: TextSlice = first.done ? { text: '', bytesDone: bytes.length } : first.value;
  if (firstSlice.text.trim() === '' && firstSlice.bytesDone >= bytes.length) return fatal('The file is empty.');
  const newline = detectNewline(firstSlice.text.slice(0, 65_536));
  const delimiter = options.delimiter ? normaliseDelimiter(options.delimiter) : detectDelimiter(firstSlice.text.slice(0, 65_536), newline);
  const all: Iterable<TextSlice> = (function* () {
    yield firstSlice;
    yield* { [Symbol.iterator]: () => slices };
  })();
  const extension = /\.([a-z0-9]+)$/i.exec(options.fileName)?.[1]?.toLowerCase() ?? '';
  const format: SourceFormat = extension === 'txt' ? 'txt' : extension === 'tsv' || (extension !== 'csv' && delimiter === '\t') ? 'tsv' : 'csv';
  return {
    format,
    encoding: choice.encoding,
    delimiter: delimiter === WHITESPACE ? 'whitespace' : delimiter,
    sheet: null,
    sheets: [],
    batches: delimiter === WHITESPACE ? readWhitespaceRecords(all, newline) : readDelimitedRecords(all, delimiter, newline),
    warnings: choice.mixed ? ['Most lines are UTF-8 but some are in another encoding; rows whose names or ids cannot be read were skipped (choose the encoding to read them differently).'] : [],
  };
}

/** The sheet whose first rows look most like an order table. */
function pickSheet(workbook: Workbook): SheetInfo | null {
  let best: SheetInfo | null = null;
  let bestScore = -1;
  for (const sheet of workbook.sheets) {
    const rows: string[][] = [];
    for (const batch of readSheetRows(workbook, sheet, 50)) {
      rows.push(...batch.records);
      if (rows.length >= 50) break;
    }
    let recognised = 0;
    let dataRows = 0;
    for (const row of rows.slice(0, 30)) recognised = Math.max(recognised, headerScore(row).recognised);
    for (const row of rows) if (row.filter((cell) => cell.trim() !== '').length >= 2) dataRows++;
    const score = recognised * 1000 + Math.min(dataRows, 50) * 10 + (sheet.hidden ? 0 : 1);
    if (score > bestScore) {
      best = sheet;
      bestScore = score;
    }
  }
  return best;
}

function openXlsx(bytes: Uint8Array, options: ImportOptions): OpenedSource | ImportIssue {
  try {
    const workbook = openWorkbook(bytes);
    const names = workbook.sheets.map((sheet) => sheet.name);
    if (workbook.sheets.length === 0) return fatal('The workbook has no worksheets.');
    let sheet: SheetInfo | null;
    if (options.sheet !== undefined) {
      sheet = workbook.sheets.find((candidate) => candidate.name === options.sheet) ?? workbook.sheets.find((candidate) => candidate.name.toLowerCase() === options.sheet?.toLowerCase()) ?? null;
      if (!sheet) return fatal(`The workbook has no sheet named '${options.sheet}' (its sheets: ${names.join(', ')}).`);
    } else {
      sheet = pickSheet(workbook);
    }
    if (!sheet) return fatal('The workbook has no worksheets.');
    const warnings: string[] = [];
    if (workbook.hasExternalLinks) {
      warnings.push('The workbook links to other files; their values were used as last saved in this workbook and nothing was fetched.');
    }
    const chosen = sheet;
    const rows = readSheetRows(workbook, chosen);
    // Zip errors can surface while rows stream (a lying size header): turn them into a row issue that ends the stream.
    const guarded = (function* (): Generator<RecordBatch> {
      try {
        yield* rows;
      } catch (error) {
        if (!(error instanceof ZipError)) throw error;
        yield { records: [], lines: [], issues: [{ line: 0, column: '', message: error.message }], bytesDone: bytes.length };
      }
    })();
    return { format: 'xlsx', encoding: 'xlsx', delimiter: '', sheet: chosen.name, sheets: names, batches: guarded, warnings };
  } catch (error) {
    if (error instanceof ZipError) return fatal(error.message);
    return fatal(`The workbook could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}
