/**
 * The active workspace's campaigns, kept in the workspace database
 * (db/campaign-repository.ts). Saving shows the change at once and writes it
 * behind; a failed write says so and re-reads what is stored.
 */
import type { CampaignRecord } from '../../db/campaign-records';
import * as repository from '../../db/campaign-repository';
import type { SliceCreator } from '../../state/app-state';

export interface CampaignsSlice {
  campaigns: CampaignRecord[];
  /** The workspace the list was read from (null before the first read). */
  campaignsWorkspaceId: string | null;
  loadCampaigns(): Promise<void>;
  /** Stores the campaign; a stored hold-out survives unless replaceAssignment says otherwise. */
  saveCampaign(record: CampaignRecord, options?: { replaceAssignment?: boolean }): Promise<boolean>;
  deleteCampaign(campaignId: string): Promise<void>;
}

export const createCampaignsSlice: SliceCreator<CampaignsSlice> = (set, get) => ({
  campaigns: [],
  campaignsWorkspaceId: null,

  loadCampaigns: async () => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) {
      set({ campaigns: [], campaignsWorkspaceId: null });
      return;
    }
    const listed = await repository.listCampaigns(workspaceId);
    if (get().activeWorkspaceId !== workspaceId) return; // a later switch wins
    if (!listed.ok) {
      get().notify({ kind: 'error', messageKey: 'campaigns.errors.load', detail: listed.message });
      return;
    }
    set({ campaigns: listed.value, campaignsWorkspaceId: workspaceId });
  },

  saveCampaign: async (record, options = {}) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return false;
    const replace = (list: CampaignRecord[], next: CampaignRecord) =>
      list.some((campaign) => campaign.id === next.id) ? list.map((campaign) => (campaign.id === next.id ? next : campaign)) : [...list, next];
    if (get().campaignsWorkspaceId === workspaceId) set((state) => ({ campaigns: replace(state.campaigns, record) }));
    const saved = await repository.saveCampaign(workspaceId, record, options);
    if (!saved.ok) {
      get().notify({ kind: 'error', messageKey: 'campaigns.errors.save', detail: saved.message });
      await get().loadCampaigns();
      return false;
    }
    if (get().campaignsWorkspaceId === workspaceId) set((state) => ({ campaigns: replace(state.campaigns, saved.value) }));
    return true;
  },

  deleteCampaign: async (campaignId) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return;
    const deleted = await repository.deleteCampaign(workspaceId, campaignId);
    if (!deleted.ok) {
      get().notify({ kind: 'error', messageKey: 'campaigns.errors.delete', detail: deleted.message });
      return;
    }
    set((state) => ({ campaigns: state.campaigns.filter((campaign) => campaign.id !== campaignId) }));
  },
});
