/**
 * The contact list a campaign hands to the owner's mail tool, SMS gateway or
 * phone sheet. Written through the shared formula-safe CSV writer, UTF-8 with a
 * byte-order mark so Excel in Japanese and Russian locales reads it correctly.
 */
import type { CustomerRecord } from '../data/columnar';
import type { CustomerSummaries } from '../analytics/customers/summary';
import { toCsv, type CsvCell } from '../export/csv';
import { isoDate } from '../model/orders';
import type { HoldoutAssignment } from './holdout';
import { customerKeyIndex } from './customer-keys';
import { hash53, seedFrom } from './random';

export interface ContactRow {
  customerKey: string;
  name: string;
  email: string;
  phone: string;
  /** Segment name as the user sees it (e.g. the RFM segment). */
  segment: string;
  group: 'targeted' | 'holdout';
  /** The offer in words; '' for the hold-out, who are not contacted. */
  offer: string;
  /** Unique offer code, '' when the campaign uses none or for the hold-out. */
  code: string;
  /** Personalisation fields by column name (e.g. lastOrderDate, orders, totalSpent). */
  fields: Readonly<Record<string, string | number>>;
}

export const CONTACT_COLUMNS = ['customerKey', 'name', 'email', 'phone', 'segment', 'offer', 'code', 'group'] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

export const DEFAULT_CONTACT_LABELS: Readonly<Record<ContactColumn, string>> = {
  customerKey: 'customer_key',
  name: 'name',
  email: 'email',
  phone: 'phone',
  segment: 'segment',
  offer: 'offer',
  code: 'code',
  group: 'group',
};

export interface ContactExportOptions {
  /** Personalisation columns, in order, read from each row's fields ('' when missing). */
  fieldColumns?: readonly string[];
  /** Header text per column, e.g. translated; defaults to DEFAULT_CONTACT_LABELS. */
  labels?: Partial<Record<ContactColumn, string>>;
  /** Leave out the code column (a campaign without codes). */
  withCodes?: boolean;
}

/** The full list, both groups, with a group column: the record of who was and was not contacted. */
export function contactListCsv(rows: readonly ContactRow[], options: ContactExportOptions = {}): string {
  return listCsv(rows, options, true);
}

/** The plain list for mail tools: only the customers to contact, no group column. */
export function mailingListCsv(rows: readonly ContactRow[], options: ContactExportOptions = {}): string {
  return listCsv(
    rows.filter((row) => row.group === 'targeted'),
    options,
    false,
  );
}

function listCsv(rows: readonly ContactRow[], options: ContactExportOptions, withGroup: boolean): string {
  const fieldColumns = options.fieldColumns ?? [];
  const columns = CONTACT_COLUMNS.filter((column) => (column !== 'group' || withGroup) && (column !== 'code' || options.withCodes !== false));
  const labels = { ...DEFAULT_CONTACT_LABELS, ...options.labels };
  const header: CsvCell[] = [...columns.map((column) => labels[column]), ...fieldColumns];
  const body = rows.map((row): CsvCell[] => [...columns.map((column) => row[column]), ...fieldColumns.map((field) => row.fields[field] ?? '')]);
  return toCsv([header, ...body], { bom: true });
}

/** The personalisation fields contactRows fills from the order history. */
export const HISTORY_FIELDS = ['lastOrderDate', 'daysSinceLastOrder', 'orders', 'totalSpent'] as const;

export interface ContactRowsInput {
  assignment: Pick<HoldoutAssignment, 'targetGroup' | 'holdoutGroup'>;
  customers: readonly CustomerRecord[];
  summaries: CustomerSummaries;
  /** Segment name of a store customer index (e.g. the translated RFM segment). */
  segmentName: (customerIndex: number) => string;
  offerText: string;
  codes?: ReadonlyMap<string, string>;
  /** Fields the user added per customer (notes, tags, a salutation), merged after the history fields. */
  extraFields?: ReadonlyMap<string, Readonly<Record<string, string | number>>>;
}

/** One row per customer of both groups, targeted first, each group in key order. */
export function contactRows(input: ContactRowsInput): ContactRow[] {
  const index = customerKeyIndex(input.customers);
  const { summaries } = input;
  const rowOf = (key: string, group: ContactRow['group']): ContactRow => {
    const c = index.get(key) ?? -1;
    const customer = c >= 0 ? input.customers[c] : undefined;
    const present = c >= 0 && c < summaries.count && summaries.present[c] === 1;
    const history: Record<string, string | number> = present
      ? {
          lastOrderDate: isoDate(summaries.lastOrderDay[c]!),
          daysSinceLastOrder: summaries.daysSinceLastOrder[c]!,
          orders: summaries.orders[c]!,
          totalSpent: Math.round(summaries.revenue[c]! * 100) / 100,
        }
      : {};
    return {
      customerKey: key,
      name: customer?.name ?? '',
      email: customer?.email ?? '',
      phone: customer?.phone ?? '',
      segment: c >= 0 ? input.segmentName(c) : '',
      group,
      offer: group === 'targeted' ? input.offerText : '',
      code: group === 'targeted' ? (input.codes?.get(key) ?? '') : '',
      fields: { ...history, ...input.extraFields?.get(key) },
    };
  };
  return [
    ...input.assignment.targetGroup.map((key) => rowOf(key, 'targeted')),
    ...input.assignment.holdoutGroup.map((key) => rowOf(key, 'holdout')),
  ];
}

/** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * One unique code per customer, deterministic for (seed, key): the same campaign re-exported
 * gives every customer the same code. Keys are handled in sorted order so a collision (about
 * one in 10¹¹ per pair at the default length) is resolved the same way however the list is sorted.
 * The length is kept within 6–10 characters: shorter codes run out, longer ones add nothing to the hash.
 */
export function offerCodes(customerKeys: readonly string[], options: { seed: string; prefix?: string; length?: number }): Map<string, string> {
  const prefix = options.prefix ?? '';
  const length = Math.min(10, Math.max(6, Math.round(options.length ?? 8)));
  const seed = seedFrom(options.seed);
  const codes = new Map<string, string>();
  const used = new Set<string>();
  for (const key of [...new Set(customerKeys)].sort()) {
    for (let attempt = 0; ; attempt++) {
      const code = prefix + encode(hash53(attempt === 0 ? key : `${key}\u0000${attempt}`, seed), length);
      if (!used.has(code)) {
        used.add(code);
        codes.set(key, code);
        break;
      }
    }
  }
  return codes;
}

function encode(value: number, length: number): string {
  let rest = value;
  let text = '';
  for (let i = 0; i < length; i++) {
    text += CODE_ALPHABET[rest % CODE_ALPHABET.length];
    rest = Math.floor(rest / CODE_ALPHABET.length);
  }
  return text;
}
