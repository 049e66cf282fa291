/** Every read of the store goes through one of these, so a rename is one edit. */
import type { AppState } from './app-state';

const NO_SEGMENTS: AppState['segments'] = [];

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
  /** Saved segments of the active workspace (empty until loadSegments has read them). */
  segments: (state: AppState) => (state.segmentsWorkspaceId === state.activeWorkspaceId ? state.segments : NO_SEGMENTS),
  /** Where the import wizard is (kept while the user visits other pages). */
  importWizard: (state: AppState) => state.importWizard,
} as const;
