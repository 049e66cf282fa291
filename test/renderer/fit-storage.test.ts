/** Fit inputs in the workspace database: the v4 → v5 upgrade, the slice's writes, and that they survive a reload. */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { replaceFileCosts, saveCustomerCost, loadFitInputs } from '../../src-renderer/db/fit-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { closeAllDatabases, createWorkspace } from '../../src-renderer/db/workspace-repository';
import { WORKSPACE_SCHEMA_V4, WORKSPACE_SCHEMA_VERSION } from '../../src-renderer/db/workspace-schema';
import { selectors } from '../../src-renderer/state/selectors';
import { resetAppStore, useAppStore } from '../../src-renderer/state/store';

describe('schema v5', () => {
  it('upgrades a v4 workspace database: earlier rows kept, the fit tables added and empty', async () => {
    const old = new Dexie(workspaceDbName('v4'));
    old.version(4).stores(WORKSPACE_SCHEMA_V4);
    await old.table('segments').add({ name: 'VIPs', customers: [1, 2], source: { kind: 'other', description: 'by hand' }, createdAt: 5 });
    await old.table('customerNotes').add({ customerKey: 'ann', createdAt: 1, text: 'Prefers e-mail' });
    old.close();

    const db = new WorkspaceDb('v4');
    await db.open();
    expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
    expect(WORKSPACE_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
    expect(await db.segments.toArray()).toMatchObject([{ name: 'VIPs', customers: [1, 2] }]);
    expect(await db.customerNotes.toArray()).toMatchObject([{ customerKey: 'ann', text: 'Prefers e-mail' }]);
    for (const table of [db.fitCosts, db.fitSegmentCosts, db.fitRatings, db.fitSettings, db.fitOverrides]) expect(await table.count()).toBe(0);
    // The override log is ordered by its auto-increment id and indexed by customer.
    await db.fitOverrides.bulkAdd([
      { customerKey: 'ann', status: 'keep', reason: 'a', at: '2024-01-01T00:00:00Z' },
      { customerKey: 'bob', status: 'depart', reason: 'b', at: '2024-01-02T00:00:00Z' },
      { customerKey: 'ann', status: null, reason: 'c', at: '2024-01-03T00:00:00Z' },
    ]);
    expect((await db.fitOverrides.where('customerKey').equals('ann').toArray()).map((row) => row.reason)).toEqual(['a', 'c']);
    db.close();
  });
});

describe('fit repository', () => {
  it('a cost file replaces the previous file’s rows in one go and overwrites manual entries only for its customers', async () => {
    const { id } = await createWorkspace({ name: 'Costs', currency: 'USD' });
    await saveCustomerCost(id, 'ann', { labourHours: 1 });
    await saveCustomerCost(id, 'cy', { hard: 3 });
    expect((await replaceFileCosts(id, { ann: { hard: 9 }, bob: { communication: 2 } })).ok).toBe(true);
    expect((await replaceFileCosts(id, { ann: { hard: 4 } })).ok).toBe(true);
    const stored = await loadFitInputs(id);
    if (!stored.ok) throw new Error(stored.message);
    const byKey = Object.fromEntries(stored.value.costs.map((row) => [row.customerKey, [row.source, row.costs]]));
    expect(byKey).toEqual({ ann: ['file', { hard: 4 }], cy: ['manual', { hard: 3 }] });
  });
});

describe('fit slice', () => {
  it('keeps costs, settings and overrides with their reasons across a reload; refuses an override without a reason', async () => {
    const { id } = await createWorkspace({ name: 'Shop', currency: 'USD' });
    useAppStore.setState({ activeWorkspaceId: id });
    const store = () => useAppStore.getState();
    await store().loadFit();
    expect(selectors.fitData(store())?.settings.margins.defaultMargin).toBe(0.4);

    expect(await store().overrideFitStatus('ann', 'depart', '   ')).toMatchObject({ field: 'reason' });
    expect(selectors.fitData(store())?.overrides).toEqual([]);
    expect(await store().overrideFitStatus('ann', 'depart', ' Never pays on time ')).toBeNull();
    expect(await store().liftFitOverride('ann', 'Paid everything')).toBeNull();
    expect(await store().overrideFitStatus('ann', 'grow', 'New contract')).toBeNull();
    await store().saveFitCost('ann', { labourHours: 12, hourlyRate: 30 });
    await store().saveFitCost('bob', {});
    await store().saveFitSegmentCost('loyal', { communication: 5 });
    await store().editFitSettings({ type: 'profitabilityThreshold', fraction: 0.25 });
    await store().editFitSettings({ type: 'addFactor', label: 'Referral potential' });
    await store().rateFitCustomer('ann', 'q-referral-potential', 4);
    await store().rateFitCustomer('ann', 'q-referral-potential', 9); // refused: ratings are 1–5

    // A reload: a fresh store and fresh connections read everything back.
    closeAllDatabases();
    resetAppStore();
    useAppStore.setState({ activeWorkspaceId: id });
    await store().loadFit();
    const data = selectors.fitData(store())!;
    expect(data.overrides.map(({ status, reason }) => [status, reason])).toEqual([
      ['depart', 'Never pays on time'],
      [null, 'Paid everything'],
      ['grow', 'New contract'],
    ]);
    expect(data.costs).toEqual({ ann: { labourHours: 12, hourlyRate: 30 } });
    expect(data.costSources).toEqual({ ann: 'manual' });
    expect(data.segmentCosts).toEqual({ loyal: { communication: 5 } });
    expect(data.settings.rules.rules.find((rule) => rule.id === 'depart-low-profitability')?.when[0]).toEqual({ metric: 'profitability', op: '<', value: 0.25 });
    expect(data.settings.scoring.qualitative).toEqual([{ id: 'q-referral-potential', label: 'Referral potential', weight: 10 }]);
    expect(data.ratings).toEqual({ ann: { 'q-referral-potential': 4 } });
  });

  it('another workspace’s fit data is never shown for the active one', async () => {
    const first = await createWorkspace({ name: 'One', currency: 'USD' });
    const second = await createWorkspace({ name: 'Two', currency: 'USD' });
    useAppStore.setState({ activeWorkspaceId: first.id });
    await useAppStore.getState().loadFit();
    useAppStore.setState({ activeWorkspaceId: second.id });
    expect(selectors.fitData(useAppStore.getState())).toBeNull();
  });
});
