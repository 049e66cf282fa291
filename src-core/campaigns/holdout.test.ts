import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from './random';
import { assignHoldout, reconcileHoldout, type HoldoutAssignment, type HoldoutCandidate } from './holdout';

function candidates(sizes: Record<string, number>): HoldoutCandidate[] {
  return Object.entries(sizes).flatMap(([stratum, n]) => Array.from({ length: n }, (_, i) => ({ customerKey: `${stratum}-${i}@shop.test`, stratum })));
}

function drawn(list: readonly HoldoutCandidate[], seed: string, share?: number): HoldoutAssignment {
  const outcome = assignHoldout(list, { seed, ...(share === undefined ? {} : { share }) });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.assignment;
}

const sizes = { champions: 57, loyal: 23, atRisk: 120, lost: 3, new: 7 };

describe('assignHoldout', () => {
  it('holds out 10% by default, stratum by stratum within one customer', () => {
    const list = candidates(sizes);
    const assignment = drawn(list, 'spring-2025');
    expect(assignment.share).toBe(0.1);
    expect(assignment.holdoutGroup).toHaveLength(Math.round(210 * 0.1));
    for (const stratum of assignment.strata) {
      expect(Math.abs(stratum.holdout - stratum.customers * 0.1)).toBeLessThan(1);
      const held = assignment.holdoutGroup.filter((key) => key.startsWith(`${stratum.stratum}-`)).length;
      expect(held).toBe(stratum.holdout);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const list = candidates(sizes);
    expect(drawn(list, 'a')).toEqual(drawn(list, 'a'));
    expect(drawn(list, 'a').holdoutGroup).not.toEqual(drawn(list, 'b').holdoutGroup);
  });

  it('does not depend on the order of the target list', () => {
    const list = candidates(sizes);
    const reversed = [...list].reverse();
    const random = seededRandom('shuffle');
    const shuffled = list.map((c) => ({ c, r: random() })).sort((x, y) => x.r - y.r).map(({ c }) => c);
    const reference = drawn(list, 'seed-7');
    expect(drawn(reversed, 'seed-7')).toEqual(reference);
    expect(drawn(shuffled, 'seed-7')).toEqual(reference);
  });

  it('keeps the groups disjoint and together equal to the target', () => {
    const list = candidates(sizes);
    const { targetGroup, holdoutGroup } = drawn(list, 'x');
    const held = new Set(holdoutGroup);
    expect(targetGroup.some((key) => held.has(key))).toBe(false);
    expect(new Set([...targetGroup, ...holdoutGroup])).toEqual(new Set(list.map((c) => c.customerKey)));
  });

  it('holds the properties for any strata, share and seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.string(),
        (strataSizes, share, seed) => {
          const list = candidates(Object.fromEntries(strataSizes.map((n, i) => [`s${i}`, n])));
          const assignment = drawn(list, seed, share);
          const total = list.length;
          expect(assignment.holdoutGroup.length).toBe(Math.round(total * share));
          expect(assignment.targetGroup.length + assignment.holdoutGroup.length).toBe(total);
          for (const stratum of assignment.strata) expect(Math.abs(stratum.holdout - stratum.customers * share)).toBeLessThanOrEqual(1);
          expect(drawn([...list].reverse(), seed, share)).toEqual(assignment);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('draws different customers for unrelated seeds (no fixed favourites)', () => {
    const list = candidates({ all: 1000 });
    const first = new Set(drawn(list, 'one').holdoutGroup);
    const overlap = drawn(list, 'two').holdoutGroup.filter((key) => first.has(key)).length;
    // Two independent 100-of-1000 draws share about 10 customers.
    expect(overlap).toBeGreaterThan(0);
    expect(overlap).toBeLessThan(30);
  });

  it('counts a key listed twice once, and reports bad input as data', () => {
    const assignment = drawn(
      [
        { customerKey: 'k1', stratum: 'b' },
        { customerKey: 'k1', stratum: 'a' },
        { customerKey: 'k2', stratum: 'a' },
      ],
      's',
      0.5,
    );
    expect(assignment.strata).toEqual([{ stratum: 'a', customers: 2, holdout: 1 }]);
    expect(assignHoldout([], { seed: 's' })).toEqual({ ok: false, problem: 'noCustomers' });
    expect(assignHoldout(candidates({ a: 3 }), { seed: 's', share: 1 })).toEqual({ ok: false, problem: 'shareOutOfRange' });
    expect(assignHoldout(candidates({ a: 3 }), { seed: 's', share: Number.NaN })).toEqual({ ok: false, problem: 'shareOutOfRange' });
  });

  it('reports a changed target without redrawing the stored groups', () => {
    const assignment = drawn(candidates({ a: 20 }), 'keep');
    const gone = assignment.holdoutGroup[0]!;
    const now = [...assignment.targetGroup, ...assignment.holdoutGroup.slice(1), 'newcomer@shop.test'];
    expect(reconcileHoldout(assignment, now)).toEqual({ newcomers: ['newcomer@shop.test'], leftTargetGroup: [], leftHoldoutGroup: [gone] });
  });
});
