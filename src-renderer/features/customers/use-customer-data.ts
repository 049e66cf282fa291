/**
 * The Customers views' questions to the worker, asked once the workspace's "lapsed after"
 * setting is known, and the notes read from the workspace (both loaded on first use).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { DEFAULT_HORIZON_DAYS } from '../../../src-core/analytics';
import type { EpochDay } from '../../../src-core/model/orders';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import type { CustomerTableOptions } from '../../worker/customers/customer-answers';
import { useLatestAnswer } from '../../worker/use-latest-answer';

/** The CLV horizon of every customer view (the Model tab says which). */
export const CLV_HORIZON_DAYS = DEFAULT_HORIZON_DAYS;

/** The table options, or null while the setting is being read. */
function useTableOptions(): CustomerTableOptions | null {
  const workspaceId = useAppStore(selectors.activeWorkspaceId);
  const lapsedAfterDays = useAppStore(selectors.lapsedAfterDays);
  const load = useAppStore((state) => state.loadLapsedAfterDays);
  useEffect(() => {
    if (workspaceId && lapsedAfterDays === null) void load();
  }, [workspaceId, lapsedAfterDays, load]);
  return useMemo(() => (lapsedAfterDays === null ? null : { lapsedAfterDays, horizonDays: CLV_HORIZON_DAYS }), [lapsedAfterDays]);
}

export function useCustomerTable() {
  const options = useTableOptions();
  const ask = useMemo(() => (options ? (api: AnalyticsApi) => api.customerTable(options) : null), [options]);
  return useLatestAnswer(ask);
}

export function useCustomerProfile(customer: number) {
  const options = useTableOptions();
  const ask = useMemo(() => (options ? (api: AnalyticsApi) => api.customerProfile(customer, options) : null), [options, customer]);
  return useLatestAnswer(ask);
}

export function useCustomerModel(calibrationEnd: EpochDay | null) {
  const ask = useCallback((api: AnalyticsApi) => api.customerModel(calibrationEnd, CLV_HORIZON_DAYS), [calibrationEnd]);
  return useLatestAnswer(ask);
}

/** Notes and tags of the active workspace, read on first use. */
export function useCustomerNotes() {
  const workspaceId = useAppStore(selectors.activeWorkspaceId);
  const loaded = useAppStore(selectors.customerNotesLoaded);
  const load = useAppStore((state) => state.loadCustomerNotes);
  const notes = useAppStore(selectors.customerNotes);
  const tags = useAppStore(selectors.customerTags);
  useEffect(() => {
    if (workspaceId && !loaded) void load();
  }, [workspaceId, loaded, load]);
  return { notes, tags, loaded };
}
