/**
 * SHA-256 of a ByteSource read a window at a time (WebCrypto has no streaming
 * digest, and the import never holds a large file whole). The import record
 * keeps it, so re-importing the same bytes is recognised.
 */
import { sha256 } from '@noble/hashes/sha2';
import type { ByteSource } from './encoding';
import { WINDOW_BYTES } from './range-source';

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Lower-case hex; yields between windows, so a worker answers other messages meanwhile. */
export async function sha256Hex(source: ByteSource): Promise<string> {
  const hash = sha256.create();
  for (let offset = 0; offset < source.length; offset += WINDOW_BYTES) {
    hash.update(source.subarray(offset, Math.min(source.length, offset + WINDOW_BYTES)));
    await nextTurn();
  }
  return Array.from(hash.digest(), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
