/**
 * Issue 9's corpus of hostile and broken files: each one's exact outcome
 * (the fatal message, or the orders kept and the rows rejected with their
 * messages), reached in bounded time, without throwing, without polluting
 * Object.prototype, and without touching an existing order store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendOrders, emptyOrderStore, type OrderStore } from '../../../src-core/data/columnar';
import { importOrders, previewImport, type ImportOptions, type ImportOutcome } from '../../../src-core/import';
import type { NormalizedOrder } from '../../../src-core/model/orders';

const dir = path.resolve(__dirname, '../../fixtures/bad');
const text = (value: string) => new TextEncoder().encode(value);
/** A hang guard only: every case takes well under a second on a quiet machine. */
const BOUND_MS = 10_000;

type Expected =
  | { fatal: string; line?: number; preview?: 'same' | { problems: ('date' | 'amount' | 'customer')[] } }
  | { orders: [orderId: string, customerKey: string, amount: number, line: number][] | number; rejected: number; errors: string[]; warnings?: string[]; check?: (orders: NormalizedOrder[]) => void };

interface Case {
  name: string;
  bytes: () => Uint8Array;
  options?: Partial<ImportOptions>;
  expected: Expected;
}

const file = (name: string, expected: Expected, options?: Partial<ImportOptions>): Case => ({ name, bytes: () => new Uint8Array(readFileSync(path.join(dir, name))), expected, options });
const generated = (name: string, bytes: () => Uint8Array, expected: Expected, options?: Partial<ImportOptions>): Case => ({ name, bytes, expected, options });

const BINARY = 'The file is not a text table or an Excel workbook (it holds binary data).';
const EMPTY = 'The file is empty.';
const ONE_COLUMN = 'No table was found: every line holds a single column (is this an order export?).';
const notDate = (line: number, value: string) => `Line ${line}: '${value}' in 'Order Date' is not a date; the row was skipped.`;
const notNumber = (line: number, value: string) => `Line ${line}: '${value}' in 'Total' is not a number; the row was skipped.`;

const CASES: Case[] = [
  // Nothing to read.
  file('empty.csv', { fatal: EMPTY }),
  file('blank-lines.csv', { fatal: EMPTY }),
  file('bom-only.csv', { fatal: EMPTY }),
  file('header-only.csv', { fatal: 'Only a header row was found; there are no orders.', line: 1 }),
  file('totals-only.csv', { orders: [], rejected: 0, errors: [], warnings: ['1 totals row was skipped.'] }),
  // Not a text table.
  file('binary.bin', { fatal: BINARY }),
  file('screenshot.png', { fatal: BINARY }),
  file('nul-bytes.csv', { fatal: BINARY }),
  file('invoice.pdf', { fatal: 'This is a PDF, not a table; export the orders as CSV or XLSX.' }),
  file('zipped-csv.zip', { fatal: 'This zip archive is not an Excel workbook (no xl/workbook.xml).' }),
  file('legacy.xls', { fatal: 'Old Excel .xls files (and password-protected workbooks) are not supported; save the sheet as .xlsx or CSV and import that.' }),
  file('zip-bomb.xlsx', { fatal: "The workbook entry 'xl/worksheets/sheet1.xml' would expand 1025 times to 64 MB (a zip bomb); it was not opened." }),
  // Not an order table.
  file('single-column.txt', { fatal: ONE_COLUMN }),
  file('one-column.csv', { fatal: ONE_COLUMN }),
  file('numbers-only.csv', { fatal: 'No header row was found: the first rows hold only numbers and dates, not column names.' }),
  file('no-date.csv', { fatal: "No column looks like an order date (expected e.g. 'Created at', '注文日', 'Дата').", line: 1, preview: { problems: ['date'] } }),
  file('no-amount.csv', { fatal: "No column looks like an order amount (expected e.g. 'Total', '合計金額', 'Сумма').", line: 1, preview: { problems: ['amount'] } }),
  file('no-customer.csv', { fatal: "No column identifies the customer (expected e.g. 'Email', 'Customer ID', 'メールアドレス', 'Покупатель').", line: 1, preview: { problems: ['customer'] } }),
  // Broken text.
  file('truncated-utf16.txt', { orders: [['1', 'a@x.com', 10, 2], ['2', 'b@x.com', 20, 3]], rejected: 1, errors: [notNumber(4, '3\uFFFD')] }),
  file('mixed-encodings.csv', {
    orders: [['1', '山田太郎', 1200, 2], ['2', 'Анна', 900, 3], ['3', 'Ольга', 700, 4]],
    rejected: 2,
    errors: [
      "Line 5: '\uFFFDR\uFFFDc\uFFFD\uFFFD\uFFFDY' in 'Customer Name' holds characters that could not be decoded (wrong or mixed text encoding); the row was skipped.",
      "Line 6: '\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDԎq' in 'Customer Name' holds characters that could not be decoded (wrong or mixed text encoding); the row was skipped.",
    ],
    warnings: ['Most lines are UTF-8 but some are in another encoding; rows whose names or ids cannot be read were skipped (choose the encoding to read them differently).'],
  }),
  file('unclosed-quote.csv', { orders: [['1', 'a@x.com', 10, 2], ['3', 'c@x.com', 30, 4], ['4', 'd@x.com', 40, 5]], rejected: 1, errors: ['Line 3: a quote opened here is never closed (unclosed quote); the row was skipped.'] }),
  file('unclosed-quote-at-end.csv', { orders: [['1', 'a@x.com', 10, 2], ['3', 'c@x.com', 30, 4]], rejected: 1, errors: ['Line 3: a quote opened here is never closed (unclosed quote); the row was skipped.'] }),
  file('ragged.csv', {
    orders: [['1', 'a@x.com', 10, 2], ['4', 'd@x.com', 40, 5]],
    rejected: 2,
    errors: ['Line 3 has 3 fields but the header has 4; the row was skipped.', 'Line 4 has 6 fields but the header has 4; the row was skipped.'],
  }),
  file('crlf.csv', { orders: [['1', 'a@x.com', 10, 2], ['2', 'b@x.com', 20, 3], ['3', 'c@x.com', 30, 4]], rejected: 0, errors: [] }),
  // A quoted field spans two CR-only lines, so order 2 starts on line 4.
  file('cr-only.csv', { orders: [['1', 'a@x.com', 10, 2], ['2', 'b@x.com', 20, 4]], rejected: 0, errors: [] }),
  // Hostile names and values are data: kept verbatim, never interpreted.
  file('duplicate-headers.csv', {
    orders: [['1', 'a@x.com', 10, 2], ['2', 'b@x.com', 20, 3]],
    rejected: 0,
    errors: [],
    warnings: ["The column name 'Email' appears more than once; the later ones are called 'Email (2)', 'Email (3)'…"],
  }),
  file('proto-headers.csv', { orders: 1, rejected: 0, errors: [] }),
  file('dangerous-headers.csv', { orders: [['1', 'a@x.com', 10, 2], ['2', 'b@x.com', 20, 3]], rejected: 0, errors: [] }),
  file(
    'dangerous-mapped-headers.csv',
    { orders: [['P-1', 'a@x.com', 10, 2], ['P-2', 'b@x.com', 20, 3]], rejected: 0, errors: [] },
    { mapping: { orderDate: '__proto__', orderTotal: 'constructor', orderId: 'prototype', email: 'hasOwnProperty' } },
  ),
  file('formula-cells.csv', {
    orders: [["=cmd|' /C calc'!A0", 'a@x.com', 10, 2], ['2', '@b@x.com', 20, 3]],
    rejected: 2,
    errors: [notNumber(4, '=1+1'), notDate(5, '=TODAY()')],
    check: (orders) => expect(orders.map((order) => [order.customerName, order.product])).toEqual([["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","click")'], ['+SUM(A1:A9)', '-2+3']]),
  }),
  file('html-everywhere.csv', {
    orders: [['<script>alert(1)</script>', '<a href="javascript:alert(3)">a@x.com</a>', 10, 2], ['<div style="position:fixed">4</div>', 'd@x.com', 40, 5]],
    rejected: 2,
    errors: [notDate(3, '<b>2024-01-06</b>'), notNumber(4, '<b>30</b>')],
    check: (orders) => expect(orders.map((order) => order.customerName)).toEqual(['<img src=x onerror=alert(2)>', '</td><td>Dee']),
  }),
  // Values out of range. The date parser accepts years 1900–2200 only.
  file('extreme-dates.csv', {
    orders: [['2', 'b@x.com', 10, 3], ['4', 'd@x.com', 10, 5], ['6', 'f@x.com', 10, 7], ['8', 'h@x.com', 10, 9], ['10', 'j@x.com', 10, 11], ['12', 'l@x.com', 10, 13], ['13', 'm@x.com', 10, 14]],
    rejected: 6,
    errors: [notDate(2, '0000-01-01'), notDate(4, '9999-12-31'), notDate(6, '1899-12-31'), notDate(8, '2201-01-01'), notDate(10, '0001-01-01T00:00:00Z'), notDate(12, '31/12/9999')],
  }),
  file('nan-amounts.csv', {
    orders: [['2', 'b@x.com', 12.5, 3], ['4', 'd@x.com', 7, 5], ['6', 'f@x.com', 3.25, 7], ['8', 'h@x.com', 1.5, 9], ['10', 'j@x.com', 2, 11], ['12', 'l@x.com', 1e29, 13], ['13', 'm@x.com', 4, 14], ['14', 'n@x.com', 5, 15]],
    rejected: 6,
    errors: [notNumber(2, 'NaN'), notNumber(4, 'Infinity'), notNumber(6, '-Infinity'), notNumber(8, '1e309'), notNumber(10, '∞'), notNumber(12, '1e308')],
  }),
  file('bad-values.csv', {
    orders: [['1', 'a@x.com', 10, 2]],
    rejected: 4,
    errors: [notDate(3, 'not a date'), notNumber(4, 'twelve'), 'Line 5: no customer id, e-mail, phone or name; the row was skipped.', notDate(6, '2024-02-30')],
  }),
  file('external-links.xlsx', {
    orders: [['A-1', 'a@x.com', 10, 2], ['A-2', 'b@x.com', 20.5, 3]],
    rejected: 0,
    errors: [],
    warnings: ['The workbook links to other files; their values were used as last saved in this workbook and nothing was fetched.'],
  }),
  // Too large to commit: generated here.
  generated('10 MB single line', () => text('x'.repeat(10 * 1024 * 1024)), { fatal: 'No rows could be read. Line 1 is longer than 2,097,152 characters without a line break; it was skipped.' }),
  generated(
    '100,000 columns',
    () => {
      const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',');
      return text(`${header}\n${header}\n`);
    },
    { fatal: 'Line 1 has 100,000 columns; at most 16,384 are supported.', line: 1 },
  ),
  generated(
    'one order id with 10,000 line items',
    () => {
      const rows = ['Order ID,Order Date,Email,Amount'];
      for (let i = 0; i < 10_000; i++) rows.push(`BIG-1,2024-01-05,big@x.com,${(i % 5) + 1}`);
      rows.push('SMALL-2,2024-01-06,small@x.com,7');
      return text(`${rows.join('\n')}\n`);
    },
    {
      orders: [['BIG-1', 'big@x.com', 30_000, 2], ['SMALL-2', 'small@x.com', 7, 10_002]],
      rejected: 0,
      errors: [],
      check: (orders) => expect(orders[0]?.quantity).toBe(10_000),
    },
    { mapping: { orderId: 'Order ID', orderDate: 'Order Date', email: 'Email', lineAmount: 'Amount' } },
  ),
];

/** What Object.prototype looks like before any hostile file is read. */
let prototypeBefore: PropertyDescriptorMap;
beforeAll(() => {
  prototypeBefore = Object.getOwnPropertyDescriptors(Object.prototype);
});
const expectNoPollution = () => {
  expect(Object.getOwnPropertyDescriptors(Object.prototype)).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
};
afterAll(expectNoPollution);

/** A workspace's stored orders before the import: must come out of every case exactly as it went in. */
function existingStore(): OrderStore {
  const order = (orderId: string, customerKey: string, day: number, amount: number): NormalizedOrder => ({
    orderId, customerKey, customerName: '', email: customerKey, phone: '', day, amount, quantity: 1, product: 'Tea', channel: '', country: '', discountCode: '', currency: 'USD', cancelled: false, line: 2,
  });
  return appendOrders(emptyOrderStore('USD'), [order('OLD-1', 'old@x.com', 19_000, 12), order('OLD-2', 'old@x.com', 19_010, 8)]).store;
}

async function timed<T>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  return result;
}

describe('the bad-file corpus', () => {
  it('holds at least 30 committed files, every one of them in the table', () => {
    const committed = readdirSync(dir).filter((name) => !name.endsWith('.ts'));
    expect(committed.length).toBeGreaterThanOrEqual(30);
    expect(CASES.map((entry) => entry.name).filter((name) => committed.includes(name)).sort()).toEqual(committed.sort());
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, { bytes, options, expected, name }) => {
    const input = bytes();
    const outcome: ImportOutcome = await timed(() => importOrders(input, { fileName: name, ...options }));
    const preview = await timed(() => previewImport(input, { fileName: name, ...options }));
    expectNoPollution();

    if ('fatal' in expected) {
      expect(outcome).toEqual({ ok: false, fatal: { line: expected.line ?? 0, column: '', message: expected.fatal } });
      if (expected.preview && expected.preview !== 'same') {
        expect(preview.ok && preview.mappingProblems.map((problem) => problem.need)).toEqual(expected.preview.problems);
      } else {
        expect(!preview.ok && preview.fatal.message).toBe(expected.fatal);
      }
    } else {
      if (!outcome.ok) throw new Error(`${name}: ${outcome.fatal.message}`);
      const kept = outcome.orders.map((order): [string, string, number, number] => [order.orderId, order.customerKey, order.amount, order.line]);
      if (typeof expected.orders === 'number') expect(kept).toHaveLength(expected.orders);
      else expect(kept).toEqual(expected.orders);
      expect(outcome.source.rejected).toBe(expected.rejected);
      expect(outcome.source.errors.map((issue) => issue.message)).toEqual(expected.errors);
      expect(outcome.warnings).toEqual(expected.warnings ?? []);
      expected.check?.(outcome.orders);
      expect(preview.ok && preview.mappingProblems).toEqual([]);
    }

    // Stored data untouched: the existing store object is not changed by appending the outcome, and a failure adds nothing.
    const store = existingStore();
    const snapshot = structuredClone(store);
    const appended = appendOrders(store, outcome.ok ? outcome.orders : []);
    expect(store).toEqual(snapshot);
    expect(appended.store.chunks.slice(0, store.chunks.length)).toEqual(snapshot.chunks);
    expect(appended.added).toBe(outcome.ok ? new Set(outcome.orders.map((order) => order.orderId)).size : 0);
    if (!outcome.ok) expect(appended.store).toEqual(snapshot);
  });
});
