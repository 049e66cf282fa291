/** Saved segments: the schema v3 upgrade, the repository and the store slice. */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { createWorkspace } from '../../src-renderer/db/workspace-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { WORKSPACE_SCHEMA_V2 } from '../../src-renderer/db/workspace-schema';
import { selectors } from '../../src-renderer/state/selectors';
import { useAppStore } from '../../src-renderer/state/store';

it('upgrades a v2 workspace database: rows kept, segments table added and usable', async () => {
  const old = new Dexie(workspaceDbName('v2'));
  old.version(2).stores(WORKSPACE_SCHEMA_V2);
  await old.table('notes').add({ createdAt: 5, text: 'Spring sale' });
  await old.table('settings').put({ key: 'asOf', value: '2024-03-31' });
  old.close();

  const db = new WorkspaceDb('v2');
  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(3);
  expect(await db.notes.toArray()).toEqual([{ id: 1, createdAt: 5, text: 'Spring sale' }]);
  expect(await db.settings.get('asOf')).toEqual({ key: 'asOf', value: '2024-03-31' });
  const id = await db.segments.add({
    name: 'March lapsers',
    customers: [3, 9],
    source: { kind: 'cohortCell', period: 'month', cohortKey: 'firstPeriod', cohort: '2024-03', offset: 2 },
    createdAt: 10,
  });
  expect(await db.segments.where('name').equals('March lapsers').first()).toMatchObject({ id, customers: [3, 9] });
  db.close();
});

it('saves, lists (per workspace) and deletes segments through the store', async () => {
  const first = await createWorkspace({ name: 'One' });
  const second = await createWorkspace({ name: 'Two' });
  const store = useAppStore.getState();
  useAppStore.setState({ activeWorkspaceId: first.id });

  const source = { kind: 'cohortCell', period: 'week', cohortKey: 'channel', cohort: 'web', offset: 1 } as const;
  expect(await store.saveSegment({ name: '  Web week 1  ', customers: [7, 2, 5], source })).toBe(true);
  expect(await store.saveSegment({ name: '   ', customers: [1], source })).toBe(false);
  expect(useAppStore.getState().notices.map((notice) => notice.messageKey)).toEqual(['cohorts.errors.saveSegment']);

  const saved = selectors.segments(useAppStore.getState());
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ name: 'Web week 1', customers: [2, 5, 7], source });

  // Another workspace has its own (empty) list; coming back reads the first one from the database.
  useAppStore.setState({ activeWorkspaceId: second.id });
  expect(selectors.segments(useAppStore.getState())).toEqual([]);
  await store.loadSegments();
  expect(selectors.segments(useAppStore.getState())).toEqual([]);
  useAppStore.setState({ activeWorkspaceId: first.id, segments: [], segmentsWorkspaceId: null });
  await store.loadSegments();
  expect(selectors.segments(useAppStore.getState()).map((segment) => segment.name)).toEqual(['Web week 1']);

  await store.deleteSegment(saved[0]!.id!);
  expect(selectors.segments(useAppStore.getState())).toEqual([]);
  await store.loadSegments();
  expect(selectors.segments(useAppStore.getState())).toEqual([]);
});
