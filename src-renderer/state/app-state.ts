/** The shape of the one bound store: the union of its slices. */
import type { StateCreator } from 'zustand';
import type { CampaignsSlice } from '../features/campaigns/campaigns-slice';
import type { CustomerNotesSlice } from '../features/customers/customer-notes-slice';
import type { CustomersViewSlice } from '../features/customers/customers-view-slice';
import type { FitSlice } from '../features/fit/fit-slice';
import type { ImportWizardSlice } from '../features/import/import-wizard-slice';
import type { DataSafetySlice } from '../features/settings/data-safety-slice';
import type { SavedReportsSlice } from '../features/reports/saved-reports-slice';
import type { SegmentsSlice } from './segments-slice';
import type { SettingsSlice } from './settings-slice';
import type { UiSlice } from './ui-slice';
import type { WorkspaceSlice } from './workspace-slice';

export type AppState = WorkspaceSlice & SettingsSlice & UiSlice & SegmentsSlice & ImportWizardSlice & CustomersViewSlice & CustomerNotesSlice & FitSlice & CampaignsSlice & SavedReportsSlice & DataSafetySlice;

/** A slice creator that sees the whole store (slices may call each other's actions). */
export type SliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
