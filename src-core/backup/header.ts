/**
 * The fixed header in front of every backup file (all numbers little-endian):
 *
 *   0   8  magic "\x89RWB\r\n\x1a\n" (PNG's trick: a high byte, CRLF and ^Z catch
 *          7-bit transfers and newline conversion by mail or FTP)
 *   8   2  format version
 *  10   2  flags: bit 0 = encrypted with a passphrase
 *  12   4  header length in bytes (room for fields a later version may add)
 *  16   8  body length before compression (float64, a whole number)
 *  plain:      24 32  SHA-256 of the payload (the compressed body)
 *  encrypted:  24  4  PBKDF2 iterations
 *              28 16  salt
 *              44 12  AES-GCM IV
 *              56 16  key check (see passphrase.ts)
 *
 * Then the payload: the deflated body, or that encrypted with AES-256-GCM (the header
 * is its additional authenticated data).
 */
import { IV_BYTES, KEY_CHECK_BYTES, SALT_BYTES } from './passphrase';

export const BACKUP_MAGIC = Uint8Array.of(0x89, 0x52, 0x57, 0x42, 0x0d, 0x0a, 0x1a, 0x0a);
export const FLAG_ENCRYPTED = 1;
const KNOWN_FLAGS = FLAG_ENCRYPTED;
const COMMON_LENGTH = 24;
export const PLAIN_HEADER_LENGTH = COMMON_LENGTH + 32;
export const ENCRYPTED_HEADER_LENGTH = COMMON_LENGTH + 4 + SALT_BYTES + IV_BYTES + KEY_CHECK_BYTES;

export interface PlainHeader {
  encrypted: false;
  bodyLength: number;
  payloadDigest: Uint8Array<ArrayBuffer>;
}

export interface EncryptedHeader {
  encrypted: true;
  bodyLength: number;
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  keyCheck: Uint8Array<ArrayBuffer>;
}

export type BackupHeader = PlainHeader | EncryptedHeader;

export function writeHeader(header: BackupHeader, formatVersion: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(header.encrypted ? ENCRYPTED_HEADER_LENGTH : PLAIN_HEADER_LENGTH);
  const view = new DataView(bytes.buffer);
  bytes.set(BACKUP_MAGIC, 0);
  view.setUint16(8, formatVersion, true);
  view.setUint16(10, header.encrypted ? FLAG_ENCRYPTED : 0, true);
  view.setUint32(12, bytes.byteLength, true);
  view.setFloat64(16, header.bodyLength, true);
  if (header.encrypted) {
    view.setUint32(24, header.iterations, true);
    bytes.set(header.salt, 28);
    bytes.set(header.iv, 28 + SALT_BYTES);
    bytes.set(header.keyCheck, 28 + SALT_BYTES + IV_BYTES);
  } else {
    bytes.set(header.payloadDigest, 24);
  }
  return bytes;
}

export type HeaderReading =
  | { kind: 'header'; header: BackupHeader; headerBytes: Uint8Array<ArrayBuffer>; payload: Uint8Array<ArrayBuffer> }
  | { kind: 'not-a-backup' }
  | { kind: 'truncated' }
  | { kind: 'newer-version'; formatVersion: number }
  | { kind: 'corrupt'; detail: string };

export function readHeader(bytes: Uint8Array, supportedVersion: number): HeaderReading {
  const magicSeen = bytes.subarray(0, BACKUP_MAGIC.byteLength);
  if (!magicSeen.every((byte, i) => byte === BACKUP_MAGIC[i])) return { kind: 'not-a-backup' };
  // Only the start of the magic: a backup cut short, not some other file.
  if (bytes.byteLength < COMMON_LENGTH) return bytes.byteLength === 0 ? { kind: 'not-a-backup' } : { kind: 'truncated' };

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const formatVersion = view.getUint16(8, true);
  if (formatVersion > supportedVersion) return { kind: 'newer-version', formatVersion };
  if (formatVersion < 1) return { kind: 'corrupt', detail: 'format version 0' };
  const flags = view.getUint16(10, true);
  if ((flags & ~KNOWN_FLAGS) !== 0) return { kind: 'corrupt', detail: `unknown flags ${flags}` };
  const encrypted = (flags & FLAG_ENCRYPTED) !== 0;
  const headerLength = view.getUint32(12, true);
  if (headerLength !== (encrypted ? ENCRYPTED_HEADER_LENGTH : PLAIN_HEADER_LENGTH)) {
    return { kind: 'corrupt', detail: `header length ${headerLength}` };
  }
  if (bytes.byteLength < headerLength) return { kind: 'truncated' };
  const bodyLength = view.getFloat64(16, true);
  if (!Number.isSafeInteger(bodyLength) || bodyLength < 4) return { kind: 'corrupt', detail: 'body length' };

  // Copies, so WebCrypto gets plain ArrayBuffer-backed views whatever the caller passed.
  const headerBytes = bytes.slice(0, headerLength);
  const payload = bytes.slice(headerLength);
  if (!encrypted) {
    return { kind: 'header', header: { encrypted, bodyLength, payloadDigest: headerBytes.slice(24, 56) }, headerBytes, payload };
  }
  const iterations = view.getUint32(24, true);
  const salt = headerBytes.slice(28, 28 + SALT_BYTES);
  const iv = headerBytes.slice(28 + SALT_BYTES, 28 + SALT_BYTES + IV_BYTES);
  const keyCheck = headerBytes.slice(28 + SALT_BYTES + IV_BYTES, ENCRYPTED_HEADER_LENGTH);
  return { kind: 'header', header: { encrypted, bodyLength, iterations, salt, iv, keyCheck }, headerBytes, payload };
}
