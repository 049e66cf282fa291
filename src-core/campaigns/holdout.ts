/**
 * The hold-out: customers drawn at random and NOT contacted, so that after the
 * campaign their buying shows what the targeted group would have done anyway.
 *
 * - Seeded and order-free: each customer is ranked by a hash of (seed, key), so the
 *   same seed and the same customers give the same groups however the list is sorted.
 * - Stratified: the hold-out share is met within each stratum (e.g. RFM segment) to
 *   within one customer, so the two groups have the same mix and stay comparable.
 * - Stored, never recomputed: the assignment is returned as data; the campaign keeps it,
 *   and `reconcileHoldout` reports later changes in the target instead of redrawing.
 */
import { hash53, seedFrom } from './random';

export const DEFAULT_HOLDOUT_SHARE = 0.1;

export interface HoldoutCandidate {
  customerKey: string;
  /** What the draw is balanced on, e.g. the RFM segment id. */
  stratum: string;
}

export interface HoldoutStratum {
  stratum: string;
  customers: number;
  holdout: number;
}

export interface HoldoutAssignment {
  seed: string;
  share: number;
  /** Customers to contact, sorted by key. */
  targetGroup: string[];
  /** Customers not to contact, sorted by key; disjoint from targetGroup. */
  holdoutGroup: string[];
  /** Sorted by stratum. */
  strata: HoldoutStratum[];
}

export type HoldoutOutcome = { ok: true; assignment: HoldoutAssignment } | { ok: false; problem: 'shareOutOfRange' | 'noCustomers' };

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Draws the hold-out. The total is round(N × share); each stratum gets ⌊n × share⌋ or
 * ⌈n × share⌉, the extra customers going to the strata with the largest remainders
 * (ties broken by a seeded hash of the stratum name, not by its position in the list).
 * A key listed twice counts once, under the alphabetically first stratum.
 */
export function assignHoldout(candidates: readonly HoldoutCandidate[], options: { share?: number; seed: string }): HoldoutOutcome {
  const share = options.share ?? DEFAULT_HOLDOUT_SHARE;
  if (!(share >= 0 && share < 1)) return { ok: false, problem: 'shareOutOfRange' };
  const stratumOf = new Map<string, string>();
  for (const { customerKey, stratum } of candidates) {
    const known = stratumOf.get(customerKey);
    if (known === undefined || stratum < known) stratumOf.set(customerKey, stratum);
  }
  if (stratumOf.size === 0) return { ok: false, problem: 'noCustomers' };

  const seed = seedFrom(options.seed);
  const members = new Map<string, string[]>();
  for (const [key, stratum] of stratumOf) {
    const list = members.get(stratum);
    if (list) list.push(key);
    else members.set(stratum, [key]);
  }
  const strata = [...members.keys()].sort(compareText).map((stratum) => {
    const customers = members.get(stratum)!.length;
    const quota = customers * share;
    return { stratum, customers, holdout: Math.floor(quota), remainder: quota - Math.floor(quota), tie: hash53(stratum, seed) };
  });
  let extra = Math.round(stratumOf.size * share) - strata.reduce((sum, s) => sum + s.holdout, 0);
  for (const s of [...strata].sort((a, b) => b.remainder - a.remainder || a.tie - b.tie || compareText(a.stratum, b.stratum))) {
    if (extra <= 0) break;
    if (s.remainder > 0) {
      s.holdout++;
      extra--;
    }
  }

  const holdout = new Set<string>();
  for (const s of strata) {
    const ranked = members
      .get(s.stratum)!
      .map((key) => ({ key, rank: hash53(key, seed) }))
      .sort((a, b) => a.rank - b.rank || compareText(a.key, b.key));
    for (let i = 0; i < s.holdout; i++) holdout.add(ranked[i]!.key);
  }
  const keys = [...stratumOf.keys()].sort(compareText);
  return {
    ok: true,
    assignment: {
      seed: options.seed,
      share,
      targetGroup: keys.filter((key) => !holdout.has(key)),
      holdoutGroup: keys.filter((key) => holdout.has(key)),
      strata: strata.map(({ stratum, customers, holdout: held }) => ({ stratum, customers, holdout: held })),
    },
  };
}

export interface HoldoutDrift {
  /** Customers now in the target who are in neither group (not contacted, not measured). */
  newcomers: string[];
  /** Customers of the stored groups the target no longer contains (still measured as assigned). */
  leftTargetGroup: string[];
  leftHoldoutGroup: string[];
}

/**
 * What changed between a stored assignment and the target as it resolves today. The UI shows
 * this and lets the user decide; the stored assignment itself is never redrawn behind their back.
 */
export function reconcileHoldout(assignment: HoldoutAssignment, currentKeys: readonly string[]): HoldoutDrift {
  const current = new Set(currentKeys);
  const assigned = new Set([...assignment.targetGroup, ...assignment.holdoutGroup]);
  return {
    newcomers: [...current].filter((key) => !assigned.has(key)).sort(compareText),
    leftTargetGroup: assignment.targetGroup.filter((key) => !current.has(key)),
    leftHoldoutGroup: assignment.holdoutGroup.filter((key) => !current.has(key)),
  };
}
