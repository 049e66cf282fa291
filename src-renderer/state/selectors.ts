/** Every read of the store goes through one of these, so a rename is one edit. */
import type { AppState } from './app-state';

export const selectors = {
  workspaces: (state: AppState) => state.workspaces,
  activeWorkspaceId: (state: AppState) => state.activeWorkspaceId,
  activeWorkspace: (state: AppState) => state.workspaces.find((workspace) => workspace.id === state.activeWorkspaceId),
  /** The active workspace's currency ('' when it has none yet). */
  currency: (state: AppState) =>
    state.workspaces.find((workspace) => workspace.id === state.activeWorkspaceId)?.currency ?? '',
  workspaceStatus: (state: AppState) => state.workspaceStatus,
  dataRevision: (state: AppState) => state.dataRevision,
  language: (state: AppState) => state.language,
  theme: (state: AppState) => state.theme,
  page: (state: AppState) => state.page,
  notices: (state: AppState) => state.notices,
  /** Where the import wizard is (kept while the user visits other pages). */
  importWizard: (state: AppState) => state.importWizard,
} as const;
