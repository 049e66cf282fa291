import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importOrders } from '../../src-core/import';
import { openFileSource } from './file-source';

const dir = mkdtempSync(path.join(tmpdir(), 'rw-file-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads any range of the file, clamped to its length', () => {
  const file = path.join(dir, 'bytes.bin');
  const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
  writeFileSync(file, bytes);
  const source = openFileSource(file);
  try {
    expect(source.length).toBe(3000);
    expect(source.subarray(0, 3000)).toEqual(bytes);
    expect(source.subarray(1234, 1300)).toEqual(bytes.subarray(1234, 1300));
    expect(source.subarray(2990, 5000)).toEqual(bytes.subarray(2990));
    expect(source.subarray(4000, 5000)).toHaveLength(0);
  } finally {
    source.close();
  }
});

it('imports a file read range by range like its bytes', async () => {
  const file = path.join(dir, 'orders.csv');
  const csv = 'Order,Date,Email,Total\n' + Array.from({ length: 500 }, (_, i) => `A${i},2024-02-${String((i % 28) + 1).padStart(2, '0')},c${i % 40}@example.com,${i + 0.5}\n`).join('');
  writeFileSync(file, csv);
  const source = openFileSource(file);
  try {
    const fromFile = await importOrders(source, { fileName: 'orders.csv' });
    const fromBytes = await importOrders(new TextEncoder().encode(csv), { fileName: 'orders.csv' });
    expect(fromFile).toEqual(fromBytes);
    expect(fromFile.ok && fromFile.orders).toHaveLength(500);
  } finally {
    source.close();
  }
});
