/**
 * The shapes every layer agrees on: what the import produces and what the
 * columnar store and the analytics consume. Pure types and tiny helpers only.
 */

/** Days since 1970-01-01 of a calendar date (the merchant's local date as written). */
export type EpochDay = number;

/** The canonical fields a source column can be mapped to. */
export const CANONICAL_FIELDS = [
  'orderId',
  'orderDate',
  'orderTime',
  'customerId',
  'email',
  'phone',
  'customerName',
  'orderTotal',
  'lineAmount',
  'quantity',
  'unitPrice',
  'refundAmount',
  'status',
  'currency',
  'product',
  'channel',
  'country',
  'discountCode',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** canonical field → source header (exactly as it appears in the file). */
export type ColumnMapping = Partial<Record<CanonicalField, string>>;

/** A problem with one record: errors are data, never exceptions past a boundary. */
export interface ImportIssue {
  /** 1-based physical line where the record starts (the file's first line is 1); 0 = whole file. */
  line: number;
  /** Source header of the offending column, or '' when the problem is the whole row/file. */
  column: string;
  message: string;
}

/** One order after mapping, normalisation and folding of its line items. */
export interface NormalizedOrder {
  /** Source order id; for files without one, a stable fingerprint of the row. */
  orderId: string;
  /** Customer key per DESIGN.md: id, else e-mail (trimmed, lower-cased), else phone digits, else name. */
  customerKey: string;
  customerName: string;
  email: string;
  phone: string;
  day: EpochDay;
  /** Net revenue in major currency units (refunds subtracted). */
  amount: number;
  quantity: number;
  /** First product of the order ('' when not mapped). */
  product: string;
  channel: string;
  country: string;
  discountCode: string;
  currency: string;
  /** Cancelled, voided or failed orders are kept for the record but never counted. */
  cancelled: boolean;
  /** Physical line of the order's first row in its source file. */
  line: number;
}

const MS_PER_DAY = 86_400_000;

export function epochDayFromYmd(year: number, month: number, day: number): EpochDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdFromEpochDay(day: EpochDay): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD` of an epoch day. */
export function isoDate(day: EpochDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Epoch day of a `YYYY-MM-DD` string, or null when it is not a real calendar date. */
export function parseIsoDate(text: string): EpochDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epoch = epochDayFromYmd(year, month, day);
  const back = ymdFromEpochDay(epoch);
  return back.year === year && back.month === month && back.day === day ? epoch : null;
}
