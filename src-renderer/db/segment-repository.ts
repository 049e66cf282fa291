/**
 * Saved segments of a workspace: named customer lists (store customer indexes).
 * Components reach them through the store (state/segments-slice.ts).
 */
import { describeError, failed, succeeded, type Outcome } from './outcome';
import type { SegmentRecord } from './records';
import { workspaceDb } from './workspace-repository';

export async function listSegments(workspaceId: string): Promise<SegmentRecord[]> {
  return workspaceDb(workspaceId).segments.orderBy('createdAt').toArray();
}

export type NewSegment = Omit<SegmentRecord, 'id' | 'createdAt'>;

export async function saveSegment(workspaceId: string, segment: NewSegment): Promise<Outcome<SegmentRecord>> {
  const name = segment.name.trim();
  if (!name) return failed('A segment needs a name.');
  try {
    const record: SegmentRecord = { ...segment, name, customers: [...segment.customers].sort((a, b) => a - b), createdAt: Date.now() };
    const id = await workspaceDb(workspaceId).segments.add(record);
    return succeeded({ ...record, id });
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function deleteSegment(workspaceId: string, segmentId: number): Promise<Outcome<void>> {
  try {
    await workspaceDb(workspaceId).segments.delete(segmentId);
    return succeeded(undefined);
  } catch (error) {
    return failed(describeError(error));
  }
}
