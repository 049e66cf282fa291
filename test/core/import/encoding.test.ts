import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders } from '../../../src-core/import';
import { canonicalEncoding, detectEncoding } from '../../../src-core/import/encoding';

const fixtures = path.resolve(__dirname, '../../fixtures/import');
const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(fixtures, file)));

describe('encoding detection', () => {
  it.each([
    ['shopify-orders.csv', 'utf-8'],
    ['base-orders-sjis.csv', 'shift_jis'],
    ['1c-register-cp1251.csv', 'windows-1251'],
    ['excel-unicode-text.txt', 'utf-16le'],
    ['european-semicolon.csv', 'utf-8'],
    ['encodings/eucjp.csv', 'euc-jp'],
    ['encodings/sjis.csv', 'shift_jis'],
    ['encodings/cp1251.csv', 'windows-1251'],
    ['encodings/cp1252.csv', 'windows-1252'],
    ['encodings/utf16be-bom.csv', 'utf-16be'],
    ['encodings/utf16le-nobom.csv', 'utf-16le'],
    ['encodings/utf8-bom.csv', 'utf-8'],
    ['encodings/utf8.csv', 'utf-8'],
  ])('%s is %s', (file, encoding) => {
    const choice = detectEncoding(bytesOf(file));
    expect('encoding' in choice && choice.encoding).toBe(encoding);
  });

  it.each([
    ['encodings/eucjp.csv', '山田 太郎', 3300],
    ['encodings/sjis.csv', '山田 太郎', 3300],
    ['encodings/cp1251.csv', 'Иванов Пётр Сергеевич', 1250.5],
    ['encodings/cp1252.csv', 'René Müller', 12.5],
    ['encodings/utf16be-bom.csv', 'René Müller', 12.5],
    ['encodings/utf8-bom.csv', '山田 太郎', 3300],
  ])('%s decodes to readable names and amounts', async (file, name, amount) => {
    const outcome = await importOrders(bytesOf(file), { fileName: file });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.orders[0]?.customerName).toBe(name);
    expect(outcome.orders[0]?.amount).toBe(amount);
    expect(outcome.orders).toHaveLength(3);
  });

  it('the user can override the encoding', async () => {
    const outcome = await importOrders(bytesOf('encodings/cp1252.csv'), { fileName: 'x.csv', encoding: 'cp1251' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source.encoding).toBe('windows-1251');
    expect(outcome.orders[0]?.customerName).toBe('Renй Mьller');
  });

  it.each([
    ['sjis', 'shift_jis'],
    ['CP932', 'shift_jis'],
    ['cp1251', 'windows-1251'],
    ['UTF8', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['euc-jp', 'euc-jp'],
    ['nonsense', null],
  ])('label %j means %j', (label, name) => expect(canonicalEncoding(label)).toBe(name));
});

describe('legacy text far into a file', () => {
  it('Shift_JIS after 300 KB of ASCII rows is still recognised', async () => {
    const japanese = new Uint8Array(readFileSync(path.join(fixtures, 'encodings/sjis.csv')));
    const firstBreak = japanese.indexOf(0x0a) + 1;
    // An English header and ASCII rows first: nothing but ASCII in the first 256 KB.
    const header = new TextEncoder().encode('Order ID,Order Date,Customer,Email,Total\n');
    const asciiRows = new TextEncoder().encode(Array.from({ length: 8000 }, (_, index) => `${2000 + index},2024/01/05,Guest ${index},g${index}@example.jp,100\n`).join(''));
    const bytes = new Uint8Array([...header, ...asciiRows, ...japanese.subarray(firstBreak)]);
    expect(asciiRows.length).toBeGreaterThan(300_000);
    const outcome = await importOrders(bytes, { fileName: 'late.csv' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source.encoding).toBe('shift_jis');
    expect(outcome.orders.at(-3)?.customerName).toBe('山田 太郎');
  });
});
