/**
 * Saved report definitions of a workspace (schema v7), so next quarter's report
 * is one click. Components reach them through the reports slice
 * (features/reports/saved-reports-slice.ts). A stored definition is read back
 * through src-core's parseReportDefinition: one written by a newer or damaged
 * version is left out with its problems rather than opened half-understood.
 */
import { parseReportDefinition, type ReportDefinition } from '../../src-core/report';
import type { SavedReportRecord } from './report-records';
import { describeError, failed, succeeded, type Outcome } from './outcome';
import { workspaceDb } from './workspace-repository';

export interface SavedReports {
  /** Most recently changed first. */
  reports: SavedReportRecord[];
  /** Stored rows that could not be read, with why (shown to the user, never deleted behind their back). */
  unreadable: { id: string; problems: string[] }[];
}

export async function listSavedReports(workspaceId: string): Promise<Outcome<SavedReports>> {
  try {
    const rows = await workspaceDb(workspaceId).reports.orderBy('updatedAt').reverse().toArray();
    const reports: SavedReportRecord[] = [];
    const unreadable: SavedReports['unreadable'] = [];
    for (const row of rows) {
      const parsed = parseReportDefinition(row.definition);
      if (parsed.ok) reports.push({ ...row, definition: parsed.definition });
      else unreadable.push({ id: String(row.id), problems: parsed.problems });
    }
    return succeeded({ reports, unreadable });
  } catch (error) {
    return failed(describeError(error));
  }
}

/** Saves a new definition (id null) or replaces the one with this id; the name is the definition's. */
export async function saveReport(workspaceId: string, id: string | null, definition: ReportDefinition, now = Date.now()): Promise<Outcome<SavedReportRecord>> {
  const checked = parseReportDefinition(definition);
  if (!checked.ok) return failed(checked.problems.join(' '));
  try {
    const db = workspaceDb(workspaceId);
    const record = await db.transaction('rw', db.reports, async () => {
      const stored = id === null ? undefined : await db.reports.get(id);
      const next: SavedReportRecord = { id: stored?.id ?? id ?? crypto.randomUUID(), createdAt: stored?.createdAt ?? now, updatedAt: now, definition: checked.definition };
      await db.reports.put(next);
      return next;
    });
    return succeeded(record);
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function renameReport(workspaceId: string, id: string, name: string, now = Date.now()): Promise<Outcome<SavedReportRecord>> {
  try {
    const db = workspaceDb(workspaceId);
    const renamed = await db.transaction('rw', db.reports, async () => {
      const stored = await db.reports.get(id);
      if (!stored) return null;
      const next: SavedReportRecord = { ...stored, updatedAt: now, definition: { ...stored.definition, name } };
      await db.reports.put(next);
      return next;
    });
    return renamed ? succeeded(renamed) : failed('The saved report no longer exists.');
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function deleteReport(workspaceId: string, id: string): Promise<Outcome<void>> {
  try {
    await workspaceDb(workspaceId).reports.delete(id);
    return succeeded(undefined);
  } catch (error) {
    return failed(describeError(error));
  }
}
