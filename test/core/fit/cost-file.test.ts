import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchCostRows, readCostFile, type CostFileOutcome } from '../../../src-core/analytics/fit';
import type { CustomerRecord } from '../../../src-core/data/columnar';
import { workbookOf } from './xlsx';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const text = (content: string) => new TextEncoder().encode(content);

function read(bytes: Uint8Array, fileName = 'costs.csv'): Extract<CostFileOutcome, { ok: true }> {
  const outcome = readCostFile(bytes, { fileName });
  if (!outcome.ok) throw new Error(outcome.fatal.message);
  return outcome;
}

const customers: CustomerRecord[] = [
  { key: 'C1', name: 'Alice', email: 'alice@example.com', phone: '' },
  { key: 'C2', name: 'Bob', email: 'Bob@Example.com', phone: '' },
  { key: 'C3', name: 'Carol', email: 'carol@example.com', phone: '' },
  { key: 'C4', name: 'Dan', email: 'dan@example.com', phone: '' },
  { key: 'erin@example.com', name: 'Erin', email: 'erin@example.com', phone: '' },
];

describe('readCostFile', () => {
  it('reads an English cost file with a named other cost, skipping a bad row with its line and column', () => {
    const outcome = read(fixture('costs.csv'));
    expect(outcome.mapping).toEqual({
      customerId: 'customer_id',
      email: 'email',
      labourHours: 'labour_hours',
      hourlyRate: 'hourly_rate',
      communication: 'communication_cost',
      hard: 'hard_cost',
    });
    expect(outcome.otherCosts).toEqual(['shipping']);
    expect(outcome.ignoredColumns).toEqual(['notes']);
    expect(outcome.rows).toEqual([
      { line: 2, customerId: 'C1', email: '', costs: { labourHours: 10, hourlyRate: 30, communication: 50, hard: 50 } },
      { line: 3, customerId: '', email: 'bob@example.com', costs: { hard: 250 } },
      { line: 5, customerId: 'C4', email: '', costs: { communication: 100, other: { shipping: 50 } } },
      { line: 6, customerId: 'C9', email: '', costs: { labourHours: 2, hourlyRate: 30 } },
    ]);
    expect(outcome.errors).toEqual([
      { line: 4, column: 'labour_hours', message: `Line 4: "abc" in column 'labour_hours' is not a number; the row was skipped.` },
    ]);
  });

  it('reads Japanese headers in Shift_JIS', () => {
    const outcome = read(fixture('costs-ja-sjis.csv'));
    expect(outcome.source.encoding).toBe('shift_jis');
    expect(outcome.mapping).toEqual({ customerId: '顧客ID', labourHours: '作業時間', hourlyRate: '時給', communication: '通信費', hard: '直接費' });
    expect(outcome.otherCosts).toEqual(['送料']);
    expect(outcome.rows[0]).toEqual({ line: 2, customerId: 'C1', email: '', costs: { labourHours: 10, hourlyRate: 3000, communication: 500, hard: 500, other: { 送料: 200 } } });
    expect(outcome.rows[1]!.costs).toEqual({ labourHours: 1, hourlyRate: 3000 });
  });

  it('reads Russian headers in Windows-1251 with semicolons and decimal commas', () => {
    const outcome = read(fixture('costs-ru-cp1251.csv'));
    expect(outcome.source).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
    expect(outcome.mapping).toEqual({ customerId: 'Код клиента', labourHours: 'Часы', hourlyRate: 'Ставка', communication: 'Коммуникации', hard: 'Прямые расходы' });
    expect(outcome.rows[0]!.costs).toEqual({ labourHours: 1.5, hourlyRate: 2000, communication: 100.5, hard: 0, other: { Доставка: 300 } });
    expect(outcome.rows[1]!.costs).toEqual({ labourHours: 2, hourlyRate: 1500 });
  });

  it('reads an XLSX workbook, lines being sheet rows', () => {
    const bytes = workbookOf([
      ['Cost report 2024'],
      [],
      ['Email', 'Labour hours', 'Hourly rate', 'Payment fees'],
      ['Dan@Example.com', 3, 40, 12.5],
      ['erin@example.com', 'three', 40, null],
    ]);
    const outcome = read(bytes, 'costs.xlsx');
    expect(outcome.source).toMatchObject({ format: 'xlsx', sheet: 'Costs', headerLine: 3 });
    expect(outcome.rows).toEqual([{ line: 4, customerId: '', email: 'dan@example.com', costs: { labourHours: 3, hourlyRate: 40, other: { 'Payment fees': 12.5 } } }]);
    expect(outcome.errors).toEqual([{ line: 5, column: 'Labour hours', message: `Line 5: "three" in column 'Labour hours' is not a number; the row was skipped.` }]);
  });

  it('rejects negative costs and rows without a customer, row by row', () => {
    const outcome = read(text('customer_id,labour_hours,hard_cost\nC1,-2,10\n,3,4\nC2,1,\n'));
    expect(outcome.rows.map((row) => row.customerId)).toEqual(['C2']);
    expect(outcome.errors).toEqual([
      { line: 2, column: 'labour_hours', message: `Line 2: -2 in column 'labour_hours' is negative; a cost cannot be; the row was skipped.` },
      { line: 3, column: 'customer_id', message: 'Line 3: no customer id or e-mail; the row was skipped.' },
    ]);
  });

  it.each([
    ['costs-empty.csv', 'The file is empty.'],
    ['costs-header-only.csv', 'The costs file has a header row but no rows of costs.'],
    ['costs-no-key.csv', "No column identifies the customer (expected e.g. 'customer_id', 'email', '顧客ID', 'メールアドレス', 'Код клиента', 'Почта')."],
  ])('fails as a whole on %s', (name, message) => {
    const outcome = readCostFile(fixture(name), { fileName: name });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.fatal.message).toBe(message);
  });

  it('fails as a whole without any cost column, or with a mapping naming a missing column', () => {
    const noCosts = readCostFile(text('customer_id,notes\nC1,hello\n'), { fileName: 'c.csv' });
    expect(noCosts).toMatchObject({ ok: false, fatal: { message: 'No cost column was found (expected labour_hours, hourly_rate, communication_cost, hard_cost or a named cost).' } });
    const badMapping = readCostFile(text('id,h\nC1,2\n'), { fileName: 'c.csv', mapping: { customerId: 'id', labourHours: 'hours' } });
    expect(badMapping).toMatchObject({ ok: false, fatal: { message: "The mapping names the column 'hours' for labourHours, but the costs file has no such column." } });
  });

  it('follows a mapping confirmed in the wizard', () => {
    expect(readCostFile(text('Kunde,Stunden,Satz\nC1,2,50\n'), { fileName: 'c.csv' })).toMatchObject({ ok: false, fatal: { line: 1 } });
    const mapped = readCostFile(text('Kunde,Stunden,Satz\nC1,2,50\n'), { fileName: 'c.csv', mapping: { customerId: 'Kunde', labourHours: 'Stunden', hourlyRate: 'Satz' } });
    expect(mapped).toMatchObject({ ok: true, rows: [{ customerId: 'C1', costs: { labourHours: 2, hourlyRate: 50 } }] });
  });
});

describe('matchCostRows', () => {
  it('matches ids exactly and e-mails whatever their case, listing rows that name nobody', () => {
    const outcome = read(fixture('costs.csv'));
    const match = matchCostRows(outcome.rows, customers, 'customer_id');
    expect(match.byCustomer).toEqual({
      C1: { labourHours: 10, hourlyRate: 30, communication: 50, hard: 50 },
      C2: { hard: 250 },
      C4: { communication: 100, other: { shipping: 50 } },
    });
    expect(match.matchedRows).toBe(3);
    expect(match.unknownKeys).toEqual(['C9']);
    expect(match.errors).toEqual([{ line: 6, column: 'customer_id', message: 'Line 6: no customer "C9" in the orders; these costs were not applied.' }]);
  });

  it('finds customers keyed by e-mail, and adds up several rows of one customer', () => {
    const outcome = read(text('email,labour_hours,hourly_rate\nERIN@example.com,2,100\nerin@EXAMPLE.com,6,20\nc1,1,1\n'));
    const match = matchCostRows(outcome.rows, customers, 'email');
    // 2 × 100 + 6 × 20 = 320 over 8 hours.
    expect(match.byCustomer).toEqual({ 'erin@example.com': { labourHours: 8, hourlyRate: 40 } });
    // An id is case-sensitive, like the customer key it must equal.
    expect(match.unknownKeys).toEqual(['c1']);
  });
});
