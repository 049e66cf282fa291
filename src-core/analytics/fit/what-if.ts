/**
 * What-if: re-score with a changed threshold or weight and see who moves,
 * and how much revenue is at stake. Overrides hold in both scenarios (a
 * customer set by hand does not move when a slider does).
 */
import { customerFit, type CustomerFit, type FitInputs, type FitSettings } from './customer-fit';
import type { FitOverrideLog } from './overrides';
import type { FitStatus } from './rules';

export interface FitMove {
  customer: number;
  key: string;
  from: FitStatus;
  to: FitStatus;
  lifetimeRevenue: number;
  last12Revenue: number;
}

export interface FitTransition {
  from: FitStatus;
  to: FitStatus;
  customers: number;
  lifetimeRevenue: number;
  last12Revenue: number;
}

export interface FitWhatIf {
  /** The changed scenario, for redrawing the matrix. */
  after: CustomerFit[];
  moves: FitMove[];
  /** Moves grouped by (from, to), largest last-12-month revenue first. */
  transitions: FitTransition[];
  /** Last-12-month revenue of the customers who would newly be let go. */
  revenueAtStake: number;
  /** Last-12-month revenue of the customers who would no longer be let go. */
  revenueReprieved: number;
}

/** Compares two scenarios on the same inputs; `before` may be passed in when already computed. */
export function fitWhatIf(
  inputs: FitInputs,
  changed: FitSettings,
  before: readonly CustomerFit[],
  overrides: FitOverrideLog = [],
): FitWhatIf {
  const after = customerFit(inputs, changed, overrides);
  const statusBefore = new Map(before.map((fit) => [fit.key, fit.status]));
  const moves: FitMove[] = [];
  const transitions = new Map<string, FitTransition>();
  let revenueAtStake = 0;
  let revenueReprieved = 0;
  for (const fit of after) {
    const from = statusBefore.get(fit.key);
    if (from === undefined || from === fit.status) continue;
    const { lifetimeRevenue, last12Revenue } = fit.value;
    moves.push({ customer: fit.customer, key: fit.key, from, to: fit.status, lifetimeRevenue, last12Revenue });
    const id = `${from}>${fit.status}`;
    const transition = transitions.get(id) ?? { from, to: fit.status, customers: 0, lifetimeRevenue: 0, last12Revenue: 0 };
    transition.customers++;
    transition.lifetimeRevenue += lifetimeRevenue;
    transition.last12Revenue += last12Revenue;
    transitions.set(id, transition);
    if (fit.status === 'depart') revenueAtStake += last12Revenue;
    if (from === 'depart') revenueReprieved += last12Revenue;
  }
  return {
    after,
    moves,
    transitions: [...transitions.values()].sort((a, b) => b.last12Revenue - a.last12Revenue),
    revenueAtStake,
    revenueReprieved,
  };
}
