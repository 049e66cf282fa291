/** Saved report definitions: the v6 → v7 upgrade, the repository, and the slice across a reload. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { standardReport, type ReportDefinition } from '../../src-core/report';
import { deleteReport, listSavedReports, renameReport, saveReport } from '../../src-renderer/db/report-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { closeAllDatabases, createWorkspace, workspaceDb } from '../../src-renderer/db/workspace-repository';
import { WORKSPACE_SCHEMA_V6, WORKSPACE_SCHEMA_VERSION } from '../../src-renderer/db/workspace-schema';
import { selectors } from '../../src-renderer/state/selectors';
import { resetAppStore, useAppStore } from '../../src-renderer/state/store';

const quarterly: ReportDefinition = {
  ...standardReport({ language: 'ja', pageSize: 'Letter', businessName: 'さくら珈琲' }),
  name: 'Quarterly review',
  sections: [
    { id: 'cover', notes: '' },
    { id: 'atRisk', notes: 'Call the top five this week.' },
    { id: 'summary', notes: '' },
  ],
};

describe('schema v7', () => {
  it('upgrades a v6 workspace database: campaigns kept, the reports table added and empty', async () => {
    const old = new Dexie(workspaceDbName('v6'));
    old.version(6).stores(WORKSPACE_SCHEMA_V6);
    await old.table('campaigns').add({ id: 'c1', createdAt: 1, updatedAt: 1, plan: { name: 'Win-back' }, measured: null });
    await old.table('segments').add({ name: 'VIPs', customers: [1, 2], source: { kind: 'other', description: 'by hand' }, createdAt: 5 });
    old.close();

    const db = new WorkspaceDb('v6');
    await db.open();
    expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(WORKSPACE_SCHEMA_VERSION).toBeGreaterThanOrEqual(7);
    expect(await db.campaigns.toArray()).toMatchObject([{ id: 'c1', plan: { name: 'Win-back' } }]);
    expect(await db.segments.toArray()).toMatchObject([{ name: 'VIPs' }]);
    expect(await db.reports.count()).toBe(0);
    // Listed newest first through the updatedAt index.
    await db.reports.bulkAdd([
      { id: 'a', createdAt: 1, updatedAt: 10, definition: quarterly },
      { id: 'b', createdAt: 2, updatedAt: 30, definition: quarterly },
      { id: 'c', createdAt: 3, updatedAt: 20, definition: quarterly },
    ]);
    expect((await db.reports.orderBy('updatedAt').reverse().primaryKeys())).toEqual(['b', 'c', 'a']);
    db.close();
  });
});

describe('report repository', () => {
  it('saves, lists newest first, replaces by id, renames and deletes', async () => {
    const { id: workspaceId } = await createWorkspace({ name: 'Reports', currency: 'JPY' });
    const first = await saveReport(workspaceId, null, quarterly, 1_000);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = await saveReport(workspaceId, null, { ...standardReport(), name: 'Board pack' }, 2_000);
    if (!second.ok) throw new Error(second.message);

    let listed = await listSavedReports(workspaceId);
    expect(listed.ok && listed.value.reports.map((report) => report.definition.name)).toEqual(['Board pack', 'Quarterly review']);
    expect(listed.ok && listed.value.reports[1]!.definition).toEqual(quarterly);

    // Saving under the same id replaces it (created time kept) and brings it to the top.
    const changed = await saveReport(workspaceId, first.value.id, { ...quarterly, pageSize: 'A4' }, 3_000);
    expect(changed).toMatchObject({ ok: true, value: { id: first.value.id, createdAt: 1_000, updatedAt: 3_000 } });
    const renamed = await renameReport(workspaceId, first.value.id, 'Q2 review', 4_000);
    expect(renamed.ok && renamed.value.definition).toMatchObject({ name: 'Q2 review', pageSize: 'A4', language: 'ja' });
    listed = await listSavedReports(workspaceId);
    expect(listed.ok && listed.value.reports.map((report) => [report.id, report.definition.name])).toEqual([
      [first.value.id, 'Q2 review'],
      [second.value.id, 'Board pack'],
    ]);

    expect(await deleteReport(workspaceId, second.value.id)).toEqual({ ok: true, value: undefined });
    listed = await listSavedReports(workspaceId);
    expect(listed.ok && listed.value.reports.map((report) => report.id)).toEqual([first.value.id]);
    expect(await renameReport(workspaceId, second.value.id, 'Gone')).toMatchObject({ ok: false });
  });

  it('refuses to save an invalid definition, and lists a damaged stored one as unreadable instead of opening it', async () => {
    const { id: workspaceId } = await createWorkspace({ name: 'Damaged', currency: 'USD' });
    const bad = await saveReport(workspaceId, null, { ...quarterly, cover: { ...quarterly.cover, logoDataUrl: 'https://example.com/logo.png' } });
    expect(bad).toMatchObject({ ok: false });
    // Written as an older or damaged app might have: untyped on purpose.
    await workspaceDb(workspaceId).table('reports').put({ id: 'broken', createdAt: 1, updatedAt: 1, definition: { ...quarterly, sections: [{ id: 'horoscope', notes: '' }] } });
    await saveReport(workspaceId, null, quarterly);
    const listed = await listSavedReports(workspaceId);
    expect(listed.ok && listed.value.reports.map((report) => report.definition.name)).toEqual(['Quarterly review']);
    expect(listed.ok && listed.value.unreadable).toEqual([{ id: 'broken', problems: ['Unknown section "horoscope".'] }]);
  });
});

describe('saved reports slice', () => {
  it('keeps saved definitions per workspace across a reload', async () => {
    const one = await createWorkspace({ name: 'One', currency: 'USD' });
    const two = await createWorkspace({ name: 'Two', currency: 'EUR' });
    useAppStore.setState({ activeWorkspaceId: one.id });
    const store = () => useAppStore.getState();
    await store().loadSavedReports();
    const saved = await store().saveReportDefinition(null, quarterly);
    expect(saved?.definition.name).toBe('Quarterly review');
    await store().renameSavedReport(saved!.id, 'Q3 review');
    expect(selectors.savedReports(store()).map((report) => report.definition.name)).toEqual(['Q3 review']);

    // Reload: a fresh store reads what was written.
    resetAppStore();
    closeAllDatabases();
    useAppStore.setState({ activeWorkspaceId: one.id });
    await store().loadSavedReports();
    expect(selectors.savedReports(store())).toMatchObject([{ id: saved!.id, definition: { name: 'Q3 review', language: 'ja', pageSize: 'Letter' } }]);

    // Another workspace sees none of them.
    useAppStore.setState({ activeWorkspaceId: two.id });
    expect(selectors.savedReports(store())).toEqual([]);
    await store().loadSavedReports();
    expect(selectors.savedReports(store())).toEqual([]);

    useAppStore.setState({ activeWorkspaceId: one.id });
    await store().loadSavedReports();
    expect(await store().deleteSavedReport(saved!.id)).toBe(true);
    expect(selectors.savedReports(store())).toEqual([]);
  });
});
