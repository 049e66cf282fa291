/**
 * The active workspace's saved report definitions (db/report-repository.ts).
 * Every action returns what it stored (or null) so the page can follow the
 * saved copy; a failed write says so through a notice and re-reads the list.
 */
import type { ReportDefinition } from '../../../src-core/report';
import type { SavedReportRecord } from '../../db/report-records';
import * as repository from '../../db/report-repository';
import type { SliceCreator } from '../../state/app-state';

export interface SavedReportsSlice {
  savedReports: SavedReportRecord[];
  /** Stored definitions that could not be read (newer app, damaged row). */
  unreadableReports: number;
  /** The workspace the list was read from (null before the first read). */
  savedReportsWorkspaceId: string | null;
  loadSavedReports(): Promise<void>;
  /** Saves under `id` (null: as a new saved report). */
  saveReportDefinition(id: string | null, definition: ReportDefinition): Promise<SavedReportRecord | null>;
  renameSavedReport(id: string, name: string): Promise<SavedReportRecord | null>;
  deleteSavedReport(id: string): Promise<boolean>;
}

const newestFirst = (list: SavedReportRecord[]) => [...list].sort((a, b) => b.updatedAt - a.updatedAt);
const replace = (list: SavedReportRecord[], next: SavedReportRecord) => newestFirst([...list.filter((report) => report.id !== next.id), next]);

export const createSavedReportsSlice: SliceCreator<SavedReportsSlice> = (set, get) => ({
  savedReports: [],
  unreadableReports: 0,
  savedReportsWorkspaceId: null,

  loadSavedReports: async () => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) {
      set({ savedReports: [], unreadableReports: 0, savedReportsWorkspaceId: null });
      return;
    }
    const listed = await repository.listSavedReports(workspaceId);
    if (get().activeWorkspaceId !== workspaceId) return; // a later switch wins
    if (!listed.ok) {
      get().notify({ kind: 'error', messageKey: 'reports.errors.load', detail: listed.message });
      return;
    }
    set({ savedReports: listed.value.reports, unreadableReports: listed.value.unreadable.length, savedReportsWorkspaceId: workspaceId });
  },

  saveReportDefinition: async (id, definition) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return null;
    const saved = await repository.saveReport(workspaceId, id, definition);
    if (!saved.ok) {
      get().notify({ kind: 'error', messageKey: 'reports.errors.save', detail: saved.message });
      await get().loadSavedReports();
      return null;
    }
    if (get().savedReportsWorkspaceId === workspaceId) set((state) => ({ savedReports: replace(state.savedReports, saved.value) }));
    return saved.value;
  },

  renameSavedReport: async (id, name) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return null;
    const renamed = await repository.renameReport(workspaceId, id, name);
    if (!renamed.ok) {
      get().notify({ kind: 'error', messageKey: 'reports.errors.save', detail: renamed.message });
      await get().loadSavedReports();
      return null;
    }
    if (get().savedReportsWorkspaceId === workspaceId) set((state) => ({ savedReports: replace(state.savedReports, renamed.value) }));
    return renamed.value;
  },

  deleteSavedReport: async (id) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return false;
    const deleted = await repository.deleteReport(workspaceId, id);
    if (!deleted.ok) {
      get().notify({ kind: 'error', messageKey: 'reports.errors.delete', detail: deleted.message });
      return false;
    }
    set((state) => ({ savedReports: state.savedReports.filter((report) => report.id !== id) }));
    return true;
  },
});
