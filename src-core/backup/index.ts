export { decodeBackup, encodeBackup, type BackupOptions } from './backup';
export { PBKDF2_ITERATIONS } from './passphrase';
export {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  isWorkspaceSnapshot,
  type BackupFailure,
  type BackupFailureReason,
  type BackupWorkspace,
  type DecodeBackupResult,
  type SnapshotTables,
  type WorkspaceSnapshot,
} from './snapshot';
export { upgradeSnapshot, type SchemaUpgrade, type UpgradeSnapshotResult } from './upgrade';
