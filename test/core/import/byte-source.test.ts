/**
 * The import reads from a ByteSource (a Uint8Array, or a file read range by
 * range): the answer must not depend on which, and slices must end on
 * character boundaries whatever their size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport, rangeSource, type ByteSource } from '../../../src-core/import';
import { decodeInSlices, detectEncoding } from '../../../src-core/import/encoding';

const dir = path.resolve(__dirname, '../../fixtures/import');

/** A file-like source: every read is a fresh copy, and the reads are recorded. */
function rangeReader(bytes: Uint8Array): ByteSource & { reads: number[] } {
  const reads: number[] = [];
  return {
    reads,
    length: bytes.length,
    subarray(start, end) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(bytes.length);
      reads.push(end - start);
      return bytes.slice(start, end);
    },
  };
}

const fixtureFiles = [
  ...readdirSync(dir).filter((name) => /\.(csv|txt|xlsx)$/.test(name)),
  ...readdirSync(path.join(dir, 'encodings')).map((name) => path.join('encodings', name)),
];

describe('a file read range by range imports exactly like its bytes', () => {
  it.each(fixtureFiles)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const options = { fileName: path.basename(file) };
    expect(await importOrders(rangeReader(bytes), options)).toEqual(await importOrders(bytes, options));
    expect(await previewImport(rangeReader(bytes), options)).toEqual(await previewImport(bytes, options));
  });
});

describe('a source read a window at a time (rangeSource)', () => {
  /** rangeSource over the bytes with a tiny window; `reads` records each read's [start, end). */
  function windowed(bytes: Uint8Array, windowBytes: number) {
    const reads: Array<[number, number]> = [];
    const source = rangeSource(bytes.length, (start, end) => {
      expect(0 <= start && start < end && end <= bytes.length).toBe(true);
      reads.push([start, end]);
      return bytes.slice(start, end);
    }, windowBytes);
    return { source, reads };
  }

  it.each(fixtureFiles)('%s imports exactly like its bytes, even through 97-byte windows', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const options = { fileName: path.basename(file) };
    expect(await importOrders(windowed(bytes, 97).source, options)).toEqual(await importOrders(bytes, options));
  });

  it('serves consecutive slices from one window, and earlier views stay valid', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const { source, reads } = windowed(bytes, 300);
    const first = source.subarray(0, 100);
    expect(source.subarray(100, 250)).toEqual(bytes.subarray(100, 250));
    expect(reads).toEqual([[0, 300]]);
    const later = source.subarray(280, 400); // crosses the window's end: a new window from 280
    expect(reads).toEqual([[0, 300], [280, 580]]);
    expect(later).toEqual(bytes.subarray(280, 400));
    expect(first).toEqual(bytes.subarray(0, 100));
    // Larger than a window: read as asked, the window kept.
    expect(source.subarray(0, 1000)).toEqual(bytes);
    expect(reads.at(-1)).toEqual([0, 1000]);
    expect(source.subarray(500, 560)).toEqual(bytes.subarray(500, 560));
    expect(reads).toHaveLength(3);
    // Clamped to the length; empty ranges read nothing.
    expect(source.subarray(990, 2000)).toEqual(bytes.subarray(990));
    expect(source.subarray(1200, 1300)).toHaveLength(0);
    expect(reads).toHaveLength(4);
  });

  it('a 2 MB CSV takes a few window reads, not one per decode slice', async () => {
    const csv = 'Order,Date,Email,Total\r\n' + Array.from({ length: 80_000 }, (_, i) => `A${i},2024-01-0${(i % 9) + 1},c${i % 500}@x.jp,${(i % 70) + 1}.5\r\n`).join('');
    const bytes = new TextEncoder().encode(csv);
    const { source, reads } = windowed(bytes, 1 << 20);
    const outcome = await importOrders(source, { fileName: 'big.csv' });
    expect(outcome.ok && outcome.orders.length).toBe(80_000);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(bytes.length / (1 << 20)) * 2 + 2);
  });
});

describe('decoding in slices of any size', () => {
  const text = 'id,名前,Имя,note\r\n1,山田 太郎,Ёжик,😀 café\r\n2,𠮷野家,Щука,naïve — “quoted”\r\n';
  const encode = (encoding: string): Uint8Array => {
    if (encoding === 'utf-8') return new TextEncoder().encode(text);
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    const out = new Uint8Array(units.length * 2);
    units.forEach((unit, i) => {
      const [first, second] = encoding === 'utf-16le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
      out[i * 2] = first;
      out[i * 2 + 1] = second;
    });
    return out;
  };

  it.each(['utf-8', 'utf-16le', 'utf-16be'])('%s: every slice size gives back the text', (encoding) => {
    const bytes = encode(encoding);
    for (let size = 4; size <= 23; size++) {
      for (const source of [bytes, rangeReader(bytes)]) {
        const slices = [...decodeInSlices(source, { encoding, bomLength: 0 }, size)];
        expect(slices.map((slice) => slice.text).join(''), `slice size ${size}`).toBe(text);
        expect(slices.at(-1)?.bytesDone).toBe(bytes.length);
        // No slice holds a lone surrogate or a replacement character.
        for (const slice of slices) expect(slice.text).not.toMatch(/\uFFFD/);
      }
    }
  });

  it.each([
    ['shift_jis', 'encodings/sjis.csv'],
    ['euc-jp', 'encodings/eucjp.csv'],
    ['windows-1251', 'encodings/cp1251.csv'],
  ])('%s: streaming decode across slice cuts', (encoding, file) => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
    const whole = new TextDecoder(encoding).decode(bytes);
    for (const size of [3, 5, 8, 13]) {
      const slices = [...decodeInSlices(rangeReader(bytes), { encoding, bomLength: 0 }, size)];
      expect(slices.map((slice) => slice.text).join('')).toBe(whole);
    }
  });
});

describe('encoding detection over a source', () => {
  it('finds the first non-ASCII byte beyond the first megabyte without reading the file whole', () => {
    const ascii = new TextEncoder().encode('order,customer,amount\r\n' + '1000,someone,12.50\r\n'.repeat(80_000));
    // Windows-1251 maps А…я (U+0410…U+044F) onto 0xC0…0xFF.
    const cp1251 = (line: string) => Uint8Array.from(line, (char) => {
      const code = char.charCodeAt(0);
      return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
    });
    const cyrillic = cp1251('1001,Иван Петров из Москвы,1.5\r\n');
    const bytes = new Uint8Array(ascii.length + cyrillic.length * 50);
    bytes.set(ascii);
    for (let i = 0; i < 50; i++) bytes.set(cyrillic, ascii.length + i * cyrillic.length);
    expect(ascii.length).toBeGreaterThan(1 << 20);
    const source = rangeReader(bytes);
    expect(detectEncoding(source)).toEqual({ encoding: 'windows-1251', bomLength: 0 });
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1251', bomLength: 0 });
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(1 << 20);
  });

  it('a CSV import never reads more than about one slice at a time', async () => {
    const csv = 'Order,Date,Email,Total\r\n' + Array.from({ length: 80_000 }, (_, i) => `A${i},2024-01-0${(i % 9) + 1},c${i % 500}@x.jp,${(i % 70) + 1}.5\r\n`).join('');
    const bytes = new TextEncoder().encode(csv);
    expect(bytes.length).toBeGreaterThan(2 << 20);
    const source = rangeReader(bytes);
    const outcome = await importOrders(source, { fileName: 'big.csv' });
    expect(outcome.ok && outcome.orders.length).toBe(80_000);
    expect(Math.max(...source.reads)).toBeLessThanOrEqual((1 << 20) + 4);
  });
});
