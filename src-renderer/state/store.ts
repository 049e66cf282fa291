/**
 * The one bound store, built from slices (zustand's slices pattern). Components
 * read it through `selectors` and call its actions; they never reach the
 * database or the worker themselves.
 *
 * Adding a slice: write `<name>-slice.ts` exporting the slice interface and a
 * `SliceCreator`, add it to AppState (app-state.ts) and to the spread below,
 * and its selectors to selectors.ts.
 */
import { create } from 'zustand';
import { createCampaignsSlice } from '../features/campaigns/campaigns-slice';
import { createCustomerNotesSlice } from '../features/customers/customer-notes-slice';
import { createCustomersViewSlice } from '../features/customers/customers-view-slice';
import { createFitSlice } from '../features/fit/fit-slice';
import { createImportWizardSlice } from '../features/import/import-wizard-slice';
import { createDataSafetySlice } from '../features/settings/data-safety-slice';
import { createSavedReportsSlice } from '../features/reports/saved-reports-slice';
import type { AppState } from './app-state';
import { createSegmentsSlice } from './segments-slice';
import { createSettingsSlice } from './settings-slice';
import { createUiSlice } from './ui-slice';
import { createWorkspaceSlice } from './workspace-slice';

export const useAppStore = create<AppState>()((...args) => ({
  ...createWorkspaceSlice(...args),
  ...createSettingsSlice(...args),
  ...createUiSlice(...args),
  ...createSegmentsSlice(...args),
  ...createImportWizardSlice(...args),
  ...createCustomersViewSlice(...args),
  ...createCustomerNotesSlice(...args),
  ...createFitSlice(...args),
  ...createCampaignsSlice(...args),
  ...createDataSafetySlice(...args),
  ...createSavedReportsSlice(...args),
}));

/** Back to the first-launch state (tests call this between cases). */
export function resetAppStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
