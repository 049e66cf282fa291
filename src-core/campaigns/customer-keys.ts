/**
 * Matching customer keys typed or pasted by people (hand-picked lists, ID files,
 * saved lists) to the workspace's customers, the way DESIGN.md builds the key:
 * the id as written, else the e-mail trimmed and lower-cased, else the phone's digits.
 */
import type { CustomerRecord } from '../data/columnar';

export type CustomerKeyIndex = ReadonlyMap<string, number>;

export function customerKeyIndex(customers: readonly Pick<CustomerRecord, 'key'>[]): CustomerKeyIndex {
  const index = new Map<string, number>();
  customers.forEach((customer, i) => index.set(customer.key, i));
  return index;
}

/** The forms a written key may take in the workspace, most literal first. */
export function keyCandidates(written: string): string[] {
  const trimmed = written.trim();
  const candidates = [trimmed];
  const lower = trimmed.toLowerCase();
  if (lower !== trimmed) candidates.push(lower);
  if (/^[+\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length > 0 && digits !== trimmed) candidates.push(digits);
  }
  return candidates;
}

/** Store index of the customer a written key names, or −1. */
export function findCustomer(index: CustomerKeyIndex, written: string): number {
  for (const candidate of keyCandidates(written)) {
    const found = index.get(candidate);
    if (found !== undefined) return found;
  }
  return -1;
}

/**
 * The canonical key for a written key: the workspace's own key when it knows the customer,
 * else the DESIGN.md normalisation (e-mails lower-cased) so two spellings of one
 * unknown e-mail still count once.
 */
export function canonicalKey(index: CustomerKeyIndex, customers: readonly Pick<CustomerRecord, 'key'>[], written: string): string {
  const found = findCustomer(index, written);
  if (found >= 0) return customers[found]!.key;
  const trimmed = written.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
}
