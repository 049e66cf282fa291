/**
 * The Fit page's inputs for the active workspace, kept in the workspace
 * database (db/fit-repository.ts): settings, costs per customer and per
 * segment, qualitative ratings, the override log. Edits show at once and are
 * written behind; a write that fails says so and re-reads what is stored.
 *
 * Also the hand-off to the Campaigns page: `fitSelection` holds the customers
 * chosen on the matrix (and the saved segment made from them, if any).
 */
import {
  liftOverride,
  overrideStatus,
  rateCustomer,
  type CostEntry,
  type FitOverrideEvent,
  type FitStatus,
  type OverrideProblem,
} from '../../../src-core/analytics/fit';
import * as repository from '../../db/fit-repository';
import type { SliceCreator } from '../../state/app-state';
import type { FitQuestionInputs } from '../../worker/fit/fit-answers';
import { defaultFitSettings, fitSettingsReducer, type FitSettingsAction, type FitSettingsValue } from './fit-settings';

export interface FitWorkspaceData {
  settings: FitSettingsValue;
  /** Customer key → cost entry. */
  costs: Record<string, CostEntry>;
  /** Customer key → where the entry came from. */
  costSources: Record<string, 'manual' | 'file'>;
  /** RFM segment id → default cost entry. */
  segmentCosts: Record<string, CostEntry>;
  ratings: Record<string, Record<string, number>>;
  overrides: FitOverrideEvent[];
}

/** The applied settings and inputs as the worker's fit question takes them. */
export function fitQuestionInputs(data: FitWorkspaceData): FitQuestionInputs {
  const { settings } = data;
  return {
    margins: settings.margins,
    defaultHourlyRate: settings.defaultHourlyRate,
    costs: data.costs,
    segmentCosts: data.segmentCosts,
    ratings: data.ratings,
    scoring: settings.scoring,
    rules: settings.rules,
    overrides: data.overrides,
  };
}

/** Customers picked on the Fit page for a campaign; `segmentId` once saved as a segment. */
export interface FitSelection {
  customers: number[];
  keys: string[];
  segmentId: number | null;
}

export interface FitSlice {
  fitData: FitWorkspaceData | null;
  /** The workspace fitData was read from. */
  fitWorkspaceId: string | null;
  fitSelection: FitSelection | null;
  loadFit(): Promise<void>;
  editFitSettings(action: FitSettingsAction): Promise<void>;
  /** Replaces the settings at once (the what-if panel's Apply). */
  applyFitSettings(settings: FitSettingsValue): Promise<void>;
  saveFitCost(customerKey: string, costs: CostEntry | null): Promise<void>;
  saveFitSegmentCost(segment: string, costs: CostEntry | null): Promise<void>;
  /** All of a cost file's matched rows at once, replacing the previous file's. */
  applyFitCostFile(byCustomer: Record<string, CostEntry>): Promise<boolean>;
  rateFitCustomer(customerKey: string, factorId: string, rating: number | null): Promise<void>;
  /** Null when done; else what is wrong (e.g. no reason given). */
  overrideFitStatus(customerKey: string, status: FitStatus, reason: string): Promise<OverrideProblem | null>;
  liftFitOverride(customerKey: string, reason: string): Promise<OverrideProblem | null>;
  setFitSelection(selection: FitSelection | null): void;
}

const isEmptyEntry = (entry: CostEntry) => Object.values(entry).every((value) => value === undefined) && Object.keys(entry.other ?? {}).length === 0;

export const createFitSlice: SliceCreator<FitSlice> = (set, get) => {
  /** The active workspace and its data, or null when nothing is loaded for it. */
  const current = () => {
    const { activeWorkspaceId, fitWorkspaceId, fitData } = get();
    return activeWorkspaceId && fitWorkspaceId === activeWorkspaceId && fitData ? { workspaceId: activeWorkspaceId, data: fitData } : null;
  };
  const change = (workspaceId: string, edit: (data: FitWorkspaceData) => FitWorkspaceData) => {
    const { fitWorkspaceId, fitData } = get();
    if (fitWorkspaceId === workspaceId && fitData) set({ fitData: edit(fitData) });
  };
  /** Writes behind the change already shown; on failure, tells the user and shows what is really stored. */
  const persist = async (write: Promise<{ ok: true } | { ok: false; message: string }>): Promise<boolean> => {
    const written = await write;
    if (written.ok) return true;
    get().notify({ kind: 'error', messageKey: 'fit.errors.save', detail: written.message });
    await get().loadFit();
    return false;
  };

  return {
    fitData: null,
    fitWorkspaceId: null,
    fitSelection: null,

    loadFit: async () => {
      const workspaceId = get().activeWorkspaceId;
      if (!workspaceId) {
        set({ fitData: null, fitWorkspaceId: null });
        return;
      }
      const stored = await repository.loadFitInputs(workspaceId);
      if (get().activeWorkspaceId !== workspaceId) return; // a later switch wins
      if (!stored.ok) {
        get().notify({ kind: 'error', messageKey: 'fit.errors.load', detail: stored.message });
        return;
      }
      const { settings, costs, segmentCosts, ratings, overrides } = stored.value;
      const defaults = defaultFitSettings();
      set({
        fitWorkspaceId: workspaceId,
        fitData: {
          settings: settings
            ? { margins: settings.margins, defaultHourlyRate: settings.defaultHourlyRate, scoring: settings.scoring, rules: settings.rules }
            : defaults,
          costs: Object.fromEntries(costs.map((row) => [row.customerKey, row.costs])),
          costSources: Object.fromEntries(costs.map((row) => [row.customerKey, row.source])),
          segmentCosts: Object.fromEntries(segmentCosts.map((row) => [row.segment, row.costs])),
          ratings: Object.fromEntries(ratings.map((row) => [row.customerKey, row.ratings])),
          overrides,
        },
      });
    },

    editFitSettings: async (action) => {
      const at = current();
      if (!at) return;
      const next = fitSettingsReducer(at.data.settings, action);
      if (next === at.data.settings) return;
      await get().applyFitSettings(next);
    },

    applyFitSettings: async (settings) => {
      const at = current();
      if (!at) return;
      change(at.workspaceId, (data) => ({ ...data, settings }));
      await persist(repository.saveFitSettings(at.workspaceId, { key: 'settings', ...settings }));
    },

    saveFitCost: async (customerKey, costs) => {
      const at = current();
      if (!at) return;
      const entry = costs && !isEmptyEntry(costs) ? costs : null;
      change(at.workspaceId, (data) => {
        const next = { ...data, costs: { ...data.costs }, costSources: { ...data.costSources } };
        if (entry) {
          next.costs[customerKey] = entry;
          next.costSources[customerKey] = 'manual';
        } else {
          delete next.costs[customerKey];
          delete next.costSources[customerKey];
        }
        return next;
      });
      await persist(repository.saveCustomerCost(at.workspaceId, customerKey, entry));
    },

    saveFitSegmentCost: async (segment, costs) => {
      const at = current();
      if (!at) return;
      const entry = costs && !isEmptyEntry(costs) ? costs : null;
      change(at.workspaceId, (data) => {
        const segmentCosts = { ...data.segmentCosts };
        if (entry) segmentCosts[segment] = entry;
        else delete segmentCosts[segment];
        return { ...data, segmentCosts };
      });
      await persist(repository.saveSegmentCost(at.workspaceId, segment, entry));
    },

    applyFitCostFile: async (byCustomer) => {
      const at = current();
      if (!at) return false;
      // Stored first, shown after: a file either lands whole or not at all.
      const written = await repository.replaceFileCosts(at.workspaceId, byCustomer);
      if (!written.ok) {
        get().notify({ kind: 'error', messageKey: 'fit.errors.save', detail: written.message });
        return false;
      }
      await get().loadFit();
      return true;
    },

    rateFitCustomer: async (customerKey, factorId, rating) => {
      const at = current();
      if (!at) return;
      const rated = rateCustomer(at.data.ratings, customerKey, factorId, rating);
      if (!rated.ok) return;
      change(at.workspaceId, (data) => ({ ...data, ratings: rated.scores }));
      await persist(repository.saveRatings(at.workspaceId, customerKey, rated.scores[customerKey] ?? {}));
    },

    overrideFitStatus: async (customerKey, status, reason) => {
      const at = current();
      if (!at) return null;
      const outcome = overrideStatus(at.data.overrides, customerKey, status, reason, new Date().toISOString());
      if (!outcome.ok) return outcome.problem;
      const event = outcome.log[outcome.log.length - 1]!;
      change(at.workspaceId, (data) => ({ ...data, overrides: [...data.overrides, event] }));
      await persist(repository.appendOverride(at.workspaceId, event));
      return null;
    },

    liftFitOverride: async (customerKey, reason) => {
      const at = current();
      if (!at) return null;
      const outcome = liftOverride(at.data.overrides, customerKey, reason, new Date().toISOString());
      if (!outcome.ok) return outcome.problem;
      const event = outcome.log[outcome.log.length - 1]!;
      change(at.workspaceId, (data) => ({ ...data, overrides: [...data.overrides, event] }));
      await persist(repository.appendOverride(at.workspaceId, event));
      return null;
    },

    setFitSelection: (selection) => set({ fitSelection: selection }),
  };
};
