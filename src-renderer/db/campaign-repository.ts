/**
 * Campaigns of a workspace (schema v6). Components reach them through the
 * campaigns slice (features/campaigns/campaigns-slice.ts). A stored hold-out
 * assignment is only ever replaced by a write that says so (replaceAssignment).
 */
import type { CampaignRecord } from './campaign-records';
import { describeError, failed, succeeded, type Outcome } from './outcome';
import { workspaceDb } from './workspace-repository';

export async function listCampaigns(workspaceId: string): Promise<Outcome<CampaignRecord[]>> {
  try {
    return succeeded(await workspaceDb(workspaceId).campaigns.orderBy('createdAt').toArray());
  } catch (error) {
    return failed(describeError(error));
  }
}

/**
 * Writes the campaign. When a hold-out is already stored for it, the stored one is kept
 * unless `replaceAssignment` is set: an edit made in a stale window must not undo the draw.
 */
export async function saveCampaign(workspaceId: string, record: CampaignRecord, options: { replaceAssignment?: boolean } = {}): Promise<Outcome<CampaignRecord>> {
  try {
    const db = workspaceDb(workspaceId);
    const saved = await db.transaction('rw', db.campaigns, async () => {
      const stored = await db.campaigns.get(record.id);
      const keep = stored?.plan.assignment && !options.replaceAssignment;
      const next: CampaignRecord = keep ? { ...record, plan: { ...record.plan, assignment: stored.plan.assignment } } : record;
      await db.campaigns.put(next);
      return next;
    });
    return succeeded(saved);
  } catch (error) {
    return failed(describeError(error));
  }
}

export async function deleteCampaign(workspaceId: string, campaignId: string): Promise<Outcome<void>> {
  try {
    await workspaceDb(workspaceId).campaigns.delete(campaignId);
    return succeeded(undefined);
  } catch (error) {
    return failed(describeError(error));
  }
}
