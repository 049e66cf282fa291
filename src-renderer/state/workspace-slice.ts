/**
 * Workspaces: the list, the active one, and keeping the analytics worker
 * loaded with the active workspace's orders. `dataRevision` changes every time
 * the worker has (re)loaded data: pages re-ask their questions when it does.
 */
import { describeError } from '../db/outcome';
import type { WorkspaceRecord } from '../db/records';
import * as repository from '../db/workspace-repository';
import { installDemoWorkspace } from '../demo/demo-shop';
import { fetchDemoShop } from '../demo/demo-source';
import { analytics } from '../worker/analytics-client';
import type { AnalyticsApi } from '../worker/analytics-api';
import type { SliceCreator } from './app-state';

export type WorkspaceStatus = 'starting' | 'installingDemo' | 'loading' | 'ready' | 'failed' | 'none';

export interface WorkspaceSlice {
  workspaces: WorkspaceRecord[];
  activeWorkspaceId: string | null;
  workspaceStatus: WorkspaceStatus;
  dataRevision: number;
  /** First launch: installs the demo shop (bytes from `loadDemo`); then opens the last used workspace. */
  boot(loadDemo?: () => Promise<Uint8Array>): Promise<void>;
  openWorkspace(workspaceId: string): Promise<void>;
  createWorkspace(name: string, currency: string): Promise<void>;
  renameWorkspace(workspaceId: string, name: string): Promise<void>;
  deleteWorkspace(workspaceId: string): Promise<void>;
  /** After an import: the worker reloads the active workspace's orders. */
  reloadWorkspaceData(): Promise<void>;
}

const ACTIVE_WORKSPACE_PREFERENCE = 'activeWorkspace';

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => {
  const fail = (messageKey: string, error: unknown) => get().notify({ kind: 'error', messageKey, detail: describeError(error) });

  const refreshList = async () => set({ workspaces: await repository.listWorkspaces() });

  return {
    workspaces: [],
    activeWorkspaceId: null,
    workspaceStatus: 'starting',
    dataRevision: 0,

    boot: async (loadDemo = fetchDemoShop) => {
      try {
        let workspaces = await repository.listWorkspaces();
        if (workspaces.length === 0) {
          set({ workspaceStatus: 'installingDemo' });
          const installed = await installDemoWorkspace(await loadDemo());
          if (!installed.ok) get().notify({ kind: 'error', messageKey: 'errors.installDemo', detail: installed.message });
          workspaces = await repository.listWorkspaces();
        }
        set({ workspaces });
        const remembered = await repository.getPreference(ACTIVE_WORKSPACE_PREFERENCE);
        const active = workspaces.find((workspace) => workspace.id === remembered) ?? workspaces[0];
        if (active) await get().openWorkspace(active.id);
        else set({ workspaceStatus: 'none', activeWorkspaceId: null });
      } catch (error) {
        set({ workspaceStatus: 'failed' });
        fail('errors.startup', error);
      }
    },

    openWorkspace: async (workspaceId) => {
      set({ activeWorkspaceId: workspaceId, workspaceStatus: 'loading' });
      let opened: Awaited<ReturnType<AnalyticsApi['openWorkspace']>>;
      try {
        opened = await analytics().openWorkspace(workspaceId);
      } catch (error) {
        // A worker that cannot start or has died throws instead of answering: the same message as a failed load.
        opened = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      // A later switch wins: drop the answer for a workspace no longer active.
      if (get().activeWorkspaceId !== workspaceId) return;
      if (!opened.ok) {
        set({ workspaceStatus: 'failed' });
        get().notify({ kind: 'error', messageKey: 'errors.openWorkspace', detail: opened.message });
        return;
      }
      set((state) => ({ workspaceStatus: 'ready', dataRevision: state.dataRevision + 1 }));
      await repository.putPreference(ACTIVE_WORKSPACE_PREFERENCE, workspaceId).catch((error: unknown) => fail('errors.saveSettings', error));
    },

    createWorkspace: async (name, currency) => {
      try {
        const workspace = await repository.createWorkspace({ name, currency });
        await refreshList();
        await get().openWorkspace(workspace.id);
      } catch (error) {
        fail('errors.createWorkspace', error);
      }
    },

    renameWorkspace: async (workspaceId, name) => {
      try {
        await repository.renameWorkspace(workspaceId, name);
        await refreshList();
      } catch (error) {
        fail('errors.renameWorkspace', error);
      }
    },

    deleteWorkspace: async (workspaceId) => {
      try {
        await repository.deleteWorkspace(workspaceId);
        await refreshList();
        if (get().activeWorkspaceId !== workspaceId) return;
        const next = get().workspaces[0];
        if (next) await get().openWorkspace(next.id);
        else set({ activeWorkspaceId: null, workspaceStatus: 'none' });
      } catch (error) {
        fail('errors.deleteWorkspace', error);
      }
    },

    reloadWorkspaceData: async () => {
      const { activeWorkspaceId } = get();
      if (activeWorkspaceId) {
        await refreshList().catch((error: unknown) => fail('errors.startup', error));
        await get().openWorkspace(activeWorkspaceId);
      }
    },
  };
};
