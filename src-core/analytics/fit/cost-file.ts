/**
 * Reading a second file of costs: one row per customer (or several, added
 * together), keyed by customer id or e-mail, with any of labour hours, hourly
 * rate, communication cost, hard cost and named other cost columns. Amounts are
 * totals over the span of the orders up to the as-of date.
 *
 * The bytes are opened by the order import's own machinery (encoding, delimiter,
 * XLSX sheets, physical line numbers). A row with a bad number is skipped and
 * reported as { line, column, message }; only a file that cannot be read at all
 * fails as a whole, so nothing half-read is ever applied.
 */
import type { ImportIssue } from '../../model/orders';
import { uniqueHeaders } from '../../import/mapping';
import { detectDecimalComma, parseAmount } from '../../import/numbers';
import { openSource } from '../../import/source';
import type { SourceFormat } from '../../import/types';
import { COST_FIELDS, otherCostColumns, suggestCostMapping, type CostColumnMapping, type CostField } from './cost-columns';
import type { CostEntry } from './costs';

export interface CostFileOptions {
  fileName: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  /** Confirmed mapping from the wizard; replaces the suggestion. */
  mapping?: CostColumnMapping;
}

export interface CostFileRow {
  /** Physical line (or sheet row) of the row. */
  line: number;
  customerId: string;
  /** Trimmed and lower-cased, like the e-mail part of a customer key. */
  email: string;
  costs: CostEntry;
}

export interface CostFileSource {
  format: SourceFormat;
  encoding: string;
  delimiter: string;
  sheet: string | null;
  headerLine: number;
  headers: string[];
}

export type CostFileOutcome =
  | {
      ok: true;
      source: CostFileSource;
      mapping: CostColumnMapping;
      /** Headers read as named other costs. */
      otherCosts: string[];
      /** Headers neither mapped nor read as costs. */
      ignoredColumns: string[];
      rows: CostFileRow[];
      errors: ImportIssue[];
      warnings: string[];
    }
  | { ok: false; fatal: ImportIssue };

const fatal = (message: string, line = 0): CostFileOutcome => ({ ok: false, fatal: { line, column: '', message } });
const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');
const HEADER_SEARCH_ROWS = 30;

type AmountField = Exclude<CostField, 'customerId' | 'email'>;
const isAmountField = (field: CostField): field is AmountField => field !== 'customerId' && field !== 'email';
const EXPECTED = 'labour_hours, hourly_rate, communication_cost, hard_cost or a named cost';

export function readCostFile(bytes: Uint8Array, options: CostFileOptions): CostFileOutcome {
  const opened = openSource(bytes, { fileName: options.fileName, ...pick(options, ['encoding', 'delimiter', 'sheet']) });
  if ('message' in opened) return { ok: false, fatal: opened };
  const records: string[][] = [];
  const lines: number[] = [];
  const errors: ImportIssue[] = [];
  for (let next = opened.batches.next(); !next.done; next = opened.batches.next()) {
    const whole = next.value.issues.find((issue) => issue.line === 0);
    if (whole) return fatal(whole.message);
    errors.push(...next.value.issues);
    records.push(...next.value.records);
    lines.push(...next.value.lines);
  }
  if (records.every(isBlank)) return fatal('The costs file is empty.');

  // The header is the first row that names a customer key column (title rows above it are skipped).
  const headerIndex = records.slice(0, HEADER_SEARCH_ROWS).findIndex((record) => {
    const suggested = suggestCostMapping(record);
    return suggested.customerId !== undefined || suggested.email !== undefined;
  });
  const headerAt = headerIndex < 0 ? records.findIndex((record) => !isBlank(record)) : headerIndex;
  const { headers } = uniqueHeaders(records[headerAt] ?? []);
  const headerLine = lines[headerAt] ?? 1;
  const data = records.slice(headerAt + 1);
  const dataLines = lines.slice(headerAt + 1);
  if (data.every(isBlank)) return fatal('The costs file has a header row but no rows of costs.', headerLine);

  let mapping: CostColumnMapping;
  if (options.mapping) {
    mapping = {};
    for (const field of COST_FIELDS) {
      const header = options.mapping[field];
      if (header === undefined || header === '') continue;
      if (!headers.includes(header)) return fatal(`The mapping names the column '${header}' for ${field}, but the costs file has no such column.`, headerLine);
      mapping[field] = header;
    }
  } else {
    mapping = suggestCostMapping(headers);
  }
  if (mapping.customerId === undefined && mapping.email === undefined) {
    return fatal("No column identifies the customer (expected e.g. 'customer_id', 'email', '顧客ID', 'メールアドレス', 'Код клиента', 'Почта').", headerLine);
  }
  const { other, ignored } = otherCostColumns(headers, mapping, data);
  const costFields = COST_FIELDS.filter(isAmountField).filter((field) => mapping[field] !== undefined);
  if (costFields.length === 0 && other.length === 0) return fatal(`No cost column was found (expected ${EXPECTED}).`, headerLine);

  const column = (header: string | undefined) => (header === undefined ? -1 : headers.indexOf(header));
  const amountColumns = [...costFields.map((field) => mapping[field]!), ...other];
  const decimalComma = new Map(amountColumns.map((header) => [header, detectDecimalComma(data.map((record) => record[column(header)] ?? ''))]));
  const readAmount = (record: string[], header: string, line: number): number | undefined | ImportIssue => {
    const cell = (record[column(header)] ?? '').trim();
    if (cell === '') return undefined;
    const value = parseAmount(cell, decimalComma.get(header) ?? false);
    if (Number.isNaN(value)) return { line, column: header, message: `Line ${line}: "${cell}" in column '${header}' is not a number; the row was skipped.` };
    if (value < 0) return { line, column: header, message: `Line ${line}: ${cell} in column '${header}' is negative; a cost cannot be; the row was skipped.` };
    return value;
  };

  const readRow = (record: string[], line: number): CostFileRow | ImportIssue => {
    const customerId = (record[column(mapping.customerId)] ?? '').trim();
    const email = (record[column(mapping.email)] ?? '').trim().toLowerCase();
    if (customerId === '' && email === '') {
      return { line, column: mapping.customerId ?? mapping.email ?? '', message: `Line ${line}: no customer id or e-mail; the row was skipped.` };
    }
    const costs: CostEntry = {};
    for (const field of costFields) {
      const value = readAmount(record, mapping[field]!, line);
      if (typeof value === 'object') return value;
      if (value !== undefined) costs[field] = value;
    }
    const otherCosts: Record<string, number> = {};
    for (const header of other) {
      const value = readAmount(record, header, line);
      if (typeof value === 'object') return value;
      if (value !== undefined) otherCosts[header] = value;
    }
    if (Object.keys(otherCosts).length > 0) costs.other = otherCosts;
    return { line, customerId, email, costs };
  };

  const rows: CostFileRow[] = [];
  data.forEach((record, index) => {
    if (isBlank(record)) return;
    const row = readRow(record, dataLines[index] ?? 0);
    if ('message' in row) errors.push(row);
    else rows.push(row);
  });

  return {
    ok: true,
    source: { format: opened.format, encoding: opened.encoding, delimiter: opened.delimiter, sheet: opened.sheet, headerLine, headers },
    mapping,
    otherCosts: other,
    ignoredColumns: ignored,
    rows,
    errors: errors.sort((a, b) => a.line - b.line),
    warnings: opened.warnings,
  };
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

