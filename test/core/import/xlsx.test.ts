import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport } from '../../../src-core/import';
import { isoDate } from '../../../src-core/model/orders';
import { isDateFormat } from '../../../src-core/import/xlsx/workbook';
import { buildXlsx, type CellValue } from './xlsx-builder';

const header: CellValue[] = ['Order ID', 'Order Date', 'Customer Email', 'Customer', 'Total', 'Status'];
const ordersSheet: CellValue[][] = [
  header,
  ['SO-1', { date: '2024-01-05 13:04' }, 'kenji@example.jp', 'Kenji', 1200, 'Paid'],
  ['SO-2', { date: '2024-01-31' }, 'olga@example.ru', { inline: 'Ольга & Co' }, 33.62, 'Paid'],
  ['SO-3', { date: '2024-02-10' }, 'KENJI@example.jp', 'Kenji', 800.5, 'Paid'],
  ['SO-4', { date: '2024-02-11' }, 'olga@example.ru', 'Olga', 99, 'Cancelled'],
];
const summarySheet: CellValue[][] = [['Quarterly summary'], [], ['Revenue', 2034.12], ['Customers', 2]];

describe('XLSX import', () => {
  it('finds the order table on the second sheet and keeps date cells as dates', async () => {
    const bytes = buildXlsx([{ name: 'Summary', rows: summarySheet }, { name: 'Orders', rows: ordersSheet }]);
    const outcome = await importOrders(bytes, { fileName: 'orders.xlsx' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source).toMatchObject({ format: 'xlsx', sheet: 'Orders', sheets: ['Summary', 'Orders'], headerLine: 1, records: 4, rejected: 0 });
    const orders = outcome.orders;
    expect(orders.map((order) => order.orderId)).toEqual(['SO-1', 'SO-2', 'SO-3', 'SO-4']);
    expect(orders.map((order) => isoDate(order.day))).toEqual(['2024-01-05', '2024-01-31', '2024-02-10', '2024-02-11']);
    // 1200 + 33.62 + 800.5 counted; SO-4 is cancelled.
    const counted = orders.filter((order) => !order.cancelled);
    expect(counted.reduce((sum, order) => sum + order.amount, 0)).toBeCloseTo(2034.12, 6);
    expect(new Set(counted.map((order) => order.customerKey))).toEqual(new Set(['kenji@example.jp', 'olga@example.ru']));
    expect(orders[1]?.customerName).toBe('Ольга & Co');
  });

  it('reads the sheet the user names, and says which sheets exist when the name is wrong', async () => {
    const bytes = buildXlsx([{ name: 'Orders', rows: ordersSheet }, { name: 'Orders copy', rows: ordersSheet.slice(0, 3) }]);
    const chosen = await importOrders(bytes, { fileName: 'o.xlsx', sheet: 'Orders copy' });
    expect(chosen.ok && chosen.orders.length).toBe(2);
    const wrong = await importOrders(bytes, { fileName: 'o.xlsx', sheet: 'Nope' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.fatal.message).toBe("The workbook has no sheet named 'Nope' (its sheets: Orders, Orders copy).");
  });

  it('uses cached values of external links and never fetches them', async () => {
    const bytes = buildXlsx([{ name: 'Orders', rows: ordersSheet }], { externalLink: true });
    const preview = await previewImport(bytes, { fileName: 'linked.xlsx' });
    if (!preview.ok) throw new Error(preview.fatal.message);
    expect(preview.warnings.some((warning) => warning.includes('nothing was fetched'))).toBe(true);
    expect(preview.normalizedSample).toHaveLength(4);
  });

  it('honours the 1904 date system', async () => {
    const rows: CellValue[][] = [header, ['A', 43_834, 'a@x.jp', 'A', 10, 'Paid']];
    // Serial 43834 with date styling in the 1904 system is 2024-01-05 (1900 system: 2020-01-04).
    const sheetRows = rows.map((row, index) => (index === 0 ? row : row.map((cell, column) => (column === 1 ? { date: '2020-01-04' } : cell))));
    const bytes = buildXlsx([{ name: 'Orders', rows: sheetRows }], { date1904: true });
    const outcome = await importOrders(bytes, { fileName: 'mac.xlsx' });
    expect(outcome.ok && isoDate(outcome.orders[0]?.day ?? 0)).toBe('2024-01-05');
  });

  it('refuses a zip bomb from its directory, before inflating', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/bad/zip-bomb.xlsx')));
    const outcome = await importOrders(bytes, { fileName: 'zip-bomb.xlsx' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.message).toMatch(/^The workbook entry 'xl\/worksheets\/sheet1.xml' would expand \d+ times to 64 MB \(a zip bomb\); it was not opened\.$/);
  });

  it('stops inflating an entry that outgrows the size its header declared', async () => {
    const bytes = buildXlsx([{ name: 'Orders', rows: ordersSheet }]);
    // Patch the central directory: claim the sheet is 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.length - 4; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(at + 24, 100, true);
    }
    const outcome = await importOrders(bytes, { fileName: 'lying.xlsx' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.message).toBe("The workbook entry 'xl/worksheets/sheet1.xml' expands beyond its declared size (a zip bomb); it was not opened.");
  });

  it('says so when a zip is not a workbook', async () => {
    const outcome = await importOrders(zipSync({ 'readme.txt': strToU8('hello') }), { fileName: 'x.xlsx' });
    expect(!outcome.ok && outcome.fatal.message).toBe('This zip archive is not an Excel workbook (no xl/workbook.xml).');
  });

  it.each([
    ['yyyy/mm/dd', true],
    ['d-mmm-yy', true],
    ['h:mm AM/PM', true],
    ['[$-409]mmmm d, yyyy', true],
    ['"¥"#,##0', false],
    ['#,##0.00 "руб."', false],
    ['[Red]#,##0.00', false],
    ['General', false],
  ])('number format %j is a date: %s', (code, expected) => expect(isDateFormat(code)).toBe(expected));
});
