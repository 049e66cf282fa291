/**
 * The cover logo: a PNG or JPEG the user picks, checked by its first bytes
 * (not its name) and its size, then kept as a base64 data: URL inside the
 * definition so the report stays one self-contained document.
 */
import { base64, isSafeLogoDataUrl } from '../../../src-core/report';

/** Small enough to keep in a saved definition and to print crisply on a cover. */
export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoOutcome = { ok: true; dataUrl: string } | { ok: false; problem: 'notAnImage' | 'tooLarge' | 'empty' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function logoDataUrl(bytes: Uint8Array): LogoOutcome {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: 'tooLarge' };
  const type = imageTypeOf(bytes);
  if (!type) return { ok: false, problem: 'notAnImage' };
  const dataUrl = `data:${type};base64,${base64(bytes)}`;
  // The engine's own rule decides what may print; agree with it rather than assume.
  return isSafeLogoDataUrl(dataUrl) ? { ok: true, dataUrl } : { ok: false, problem: 'tooLarge' };
}
