/**
 * Passphrase encryption of a backup with WebCrypto (globalThis.crypto.subtle: Node 20,
 * Electron and every current browser have it, so nothing here is hand-rolled).
 *
 * PBKDF2-HMAC-SHA-256 turns the passphrase and a random 16-byte salt into 384 bits:
 * the first 256 are the AES-256-GCM key, the last 128 a key check stored in the header.
 * The key check tells a mistyped passphrase apart from a damaged file; it costs an
 * attacker the same 600,000 iterations per guess as the GCM tag would.
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256; stated in SECURITY.md. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * A file names its own iteration count; one naming billions would hang the app, so
 * counts outside this range are refused as damage rather than tried.
 */
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const KEY_CHECK_BYTES = 16;

/** WebCrypto's key type, named the same way in Node's and the DOM's type definitions. */
type AesKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

export interface PassphraseKeys {
  key: AesKey;
  keyCheck: Uint8Array<ArrayBuffer>;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/**
 * The same passphrase typed on macOS (decomposed) and Windows (composed) must open the
 * same file: Japanese and Russian passphrases differ by Unicode normalisation, so NFC.
 */
export async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<PassphraseKeys> {
  const subtle = globalThis.crypto.subtle;
  const secret = await subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, secret, (32 + KEY_CHECK_BYTES) * 8),
  );
  const key = await subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return { key, keyCheck: bits.slice(32) };
}

export async function sealPayload(
  key: AesKey,
  iv: Uint8Array<ArrayBuffer>,
  header: Uint8Array<ArrayBuffer>,
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  // The header is authenticated too: flags, sizes and salt cannot be altered unnoticed.
  return new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plaintext));
}

/** The plaintext, or null when the GCM tag does not verify (altered or damaged bytes). */
export async function openPayload(
  key: AesKey,
  iv: Uint8Array<ArrayBuffer>,
  header: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, key, ciphertext));
  } catch {
    return null;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
