/**
 * A workspace to one file and back: encodeBackup / decodeBackup.
 * File layout in header.ts, body layout in body.ts, encryption in passphrase.ts.
 *
 * decodeBackup never throws: whatever the bytes, it returns a snapshot or a reason
 * with a sentence for the user (errors are data).
 */
import { Deflate, inflateSync } from 'fflate';
import { bodyPieces, CorruptBodyError, readBody } from './body';
import { readHeader, writeHeader, type BackupHeader } from './header';
import {
  deriveKeys,
  IV_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  openPayload,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  sameBytes,
  sealPayload,
} from './passphrase';
import {
  BACKUP_FORMAT_VERSION,
  backupFailure,
  isWorkspaceSnapshot,
  snapshotProblem,
  type DecodeBackupResult,
  type WorkspaceSnapshot,
} from './snapshot';

export interface BackupOptions {
  /** When given (and not empty), the backup is encrypted with it. */
  passphrase?: string;
}

/**
 * zlib's default level. On 16 MB of order amounts level 1 saved only about a quarter
 * of the time and left the result 12% larger. The body is fed in pieces, so the
 * columns are never copied into one buffer before compression.
 */
const DEFLATE_LEVEL = 6;
/** DEFLATE cannot expand more than ~1032:1; a header claiming more is lying (a zip bomb). */
const MAX_INFLATE_RATIO = 1100;

function deflatePieces(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const deflate = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => {
    chunks.push(chunk);
    length += chunk.byteLength;
  });
  // Views, not copies: the order columns go in as they lie in memory, 8 MiB at a time.
  const step = 8 * 1024 * 1024;
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    if (piece.byteLength === 0) {
      if (last) deflate.push(new Uint8Array(0), true);
      return;
    }
    for (let start = 0; start < piece.byteLength; start += step) {
      const end = Math.min(piece.byteLength, start + step);
      deflate.push(piece.subarray(start, end), last && end === piece.byteLength);
    }
  });
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

function joinBytes(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(head.byteLength + tail.byteLength);
  out.set(head, 0);
  out.set(tail, head.byteLength);
  return out;
}

/**
 * The backup file's bytes. Rejects (TypeError) only for values no workspace table can
 * hold — functions, symbols, class instances — which means a bug in the caller.
 */
export async function encodeBackup(snapshot: WorkspaceSnapshot, options: BackupOptions = {}): Promise<Uint8Array> {
  const body = bodyPieces(snapshot);
  const compressed = deflatePieces(body.pieces);
  if (!options.passphrase) {
    const header = writeHeader(
      { encrypted: false, bodyLength: body.byteLength, payloadDigest: await sha256(compressed) },
      BACKUP_FORMAT_VERSION,
    );
    return joinBytes(header, compressed);
  }
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { key, keyCheck } = await deriveKeys(options.passphrase, salt, PBKDF2_ITERATIONS);
  const fields: BackupHeader = { encrypted: true, bodyLength: body.byteLength, iterations: PBKDF2_ITERATIONS, salt, iv, keyCheck };
  const header = writeHeader(fields, BACKUP_FORMAT_VERSION);
  return joinBytes(header, await sealPayload(key, iv, header, compressed));
}

const DAMAGED = 'The backup file is damaged or incomplete, so it cannot be restored. Try another copy of it.';

export async function decodeBackup(bytes: Uint8Array, options: BackupOptions = {}): Promise<DecodeBackupResult> {
  try {
    return await decode(bytes, options);
  } catch (error) {
    // Only our own corrupt-body signal and the platform's errors on bad bytes land here.
    const detail = error instanceof CorruptBodyError ? ` (${error.message})` : '';
    return backupFailure('corrupt', DAMAGED + detail);
  }
}

async function decode(bytes: Uint8Array, options: BackupOptions): Promise<DecodeBackupResult> {
  const reading = readHeader(bytes, BACKUP_FORMAT_VERSION);
  switch (reading.kind) {
    case 'not-a-backup':
      return backupFailure('not-a-backup', 'This file is not a Retention Workbench backup.');
    case 'truncated':
      return backupFailure('corrupt', DAMAGED);
    case 'newer-version':
      return backupFailure(
        'newer-version',
        `This backup was made by a newer version of Retention Workbench (backup format ${reading.formatVersion}; ` +
          `this version reads up to ${BACKUP_FORMAT_VERSION}). Update the app to restore it.`,
      );
    case 'corrupt':
      return backupFailure('corrupt', `${DAMAGED} (${reading.detail})`);
    case 'header':
      break;
  }
  const { header, headerBytes, payload } = reading;
  if (header.bodyLength > Math.max(payload.byteLength, 1) * MAX_INFLATE_RATIO) {
    return backupFailure('corrupt', `${DAMAGED} (its stated size is impossible)`);
  }

  let compressed: Uint8Array<ArrayBuffer>;
  if (header.encrypted) {
    if (!options.passphrase) {
      return backupFailure('passphrase-required', 'This backup is protected with a passphrase. Enter it to restore the workspace.');
    }
    if (header.iterations < MIN_PBKDF2_ITERATIONS || header.iterations > MAX_PBKDF2_ITERATIONS) {
      return backupFailure('corrupt', `${DAMAGED} (key derivation settings out of range)`);
    }
    const { key, keyCheck } = await deriveKeys(options.passphrase, header.salt, header.iterations);
    if (!sameBytes(keyCheck, header.keyCheck)) {
      return backupFailure('wrong-passphrase', 'The passphrase does not open this backup. Check it and try again.');
    }
    const opened = await openPayload(key, header.iv, headerBytes, payload);
    if (opened === null) {
      return backupFailure('corrupt', `${DAMAGED} (its contents were altered or damaged after encryption)`);
    }
    compressed = opened;
  } else {
    if (!sameBytes(await sha256(payload), header.payloadDigest)) return backupFailure('corrupt', DAMAGED);
    compressed = payload;
  }

  // One byte of room beyond the stated size: a body that fills it is longer than stated.
  const body = inflateSync(compressed, { out: new Uint8Array(header.bodyLength + 1) });
  if (body.byteLength !== header.bodyLength) return backupFailure('corrupt', `${DAMAGED} (its size does not match)`);
  const snapshot: unknown = readBody(body);
  if (!isWorkspaceSnapshot(snapshot)) return backupFailure('corrupt', `${DAMAGED} (${snapshotProblem(snapshot) ?? ''})`);
  return { ok: true, snapshot };
}
