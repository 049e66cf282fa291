/**
 * Who bought and which order a row belongs to: the customer key of DESIGN.md,
 * and a stable fingerprint for files that have no order id column.
 */

/** Ids that exports write for "no customer" (WooCommerce guests are customer 0). */
const NO_ID = new Set(['', '0', '-', '--', 'null', 'none', 'n/a', 'na', 'guest', 'ゲスト', 'гость', 'нет']);

export interface CustomerFields {
  id: string;
  email: string;
  phone: string;
  name: string;
}

/** Customer id; else e-mail trimmed and lower-cased; else phone digits; else the name trimmed; '' when none. */
export function customerKey(fields: CustomerFields): string {
  // NO_ID words are all short: longer values skip the set lookup (this runs once per order).
  const id = fields.id.length === 0 ? '' : fields.id.trim();
  if (id !== '' && !(id.length <= 5 && NO_ID.has(id.toLowerCase()))) return id;
  const email = fields.email.length === 0 ? '' : fields.email.trim().toLowerCase();
  if (email !== '' && !(email.length <= 5 && NO_ID.has(email))) return email;
  const digits = fields.phone.length === 0 ? '' : fields.phone.replace(/\D/g, '');
  if (digits.length > 0) return digits;
  const name = fields.name.trim();
  return NO_ID.has(name.toLowerCase()) ? '' : name;
}

/**
 * Strings cut out of a large parsed chunk keep the whole chunk alive in V8;
 * values we store are copied so the decoded text can be collected.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** 64-bit FNV-1a (two 32-bit lanes) of a row's cells, as 16 hex digits. */
export function rowFingerprint(cells: string[]): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < cells.length; i++) {
    const cell = (cells[i] ?? '').trim();
    for (let j = 0; j < cell.length; j++) {
      const c = cell.charCodeAt(j);
      low = Math.imul(low ^ c, 0x01000193);
      high = Math.imul(high ^ c, 0x01000193) ^ (low >>> 7);
    }
    low = Math.imul(low ^ 0x1f, 0x01000193);
    high = Math.imul(high ^ 0x1f, 0x01000193);
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}
