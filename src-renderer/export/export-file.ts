/**
 * Pure pieces of "export as file": safe file names, data-URL decoding and the
 * CSV text of a table. The saving itself goes through the bridge (save-export.ts).
 */
import { toCsv, type CsvCell } from '../../src-core/export/csv';

/** Characters no file system on the three platforms accepts, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

/**
 * A file name from words the user may have typed (a workspace or segment name):
 * unsafe characters become '-', the result is trimmed and kept under 120
 * characters, and the extension is added. Never empty.
 */
export function exportFileName(base: string, extension: 'csv' | 'png'): string {
  const cleaned = base.replace(UNSAFE_IN_FILE_NAME, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120).trim();
  return `${cleaned || 'export'}.${extension}`;
}

/** The bytes of a base64 `data:` URL (what ECharts' getDataURL returns). */
export function bytesFromDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) {
    throw new Error('Not a base64 data URL.');
  }
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A table (header row first) as CSV text: formula-safe cells (src-core/export/csv),
 * CRLF lines, and a UTF-8 BOM so Excel in Japanese and Russian locales reads it right.
 */
export function tableCsv(rows: readonly (readonly CsvCell[])[]): string {
  return toCsv(rows, { bom: true });
}
