/** Every read of the store goes through one of these, so a rename is one edit. */
import type { AppState } from './app-state';

const NO_SEGMENTS: AppState['segments'] = [];
const NO_CUSTOMER_NOTES: AppState['customerNotes'] = [];
const NO_CUSTOMER_TAGS: AppState['customerTags'] = [];
const NO_CAMPAIGNS: AppState['campaigns'] = [];
const NO_SAVED_REPORTS: AppState['savedReports'] = [];

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
  /** Search, sort and filters of the Customers table. */
  customersView: (state: AppState) => state.customersView,
  /** "Lapsed after N days" of the active workspace (null until read). */
  lapsedAfterDays: (state: AppState) =>
    state.lapsedAfterDays?.workspaceId === state.activeWorkspaceId ? state.lapsedAfterDays.days : null,
  /** Notes on the active workspace's customers (empty until loadCustomerNotes has read them). */
  customerNotes: (state: AppState) => (state.customerNotesWorkspaceId === state.activeWorkspaceId ? state.customerNotes : NO_CUSTOMER_NOTES),
  customerTags: (state: AppState) => (state.customerNotesWorkspaceId === state.activeWorkspaceId ? state.customerTags : NO_CUSTOMER_TAGS),
  /** The Fit page's inputs for the active workspace (null until loadFit has read them). */
  fitData: (state: AppState) => (state.fitWorkspaceId === state.activeWorkspaceId ? state.fitData : null),
  /** Customers chosen on the Fit page for a campaign (the hand-off to the Campaigns page). */
  fitSelection: (state: AppState) => state.fitSelection,
  /** Campaigns of the active workspace (empty until loadCampaigns has read them). */
  campaigns: (state: AppState) => (state.campaignsWorkspaceId === state.activeWorkspaceId ? state.campaigns : NO_CAMPAIGNS),
  campaignsLoaded: (state: AppState) => state.campaignsWorkspaceId !== null && state.campaignsWorkspaceId === state.activeWorkspaceId,
  /** Saved report definitions of the active workspace, newest first (empty until loadSavedReports has read them). */
  savedReports: (state: AppState) => (state.savedReportsWorkspaceId === state.activeWorkspaceId ? state.savedReports : NO_SAVED_REPORTS),
  unreadableReports: (state: AppState) => (state.savedReportsWorkspaceId === state.activeWorkspaceId ? state.unreadableReports : 0),
  customerNotesLoaded: (state: AppState) => state.customerNotesWorkspaceId !== null && state.customerNotesWorkspaceId === state.activeWorkspaceId,
} as const;
