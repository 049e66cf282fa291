/**
 * Data safety: backing up the active workspace, restoring a backup as a new
 * workspace, and the browser storage the workspaces live in (persistence, usage).
 * The heavy work runs in the backup worker (backup-client.ts).
 */
import type { RestoreOutcome } from '../../db/backup-adapter';
import { removeUnlistedWorkspaceDbs } from '../../db/backup-adapter';
import { describeError } from '../../db/outcome';
import { readStorageStatus, requestPersistence, type StorageStatus } from '../../db/storage';
import { listWorkspaces } from '../../db/workspace-repository';
import type { SliceCreator } from '../../state/app-state';
import { backups } from './backup-client';
import { backupFileName } from './backup-file-name';

export type BackupForSaving = { ok: true; bytes: Uint8Array; suggestedName: string } | { ok: false; message: string };

export interface DataSafetySlice {
  /** null until first read. */
  storageStatus: StorageStatus | null;
  /** At start-up: clears away a restore the window closed on, asks to keep our data, reads usage. */
  startDataSafety(): Promise<void>;
  refreshStorageStatus(): Promise<void>;
  requestStoragePersistence(): Promise<void>;
  /** The active workspace as a backup file, ready to save (the page saves it through the bridge). */
  backUpActiveWorkspace(passphrase: string): Promise<BackupForSaving>;
  /** Restores the file as a new workspace and opens it; existing workspaces are never changed. */
  restoreBackupFile(bytes: Uint8Array, passphrase: string): Promise<RestoreOutcome>;
}

export const createDataSafetySlice: SliceCreator<DataSafetySlice> = (set, get) => ({
  storageStatus: null,

  startDataSafety: async () => {
    await removeUnlistedWorkspaceDbs().catch((error: unknown) =>
      get().notify({ kind: 'error', messageKey: 'dataSafety.errors.cleanup', detail: describeError(error) }),
    );
    await requestPersistence();
    await get().refreshStorageStatus();
  },

  refreshStorageStatus: async () => {
    set({ storageStatus: await readStorageStatus() });
  },

  requestStoragePersistence: async () => {
    await requestPersistence();
    await get().refreshStorageStatus();
  },

  backUpActiveWorkspace: async (passphrase) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return { ok: false, message: 'No workspace is open.' };
    const made = await backups().backUpWorkspace(workspaceId, passphrase);
    if (!made.ok) return made;
    return { ok: true, bytes: made.bytes, suggestedName: backupFileName(made.workspaceName, new Date()) };
  },

  restoreBackupFile: async (bytes, passphrase) => {
    const restored = await backups().restoreBackup(bytes, passphrase);
    if (restored.ok) {
      set({ workspaces: await listWorkspaces() });
      await get().openWorkspace(restored.workspace.id);
    }
    await get().refreshStorageStatus();
    return restored;
  },
});
