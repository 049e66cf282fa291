/**
 * Backing up and restoring whole workspaces: the file format (src-core/backup) over
 * the database adapter (db/backup-adapter.ts). Encoding a million orders takes seconds,
 * so this runs in the backup worker; tests run it in-process.
 */
import { decodeBackup, encodeBackup } from '../../../src-core/backup';
import { readWorkspaceSnapshot, restoreWorkspaceSnapshot, type RestoreOutcome } from '../../db/backup-adapter';
import { describeError } from '../../db/outcome';

export type BackupFileOutcome = { ok: true; bytes: Uint8Array; workspaceName: string } | { ok: false; message: string };

export interface BackupApi {
  /** The workspace as one backup file's bytes; encrypted when the passphrase is not empty. */
  backUpWorkspace(workspaceId: string, passphrase: string): Promise<BackupFileOutcome>;
  /** Restores a backup file as a new workspace; never changes an existing one. */
  restoreBackup(bytes: Uint8Array, passphrase: string): Promise<RestoreOutcome>;
}

export async function backUpWorkspace(workspaceId: string, passphrase: string): Promise<BackupFileOutcome> {
  const snapshot = await readWorkspaceSnapshot(workspaceId);
  if (!snapshot.ok) return snapshot;
  try {
    const bytes = await encodeBackup(snapshot.value, { passphrase });
    return { ok: true, bytes, workspaceName: snapshot.value.workspace.name };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
}

export async function restoreBackup(bytes: Uint8Array, passphrase: string): Promise<RestoreOutcome> {
  const decoded = await decodeBackup(bytes, { passphrase });
  if (!decoded.ok) return decoded;
  return restoreWorkspaceSnapshot(decoded.snapshot);
}

export const backupEngine = { backUpWorkspace, restoreBackup } satisfies BackupApi;
