import { createHash } from 'node:crypto';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type BackupFailureReason } from '../../../src-core/backup';
import { writeHeader } from '../../../src-core/backup/header';
import { seededRandom, snapshotOf, workspaceSnapshot } from './workspaces';

const small = snapshotOf({
  notes: [{ id: 1, createdAt: 1, text: 'Иванов 山田' }],
  orderChunks: [{ seq: 0, count: 3, orderId: ['a', 'b', 'c'], amount: Float64Array.of(1.5, 2, 3), customer: Uint32Array.of(0, 1, 0) }],
});

async function failureOf(bytes: Uint8Array, passphrase?: string): Promise<BackupFailureReason | 'ok'> {
  const result = await decodeBackup(bytes, { passphrase });
  if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
  return result.ok ? 'ok' : result.reason;
}

/** A plain backup around any body, with a correct digest: what a crafted file can get past the checksum. */
function plainBackupOfBody(json: string, area = new Uint8Array(0), statedLength?: number): Uint8Array {
  const text = new TextEncoder().encode(json);
  const body = new Uint8Array(4 + text.byteLength + area.byteLength);
  new DataView(body.buffer).setUint32(0, text.byteLength, true);
  body.set(text, 4);
  body.set(area, 4 + text.byteLength);
  const payload = deflateSync(body);
  const digest = new Uint8Array(createHash('sha256').update(payload).digest());
  const header = writeHeader({ encrypted: false, bodyLength: statedLength ?? body.byteLength, payloadDigest: digest }, 1);
  return Uint8Array.from([...header, ...payload]);
}

const snapshotJson = (tables: string): string =>
  `{"format":"retention-workbench-backup","formatVersion":1,"schemaVersion":2,"createdAt":"x","workspace":{"name":"n","currency":"JPY"},"tables":${tables}}`;

describe('decodeBackup on bytes that are not a good backup', () => {
  it('says "not a backup" for random bytes, a CSV, an empty file and other file types', async () => {
    const random = seededRandom(7);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    const csv = new TextEncoder().encode('order_id,email,total\n1001,a@example.com,12.50\n');
    const zip = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0);
    for (const bytes of [noise, csv, new Uint8Array(0), zip, Uint8Array.of(0x89, 0x50, 0x4e, 0x47)]) {
      expect(await failureOf(bytes)).toBe('not-a-backup');
    }
  });

  it('every truncation of a small backup is refused, none throws', async () => {
    const bytes = await encodeBackup(small);
    expect(await failureOf(bytes)).toBe('ok');
    for (let length = 1; length < bytes.byteLength; length++) {
      expect(await failureOf(bytes.subarray(0, length)), `cut at ${length}`).toBe('corrupt');
    }
  });

  it('every single flipped byte of a small backup is refused, none throws', async () => {
    const bytes = await encodeBackup(small);
    const allowed = new Set<string>(['corrupt', 'not-a-backup', 'newer-version']);
    for (let at = 0; at < bytes.byteLength; at++) {
      const damaged = bytes.slice();
      damaged[at] = damaged[at]! ^ 0x5a;
      expect(allowed.has(await failureOf(damaged)), `byte ${at}`).toBe(true);
    }
  });

  it('refuses a newer format version with a message saying so', async () => {
    const bytes = await encodeBackup(small);
    new DataView(bytes.buffer, bytes.byteOffset).setUint16(8, 2, true);
    const result = await decodeBackup(bytes);
    expect(result).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(!result.ok && result.message).toMatch(/newer version.*format 2.*Update the app/);
  });

  it('refuses a stated size that does not match the body, and a zip-bomb sized claim without allocating it', async () => {
    const json = snapshotJson('{}');
    expect(await failureOf(plainBackupOfBody(json))).toBe('ok');
    const bodyLength = 4 + new TextEncoder().encode(json).byteLength;
    expect(await failureOf(plainBackupOfBody(json, undefined, bodyLength - 1))).toBe('corrupt');
    expect(await failureOf(plainBackupOfBody(json, undefined, bodyLength + 1))).toBe('corrupt');
    const started = performance.now();
    expect(await failureOf(plainBackupOfBody(json, undefined, 2 ** 50))).toBe('corrupt');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['a segment past the end of the body', snapshotJson('{"t":[{"$rwb":"Float64Array","at":0,"n":2}]}'), 8],
    ['a negative segment offset', snapshotJson('{"t":[{"$rwb":"Uint8Array","at":-1,"n":1}]}'), 1],
    ['an unknown tag', snapshotJson('{"t":[{"$rwb":"Function","value":"alert(1)"}]}'), 0],
    ['a tag without a kind', snapshotJson('{"t":[{"$rwb":7}]}'), 0],
    ['a malformed bigint', snapshotJson('{"t":[{"$rwb":"bigint","value":"1e3"}]}'), 0],
    ['a table that is not a list', snapshotJson('{"t":{"0":1}}'), 0],
    ['no workspace name', '{"format":"retention-workbench-backup","formatVersion":1,"schemaVersion":2,"createdAt":"x","workspace":{},"tables":{}}', 0],
    ['another format', '{"format":"something-else","formatVersion":1}', 0],
    ['a schema version that is not a whole number', snapshotJson('{}').replace('"schemaVersion":2', '"schemaVersion":1.5'), 0],
    ['JSON that does not parse', '{"format":', 0],
    ['nesting deeper than the stack', '['.repeat(200_000) + ']'.repeat(200_000), 0],
  ])('refuses a crafted body with %s as corrupt', async (_name, json, areaBytes) => {
    expect(await decodeBackup(plainBackupOfBody(json, new Uint8Array(areaBytes)))).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses a body whose JSON part is not UTF-8', async () => {
    expect(await decodeBackup(invalidUtf8Backup())).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

/** A body whose JSON part is not valid UTF-8 (a lone 0xFF byte). */
function invalidUtf8Backup(): Uint8Array {
  const body = Uint8Array.of(1, 0, 0, 0, 0xff);
  const payload = deflateSync(body);
  const digest = new Uint8Array(createHash('sha256').update(payload).digest());
  return Uint8Array.from([...writeHeader({ encrypted: false, bodyLength: body.byteLength, payloadDigest: digest }, 1), ...payload]);
}

describe('decodeBackup on encrypted backups', () => {
  const passphrase = 'NDA client 2024 – 秘密';
  const encrypted = encodeBackup(workspaceSnapshot(500), { passphrase });

  it('asks for the passphrase, and tells a wrong one apart', async () => {
    const bytes = await encrypted;
    expect(await failureOf(bytes)).toBe('passphrase-required');
    expect(await failureOf(bytes, 'nda client 2024 – 秘密')).toBe('wrong-passphrase');
    expect(await failureOf(bytes, passphrase)).toBe('ok');
  });

  it('returns "corrupt", never garbage, when the ciphertext, the tag or the authenticated header is altered', async () => {
    const bytes = await encrypted;
    const flip = (at: number): Uint8Array => {
      const damaged = bytes.slice();
      damaged[at] = damaged[at]! ^ 1;
      return damaged;
    };
    expect(await failureOf(flip(100), passphrase)).toBe('corrupt'); // ciphertext
    expect(await failureOf(flip(bytes.byteLength - 1), passphrase)).toBe('corrupt'); // GCM tag
    expect(await failureOf(flip(44), passphrase)).toBe('corrupt'); // IV
    expect(await failureOf(flip(17), passphrase)).toBe('corrupt'); // stated body length (authenticated)
    // The salt feeds the key derivation, so an altered salt reads as a passphrase that does not fit.
    expect(await failureOf(flip(30), passphrase)).toBe('wrong-passphrase');
  });

  it('refuses truncated encrypted backups', async () => {
    const bytes = await encrypted;
    for (const length of [5, 30, 71, 72, 73, bytes.byteLength - 1]) {
      expect(await failureOf(bytes.subarray(0, length), passphrase), `cut at ${length}`).toBe('corrupt');
    }
  });

  it('refuses an iteration count that would hang the app', async () => {
    const bytes = (await encrypted).slice();
    new DataView(bytes.buffer).setUint32(24, 4_000_000_000, true);
    const started = performance.now();
    expect(await failureOf(bytes, passphrase)).toBe('corrupt');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a plain backup opens whether or not a passphrase is given', async () => {
    expect(await failureOf(await encodeBackup(small), 'unused')).toBe('ok');
  });
});
