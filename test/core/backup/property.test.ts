import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type WorkspaceSnapshot } from '../../../src-core/backup';
import { kindsOf } from './workspaces';

const value = fc.anything({
  withTypedArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBoxedValues: false,
  withNullPrototype: false,
  withSparseArray: false,
  maxDepth: 4,
});

const row = fc.oneof(
  value,
  fc.record({
    seq: fc.nat(),
    orderId: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }),
    amount: fc.float64Array({ maxLength: 50 }),
    customer: fc.uint32Array({ maxLength: 50 }),
    day: fc.int32Array({ maxLength: 50 }),
    cancelled: fc.uint8Array({ maxLength: 50 }),
  }, { noNullPrototype: true }),
);

// Records with Object.prototype: IndexedDB (structured clone) does not keep null prototypes either.
const snapshot: fc.Arbitrary<WorkspaceSnapshot> = fc.record({
  format: fc.constant('retention-workbench-backup' as const),
  formatVersion: fc.constant(1 as const),
  schemaVersion: fc.integer({ min: 1, max: 1000 }),
  createdAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  workspace: fc.record({ name: fc.string({ unit: 'grapheme' }), currency: fc.constantFrom('', 'JPY', 'RUB', 'USD'), note: value }, { noNullPrototype: true }),
  tables: fc.dictionary(fc.string(), fc.array(row, { maxLength: 5 }), { maxKeys: 4, noNullPrototype: true }),
}, { noNullPrototype: true });

describe('backup property: any snapshot survives the round trip', () => {
  it('decode(encode(s)) equals s, with every typed array keeping its type', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, async (original) => {
        const result = await decodeBackup(await encodeBackup(original));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.snapshot).toStrictEqual(original);
        expect(kindsOf(result.snapshot)).toEqual(kindsOf(original));
      }),
      { numRuns: 150 },
    );
  });

  it('decode never throws on arbitrary bytes behind a valid magic', async () => {
    const magic = [0x89, 0x52, 0x57, 0x42, 0x0d, 0x0a, 0x1a, 0x0a];
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const result = await decodeBackup(Uint8Array.from([...magic, ...tail]));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
