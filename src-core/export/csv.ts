/**
 * CSV for every export the app writes (tables, contact lists, rejected rows).
 *
 * Safe against spreadsheet formula injection (OWASP "CSV injection"): a text
 * cell starting with = + - @ tab or CR is prefixed with an apostrophe so Excel,
 * LibreOffice and Google Sheets show it as text instead of evaluating it.
 * Numbers stay numbers: a finite JavaScript number (including a negative one)
 * is written as is, and so is a string that is exactly a plain decimal number
 * (e.g. "-12.50"), because prefixing it would break the spreadsheet's sums.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  delimiter?: ',' | ';' | '\t';
  /** Prefix a UTF-8 byte-order mark so Excel in Japanese and Russian locales detects UTF-8. */
  bom?: boolean;
  lineEnding?: '\r\n' | '\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text a spreadsheet will show as data, never as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralizeFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lineEnding = options.lineEnding ?? '\r\n';
  const body = rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join(lineEnding);
  return (options.bom ? '\uFEFF' : '') + body + (rows.length ? lineEnding : '');
}
