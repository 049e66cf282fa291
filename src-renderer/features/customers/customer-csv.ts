/**
 * The Customers table as CSV rows: the rows in view, in view order, with the user's notes and
 * tags. Numbers stay numbers (rounded to what they mean), dates are ISO, and every text cell is
 * made formula-safe later by src-core/export/csv (a name like "=HYPERLINK(…)" stays text).
 */
import type { CsvCell } from '../../../src-core/export/csv';
import { isoDate } from '../../../src-core/model/orders';
import type { CustomerNoteRow, CustomerTagsRow } from '../../db/records';
import type { CustomerTable } from '../../worker/customers/customer-answers';

export const CSV_COLUMN_IDS = [
  'key',
  'name',
  'email',
  'firstOrder',
  'lastOrder',
  'orders',
  'revenue',
  'averageOrderValue',
  'daysSinceLastOrder',
  'typicalInterval',
  'recency',
  'frequency',
  'monetary',
  'segment',
  'lapsed',
  'atRisk',
  'probabilityAlive',
  'expectedPurchases90',
  'expectedPurchases365',
  'predictedClv',
  'tags',
  'notes',
] as const;

export type CsvColumnId = (typeof CSV_COLUMN_IDS)[number];

export interface CsvWords {
  /** Header text of a column, in the reader's language. */
  header(id: CsvColumnId): string;
  /** Segment name by RFM_SEGMENTS index. */
  segmentName(index: number): string;
}

/** Rounded for a spreadsheet; NaN (no model) becomes an empty cell. */
function rounded(value: number, digits: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export interface CustomerAnnotationIndex {
  notes: ReadonlyMap<string, readonly CustomerNoteRow[]>;
  tags: ReadonlyMap<string, readonly string[]>;
}

export function annotationIndex(notes: readonly CustomerNoteRow[], tags: readonly CustomerTagsRow[]): CustomerAnnotationIndex {
  const byCustomer = new Map<string, CustomerNoteRow[]>();
  for (const note of notes) {
    const list = byCustomer.get(note.customerKey);
    if (list) list.push(note);
    else byCustomer.set(note.customerKey, [note]);
  }
  return { notes: byCustomer, tags: new Map(tags.map((row) => [row.customerKey, row.tags])) };
}

/** Header row first, then one row per customer in `view` order. */
export function customerCsvRows(table: CustomerTable, view: ArrayLike<number>, words: CsvWords, annotations: CustomerAnnotationIndex): CsvCell[][] {
  const rows: CsvCell[][] = [CSV_COLUMN_IDS.map((id) => words.header(id))];
  for (let i = 0; i < view.length; i++) {
    const r = view[i]!;
    const key = table.key[r]!;
    rows.push([
      key,
      table.name[r],
      table.email[r],
      isoDate(table.firstOrderDay[r]!),
      isoDate(table.lastOrderDay[r]!),
      table.orders[r],
      rounded(table.revenue[r]!, 2),
      rounded(table.averageOrderValue[r]!, 2),
      table.daysSinceLastOrder[r],
      rounded(table.typicalIntervalDays[r]!, 1),
      table.recencyScore[r],
      table.frequencyScore[r],
      table.monetaryScore[r],
      words.segmentName(table.segment[r]!),
      table.lapsed[r],
      table.atRisk[r],
      rounded(table.probabilityAlive[r]!, 4),
      rounded(table.expectedPurchases90[r]!, 4),
      rounded(table.expectedPurchases365[r]!, 4),
      rounded(table.predictedClv[r]!, 2),
      (annotations.tags.get(key) ?? []).join('; '),
      (annotations.notes.get(key) ?? []).map((note) => note.text).join('\n\n'),
    ]);
  }
  return rows;
}
