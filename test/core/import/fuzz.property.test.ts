/**
 * Fuzz (issue 9): random bytes and random, hostile CSV through the whole
 * pipeline. previewImport and importOrders must always resolve (never throw
 * or reject), within a bounded time, and every order they produce must hold
 * the invariants the store and the analytics rely on:
 * - amount is finite; quantity is finite;
 * - day is an integer epoch day of a year 1900–2200 (the date parser refuses
 *   anything outside those years, see validDay in src-core/import/dates.ts);
 * - customerKey, orderId are non-empty; line is an integer ≥ 1.
 * Issues carry an integer line ≥ 0 and a message.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport, type ImportOptions } from '../../../src-core/import';
import { PRESETS, SYNONYMS } from '../../../src-core/import/presets';
import { CANONICAL_FIELDS, epochDayFromYmd, type ImportIssue, type NormalizedOrder } from '../../../src-core/model/orders';

const FIRST_DAY = epochDayFromYmd(1900, 1, 1);
const LAST_DAY = epochDayFromYmd(2200, 12, 31);
/** A hang guard: each input is a few kilobytes and takes milliseconds. */
const BOUND_MS = 5_000;

function expectValidOrder(order: NormalizedOrder): void {
  expect(Number.isFinite(order.amount), `amount ${order.amount}`).toBe(true);
  expect(Number.isFinite(order.quantity), `quantity ${order.quantity}`).toBe(true);
  expect(Number.isInteger(order.day) && order.day >= FIRST_DAY && order.day <= LAST_DAY, `day ${order.day}`).toBe(true);
  expect(order.customerKey.trim()).not.toBe('');
  expect(order.orderId).not.toBe('');
  expect(Number.isInteger(order.line) && order.line >= 1, `line ${order.line}`).toBe(true);
}

function expectValidIssue(issue: ImportIssue): void {
  expect(Number.isInteger(issue.line) && issue.line >= 0).toBe(true);
  expect(typeof issue.column).toBe('string');
  expect(issue.message.length).toBeGreaterThan(0);
}

/** How many inputs got as far as building orders: a generator that never does would check nothing. */
const reached = { ordersBuilt: 0 };

/** Runs both entry points and checks everything they hand back. */
async function checkPipeline(bytes: Uint8Array, options: ImportOptions): Promise<void> {
  const started = performance.now();
  const [outcome, preview] = await Promise.all([importOrders(bytes, options), previewImport(bytes, options)]);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  for (const result of [outcome, preview]) {
    if (!result.ok) {
      expectValidIssue(result.fatal);
      continue;
    }
    result.source.errors.forEach(expectValidIssue);
    expect(result.source.rejected).toBeGreaterThanOrEqual(0);
  }
  if (outcome.ok) outcome.orders.forEach(expectValidOrder);
  if (outcome.ok && outcome.orders.length > 0) reached.ordersBuilt++;
  if (preview.ok) preview.normalizedSample.forEach(expectValidOrder);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const SIGNATURES: number[][] = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46]];
/** Bytes that matter to the parsers: NUL, line breaks, quotes, separators, UTF-8 lead and continuation bytes, BOM parts. */
const SPECIAL_BYTES = [0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x20, 0x80, 0xbf, 0xc3, 0xe3, 0xef, 0xbb, 0xff, 0xfe, 0x82, 0xa0, 0x31, 0x2e, 0x2d, 0x2f, 0x41];

const randomBytes = fc
  .tuple(
    fc.constantFrom(...SIGNATURES),
    fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.constantFrom(...SPECIAL_BYTES), { maxLength: 3000 }).map((bytes) => Uint8Array.from(bytes))),
  )
  .map(([signature, body]) => Uint8Array.from([...signature, ...body]));

const PRESET_HEADERS = [...new Set(PRESETS.flatMap((preset) => Object.values(preset.mapping).flat()))];
const SYNONYM_HEADERS = [...new Set(Object.values(SYNONYMS).flatMap(({ exact }) => exact))];
const HOSTILE_HEADERS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '', ' ', '<b>Total</b>', '=1+1', 'Email', 'Email'];

const HOSTILE_CELLS = [
  '', ' ', '"', '""', 'NaN', 'Infinity', '-Infinity', '1e309', '1e308', '-0', '0', '(33.62)', '$1,149.00', '1 234,56', '1\u00a0234,56', '1.234,56', '¥1,234', '1,234円', '₽ 99', '-',
  '9999-12-31', '0000-01-01', '2024-02-30', '2024-01-05', '2024-01-05T23:30:00+09:00', '2024/01/05 13:04', '05.01.2024', '01/05/2024', '13/13/2024', '2024年1月5日', '45000', '45000.5', '99999', '20240105',
  '__proto__', 'constructor', "=cmd|' /C calc'!A0", '+SUM(A1)', '@x', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  'キャンセル', 'отменён', 'cancelled', 'refunded', 'Paid', 'a@x.com', ' A@X.COM ', '+1 (555) 010-9999', 'guest', 'null', 'Guest',
  '\u0000', '\uFFFD', '\u202e', '\u200b', 'Total', '合計', 'Итого', 'x'.repeat(300), 'a,b', 'x"y', 'line\nbreak', 'a;b', 'tab\there',
];

function quote(cell: string, style: 'always' | 'needed' | 'never', delimiter: string): string {
  if (style === 'never') return cell;
  if (style === 'always' || cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell)) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const exactHeaders = (field: keyof typeof SYNONYMS) => SYNONYMS[field].exact;
const plausibleDate = fc.tuple(fc.integer({ min: 10_957, max: 21_914 }), pick(['iso', 'offset', 'slash', 'dotted', 'us', 'japanese', 'serial'] as const)).map(([day, style]) => {
  const date = new Date(day * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), String(date.getUTCMonth() + 1).padStart(2, '0'), String(date.getUTCDate()).padStart(2, '0')];
  return { iso: `${y}-${m}-${d}`, offset: `${y}-${m}-${d}T23:30:00+09:00`, slash: `${y}/${m}/${d} 13:04`, dotted: `${d}.${m}.${y}`, us: `${m}/${d}/${y}`, japanese: `${y}年${Number(m)}月${Number(d)}日`, serial: String(day + 25_569) }[style];
});
const plausibleAmount = fc.tuple(fc.integer({ min: -100_000, max: 10_000_000 }), pick(['plain', 'dollar', 'eu', 'paren', 'yen'] as const)).map(([cents, style]) => {
  const value = (Math.abs(cents) / 100).toFixed(2);
  const text = { plain: value, dollar: `$${value}`, eu: value.replace('.', ','), paren: `(${value})`, yen: `¥${Math.round(Math.abs(cents) / 100)}` }[style];
  return cents < 0 && style !== 'paren' ? `-${text}` : text;
});
const plausibleCustomer = fc.oneof(fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,5}\.com$/), pick(['Ann', 'ボブ', 'Ольга', ' Dee ', '+81 90-1234-5678']));
const plausibleOrderId = pick(['A-1', 'A-2', 'A-3', '1001', '1002', '']);
/** Mostly believable cells for the column, sometimes hostile ones. */
const cellFor = (plausible: fc.Arbitrary<string>) => fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: pick(HOSTILE_CELLS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

/** A table whose headers come from the real preset and synonym names: date, amount, customer and order id columns among random others. */
const structuredCsv = fc
  .record({
    date: pick(exactHeaders('orderDate')),
    amount: pick([...exactHeaders('orderTotal'), ...exactHeaders('lineAmount')]),
    customer: pick([...exactHeaders('email'), ...exactHeaders('customerId'), ...exactHeaders('customerName')]),
    orderId: fc.option(pick(exactHeaders('orderId')), { nil: null }),
    extra: fc.array(pick([...PRESET_HEADERS, ...SYNONYM_HEADERS, ...HOSTILE_HEADERS]), { maxLength: 4 }),
    seed: fc.nat(),
  })
  .chain(({ date, amount, customer, orderId, extra, seed }) => {
    const columns: [string, fc.Arbitrary<string>][] = [[date, plausibleDate], [amount, plausibleAmount], [customer, plausibleCustomer], ...(orderId ? [[orderId, plausibleOrderId] as [string, fc.Arbitrary<string>]] : []), ...extra.map((header): [string, fc.Arbitrary<string>] => [header, fc.string({ maxLength: 10 })])];
    // Rotate so the known columns are not always first.
    const rotated = columns.map((_, index) => columns[(index + seed) % columns.length] ?? columns[0]!);
    const row = fc.tuple(...rotated.map(([, cell]) => cellFor(cell)));
    return fc.record({
      headers: fc.constant(rotated.map(([header]) => header)),
      rows: fc.array(fc.oneof({ weight: 9, arbitrary: row }, { weight: 1, arbitrary: fc.array(pick(HOSTILE_CELLS), { maxLength: 12 }) }), { minLength: 1, maxLength: 25 }),
      delimiter: pick([',', ';', '\t', '|']),
      newline: pick(['\n', '\r\n', '\r']),
      quoting: pick(['always', 'needed', 'never'] as const),
      title: fc.option(pick(['Orders report', 'Отчёт;по заказам', '注文一覧']), { nil: null }),
      encoding: pick(['utf-8', 'utf-8-bom', 'utf-16le']),
      trailingNewline: fc.boolean(),
    });
  })
  .map(({ headers, rows, delimiter, newline, quoting, title, encoding, trailingNewline }) => {
    const line = (cells: string[]) => cells.map((cell) => quote(cell, quoting, delimiter)).join(delimiter);
    const lines = [...(title ? [title] : []), line(headers), ...rows.map(line)];
    const text = lines.join(newline) + (trailingNewline ? newline : '');
    const body = encoding === 'utf-16le' ? utf16le(text) : new TextEncoder().encode(text);
    return { bytes: encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body, headers };
  });

/** undefined `odds` times as often as a value. */
const rarely = <T>(value: fc.Arbitrary<T>, odds: number) => fc.oneof({ weight: odds, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** Sometimes a confirmed mapping (any field → any header, real or not), sometimes overrides, as the wizard and CLI send them. */
const options = (headers: string[]) =>
  fc.record({
    mapping: rarely(fc.dictionary(pick(CANONICAL_FIELDS), pick([...headers, 'Missing column', ''])), 4),
    dateOrder: rarely(pick(['DMY', 'MDY', 'YMD'] as const), 2),
    delimiter: rarely(pick([',', ';', 'tab', '|', 'whitespace']), 9),
    encoding: rarely(pick(['utf-8', 'shift_jis', 'windows-1251', 'utf-16le']), 9),
    fileName: pick(['orders.csv', 'orders.txt', 'orders.tsv', 'orders.xlsx']),
  });

describe('fuzzing the import pipeline', () => {
  it('random bytes (with BOMs, archive and document signatures, NULs, high bytes) never break it', async () => {
    await fc.assert(
      fc.asyncProperty(randomBytes, fc.constantFrom('orders.csv', 'orders.txt', 'orders.xlsx'), async (bytes, fileName) => {
        await checkPipeline(bytes, { fileName });
      }),
      { numRuns: 1500 },
    );
  }, 90_000);

  it('random CSV from real header names and hostile cells, any delimiter, quoting and line ending, never breaks it', async () => {
    await fc.assert(
      fc.asyncProperty(
        structuredCsv.chain((csv) => options(csv.headers).map((chosen) => ({ csv, chosen }))),
        async ({ csv, chosen }) => {
          const picked: ImportOptions = { fileName: chosen.fileName };
          if (chosen.mapping) picked.mapping = chosen.mapping;
          if (chosen.dateOrder) picked.dateOrder = chosen.dateOrder;
          if (chosen.delimiter) picked.delimiter = chosen.delimiter;
          if (chosen.encoding) picked.encoding = chosen.encoding;
          await checkPipeline(csv.bytes, picked);
        },
      ),
      { numRuns: 2500 },
    );
    expect(reached.ordersBuilt).toBeGreaterThan(2500 * 0.2);
  }, 90_000);
});
