/**
 * Saved segments of the active workspace: named customer lists that filter the
 * analytics and that campaigns can target. Kept in the workspace database.
 */
import { describeError } from '../db/outcome';
import type { SegmentRecord } from '../db/records';
import * as segments from '../db/segment-repository';
import type { SliceCreator } from './app-state';

export interface SegmentsSlice {
  segments: SegmentRecord[];
  /** The workspace the list was read from (null before the first read). */
  segmentsWorkspaceId: string | null;
  loadSegments(): Promise<void>;
  /** Saves and lists it; false (with a notice) when it could not be saved. */
  saveSegment(segment: segments.NewSegment): Promise<boolean>;
  deleteSegment(segmentId: number): Promise<void>;
}

export const createSegmentsSlice: SliceCreator<SegmentsSlice> = (set, get) => ({
  segments: [],
  segmentsWorkspaceId: null,

  loadSegments: async () => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) {
      set({ segments: [], segmentsWorkspaceId: null });
      return;
    }
    try {
      const list = await segments.listSegments(workspaceId);
      // A later workspace switch wins.
      if (get().activeWorkspaceId === workspaceId) set({ segments: list, segmentsWorkspaceId: workspaceId });
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'cohorts.errors.loadSegments', detail: describeError(error) });
    }
  },

  saveSegment: async (segment) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return false;
    const saved = await segments.saveSegment(workspaceId, segment);
    if (!saved.ok) {
      get().notify({ kind: 'error', messageKey: 'cohorts.errors.saveSegment', detail: saved.message });
      return false;
    }
    // Re-read rather than append: the list may not have been read yet.
    await get().loadSegments();
    return true;
  },

  deleteSegment: async (segmentId) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return;
    const deleted = await segments.deleteSegment(workspaceId, segmentId);
    if (!deleted.ok) {
      get().notify({ kind: 'error', messageKey: 'cohorts.errors.deleteSegment', detail: deleted.message });
      return;
    }
    set((state) => ({ segments: state.segments.filter((segment) => segment.id !== segmentId) }));
  },
});
