/**
 * The user's notes and tags on customers, per workspace. Keyed by customer key, which stays the
 * same across later imports. Components reach them through the store (features/customers/customer-notes-slice.ts).
 */
import { describeError, failed, succeeded, type Outcome } from './outcome';
import type { CustomerNoteRow, CustomerTagsRow } from './records';
import { workspaceDb } from './workspace-repository';

export interface CustomerAnnotations {
  notes: CustomerNoteRow[];
  tags: CustomerTagsRow[];
}

/** Every note (oldest first) and tag list of the workspace: small next to the orders, read at once for exports. */
export async function listCustomerAnnotations(workspaceId: string): Promise<CustomerAnnotations> {
  const db = workspaceDb(workspaceId);
  return db.transaction('r', [db.customerNotes, db.customerTags], async () => ({
    notes: await db.customerNotes.orderBy('createdAt').toArray(),
    tags: await db.customerTags.toArray(),
  }));
}

export async function addCustomerNote(workspaceId: string, customerKey: string, text: string): Promise<Outcome<CustomerNoteRow>> {
  const trimmed = text.trim();
  if (!trimmed) return failed('A note needs some text.');
  try {
    const note: CustomerNoteRow = { customerKey, createdAt: Date.now(), text: trimmed };
    const id = await workspaceDb(workspaceId).customerNotes.add(note);
    return succeeded({ ...note, id });
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function deleteCustomerNote(workspaceId: string, noteId: number): Promise<Outcome<void>> {
  try {
    await workspaceDb(workspaceId).customerNotes.delete(noteId);
    return succeeded(undefined);
  } catch (error) {
    return failed(describeError(error));
  }
}

/** Tags as the user typed them: trimmed, empty ones dropped, duplicates (ignoring case) kept once. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const folded = trimmed.toLocaleLowerCase();
    if (!trimmed || seen.has(folded)) continue;
    seen.add(folded);
    out.push(trimmed);
  }
  return out;
}

/** Replaces the customer's tags (no tags: the row is removed). */
export async function setCustomerTags(workspaceId: string, customerKey: string, tags: readonly string[]): Promise<Outcome<CustomerTagsRow>> {
  const row: CustomerTagsRow = { customerKey, tags: cleanTags(tags) };
  try {
    const table = workspaceDb(workspaceId).customerTags;
    if (row.tags.length === 0) await table.delete(customerKey);
    else await table.put(row);
    return succeeded(row);
  } catch (error) {
    return failed(describeError(error));
  }
}
