/** The user's notes and tags on the active workspace's customers (read once, kept in step with every edit). */
import * as repository from '../../db/customer-notes-repository';
import { describeError } from '../../db/outcome';
import type { CustomerNoteRow, CustomerTagsRow } from '../../db/records';
import type { SliceCreator } from '../../state/app-state';

export interface CustomerNotesSlice {
  customerNotes: CustomerNoteRow[];
  customerTags: CustomerTagsRow[];
  /** The workspace the notes were read from (null before the first read). */
  customerNotesWorkspaceId: string | null;
  loadCustomerNotes(): Promise<void>;
  /** False (with a notice) when the note could not be saved. */
  addCustomerNote(customerKey: string, text: string): Promise<boolean>;
  deleteCustomerNote(noteId: number): Promise<void>;
  setCustomerTags(customerKey: string, tags: readonly string[]): Promise<boolean>;
}

export const createCustomerNotesSlice: SliceCreator<CustomerNotesSlice> = (set, get) => ({
  customerNotes: [],
  customerTags: [],
  customerNotesWorkspaceId: null,

  loadCustomerNotes: async () => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return;
    try {
      const { notes, tags } = await repository.listCustomerAnnotations(workspaceId);
      if (get().activeWorkspaceId === workspaceId) set({ customerNotes: notes, customerTags: tags, customerNotesWorkspaceId: workspaceId });
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.loadNotes', detail: describeError(error) });
    }
  },

  addCustomerNote: async (customerKey, text) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return false;
    const saved = await repository.addCustomerNote(workspaceId, customerKey, text);
    if (!saved.ok) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.saveNote', detail: saved.message });
      return false;
    }
    if (get().customerNotesWorkspaceId === workspaceId) set((state) => ({ customerNotes: [...state.customerNotes, saved.value] }));
    return true;
  },

  deleteCustomerNote: async (noteId) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return;
    const deleted = await repository.deleteCustomerNote(workspaceId, noteId);
    if (!deleted.ok) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.deleteNote', detail: deleted.message });
      return;
    }
    set((state) => ({ customerNotes: state.customerNotes.filter((note) => note.id !== noteId) }));
  },

  setCustomerTags: async (customerKey, tags) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return false;
    const saved = await repository.setCustomerTags(workspaceId, customerKey, tags);
    if (!saved.ok) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.saveTags', detail: saved.message });
      return false;
    }
    if (get().customerNotesWorkspaceId === workspaceId) {
      set((state) => ({
        customerTags: [...state.customerTags.filter((row) => row.customerKey !== customerKey), ...(saved.value.tags.length ? [saved.value] : [])],
      }));
    }
    return true;
  },
});
