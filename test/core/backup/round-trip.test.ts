import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, PBKDF2_ITERATIONS, type WorkspaceSnapshot } from '../../../src-core/backup';
import { kindsOf, snapshotOf, workspaceSnapshot } from './workspaces';

async function roundTrip(snapshot: WorkspaceSnapshot, passphrase?: string): Promise<WorkspaceSnapshot> {
  const result = await decodeBackup(await encodeBackup(snapshot, { passphrase }), { passphrase });
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result.snapshot;
}

const EVERY_TYPED_ARRAY = {
  int8: Int8Array.of(-128, -1, 0, 127),
  uint8: Uint8Array.of(0, 1, 254, 255),
  uint8Clamped: Uint8ClampedArray.of(0, 128, 255),
  int16: Int16Array.of(-32768, 0, 32767),
  uint16: Uint16Array.of(0, 65535),
  int32: Int32Array.of(-2147483648, -1, 2147483647),
  uint32: Uint32Array.of(0, 4294967295),
  float32: Float32Array.of(-0, 1.5, Number.NaN, Infinity, 3.4028234663852886e38),
  float64: Float64Array.of(-0, 0.1 + 0.2, Number.NaN, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE),
  bigInt64: BigInt64Array.of(-(2n ** 63n), 0n, 2n ** 63n - 1n),
  bigUint64: BigUint64Array.of(0n, 2n ** 64n - 1n),
  empty: new Float64Array(0),
};

describe('backup round trip', () => {
  it('keeps every typed-array kind, its type and its exact bits', async () => {
    const original = snapshotOf({ columns: [EVERY_TYPED_ARRAY] });
    const restored = await roundTrip(original);
    expect(restored).toStrictEqual(original);
    expect(kindsOf(restored)).toEqual(kindsOf(original));
    const row = restored.tables['columns']![0] as typeof EVERY_TYPED_ARRAY;
    expect(Object.is(row.float64[0], -0)).toBe(true);
    expect(Object.is(row.float32[0], -0)).toBe(true);
    expect(row.float64[2]).toBeNaN();
    expect(row.bigUint64[1]).toBe(2n ** 64n - 1n);
  });

  it('stores only the elements of a view, and each restored array owns its own buffer', async () => {
    const shared = new Float64Array([1, 2, 3, 4, 5, 6]);
    const original = snapshotOf({ columns: [{ middle: shared.subarray(2, 4), bytes: new Uint8Array(shared.buffer, 8, 3) }] });
    const restored = await roundTrip(original);
    const row = restored.tables['columns']![0] as { middle: Float64Array; bytes: Uint8Array };
    expect(row.middle).toStrictEqual(Float64Array.of(3, 4));
    expect(row.bytes).toStrictEqual(new Uint8Array(shared.buffer, 8, 3).slice());
    // IndexedDB stores a view's whole buffer: a restored chunk must not drag the whole backup along.
    expect(row.middle.byteOffset).toBe(0);
    expect(row.middle.buffer.byteLength).toBe(16);
    expect(row.bytes.buffer.byteLength).toBe(3);
  });

  it('keeps nested rows and the values JSON cannot carry', async () => {
    const original = snapshotOf({
      settings: [
        {
          key: 'nested',
          value: {
            deep: [[{ a: [1, [2, [3, { b: Int32Array.of(7) }]]] }]],
            missing: undefined,
            list: [undefined, null, 0, '', false],
            numbers: [Number.NaN, Infinity, -Infinity, -0, 0, 1e308, 5e-324],
            big: -12345678901234567890n,
            when: new Date(Date.UTC(2024, 0, 5, 13, 4)),
            never: new Date(Number.NaN),
            map: new Map<unknown, unknown>([['JPY', 0], [1, { x: Uint16Array.of(9) }]]),
            set: new Set(['a', 2]),
            buffer: Uint8Array.of(1, 2, 3).buffer,
            view: new DataView(Uint8Array.of(9, 8).buffer),
            text: 'Иванов 山田 😀 \u0000 \ud800 "quoted" \\ </script>',
          },
        },
      ],
    });
    const restored = await roundTrip(original);
    expect(restored).toStrictEqual(original);
    expect(kindsOf(restored)).toEqual(kindsOf(original));
    const value = (restored.tables['settings']![0] as { value: Record<string, unknown> }).value;
    expect(Object.hasOwn(value, 'missing')).toBe(true);
    expect(Object.is((value['numbers'] as number[])[3], -0)).toBe(true);
  });

  it('keeps dangerous and tag-like keys as plain own keys', async () => {
    const row = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "$rwb": "Float64Array", "at": 0, "n": 1}') as Record<string, unknown>;
    const original = snapshotOf({ customers: [row, { nested: { $rwb: 'undefined' } }] });
    const restored = await roundTrip(original);
    const [first, second] = restored.tables['customers'] as Record<string, unknown>[];
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(Object.hasOwn(first!, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(first, '__proto__')?.value).toEqual({ polluted: true });
    expect(first!['$rwb']).toBe('Float64Array');
    expect(second).toEqual({ nested: { $rwb: 'undefined' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('restores a whole workspace identically, table by table', async () => {
    const original = workspaceSnapshot(25_000);
    const restored = await roundTrip(original);
    expect(Object.keys(restored.tables).sort()).toEqual(Object.keys(original.tables).sort());
    for (const [name, rows] of Object.entries(original.tables)) {
      expect(restored.tables[name], name).toStrictEqual(rows);
    }
    expect(kindsOf(restored.tables['orderChunks'])).toEqual(kindsOf(original.tables['orderChunks']));
    expect(restored.workspace).toStrictEqual(original.workspace);
    expect(restored.schemaVersion).toBe(2);
  });

  it('encrypts with a passphrase: round trip, random salt and IV, the stated iteration count', async () => {
    const original = workspaceSnapshot(2_000);
    const first = await encodeBackup(original, { passphrase: 'correct horse' });
    const second = await encodeBackup(original, { passphrase: 'correct horse' });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
    const header = new DataView(first.buffer, first.byteOffset, first.byteLength);
    expect(header.getUint16(10, true) & 1).toBe(1);
    expect(header.getUint32(24, true)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const restored = await decodeBackup(first, { passphrase: 'correct horse' });
    expect(restored).toStrictEqual({ ok: true, snapshot: original });
  });

  it('opens with the same passphrase whether it was typed composed or decomposed', async () => {
    const original = snapshotOf({ notes: [{ id: 1, text: 'x' }] });
    const composed = 'パスワード é';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const bytes = await encodeBackup(original, { passphrase: composed });
    expect(await decodeBackup(bytes, { passphrase: decomposed })).toStrictEqual({ ok: true, snapshot: original });
  });

  it('an empty passphrase means no encryption', async () => {
    const bytes = await encodeBackup(snapshotOf({}), { passphrase: '' });
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(10, true)).toBe(0);
    expect((await decodeBackup(bytes)).ok).toBe(true);
  });

  it('refuses values no workspace table can hold instead of dropping them', async () => {
    class Custom {
      x = 1;
    }
    for (const value of [() => 1, Symbol('s'), new Custom(), /re/, new Error('e')]) {
      await expect(encodeBackup(snapshotOf({ settings: [{ key: 'bad', value }] }))).rejects.toThrow(TypeError);
    }
  });
});

describe('backup size and speed', () => {
  it('200,000 orders: binary columns, compressed, encoded and decoded in reasonable time', async () => {
    const original = workspaceSnapshot(200_000);
    const chunks = original.tables['orderChunks'] as { count: number; customer: Uint32Array; amount: Float64Array }[];
    const columnBytes = chunks.reduce((sum, chunk) => sum + chunk.count * (4 * 7 + 8 * 2 + 1), 0);
    const started = performance.now();
    const bytes = await encodeBackup(original);
    const encoded = performance.now();
    const result = await decodeBackup(bytes);
    const decoded = performance.now();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const restoredChunks = result.snapshot.tables['orderChunks'] as typeof chunks;
    expect(restoredChunks.length).toBe(chunks.length);
    for (let i = 0; i < chunks.length; i++) {
      expect(restoredChunks[i]!.amount).toStrictEqual(chunks[i]!.amount);
      expect(restoredChunks[i]!.customer).toStrictEqual(chunks[i]!.customer);
    }
    // Binary columns, compressed: well under the raw column bytes (JSON numbers would be ~2.5x larger than raw).
    expect(bytes.byteLength).toBeLessThan(columnBytes * 0.6);
    // Generous bounds: two CPU cores are shared by many test runs.
    expect(encoded - started).toBeLessThan(20_000);
    expect(decoded - encoded).toBeLessThan(10_000);
    console.info(
      `200,000 orders: ${(bytes.byteLength / 1e6).toFixed(1)} MB backup from ${(columnBytes / 1e6).toFixed(1)} MB of columns; ` +
        `encode ${(encoded - started).toFixed(0)} ms, decode ${(decoded - encoded).toFixed(0)} ms`,
    );
  });
});
