import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBackup, upgradeSnapshot, type SchemaUpgrade, type SnapshotTables } from '../../../src-core/backup';
import { V1_FIXTURE_PASSPHRASE, v1Workspace } from './fixtures/v1-workspace';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

/** Mirrors the renderer's v1 → v2 Dexie upgrade (src-renderer/db/workspace-schema.ts), on snapshot tables. */
const headerSignature = (headers: readonly string[]): string => headers.map((header) => header.trim().toLowerCase()).join('\u001f');

const UPGRADES: SchemaUpgrade[] = [
  {
    version: 2,
    name: 'backfillHeaderSignature and add notes',
    upgrade: (tables): SnapshotTables => ({
      ...tables,
      datasets: (tables['datasets'] ?? []).map((row) => {
        const dataset = row as { headers?: string[] };
        return { ...dataset, headerSignature: headerSignature(dataset.headers ?? []) };
      }),
      notes: tables['notes'] ?? [],
    }),
  },
];

describe('a backup from schema v1 restores into the current schema', () => {
  it('the committed v1 fixtures still decode to the workspace they were made from', async () => {
    expect(await decodeBackup(fixture('workspace-schema-v1.rwbackup'))).toStrictEqual({ ok: true, snapshot: v1Workspace });
    expect(await decodeBackup(fixture('workspace-schema-v1-encrypted.rwbackup'), { passphrase: V1_FIXTURE_PASSPHRASE })).toStrictEqual({
      ok: true,
      snapshot: v1Workspace,
    });
  });

  it('upgrades v1 tables with the named steps, leaving every other table as it was', async () => {
    const decoded = await decodeBackup(fixture('workspace-schema-v1.rwbackup'));
    if (!decoded.ok) throw new Error(decoded.message);
    const result = upgradeSnapshot(decoded.snapshot, 2, UPGRADES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual(['backfillHeaderSignature and add notes']);
    expect(result.snapshot.schemaVersion).toBe(2);
    expect(result.snapshot.tables['datasets']).toEqual([
      { ...v1Workspace.tables['datasets']![0]!, headerSignature: 'номер заказа\u001fe-mail\u001fсумма' },
    ]);
    expect(result.snapshot.tables['notes']).toEqual([]);
    for (const name of ['orderChunks', 'customers', 'dictionaries', 'settings']) {
      expect(result.snapshot.tables[name], name).toStrictEqual(v1Workspace.tables[name]);
    }
    // The decoded snapshot itself is untouched: a failed restore can start again from it.
    expect(decoded.snapshot).toStrictEqual(v1Workspace);
  });

  it('a snapshot already at the current version passes through unchanged', () => {
    const result = upgradeSnapshot(v1Workspace, 1, UPGRADES);
    expect(result).toStrictEqual({ ok: true, snapshot: v1Workspace, applied: [] });
  });

  it('runs the steps in version order across several versions', () => {
    const step = (version: number): SchemaUpgrade => ({
      version,
      name: `v${version}`,
      upgrade: (tables) => ({ ...tables, log: [...(tables['log'] ?? []), version] }),
    });
    const result = upgradeSnapshot(v1Workspace, 4, [step(4), step(2), step(3)]);
    expect(result.ok && result.snapshot.tables['log']).toEqual([2, 3, 4]);
    expect(result.ok && result.applied).toEqual(['v2', 'v3', 'v4']);
  });

  it('refuses a snapshot from a newer schema, a missing or doubled step, and reports a failing step by name', () => {
    expect(upgradeSnapshot({ ...v1Workspace, schemaVersion: 3 }, 2, UPGRADES)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(upgradeSnapshot(v1Workspace, 3, UPGRADES)).toMatchObject({ ok: false, reason: 'missing-upgrade' });
    expect(upgradeSnapshot(v1Workspace, 2, [...UPGRADES, ...UPGRADES])).toMatchObject({ ok: false, reason: 'missing-upgrade' });
    const failing: SchemaUpgrade = {
      version: 2,
      name: 'splitNames',
      upgrade: () => {
        throw new Error('a customer has no name');
      },
    };
    const result = upgradeSnapshot(v1Workspace, 2, [failing]);
    expect(result).toMatchObject({ ok: false, reason: 'upgrade-failed' });
    expect(!result.ok && result.message).toContain('splitNames');
    expect(!result.ok && result.message).toContain('a customer has no name');
  });
});
