/**
 * Suggests which source header feeds each canonical field: a recognised
 * preset first, then common English / Japanese / Russian header names, each
 * candidate checked against the sample data (a "date" column must hold dates).
 */
import { CANONICAL_FIELDS, type CanonicalField, type ColumnMapping } from '../model/orders';
import { parseDateCell } from './dates';
import { parseAmount } from './numbers';
import { CANCELLED_AT_HEADERS, PRESETS, SYNONYMS } from './presets';

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Makes headers unique ('Email', 'Email (2)') so a mapping can name each one; blank headers get 'Column N'. */
export function uniqueHeaders(raw: string[]): { headers: string[]; duplicates: string[] } {
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  const headers = raw.map((header, index) => {
    const name = header.trim() === '' ? `Column ${index + 1}` : header.trim();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    if (count === 2) duplicates.push(name);
    return `${name} (${count})`;
  });
  return { headers, duplicates };
}

const NUMERIC_FIELDS: CanonicalField[] = ['orderTotal', 'lineAmount', 'quantity', 'unitPrice', 'refundAmount'];

/** Share of non-empty sample cells that fit the field; 1 when the sample has no values. */
function fitShare(field: CanonicalField, column: number, sample: string[][]): number {
  let filled = 0;
  let fitting = 0;
  for (const row of sample) {
    const cell = row[column]?.trim() ?? '';
    if (cell === '') continue;
    filled++;
    if (field === 'orderDate') {
      if (!Number.isNaN(parseDateCell(cell))) fitting++;
    } else if (NUMERIC_FIELDS.includes(field)) {
      if (!Number.isNaN(parseAmount(cell))) fitting++;
    } else fitting++;
  }
  return filled === 0 ? 1 : fitting / filled;
}

/** Every header index that names the field, best first. */
function candidates(field: CanonicalField, normalized: string[], exactOnly: boolean): number[] {
  const { exact, contains } = SYNONYMS[field];
  const found: number[] = [];
  for (const name of exact) {
    const index = normalized.indexOf(name);
    if (index >= 0 && !found.includes(index)) found.push(index);
  }
  if (exactOnly) return found;
  for (const word of contains) {
    normalized.forEach((header, index) => {
      if (header.includes(word) && !found.includes(index)) found.push(index);
    });
  }
  return found;
}

export interface MappingSuggestion {
  mapping: ColumnMapping;
  preset: string | null;
  /** The preset's currency when the file itself never says. */
  presetCurrency: string;
}

/** Fields whose synonyms are looked up first, so that 'Customer ID' goes to customerId before customerName. */
const LOOKUP_ORDER: CanonicalField[] = ['orderId', 'orderDate', 'orderTime', 'customerId', 'email', 'phone', 'refundAmount', 'lineAmount', 'unitPrice', 'orderTotal', 'quantity', 'status', 'currency', 'discountCode', 'product', 'channel', 'country', 'customerName'];

export function suggestMapping(headers: string[], sample: string[][]): MappingSuggestion {
  const normalized = headers.map(normalizeHeader);
  const present = new Set(normalized);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const take = (field: CanonicalField, index: number) => {
    mapping[field] = headers[index];
    used.add(index);
  };

  const preset = PRESETS.find((candidate) => candidate.signature.every((header) => present.has(header))) ?? null;
  if (preset) {
    for (const field of CANONICAL_FIELDS) {
      for (const header of preset.mapping[field] ?? []) {
        const index = normalized.indexOf(normalizeHeader(header));
        if (index >= 0 && !used.has(index)) {
          take(field, index);
          break;
        }
      }
    }
  }
  // A recognised export is mapped by its preset alone: its other columns
  // (Shopify's "Subtotal") would only be mis-guessed by the synonyms.
  for (const exactOnly of preset ? [] : [true, false]) {
    for (const field of LOOKUP_ORDER) {
      if (mapping[field] !== undefined) continue;
      const index = candidates(field, normalized, exactOnly).find((at) => !used.has(at) && fitShare(field, at, sample) >= 0.5);
      if (index !== undefined) take(field, index);
    }
  }
  return { mapping, preset: preset?.name ?? null, presetCurrency: preset?.currency ?? '' };
}

/**
 * A key for "files of the same header shape", so a confirmed mapping can be
 * remembered and offered again: the normalised headers in order.
 */
export function headerSignature(headers: string[]): string {
  return headers.map(normalizeHeader).join('\u001f');
}

/** Index of a column that marks cancellation by being filled in (not part of the mapping). */
export function cancelledAtColumn(headers: string[]): number {
  const normalized = headers.map(normalizeHeader);
  return normalized.findIndex((header) => CANCELLED_AT_HEADERS.includes(header));
}

const KNOWN_HEADERS = new Set(Object.values(SYNONYMS).flatMap(({ exact }) => exact));

/** How well a row looks like a header: recognised names count most, then text-only cells. */
export function headerScore(row: string[]): { recognised: number; textCells: number; filled: number } {
  let recognised = 0;
  let textCells = 0;
  let filled = 0;
  for (const cell of row) {
    const text = cell.trim();
    if (text === '') continue;
    filled++;
    const name = normalizeHeader(text);
    if (KNOWN_HEADERS.has(name)) recognised++;
    if (Number.isNaN(parseAmount(text)) && Number.isNaN(parseDateCell(text))) textCells++;
  }
  return { recognised, textCells, filled };
}
