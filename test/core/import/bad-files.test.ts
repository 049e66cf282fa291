/** The bad-file corpus: each file must produce its plain-words message, never a crash or a hang. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport } from '../../../src-core/import';

const dir = path.resolve(__dirname, '../../fixtures/bad');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(dir, file)));
const text = (value: string) => new TextEncoder().encode(value);

describe('files that cannot be imported at all', () => {
  it.each([
    ['empty.csv', 'The file is empty.'],
    ['blank-lines.csv', 'The file is empty.'],
    ['binary.bin', 'The file is not a text table or an Excel workbook (it holds binary data).'],
    ['legacy.xls', 'Old Excel .xls files (and password-protected workbooks) are not supported; save the sheet as .xlsx or CSV and import that.'],
    ['header-only.csv', 'Only a header row was found; there are no orders.'],
    ['single-column.txt', 'No table was found: every line holds a single column (is this an order export?).'],
    ['numbers-only.csv', 'No header row was found: the first rows hold only numbers and dates, not column names.'],
  ])('%s → %s', async (file, message) => {
    for (const run of [importOrders, previewImport]) {
      const outcome = await run(bytesOf(file), { fileName: file });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.fatal.message).toBe(message);
    }
  });

  it('a 10 MB line without line breaks is refused quickly', async () => {
    const started = Date.now();
    const outcome = await importOrders(text('x'.repeat(10 * 1024 * 1024)), { fileName: 'long.csv' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.message).toBe('No rows could be read. Line 1 is longer than 2,097,152 characters without a line break; it was skipped.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('300,000 one-word lines are not a table (and do not overflow anything)', async () => {
    const outcome = await importOrders(text('a\n'.repeat(300_000)), { fileName: 'words.txt' });
    expect(!outcome.ok && outcome.fatal.message).toBe('No table was found: every line holds a single column (is this an order export?).');
  });

  it('100,000 columns are refused with the count', async () => {
    const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',');
    const outcome = await importOrders(text(`${header}\n${header}\n`), { fileName: 'wide.csv' });
    expect(!outcome.ok && outcome.fatal.message).toBe('Line 1 has 100,000 columns; at most 16,384 are supported.');
  });

  it('an unknown encoding override is named', async () => {
    const outcome = await importOrders(bytesOf('ragged.csv'), { fileName: 'r.csv', encoding: 'klingon-8' });
    expect(!outcome.ok && outcome.fatal.message).toBe("Unknown text encoding 'klingon-8'.");
  });

  it('a mapping naming a missing column is refused', async () => {
    const outcome = await importOrders(bytesOf('ragged.csv'), { fileName: 'r.csv', mapping: { orderDate: 'When', orderTotal: 'Total', email: 'Email' } });
    expect(!outcome.ok && outcome.fatal.message).toBe("The mapping names the column 'When' for orderDate, but the file has no such column.");
  });
});

describe('files with some bad rows import the rest', () => {
  it('ragged rows are rejected with their line and field counts', async () => {
    const outcome = await importOrders(bytesOf('ragged.csv'), { fileName: 'ragged.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.orders.map((order) => order.orderId)).toEqual(['1', '4']);
    expect(outcome.source.errors).toEqual([
      { line: 3, column: '', message: 'Line 3 has 3 fields but the header has 4; the row was skipped.' },
      { line: 4, column: '', message: 'Line 4 has 6 fields but the header has 4; the row was skipped.' },
    ]);
    expect(outcome.source.rejected).toBe(2);
  });

  it('an unclosed quote costs only its own row', async () => {
    const outcome = await importOrders(bytesOf('unclosed-quote.csv'), { fileName: 'q.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.orders.map((order) => [order.orderId, order.line])).toEqual([['1', 2], ['3', 4], ['4', 5]]);
    expect(outcome.source.errors).toEqual([{ line: 3, column: '', message: 'Line 3: a quote opened here is never closed (unclosed quote); the row was skipped.' }]);
  });

  it('duplicate headers get distinct names and a warning', async () => {
    const outcome = await importOrders(bytesOf('duplicate-headers.csv'), { fileName: 'd.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source.headers).toEqual(['Order ID', 'Order Date', 'Email', 'Total', 'Email (2)']);
    expect(outcome.mapping.email).toBe('Email');
    expect(outcome.warnings).toContain("The column name 'Email' appears more than once; the later ones are called 'Email (2)', 'Email (3)'…");
    expect(outcome.orders.map((order) => order.customerKey)).toEqual(['a@x.com', 'b@x.com']);
  });

  it('__proto__ and constructor headers are plain data', async () => {
    const preview = await previewImport(bytesOf('proto-headers.csv'), { fileName: 'p.csv' });
    if (!preview.ok) throw new Error(preview.fatal.message);
    const row = preview.sampleRows[0] ?? {};
    expect(Object.keys(row)).toEqual(['__proto__', 'constructor', 'Order Date', 'Email', 'Total', 'toString']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('x');
    expect(row.constructor).toBe('y');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(preview.normalizedSample).toHaveLength(1);
  });

  it('unreadable values are rejected with line, column and reason', async () => {
    const outcome = await importOrders(bytesOf('bad-values.csv'), { fileName: 'b.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.orders.map((order) => order.orderId)).toEqual(['1']);
    expect(outcome.source.errors).toEqual([
      { line: 3, column: 'Order Date', message: "Line 3: 'not a date' in 'Order Date' is not a date; the row was skipped." },
      { line: 4, column: 'Total', message: "Line 4: 'twelve' in 'Total' is not a number; the row was skipped." },
      { line: 5, column: 'Email', message: 'Line 5: no customer id, e-mail, phone or name; the row was skipped.' },
      { line: 6, column: 'Order Date', message: "Line 6: '2024-02-30' in 'Order Date' is not a date; the row was skipped." },
    ]);
    expect(outcome.source.rejected).toBe(4);
    expect(outcome.source.records).toBe(5);
  });

  it('a 10 MB line in the middle of a file is skipped and the rest imported', async () => {
    const body = `Order ID,Order Date,Email,Total\n1,2024-01-05,a@x.com,10\n2,2024-01-06,${'b'.repeat(10 * 1024 * 1024)},20\n3,2024-01-07,c@x.com,30\n`;
    const outcome = await importOrders(text(body), { fileName: 'long.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.orders.map((order) => [order.orderId, order.line])).toEqual([['1', 2], ['3', 4]]);
    expect(outcome.source.errors).toEqual([{ line: 3, column: '', message: 'Line 3 is longer than 2,097,152 characters without a line break; it was skipped.' }]);
  });
});
