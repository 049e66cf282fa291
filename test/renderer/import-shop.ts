import { rangeSource } from '../../src-core/import';
import type { OpenBlob } from '../../src-renderer/worker/blob-source';
import type { ChosenFile } from '../../src-renderer/worker/import-api';

/**
 * A hand-checked order export for the import tests:
 *   5 data rows; line 4 has no usable date (rejected);
 *   orders WB-1, WB-2, WB-4 counted (100 + 40.50 + 60), WB-5 cancelled (kept, not counted);
 *   customers ann (2 orders), bob, dee.
 */
export const SHOP_CSV = [
  'Order ID,Date,Email,Name,Total,Status,Product',
  'WB-1,2024-03-01,ann@example.com,Ann,100.00,paid,Tea',
  'WB-2,2024-03-05,bob@example.com,Bob,40.50,paid,Cup',
  'WB-3,not a date,cy@example.com,Cy,10.00,paid,Tea',
  'WB-4,2024-04-02,ann@example.com,Ann,60.00,paid,Pot',
  'WB-5,2024-04-09,dee@example.com,Dee,25.00,cancelled,Tea',
  '',
].join('\n');

/** A newer, overlapping export of the same shop: WB-4 and WB-5 again, plus WB-6. Headers in other case. */
export const NEWER_CSV = [
  'order id,date,email,name,total,status,product',
  'WB-4,2024-04-02,ann@example.com,Ann,60.00,paid,Pot',
  'WB-5,2024-04-09,dee@example.com,Dee,25.00,cancelled,Tea',
  'WB-6,2024-05-01,eve@example.com,Eve,12.00,paid,Cup',
  '',
].join('\n');

/** A bookkeeping export whose column names match no preset or synonym: its columns are chosen by hand. */
export const UNLABELLED_CSV = [
  'Ref,Booked on,Buyer,Paid in',
  'R1,2024-03-01,ann@example.com,100.00',
  'R2,2024-03-05,bob@example.com,40.50',
  'R3,2024-04-02,ann@example.com,60.00',
  '',
].join('\n');

const bytesOf = new WeakMap<Blob, Uint8Array>();

/** A File of the text whose bytes openTestBlob can read (jsdom has no FileReaderSync). */
export function fileBlob(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], name, { type: 'text/csv' });
  bytesOf.set(file, bytes);
  return file;
}

export function fileOf(name: string, text: string): ChosenFile {
  return { name, blob: fileBlob(name, text) };
}

/**
 * The engine's OpenBlob in tests: the worker reads with FileReaderSync, which
 * jsdom lacks, so this reads the bytes behind a fileBlob, through the same
 * windowed rangeSource (with small windows, so imports cross many of them).
 */
export const openTestBlob: OpenBlob = (blob) => {
  const bytes = bytesOf.get(blob);
  if (!bytes) throw new Error('openTestBlob reads only files made by fileBlob.');
  return rangeSource(bytes.length, (start, end) => bytes.slice(start, end), 64);
};
