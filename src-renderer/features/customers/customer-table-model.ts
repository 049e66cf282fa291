/**
 * The Customers table's view: which rows, in which order. Pure, over the typed columns the
 * worker sends, so 100,000 rows sort in one typed-array pass and search is a scan of
 * precomputed lower-case text. NaN (no value, e.g. no model) always sorts last.
 */
import type { CustomerTable } from '../../worker/customers/customer-answers';
import { displayName, numericColumn, type CustomerColumnId } from './customer-columns';

export interface CustomerSort {
  column: CustomerColumnId;
  descending: boolean;
}

export type FlagFilter = 'all' | 'lapsed' | 'atRisk';

export interface CustomerFilter {
  /** Matched against customer id, name and e-mail, ignoring case. */
  search: string;
  /** Index into RFM_SEGMENTS, or null for every segment. */
  segment: number | null;
  flag: FlagFilter;
}

/** Lower-cased "id, name, e-mail" of every row: built once per table, read on every keystroke. */
export function searchIndex(table: Pick<CustomerTable, 'rows' | 'key' | 'name' | 'email'>): string[] {
  const index = new Array<string>(table.rows);
  for (let row = 0; row < table.rows; row++) {
    index[row] = `${table.key[row]}\u0000${table.name[row]}\u0000${table.email[row]}`.toLocaleLowerCase();
  }
  return index;
}

/**
 * Every row in sort order. Ties keep table order (customer index order), so the result is the
 * same every time; descending reverses the values, not the ties, and keeps NaN at the end.
 */
export function sortOrder(table: CustomerTable, sort: CustomerSort, collator: Intl.Collator): Uint32Array {
  const rows = Uint32Array.from({ length: table.rows }, (_, row) => row);
  const sign = sort.descending ? -1 : 1;
  if (sort.column === 'customer') {
    const names = Array.from({ length: table.rows }, (_, row) => displayName(table, row));
    return rows.sort((a, b) => sign * collator.compare(names[a]!, names[b]!) || a - b);
  }
  const values = numericColumn(table, sort.column);
  return rows.sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    const xMissing = Number.isNaN(x);
    const yMissing = Number.isNaN(y);
    if (xMissing || yMissing) return xMissing === yMissing ? a - b : xMissing ? 1 : -1;
    return sign * (x - y) || a - b;
  });
}

/** The sorted rows that pass the filter, in order. */
export function filterRows(
  table: Pick<CustomerTable, 'segment' | 'lapsed' | 'atRisk'>,
  order: Uint32Array,
  filter: CustomerFilter,
  index: readonly string[],
): Uint32Array {
  const needle = filter.search.trim().toLocaleLowerCase();
  if (!needle && filter.segment === null && filter.flag === 'all') return order;
  const kept = new Uint32Array(order.length);
  let count = 0;
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    if (filter.segment !== null && table.segment[row] !== filter.segment) continue;
    if (filter.flag === 'lapsed' && table.lapsed[row] !== 1) continue;
    if (filter.flag === 'atRisk' && table.atRisk[row] !== 1) continue;
    if (needle && !index[row]!.includes(needle)) continue;
    kept[count++] = row;
  }
  return kept.slice(0, count);
}
