/**
 * A workspace database ↔ a WorkspaceSnapshot (src-core/backup turns those into a file).
 *
 * Reading walks db.tables, so a table added by a later schema version is backed up
 * without anyone remembering to list it here. Restoring always makes a NEW workspace
 * and is all-or-nothing: every table is written in one transaction into a fresh
 * database, and only once that has committed does the workspace appear in the
 * registry. Any failure deletes the half-made database; the registry and every other
 * workspace are never touched. Runs in the backup worker (and in tests, in-process).
 */
import Dexie from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  upgradeSnapshot,
  type BackupFailureReason,
  type SnapshotTables,
  type WorkspaceSnapshot,
} from '../../src-core/backup';
import { describeError, failed, succeeded, type Outcome } from './outcome';
import type { WorkspaceRecord } from './records';
import { WorkspaceDb, workspaceDbName } from './workspace-db';
import { getWorkspace, listWorkspaces, registerWorkspace, workspaceDb } from './workspace-repository';
import { WORKSPACE_SCHEMA_VERSION, WORKSPACE_SNAPSHOT_UPGRADES } from './workspace-schema';

/** Every row of every table of the workspace, read in one transaction (a consistent copy). */
export async function readWorkspaceSnapshot(workspaceId: string): Promise<Outcome<WorkspaceSnapshot>> {
  try {
    const workspace = await getWorkspace(workspaceId);
    if (!workspace) return failed('This workspace no longer exists.');
    const db = workspaceDb(workspaceId);
    await db.open();
    const tables = await db.transaction('r', db.tables, async () => {
      const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
      return Object.fromEntries(entries) satisfies SnapshotTables;
    });
    // The id is this registry's own; a restore gives the copy a new one.
    const { id: _id, ...details } = workspace;
    return succeeded({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: db.verno,
      createdAt: new Date().toISOString(),
      workspace: details,
      tables,
    });
  } catch (error) {
    return failed(describeError(error));
  }
}

export type RestoreFailureReason =
  | BackupFailureReason
  | 'missing-upgrade'
  | 'upgrade-failed'
  | 'unknown-table'
  | 'storage-full'
  | 'write-failed';

export type RestoreOutcome =
  | { ok: true; workspace: WorkspaceRecord; upgradesApplied: string[] }
  | { ok: false; reason: RestoreFailureReason; message: string };

const WORKSPACE_DB_PREFIX = workspaceDbName('');

/**
 * Deletes workspace databases the registry does not list. A new workspace is listed
 * before its database is first opened (createWorkspace) and unlisted only after its
 * database is gone (deleteWorkspace); a restore lists it only once its database is
 * complete. So an unlisted database can only be a restore the window closed on half-way.
 * Call at start-up, before any restore can be running. Returns the names removed.
 */
export async function removeUnlistedWorkspaceDbs(): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const listed = new Set((await listWorkspaces()).map((workspace) => workspaceDbName(workspace.id)));
  const unlisted = (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => name.startsWith(WORKSPACE_DB_PREFIX) && !listed.has(name));
  for (const name of unlisted) await Dexie.delete(name);
  return unlisted;
}

/** "Shop", or "Shop (2)" when a workspace of that name exists, so the two can be told apart. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** Whether the browser refused the write for lack of space (Dexie wraps the DOMException, bulk writes collect them). */
export function isStorageFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    seen.add(value);
    if (Reflect.get(value, 'name') === 'QuotaExceededError') return true;
    const failures: unknown = Reflect.get(value, 'failures');
    return visit(Reflect.get(value, 'inner')) || (Array.isArray(failures) && failures.some(visit));
  };
  return visit(error);
}

class RestoreRefused extends Error {
  constructor(
    readonly reason: RestoreFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Restores the snapshot as a new workspace (upgraded first when it was made under an older schema). */
export async function restoreWorkspaceSnapshot(snapshot: WorkspaceSnapshot): Promise<RestoreOutcome> {
  const upgraded = upgradeSnapshot(snapshot, WORKSPACE_SCHEMA_VERSION, WORKSPACE_SNAPSHOT_UPGRADES);
  if (!upgraded.ok) return { ok: false, reason: upgraded.reason, message: upgraded.message };
  const { tables } = upgraded.snapshot;

  const id = crypto.randomUUID();
  // Not the repository's cached connection: a failed restore must leave nothing behind that could be handed out.
  const db = new WorkspaceDb(id);
  try {
    await db.open();
    const known = new Set(db.tables.map((table) => table.name));
    const unknown = Object.keys(tables).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new RestoreRefused('unknown-table', `The backup holds tables this version of the app does not know (${unknown.join(', ')}).`);
    }
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        const rows = tables[table.name];
        if (rows && rows.length > 0) await table.bulkPut(rows);
      }
    });
    db.close();

    const taken = new Set((await listWorkspaces()).map((workspace) => workspace.name));
    const workspace: WorkspaceRecord = {
      // Whatever else the registry kept travels along (restored as it was) …
      ...snapshot.workspace,
      // … but the copy is a new workspace here: its own id, listed after the ones already present.
      id,
      name: freeName(snapshot.workspace.name, taken),
      currency: snapshot.workspace.currency,
      createdAt: Date.now(),
      isDemo: snapshot.workspace['isDemo'] === true,
    };
    await registerWorkspace(workspace);
    return { ok: true, workspace, upgradesApplied: upgraded.applied };
  } catch (error) {
    db.close();
    // If even this fails (the window closing), removeUnlistedWorkspaceDbs clears it at the next start.
    await Dexie.delete(workspaceDbName(id)).catch(() => undefined);
    if (error instanceof RestoreRefused) return { ok: false, reason: error.reason, message: error.message };
    if (isStorageFull(error)) {
      return { ok: false, reason: 'storage-full', message: `There is not enough disk space for this workspace. ${describeError(error)}` };
    }
    return { ok: false, reason: 'write-failed', message: describeError(error) };
  }
}
