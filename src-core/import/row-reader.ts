/**
 * Reads one record's mapped cells into a reusable row: every mapped column is
 * looked up once, number locales are decided per column from the sample, and
 * each row only indexes arrays (no object per row).
 */
import { CANONICAL_FIELDS, type CanonicalField, type ColumnMapping, type ImportIssue } from '../model/orders';
import { parseDateCell } from './dates';
import type { FoldedRow } from './fold';
import { detach, rowFingerprint } from './identity';
import { cancelledAtColumn } from './mapping';
import { currencyOfAmount, detectDecimalComma, parseAmount } from './numbers';
import type { OpenedSource } from './source';
import { looksLikeTotalsRow, StatusReader } from './status';

/** An object safe to key by arbitrary headers ('__proto__', 'constructor'). */
export function recordOf<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const result: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

const IDENTITY_FIELDS = ['orderId', 'customerId', 'email', 'phone', 'customerName'] as const;

/** A cell quoted in a message, copied so the message does not keep the parsed chunk alive. */
const quoted = (cell: string) => detach(cell.trim().slice(0, 40));

export interface RowReader {
  row: FoldedRow;
  hasOrderId: boolean;
  defaultCurrency: string;
  europeanHints: boolean;
  /** Fills `row`; returns null when usable, 'totals' / 'note' for lines to skip quietly, else the reason it was rejected. */
  read(record: string[], line: number): ImportIssue | 'totals' | 'note' | null;
  fingerprint(record: string[]): string;
  columnWarnings(sample: string[][]): Record<string, string[]>;
}

/** Looks up every mapped column once, so each row only indexes arrays. */
export function compileRowReader(headers: string[], mapping: ColumnMapping, sample: string[][], opened: OpenedSource): RowReader {
  const column = (field: CanonicalField) => (mapping[field] === undefined ? -1 : headers.indexOf(mapping[field] ?? ''));
  const at = Object.fromEntries(CANONICAL_FIELDS.map((field) => [field, column(field)])) as Record<CanonicalField, number>;
  const cancelledAt = cancelledAtColumn(headers);
  const numericFields = ['orderTotal', 'lineAmount', 'unitPrice', 'refundAmount', 'quantity'] as const;
  const europeanDelimiter = opened.delimiter === ';';
  // Cells beyond the first thousand rows add nothing to these decisions.
  const firstRows = sample.slice(0, 1000);
  const decimalComma = Object.fromEntries(
    numericFields.map((field) => [field, at[field] >= 0 ? detectDecimalComma(firstRows.map((record) => record[at[field]] ?? ''), europeanDelimiter) : false]),
  ) as Record<(typeof numericFields)[number], boolean>;
  let defaultCurrency = '';
  for (const field of ['orderTotal', 'lineAmount', 'unitPrice'] as const) {
    if (at[field] < 0 || defaultCurrency) continue;
    for (const record of firstRows) {
      defaultCurrency = currencyOfAmount(record[at[field]] ?? '');
      if (defaultCurrency) break;
    }
  }
  const europeanHints = europeanDelimiter || decimalComma.orderTotal || decimalComma.lineAmount || ['EUR', 'RUB', 'GBP'].includes(defaultCurrency);
  const strictWidth = opened.format !== 'xlsx';
  let lastNamed = headers.length;
  while (lastNamed > 0 && /^Column \d+$/.test(headers[lastNamed - 1] ?? '')) lastNamed--;
  const statuses = new StatusReader();
  const occurrences = new Map<string, number>();
  const cell = (record: string[], index: number) => (index < 0 ? '' : record[index] ?? '');
  const row: FoldedRow = {
    orderId: '', date: NaN, customerId: '', customerName: '', email: '', phone: '', total: NaN, lineAmount: NaN, refund: NaN, quantity: NaN,
    cancelled: false, fullyRefunded: false, product: '', channel: '', country: '', discountCode: '', currency: '', line: 0,
  };
  const number = (record: string[], field: (typeof numericFields)[number], line: number): number | ImportIssue => {
    const text = cell(record, at[field]);
    if (text === '' || text.trim() === '') return NaN;
    const value = parseAmount(text, decimalComma[field]);
    if (Number.isNaN(value)) return { line, column: mapping[field] ?? '', message: `Line ${line}: '${quoted(text)}' in '${mapping[field]}' is not a number; the row was skipped.` };
    return value;
  };
  return {
    row,
    hasOrderId: at.orderId >= 0,
    defaultCurrency,
    europeanHints,
    read(record, line) {
      if (strictWidth && (record.length < lastNamed || (record.length > headers.length && record.slice(headers.length).some((extra) => extra.trim() !== '')))) {
        if (looksLikeTotalsRow(record)) return 'totals';
        // A lone cell under a wide table is a footer or a note ("Exported by …"), not a broken order.
        if (record.length === 1 && headers.length >= 3) return 'note';
        return { line, column: '', message: `Line ${line} has ${record.length} fields but the header has ${headers.length}; the row was skipped.` };
      }
      const dateText = cell(record, at.orderDate);
      const date = dateText.trim() === '' ? NaN : parseDateCell(dateText);
      if (Number.isNaN(date)) {
        if (looksLikeTotalsRow(record)) return 'totals';
        if (dateText.trim() !== '') return { line, column: mapping.orderDate ?? '', message: `Line ${line}: '${quoted(dateText)}' in '${mapping.orderDate}' is not a date; the row was skipped.` };
      }
      const total = number(record, 'orderTotal', line);
      if (typeof total !== 'number') return total;
      const lineAmount = number(record, 'lineAmount', line);
      if (typeof lineAmount !== 'number') return lineAmount;
      const unitPrice = number(record, 'unitPrice', line);
      if (typeof unitPrice !== 'number') return unitPrice;
      const refund = number(record, 'refundAmount', line);
      if (typeof refund !== 'number') return refund;
      const quantity = number(record, 'quantity', line);
      if (typeof quantity !== 'number') return quantity;
      // U+FFFD means bytes that did not decode: a garbled id or name would merge or split customers, so the row is not trusted.
      for (const field of IDENTITY_FIELDS) {
        const text = cell(record, at[field]);
        if (text.includes('\uFFFD')) return { line, column: mapping[field] ?? '', message: `Line ${line}: '${quoted(text)}' in '${mapping[field]}' holds characters that could not be decoded (wrong or mixed text encoding); the row was skipped.` };
      }
      row.orderId = cell(record, at.orderId).trim();
      row.date = date;
      row.email = cell(record, at.email);
      row.phone = cell(record, at.phone);
      row.customerName = cell(record, at.customerName);
      row.customerId = cell(record, at.customerId);
      row.total = total;
      row.lineAmount = !Number.isNaN(lineAmount) ? lineAmount : Number.isNaN(unitPrice) ? NaN : unitPrice * (Number.isNaN(quantity) ? 1 : quantity);
      row.refund = refund;
      row.quantity = quantity;
      const status = at.status >= 0 ? statuses.meaning(cell(record, at.status)) : 'counted';
      row.cancelled = status === 'cancelled' || cell(record, cancelledAt).trim() !== '';
      row.fullyRefunded = status === 'refunded';
      row.product = cell(record, at.product);
      row.channel = cell(record, at.channel);
      row.country = cell(record, at.country);
      row.discountCode = cell(record, at.discountCode);
      row.currency = cell(record, at.currency);
      row.line = line;
      return null;
    },
    fingerprint(record) {
      const base = `row:${rowFingerprint(record)}`;
      const seen = occurrences.get(base) ?? 0;
      occurrences.set(base, seen + 1);
      return seen === 0 ? base : `${base}:${seen + 1}`;
    },
    columnWarnings(rows) {
      const entries: [string, string[]][] = [];
      for (const field of CANONICAL_FIELDS) {
        const index = at[field];
        const header = mapping[field];
        if (index < 0 || header === undefined) continue;
        const bad: string[] = [];
        let filled = 0;
        for (const record of rows) {
          const text = (record[index] ?? '').trim();
          if (text === '') continue;
          filled++;
          const ok = field === 'orderDate' ? !Number.isNaN(parseDateCell(text)) : (numericFields as readonly string[]).includes(field) ? !Number.isNaN(parseAmount(text, decimalComma[field as (typeof numericFields)[number]])) : true;
          if (!ok) bad.push(text);
        }
        const messages: string[] = [];
        if (bad.length > 0) messages.push(`${bad.length} of ${filled} sampled values cannot be read as ${field === 'orderDate' ? 'dates' : 'numbers'}, e.g. '${bad[0]?.slice(0, 40)}'.`);
        if (filled === 0 && rows.length > 0) messages.push('All sampled values are empty.');
        if (messages.length > 0) entries.push([header, messages]);
      }
      return recordOf(entries);
    },
  };
}
