/**
 * What a workspace backup holds: every table of the workspace database as rows,
 * with the schema version the rows were written under. Rows may hold typed arrays
 * (the columnar order chunks), which the backup keeps as binary, type and all.
 */

export const BACKUP_FORMAT = 'retention-workbench-backup';
/** Version of the file layout (header, body, encryption), not of the workspace schema. */
export const BACKUP_FORMAT_VERSION = 1;

/** The workspace's registry entry, as far as it travels with the backup. */
export interface BackupWorkspace {
  name: string;
  /** ISO 4217 code, '' until the first import. */
  currency: string;
  /** Anything else the registry keeps (created-at, demo flag…): restored as it was. */
  [detail: string]: unknown;
}

/** Table name → every row of that table. */
export type SnapshotTables = Record<string, unknown[]>;

export interface WorkspaceSnapshot {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The workspace database's schema version the tables were read under. */
  schemaVersion: number;
  /** ISO 8601 time the backup was made. */
  createdAt: string;
  workspace: BackupWorkspace;
  tables: SnapshotTables;
}

export type BackupFailureReason = 'not-a-backup' | 'corrupt' | 'wrong-passphrase' | 'passphrase-required' | 'newer-version';

export interface BackupFailure {
  ok: false;
  reason: BackupFailureReason;
  /** One sentence a person can act on. */
  message: string;
}

export type DecodeBackupResult = { ok: true; snapshot: WorkspaceSnapshot } | BackupFailure;

export function backupFailure(reason: BackupFailureReason, message: string): BackupFailure {
  return { ok: false, reason, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of a decoded snapshot (the bytes may have come from anywhere).
 * Returns what is wrong, or null when it is a snapshot.
 */
export function snapshotProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the content is not a workspace snapshot';
  if (value['format'] !== BACKUP_FORMAT) return 'the content is not a Retention Workbench workspace';
  if (value['formatVersion'] !== BACKUP_FORMAT_VERSION) return 'the content names a different backup format version';
  const schemaVersion = value['schemaVersion'];
  if (typeof schemaVersion !== 'number' || !Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    return 'the schema version is missing or not a positive whole number';
  }
  if (typeof value['createdAt'] !== 'string') return 'the backup date is missing';
  const workspace = value['workspace'];
  if (!isRecord(workspace) || typeof workspace['name'] !== 'string' || typeof workspace['currency'] !== 'string') {
    return 'the workspace name or currency is missing';
  }
  const tables = value['tables'];
  if (!isRecord(tables)) return 'the tables are missing';
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) return `table "${name}" is not a list of rows`;
  }
  return null;
}

export function isWorkspaceSnapshot(value: unknown): value is WorkspaceSnapshot {
  return snapshotProblem(value) === null;
}
