/**
 * Restoring a backup made under an older workspace schema: the snapshot's tables go
 * through the same steps the database upgrade takes, one named function per version.
 */
import type { SnapshotTables, WorkspaceSnapshot } from './snapshot';

/**
 * One schema step, from `version - 1` to `version`. It returns new tables (and new rows
 * where it changes them) instead of editing its input, so a failed restore leaves the
 * decoded snapshot as it was. The renderer's Dexie upgrades are written as these too.
 */
export interface SchemaUpgrade {
  /** The schema version this step produces. */
  version: number;
  /** Says what it does, e.g. 'backfillHeaderSignature': shown if it fails. */
  name: string;
  upgrade: (tables: Readonly<SnapshotTables>) => SnapshotTables;
}

export type UpgradeSnapshotResult =
  | { ok: true; snapshot: WorkspaceSnapshot; applied: string[] }
  | { ok: false; reason: 'newer-version' | 'missing-upgrade' | 'upgrade-failed'; message: string };

export function upgradeSnapshot(
  snapshot: WorkspaceSnapshot,
  currentSchemaVersion: number,
  upgrades: readonly SchemaUpgrade[],
): UpgradeSnapshotResult {
  if (snapshot.schemaVersion > currentSchemaVersion) {
    return {
      ok: false,
      reason: 'newer-version',
      message:
        `This backup was made by a newer version of Retention Workbench (workspace schema ${snapshot.schemaVersion}; ` +
        `this version knows up to ${currentSchemaVersion}). Update the app to restore it.`,
    };
  }
  let tables: SnapshotTables = { ...snapshot.tables };
  const applied: string[] = [];
  for (let version = snapshot.schemaVersion + 1; version <= currentSchemaVersion; version++) {
    const steps = upgrades.filter((step) => step.version === version);
    const step = steps[0];
    if (step === undefined || steps.length > 1) {
      return {
        ok: false,
        reason: 'missing-upgrade',
        message: `This version of the app cannot bring a backup from schema ${version - 1} to ${version}` +
          (steps.length > 1 ? ' (it has more than one upgrade for that step).' : '.'),
      };
    }
    try {
      tables = step.upgrade(tables);
    } catch (error) {
      return {
        ok: false,
        reason: 'upgrade-failed',
        message: `Upgrading the backup to schema ${version} (${step.name}) failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    applied.push(step.name);
  }
  return { ok: true, snapshot: { ...snapshot, schemaVersion: currentSchemaVersion, tables }, applied };
}
