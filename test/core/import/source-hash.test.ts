/** The import record's SHA-256, streamed a window at a time, equals the whole file's. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { rangeSource, sha256Hex, WINDOW_BYTES } from '../../../src-core/import';

it('hashes a source of several windows (and an empty one) like hashing its bytes whole', async () => {
  for (const length of [0, 1, WINDOW_BYTES, WINDOW_BYTES * 2 + 12_345]) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + (i >> 9)) % 256);
    const source = rangeSource(length, (start, end) => bytes.slice(start, end));
    expect(await sha256Hex(source), `length ${length}`).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
});
