/**
 * The Fit page's inputs in a workspace database (schema v5). Components reach
 * them through the fit slice (features/fit/fit-slice.ts). Every write that can
 * fail returns an Outcome; the override log is only ever appended to.
 */
import type { CostEntry, FitOverrideEvent } from '../../src-core/analytics/fit';
import type { FitCostRow, FitSettingsRow } from './fit-records';
import { describeError, failed, succeeded, type Outcome } from './outcome';
import { workspaceDb } from './workspace-repository';

/** Everything the Fit page reads at once; settings null until the user first changes one. */
export interface StoredFitInputs {
  settings: FitSettingsRow | null;
  costs: FitCostRow[];
  segmentCosts: { segment: string; costs: CostEntry }[];
  ratings: { customerKey: string; ratings: Record<string, number> }[];
  overrides: FitOverrideEvent[];
}

export async function loadFitInputs(workspaceId: string): Promise<Outcome<StoredFitInputs>> {
  try {
    const db = workspaceDb(workspaceId);
    return succeeded(
      await db.transaction('r', [db.fitSettings, db.fitCosts, db.fitSegmentCosts, db.fitRatings, db.fitOverrides], async () => ({
        settings: (await db.fitSettings.get('settings')) ?? null,
        costs: await db.fitCosts.toArray(),
        segmentCosts: await db.fitSegmentCosts.toArray(),
        ratings: await db.fitRatings.toArray(),
        // Oldest first: the log's order is its meaning (the latest event wins).
        overrides: (await db.fitOverrides.orderBy('id').toArray()).map(({ customerKey, status, reason, at }) => ({ customerKey, status, reason, at })),
      })),
    );
  } catch (error) {
    return failed(describeError(error));
  }
}

async function attempt(write: () => Promise<unknown>): Promise<Outcome<void>> {
  try {
    await write();
    return succeeded(undefined);
  } catch (error) {
    return failed(describeError(error));
  }
}

export function saveFitSettings(workspaceId: string, settings: FitSettingsRow): Promise<Outcome<void>> {
  return attempt(() => workspaceDb(workspaceId).fitSettings.put(settings));
}

/** A customer's cost entry; null (or an empty entry) removes it, so the segment default applies again. */
export function saveCustomerCost(workspaceId: string, customerKey: string, costs: CostEntry | null): Promise<Outcome<void>> {
  const table = workspaceDb(workspaceId).fitCosts;
  return attempt(() =>
    costs === null ? table.delete(customerKey) : table.put({ customerKey, costs, source: 'manual', updatedAt: Date.now() }),
  );
}

/**
 * The costs of a cost file, all or nothing: in one transaction the previous
 * file's rows are replaced by this file's, and manual entries for the same
 * customers are overwritten (the file is the newer word). A failure leaves
 * every row as it was.
 */
export function replaceFileCosts(workspaceId: string, byCustomer: Readonly<Record<string, CostEntry>>): Promise<Outcome<void>> {
  const db = workspaceDb(workspaceId);
  const now = Date.now();
  return attempt(() =>
    db.transaction('rw', db.fitCosts, async () => {
      await db.fitCosts.where('source').equals('file').delete();
      await db.fitCosts.bulkPut(Object.entries(byCustomer).map(([customerKey, costs]) => ({ customerKey, costs, source: 'file' as const, updatedAt: now })));
    }),
  );
}

export function saveSegmentCost(workspaceId: string, segment: string, costs: CostEntry | null): Promise<Outcome<void>> {
  const table = workspaceDb(workspaceId).fitSegmentCosts;
  return attempt(() => (costs === null ? table.delete(segment) : table.put({ segment, costs })));
}

export function saveRatings(workspaceId: string, customerKey: string, ratings: Record<string, number>): Promise<Outcome<void>> {
  const table = workspaceDb(workspaceId).fitRatings;
  return attempt(() => (Object.keys(ratings).length === 0 ? table.delete(customerKey) : table.put({ customerKey, ratings })));
}

export function appendOverride(workspaceId: string, event: FitOverrideEvent): Promise<Outcome<void>> {
  return attempt(() => workspaceDb(workspaceId).fitOverrides.add({ ...event }));
}
