/** The public API's promises: preview, progress, cancellation, CSV export, and the real CDNOW file. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders, previewImport } from '../../../src-core/import';
import { isoDate } from '../../../src-core/model/orders';

function bigCsv(rows: number): Uint8Array {
  const lines = ['Order ID,Created at,Email,Total'];
  for (let i = 0; i < rows; i++) lines.push(`${i},2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00:00 -0500,c${i % 5000}@example.com,${(i % 100) + 0.5}`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('previewImport', () => {
  it('reads only the start of a large file and shows raw and normalised samples', async () => {
    const preview = await previewImport(bigCsv(20_000), { fileName: 'big.csv' });
    if (!preview.ok) throw new Error(preview.fatal.message);
    expect(preview.source.sampled).toBe(true);
    expect(preview.sampleRows).toHaveLength(20);
    expect(preview.sampleRows[0]).toEqual({ 'Order ID': '0', 'Created at': '2024-01-01 10:00:00 -0500', Email: 'c0@example.com', Total: '0.5' });
    expect(preview.normalizedSample[0]).toMatchObject({ orderId: '0', customerKey: 'c0@example.com', amount: 0.5, line: 2 });
    expect(preview.mapping).toEqual({ orderId: 'Order ID', orderDate: 'Created at', email: 'Email', orderTotal: 'Total' });
  });

  it('warns per column about values it cannot read', async () => {
    const preview = await previewImport(new TextEncoder().encode('Order ID,Date,Email,Total\n1,2024-01-05,a@x.com,1\n2,soon,b@x.com,2\n3,2024-01-07,c@x.com,lots\n'), { fileName: 'p.csv' });
    if (!preview.ok) throw new Error(preview.fatal.message);
    expect({ ...preview.columnWarnings }).toEqual({
      Date: ["1 of 3 sampled values cannot be read as dates, e.g. 'soon'."],
      Total: ["1 of 3 sampled values cannot be read as numbers, e.g. 'lots'."],
    });
    expect(preview.source.sampled).toBe(false);
  });
});

describe('progress and cancellation', () => {
  it('reports progress up to the whole file', async () => {
    const bytes = bigCsv(30_000);
    const seen: { records: number; bytesDone: number; bytesTotal: number }[] = [];
    const outcome = await importOrders(bytes, { fileName: 'big.csv', onProgress: (progress) => seen.push(progress) });
    expect(outcome.ok && outcome.orders.length).toBe(30_000);
    expect(seen.at(-1)).toEqual({ records: 30_000, bytesDone: bytes.length, bytesTotal: bytes.length });
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.records).toBeGreaterThanOrEqual(seen[i - 1]?.records ?? 0);
  });

  it('an abort mid-way resolves as cancelled (never rejects)', async () => {
    const controller = new AbortController();
    let calls = 0;
    const outcome = await importOrders(bigCsv(100_000), {
      fileName: 'big.csv',
      signal: controller.signal,
      onProgress: () => {
        calls++;
        controller.abort();
      },
    });
    expect(outcome).toEqual({ ok: false, cancelled: true, fatal: { line: 0, column: '', message: 'The import was cancelled.' } });
    expect(calls).toBeGreaterThan(0);
  });

  it('an already aborted signal does nothing', async () => {
    const outcome = await importOrders(bigCsv(10), { fileName: 'x.csv', signal: AbortSignal.abort() });
    expect(!outcome.ok && outcome.cancelled).toBe(true);
  });
});

describe('overrides and streaming delivery', () => {
  it('a delimiter override wins over detection', async () => {
    const text = new TextEncoder().encode('Order ID|Date|Email|Total\n1|2024-01-05|a@x.com|1,5\n');
    const outcome = await importOrders(text, { fileName: 'pipes.txt', delimiter: '|' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source.delimiter).toBe('|');
    expect(outcome.orders[0]?.amount).toBe(1.5);
  });

  it('onOrders receives every order in batches and the outcome stays light', async () => {
    const batches: number[] = [];
    const outcome = await importOrders(bigCsv(5_000), { fileName: 'big.csv', onOrders: (orders) => batches.push(orders.length) });
    expect(outcome.ok && outcome.orders).toEqual([]);
    expect(batches).toEqual([2_000, 2_000, 1_000]);
  });
});

const repoRoot = path.resolve(__dirname, '../../..');
const cdnow = path.resolve(repoRoot, '../shared/data/cdnow/CDNOW_master.txt');
const haveCdnow = existsSync(cdnow);
if (!haveCdnow) console.log(`Skipping the CDNOW test: ${cdnow} is not present on this machine.`);

describe.skipIf(!haveCdnow)('the real CDNOW file (whitespace-separated, CRLF, YYYYMMDD)', () => {
  it('imports every row: 69,659 orders of 23,570 customers, 1997-01-01 to 1998-06-30', async () => {
    const outcome = await importOrders(new Uint8Array(readFileSync(cdnow)), { fileName: 'CDNOW_master.txt' });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source).toMatchObject({ format: 'txt', delimiter: 'whitespace', records: 69_659, rejected: 0 });
    expect(outcome.orders).toHaveLength(69_659);
    expect(new Set(outcome.orders.map((order) => order.customerKey)).size).toBe(23_570);
    const days = outcome.orders.map((order) => order.day);
    expect(isoDate(Math.min(...days))).toBe('1997-01-01');
    expect(isoDate(Math.max(...days))).toBe('1998-06-30');
    expect(outcome.orders.filter((order) => order.amount === 0)).toHaveLength(80);
    expect(outcome.orders[0]).toMatchObject({ customerKey: '00001', amount: 11.77, quantity: 1, line: 2 });
  });
});
