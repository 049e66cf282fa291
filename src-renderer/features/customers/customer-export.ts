/** Saves the Customers CSV through the bridge (a save dialog in the app, a download in a browser). */
import type { CsvCell } from '../../../src-core/export/csv';
import { toCsv } from '../../../src-core/export/csv';
import type { SaveFileResult } from '../../../src-core/bridge/contract';
import { bridge } from '../../bridge';

/** A file name from translated words: characters no file system accepts become '-'. */
export function csvFileName(base: string, asOfIso: string): string {
  const cleaned =
    Array.from(base, (char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? '-' : char))
      .join('')
      .trim() || 'customers';
  return `${cleaned} ${asOfIso}.csv`;
}

export async function saveCustomersCsv(rows: readonly (readonly CsvCell[])[], fileName: string): Promise<SaveFileResult> {
  // A byte-order mark so Excel in Japanese and Russian locales reads the UTF-8 right.
  return bridge.saveFile({ suggestedName: fileName, data: toCsv(rows, { bom: true }), filters: [{ name: 'CSV', extensions: ['csv'] }] });
}
