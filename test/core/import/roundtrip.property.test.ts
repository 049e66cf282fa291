/**
 * Property: random orders written as CSV — any delimiter, any quoting, any of
 * the number and date styles real exports use, UTF-8 or UTF-16 — import back
 * to the same orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOrders } from '../../../src-core/import';
import { isoDate } from '../../../src-core/model/orders';

const NAME_CHARS = ['a', 'Z', 'é', 'ж', 'Я', '山', 'の', ' ', ',', ';', '"', '|', '\t', '\n', "'"];
const order = fc.record({
  id: fc.stringMatching(/^[A-Z0-9]{1,6}$/),
  day: fc.integer({ min: 10_957, max: 21_914 }), // 2000-01-01 … 2029-12-31
  email: fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('example.com', 'Shop.JP', 'почта.рф')).map(([local, domain]) => `${local}@${domain}`),
  name: fc.string({ unit: fc.constantFrom(...NAME_CHARS), maxLength: 12 }).map((name) => name.trim()),
  cents: fc.integer({ min: -5_000_000, max: 500_000_000 }),
});

type NumberStyle = 'plain' | 'us' | 'eu' | 'space' | 'dollar' | 'paren';
type DateStyle = 'iso' | 'offset' | 'slash' | 'dotted' | 'japanese' | 'compact';

function group(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function writeAmount(cents: number, style: NumberStyle): string {
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const integer = String(Math.floor(absolute / 100));
  const fraction = String(absolute % 100).padStart(2, '0');
  const body = {
    plain: `${integer}.${fraction}`,
    us: `${group(integer, ',')}.${fraction}`,
    eu: `${group(integer, '.')},${fraction}`,
    space: `${group(integer, '\u00a0')},${fraction}`,
    dollar: `$${group(integer, ',')}.${fraction}`,
    paren: `${group(integer, ',')}.${fraction}`,
  }[style];
  if (!negative) return body;
  return style === 'paren' ? `(${body})` : `-${body}`;
}

function writeDate(day: number, style: DateStyle): string {
  const [y, m, d] = isoDate(day).split('-');
  return {
    iso: `${y}-${m}-${d}`,
    offset: `${y}-${m}-${d}T23:59:59+09:00`,
    slash: `${y}/${m}/${d} 13:04`,
    dotted: `${d}.${m}.${y}`,
    japanese: `${y}年${Number(m)}月${Number(d)}日`,
    compact: `${y}${m}${d}`,
  }[style];
}

function writeCell(value: string, delimiter: string, quoteAll: boolean): string {
  const needs = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return quoteAll || needs ? `"${value.replace(/"/g, '""')}"` : value;
}

function encodeUtf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('export → import round trip', () => {
  it('random orders survive any delimiter, quoting, number and date style', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(order, { minLength: 1, maxLength: 25, selector: (item) => item.id }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom<NumberStyle>('plain', 'us', 'eu', 'space', 'dollar', 'paren'),
        fc.constantFrom<DateStyle>('iso', 'offset', 'slash', 'dotted', 'japanese', 'compact'),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
        async (orders, delimiter, numberStyle, dateStyle, quoteAll, newline, encoding) => {
          const rows = [['Order ID', 'Order Date', 'Customer Name', 'Email', 'Total']];
          for (const item of orders) rows.push([item.id, writeDate(item.day, dateStyle), item.name, item.email, writeAmount(item.cents, numberStyle)]);
          const text = rows.map((row) => row.map((cell) => writeCell(cell, delimiter, quoteAll)).join(delimiter)).join(newline) + newline;
          const bytes = encoding === 'utf-16le' ? encodeUtf16le(text) : new TextEncoder().encode(encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
          const outcome = await importOrders(bytes, { fileName: 'roundtrip.csv' });
          if (!outcome.ok) throw new Error(outcome.fatal.message);
          expect(outcome.source.errors).toEqual([]);
          expect(outcome.orders.map((imported) => ({ id: imported.orderId, day: imported.day, email: imported.customerKey, name: imported.customerName, cents: Math.round(imported.amount * 100) }))).toEqual(
            // Name, e-mail and phone are the customer's: the first non-empty ones seen for that key.
            orders.map((item) => ({ id: item.id, day: item.day, email: item.email.toLowerCase(), name: orders.find((other) => other.email.toLowerCase() === item.email.toLowerCase() && other.name !== '')?.name ?? '', cents: item.cents })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
