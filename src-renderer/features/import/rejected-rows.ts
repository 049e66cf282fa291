/** The rejected rows of an import as a file a person can open next to the source. */
import { toCsv } from '../../../src-core/export/csv';
import type { ImportIssue } from '../../../src-core/model/orders';

/**
 * Formula-safe CSV (src-core/export/csv.ts) with a BOM, so Excel in Japanese
 * and Russian locales reads the UTF-8 reasons and source values correctly.
 */
export function rejectedRowsCsv(issues: readonly ImportIssue[]): string {
  return toCsv([['line', 'column', 'reason'], ...issues.map((issue) => [issue.line, issue.column, issue.message])], { bom: true });
}

/** `orders.csv` → `orders-rejected-rows.csv` (only characters any file system accepts). */
export function rejectedRowsFileName(sourceName: string): string {
  const safe = Array.from(sourceName.replace(/\.[^.]*$/, ''), (char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char)).join('');
  const base = safe.trim() || 'import';
  return `${base.slice(0, 200)}-rejected-rows.csv`;
}
