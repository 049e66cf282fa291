/** Schema v6: a v5 workspace database opens with a campaigns table, rows intact; a stored hold-out survives stale saves. */
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { newCampaignPlan, type HoldoutAssignment } from '../../src-core/campaigns';
import type { CampaignRecord } from '../../src-renderer/db/campaign-records';
import { listCampaigns, saveCampaign } from '../../src-renderer/db/campaign-repository';
import { WorkspaceDb, workspaceDbName } from '../../src-renderer/db/workspace-db';
import { WORKSPACE_SCHEMA_V5, WORKSPACE_SCHEMA_VERSION } from '../../src-renderer/db/workspace-schema';

it('upgrades a v5 workspace database to v6 without touching its rows', async () => {
  const old = new Dexie(workspaceDbName('v5shop'));
  old.version(5).stores(WORKSPACE_SCHEMA_V5);
  await old.table('segments').add({ name: 'March cohort', customers: [1, 2, 3], source: { kind: 'other', description: '' }, createdAt: 1 });
  await old.table('fitRatings').put({ customerKey: 'a@x.com', ratings: { warmth: 4 } });
  old.close();

  const db = new WorkspaceDb('v5shop');
  await db.open();
  expect(db.verno).toBe(WORKSPACE_SCHEMA_VERSION);
  expect(WORKSPACE_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  expect((await db.segments.toArray()).map((segment) => segment.name)).toEqual(['March cohort']);
  expect(await db.fitRatings.get('a@x.com')).toEqual({ customerKey: 'a@x.com', ratings: { warmth: 4 } });
  expect(await db.campaigns.count()).toBe(0);
  db.close();
});

function record(id: string, createdAt: number): CampaignRecord {
  return { id, createdAt, updatedAt: createdAt, plan: newCampaignPlan({ id, tacticId: 'winBack', currency: 'USD' }), measured: null };
}

const assignment: HoldoutAssignment = {
  seed: 'c1',
  share: 0.1,
  targetGroup: ['a', 'b', 'c'],
  holdoutGroup: ['d'],
  strata: [{ stratum: 'none', customers: 4, holdout: 1 }],
};

it('keeps a stored hold-out when a stale copy without it is saved, and replaces it only when asked', async () => {
  const first = record('c1', 1);
  expect((await saveCampaign('ws', record('c2', 2))).ok).toBe(true);
  expect((await saveCampaign('ws', { ...first, plan: { ...first.plan, assignment } })).ok).toBe(true);

  // An edit made in a window that had not seen the draw.
  const stale = await saveCampaign('ws', { ...first, plan: { ...first.plan, name: 'Renamed' } });
  expect(stale.ok && stale.value.plan).toMatchObject({ name: 'Renamed', assignment });

  const listed = await listCampaigns('ws');
  expect(listed.ok && listed.value.map((campaign) => [campaign.id, campaign.plan.assignment?.holdoutGroup ?? null])).toEqual([
    ['c1', ['d']],
    ['c2', null],
  ]);

  const cleared = await saveCampaign('ws', { ...first, plan: { ...first.plan, assignment: null } }, { replaceAssignment: true });
  expect(cleared.ok && cleared.value.plan.assignment).toBeNull();
});
