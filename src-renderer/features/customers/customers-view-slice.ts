/**
 * How the user left the Customers table (search, sort, filters), kept while they open a
 * customer and come back, and the workspace's "lapsed after N days" setting.
 */
import { DEFAULT_LAPSED_AFTER_DAYS } from '../../../src-core/analytics';
import { describeError } from '../../db/outcome';
import { getSetting, putSetting } from '../../db/workspace-repository';
import type { SliceCreator } from '../../state/app-state';
import type { CustomerFilter, CustomerSort } from './customer-table-model';

export const LAPSED_SETTING = 'customers.lapsedAfterDays';
export const MIN_LAPSED_DAYS = 1;
export const MAX_LAPSED_DAYS = 3650;

export interface CustomersView extends CustomerFilter {
  sort: CustomerSort;
}

export const INITIAL_CUSTOMERS_VIEW: CustomersView = {
  search: '',
  segment: null,
  flag: 'all',
  sort: { column: 'predictedClv', descending: true },
};

export interface CustomersViewSlice {
  customersView: CustomersView;
  /** The active workspace's setting (null until read). */
  lapsedAfterDays: { workspaceId: string; days: number } | null;
  setCustomersView(change: Partial<CustomersView>): void;
  loadLapsedAfterDays(): Promise<void>;
  setLapsedAfterDays(days: number): Promise<void>;
}

function isLapsedDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LAPSED_DAYS && value <= MAX_LAPSED_DAYS;
}

export const createCustomersViewSlice: SliceCreator<CustomersViewSlice> = (set, get) => ({
  customersView: INITIAL_CUSTOMERS_VIEW,
  lapsedAfterDays: null,

  setCustomersView: (change) => set((state) => ({ customersView: { ...state.customersView, ...change } })),

  loadLapsedAfterDays: async () => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId) return;
    let days = DEFAULT_LAPSED_AFTER_DAYS;
    try {
      const stored = await getSetting(workspaceId, LAPSED_SETTING);
      if (isLapsedDays(stored)) days = stored;
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.loadSettings', detail: describeError(error) });
    }
    if (get().activeWorkspaceId === workspaceId) set({ lapsedAfterDays: { workspaceId, days } });
  },

  setLapsedAfterDays: async (days) => {
    const workspaceId = get().activeWorkspaceId;
    if (!workspaceId || !isLapsedDays(days)) return;
    set({ lapsedAfterDays: { workspaceId, days } });
    try {
      await putSetting(workspaceId, LAPSED_SETTING, days);
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'customers.errors.saveSettings', detail: describeError(error) });
    }
  },
});
