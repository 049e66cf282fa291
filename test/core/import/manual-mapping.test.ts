/** Headers the import does not recognise: the preview still opens so the user can choose the columns; the import needs them chosen. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport } from '../../../src-core/import';

const text = (value: string) => new TextEncoder().encode(value);
const bad = (file: string) => new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/bad', file)));

// A bookkeeping export whose column names match no preset and no synonym.
const UNLABELLED = text('Ref,Booked on,Buyer,Paid in\nR1,2024-03-01,ann@example.com,100.00\nR2,2024-03-05,bob@example.com,40.50\nR3,2024-04-02,ann@example.com,60.00\n');
const DATE = "No column looks like an order date (expected e.g. 'Created at', '注文日', 'Дата').";
const AMOUNT = "No column looks like an order amount (expected e.g. 'Total', '合計金額', 'Сумма').";
const CUSTOMER = "No column identifies the customer (expected e.g. 'Email', 'Customer ID', 'メールアドレス', 'Покупатель').";

describe('previewImport with unrecognised headers', () => {
  it('shows the headers and raw rows and lists what the mapping lacks', async () => {
    const preview = await previewImport(UNLABELLED, { fileName: 'books.csv' });
    if (!preview.ok) throw new Error(preview.fatal.message);
    expect(preview.source).toMatchObject({ headers: ['Ref', 'Booked on', 'Buyer', 'Paid in'], headerLine: 1, records: 3, rejected: 0, errors: [], sampled: false });
    expect(preview.sampleRows.map((row) => ({ ...row }))).toEqual([
      { Ref: 'R1', 'Booked on': '2024-03-01', Buyer: 'ann@example.com', 'Paid in': '100.00' },
      { Ref: 'R2', 'Booked on': '2024-03-05', Buyer: 'bob@example.com', 'Paid in': '40.50' },
      { Ref: 'R3', 'Booked on': '2024-04-02', Buyer: 'ann@example.com', 'Paid in': '60.00' },
    ]);
    expect(preview.mapping.orderDate).toBeUndefined();
    expect(preview.normalizedSample).toEqual([]);
    expect(preview.mappingProblems).toEqual([
      { need: 'date', fields: ['orderDate'], message: DATE },
      { need: 'amount', fields: ['orderTotal', 'lineAmount', 'unitPrice'], message: AMOUNT },
    ]);
  });

  it.each([
    ['no-date.csv', [DATE]],
    ['no-amount.csv', [AMOUNT]],
    ['no-customer.csv', [CUSTOMER]],
  ])('%s previews with its problem and refuses to import', async (file, messages) => {
    const preview = await previewImport(bad(file), { fileName: file });
    expect(preview.ok && preview.mappingProblems.map((problem) => problem.message)).toEqual(messages);
    const outcome = await importOrders(bad(file), { fileName: file });
    expect(outcome).toEqual({ ok: false, fatal: { line: 1, column: '', message: messages[0] } });
  });

  it('a partial mapping chosen by hand is previewed with what is still missing and warnings for the chosen columns', async () => {
    const preview = await previewImport(UNLABELLED, { fileName: 'books.csv', mapping: { orderDate: 'Buyer', email: 'Buyer' } });
    if (!preview.ok) throw new Error(preview.fatal.message);
    expect(preview.mappingProblems.map((problem) => problem.need)).toEqual(['amount']);
    expect({ ...preview.columnWarnings }).toEqual({ Buyer: ["3 of 3 sampled values cannot be read as dates, e.g. 'ann@example.com'."] });
  });

  it('a complete mapping chosen by hand previews and imports the orders', async () => {
    const mapping = { orderId: 'Ref', orderDate: 'Booked on', email: 'Buyer', orderTotal: 'Paid in' };
    const preview = await previewImport(UNLABELLED, { fileName: 'books.csv', mapping });
    expect(preview.ok && preview.mappingProblems).toEqual([]);
    expect(preview.ok && preview.normalizedSample.map((order) => order.orderId)).toEqual(['R1', 'R2', 'R3']);
    const outcome = await importOrders(UNLABELLED, { fileName: 'books.csv', mapping });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.mapping).toEqual(mapping);
    expect(outcome.orders.map((order) => [order.orderId, order.customerKey, order.amount, order.line])).toEqual([
      ['R1', 'ann@example.com', 100, 2],
      ['R2', 'bob@example.com', 40.5, 3],
      ['R3', 'ann@example.com', 60, 4],
    ]);
  });

  it('importOrders without a mapping (the CLI) still fails, naming the first thing missing', async () => {
    expect(await importOrders(UNLABELLED, { fileName: 'books.csv' })).toEqual({ ok: false, fatal: { line: 1, column: '', message: DATE } });
    const partial = await importOrders(UNLABELLED, { fileName: 'books.csv', mapping: { orderDate: 'Booked on', email: 'Buyer' } });
    expect(!partial.ok && partial.fatal.message).toBe(AMOUNT);
  });

  it('truly unreadable input stays fatal in the preview', async () => {
    for (const [file, message] of [
      ['empty.csv', 'The file is empty.'],
      ['header-only.csv', 'Only a header row was found; there are no orders.'],
      ['legacy.xls', 'Old Excel .xls files (and password-protected workbooks) are not supported; save the sheet as .xlsx or CSV and import that.'],
    ] as const) {
      const preview = await previewImport(bad(file), { fileName: file });
      expect(!preview.ok && preview.fatal.message).toBe(message);
    }
  });
});
