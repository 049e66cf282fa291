/**
 * Customer-key lists from files (the `measure` command's --targeted / --holdout, a pasted
 * hand-picked list): one key per line, a header line allowed. A list exported by this app
 * (several columns, `customer_key` among them) is read by that column.
 */
import Papa from 'papaparse';
import { detectEncoding, looksBinary } from '../import/encoding';
import type { CustomerRecord } from '../data/columnar';
import { canonicalKey, findCustomer, type CustomerKeyIndex } from './customer-keys';

export interface CustomerIdList {
  /** Distinct canonical keys, in file order. */
  keys: string[];
  /** The header line that was skipped, or null. */
  header: string | null;
  /** Lines naming a key already listed. */
  duplicates: number;
  /** Keys the workspace does not know (still in the list: they are customers who did not buy). */
  unknown: number;
}

/** Header names a key column goes by, compared after lower-casing and dropping spaces, '_', '-' and '.'. */
const KEY_HEADERS = new Set([
  'customer', 'customers', 'customerid', 'customerkey', 'customeremail', 'customerno', 'customernumber',
  'client', 'clientid', 'id', 'key', 'email', 'emailaddress', 'mail', 'phone', 'userid', 'user', 'memberid',
  '顧客', '顧客id', '顧客番号', '顧客コード', '会員id', '会員番号', 'メール', 'メールアドレス',
  'клиент', 'idклиента', 'кодклиента', 'почта', 'электроннаяпочта', 'телефон',
]);

function headerName(cell: string): string {
  return cell.trim().replace(/^"|"$/g, '').toLowerCase().replace(/[\s_\-.]/g, '');
}

/** Bytes → text, with the same encoding detection as order imports; null for a binary file. */
export function decodeIdFile(bytes: Uint8Array): string | null {
  const choice = detectEncoding(bytes);
  if ('error' in choice) return null;
  if (!choice.encoding.startsWith('utf-16') && looksBinary(bytes.subarray(0, 8192))) return null;
  return new TextDecoder(choice.encoding).decode(bytes.subarray(choice.bomLength)).replace(/^\uFEFF/, '');
}

/**
 * Reads the keys. The first line is a header when it names no known customer and reads as a
 * key column's name ("customer", "id", "email", "key", "顧客ID", "клиент" …). When that header
 * has several delimited columns, the key column is read from every line (CSV quoting respected).
 */
export function parseCustomerIdList(text: string, index: CustomerKeyIndex, customers: readonly Pick<CustomerRecord, 'key'>[]): CustomerIdList {
  const lines = text.split(/\r\n|\n|\r/);
  const first = lines.find((line) => line.trim() !== '') ?? '';
  let column = -1;
  let header: string | null = null;
  if (findCustomer(index, unquote(first)) < 0) {
    const cells = first.includes(',') || first.includes(';') || first.includes('\t') ? parseRow(first) : [first];
    column = cells.findIndex((cell) => KEY_HEADERS.has(headerName(cell)));
    if (column >= 0) header = first;
  }
  let written: string[];
  if (header !== null && column >= 0 && parseRow(header).length > 1) {
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.slice(1);
    written = rows.map((row) => withoutSafetyApostrophe((row[column] ?? '').trim()));
  } else {
    written = lines.filter((line) => line.trim() !== '').slice(header === null ? 0 : 1).map(unquote);
  }
  const seen = new Set<string>();
  const keys: string[] = [];
  let duplicates = 0;
  let unknown = 0;
  for (const raw of written) {
    if (raw.trim() === '') continue;
    const key = canonicalKey(index, customers, raw);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    keys.push(key);
    if (findCustomer(index, key) < 0) unknown++;
  }
  return { keys, header, duplicates, unknown };
}

function parseRow(line: string): string[] {
  return Papa.parse<string[]>(line).data[0] ?? [line];
}

/** A key written in quotes (as a one-column CSV may have it) without them. */
function unquote(line: string): string {
  const trimmed = line.trim();
  const bare = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
  return withoutSafetyApostrophe(bare);
}

/** Undoes the apostrophe the formula-safe CSV writer (src-core/export/csv.ts) puts before = + - @ tab CR. */
function withoutSafetyApostrophe(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
