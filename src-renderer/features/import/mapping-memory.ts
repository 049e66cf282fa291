/**
 * Remembering a mapping for files of the same header shape, and saying which
 * required columns a mapping still lacks. Pure: the worker and the wizard both use it.
 */
import { CANONICAL_FIELDS, type ColumnMapping } from '../../../src-core/model/orders';
import { headerSignature } from '../../db/workspace-schema';

const normalise = (header: string) => header.trim().toLowerCase();

/**
 * A mapping confirmed for an earlier file, carried over to this file's headers.
 * The header signature ignores case and surrounding spaces, so each remembered
 * header is matched to this file's spelling of it. Null when the shapes differ
 * or a remembered column is missing (then the suggestion is better).
 */
export function rememberedMapping(saved: { headers: readonly string[]; mapping: ColumnMapping }, headers: readonly string[]): ColumnMapping | null {
  if (saved.headers.length === 0 || headerSignature(saved.headers) !== headerSignature(headers)) return null;
  const byNormalised = new Map(headers.map((header) => [normalise(header), header]));
  const carried: ColumnMapping = {};
  for (const field of CANONICAL_FIELDS) {
    const header = saved.mapping[field];
    if (header === undefined || header === '') continue;
    const current = byNormalised.get(normalise(header));
    if (current === undefined) return null;
    carried[field] = current;
  }
  return Object.keys(carried).length > 0 ? carried : null;
}

export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return CANONICAL_FIELDS.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

/** What an import cannot do without (DESIGN.md: a date, an amount, a customer key). */
export type MappingGap = 'date' | 'amount' | 'customer';

export function mappingGaps(mapping: ColumnMapping): MappingGap[] {
  const gaps: MappingGap[] = [];
  if (!mapping.orderDate) gaps.push('date');
  if (!mapping.orderTotal && !mapping.lineAmount && !mapping.unitPrice) gaps.push('amount');
  if (!mapping.customerId && !mapping.email && !mapping.phone && !mapping.customerName) gaps.push('customer');
  return gaps;
}

/** The mapping with one field changed ('' = not mapped). */
export function withField(mapping: ColumnMapping, field: (typeof CANONICAL_FIELDS)[number], header: string): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (header === '') delete next[field];
  else next[field] = header;
  return next;
}
