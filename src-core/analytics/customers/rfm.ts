/**
 * RFM: recency, frequency and monetary value scored 1–5 by quintile (5 best;
 * frequency with one-time buyers kept apart, see frequencyScores), and the
 * common named segments read off the recency × frequency grid.
 */
import type { CustomerSummaries } from './summary';

export type RfmScore = 1 | 2 | 3 | 4 | 5;

/** One cell range of the R × F grid; the first rule (in RFM_SEGMENTS order) that matches names the segment. */
export interface RfmSegmentRule {
  /** Stable key for translations and saved filters. */
  id: string;
  /** English name, as the CLI prints it. */
  name: string;
  recency: readonly [min: RfmScore, max: RfmScore];
  frequency: readonly [min: RfmScore, max: RfmScore];
}

/**
 * The widely used R × F segment map (e.g. the grid popularised by Putler / Kaggle RFM notebooks),
 * with Lost carved out of Hibernating as the single worst cell. Exported as data so the UI can
 * show the rules. Every one of the 25 cells is covered; earlier rules win.
 */
export const RFM_SEGMENTS: readonly RfmSegmentRule[] = [
  { id: 'champions', name: 'Champions', recency: [5, 5], frequency: [4, 5] },
  { id: 'loyal', name: 'Loyal', recency: [3, 4], frequency: [4, 5] },
  { id: 'potentialLoyalist', name: 'Potential loyalist', recency: [4, 5], frequency: [2, 3] },
  { id: 'new', name: 'New', recency: [5, 5], frequency: [1, 1] },
  { id: 'promising', name: 'Promising', recency: [4, 4], frequency: [1, 1] },
  { id: 'needAttention', name: 'Need attention', recency: [3, 3], frequency: [3, 3] },
  { id: 'aboutToSleep', name: 'About to sleep', recency: [3, 3], frequency: [1, 2] },
  { id: 'cantLoseThem', name: "Can't lose them", recency: [1, 2], frequency: [5, 5] },
  { id: 'atRisk', name: 'At risk', recency: [1, 2], frequency: [3, 4] },
  { id: 'lost', name: 'Lost', recency: [1, 1], frequency: [1, 1] },
  { id: 'hibernating', name: 'Hibernating', recency: [1, 2], frequency: [1, 2] },
];

/** Segment index of customers without a counted order. */
export const NO_SEGMENT = 255;

export interface RfmScores {
  /** 1–5, 0 for absent customers. */
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
  /** Index into RFM_SEGMENTS, NO_SEGMENT for absent customers. */
  segment: Uint8Array;
}

/** Index into RFM_SEGMENTS of an R, F score pair (scores 1–5); −1 outside the grid. */
export function rfmSegmentIndex(recency: number, frequency: number): number {
  return RFM_SEGMENTS.findIndex(
    (rule) =>
      recency >= rule.recency[0] && recency <= rule.recency[1] && frequency >= rule.frequency[0] && frequency <= rule.frequency[1],
  );
}

/** The 25 cells precomputed: SEGMENT_OF_CELL[(r − 1) * 5 + (f − 1)]. */
const SEGMENT_OF_CELL = Uint8Array.from({ length: 25 }, (_, cell) => rfmSegmentIndex(Math.floor(cell / 5) + 1, (cell % 5) + 1));

/**
 * Quintile scores by rank with a tie rule that never splits equal values:
 * score = 1 + ⌊5 × (share of scored customers with a strictly worse value)⌋, capped at 5.
 * Equal values therefore always share a score (the score of the first of them), distinct values
 * spread evenly over 1–5, and a crowd of ties sits at the bottom of its range — e.g. all one-time
 * buyers get F = 1 however many there are. The worst value always scores 1; a score of 5 needs at
 * least four fifths of the customers strictly below, so bases of under five customers do not reach it.
 */
export function quintileScores(values: ArrayLike<number>, include: Uint8Array, higherIsBetter: boolean): Uint8Array {
  const scores = new Uint8Array(include.length);
  const order: number[] = [];
  for (let c = 0; c < include.length; c++) if (include[c] === 1) order.push(c);
  const n = order.length;
  const sign = higherIsBetter ? 1 : -1;
  order.sort((i, j) => sign * (values[i]! - values[j]!));
  let worse = 0;
  while (worse < n) {
    const value = values[order[worse]!]!;
    let end = worse;
    while (end < n && values[order[end]!] === value) end++;
    const score = Math.min(5, 1 + Math.floor((5 * worse) / n));
    for (let k = worse; k < end; k++) scores[order[k]!] = score;
    worse = end;
  }
  return scores;
}

/**
 * Frequency scores. Order counts are few distinct small numbers, and in most shops
 * one-time buyers are the majority: under the plain quintile rule they all tie at F = 1
 * and two orders already score 4, so F = 2 and 3 (and the segments built on them) stay
 * empty. So when the customers with the fewest orders are a fifth or more of those
 * scored, they alone get F = 1 and everyone else is scored 2–5 by the same tie rule
 * over their own orders: score = 2 + ⌊4 × (share of them with strictly fewer orders)⌋.
 * Otherwise the plain quintile rule applies.
 */
export function frequencyScores(orders: ArrayLike<number>, include: Uint8Array): Uint8Array {
  let fewest = Infinity;
  let scored = 0;
  for (let c = 0; c < include.length; c++) {
    if (include[c] !== 1) continue;
    scored++;
    if (orders[c]! < fewest) fewest = orders[c]!;
  }
  let atFewest = 0;
  for (let c = 0; c < include.length; c++) if (include[c] === 1 && orders[c] === fewest) atFewest++;
  if (scored === 0 || atFewest * 5 < scored || atFewest === scored) return quintileScores(orders, include, true);

  const rest = new Uint8Array(include.length);
  for (let c = 0; c < include.length; c++) if (include[c] === 1 && orders[c] !== fewest) rest[c] = 1;
  const order: number[] = [];
  for (let c = 0; c < rest.length; c++) if (rest[c] === 1) order.push(c);
  order.sort((i, j) => orders[i]! - orders[j]!);
  const scores = new Uint8Array(include.length);
  for (let c = 0; c < include.length; c++) if (include[c] === 1 && orders[c] === fewest) scores[c] = 1;
  const n = order.length;
  let worse = 0;
  while (worse < n) {
    const value = orders[order[worse]!]!;
    let end = worse;
    while (end < n && orders[order[end]!] === value) end++;
    const score = Math.min(5, 2 + Math.floor((4 * worse) / n));
    for (let k = worse; k < end; k++) scores[order[k]!] = score;
    worse = end;
  }
  return scores;
}

export function rfmScores(summaries: CustomerSummaries): RfmScores {
  const recency = quintileScores(summaries.daysSinceLastOrder, summaries.present, false);
  const frequency = frequencyScores(summaries.orders, summaries.present);
  const monetary = quintileScores(summaries.revenue, summaries.present, true);
  const segment = new Uint8Array(summaries.count).fill(NO_SEGMENT);
  for (let c = 0; c < summaries.count; c++) {
    if (summaries.present[c] === 1) segment[c] = SEGMENT_OF_CELL[(recency[c]! - 1) * 5 + (frequency[c]! - 1)]!;
  }
  return { recency, frequency, monetary, segment };
}

export interface RfmSegmentSummary {
  name: string;
  customers: number;
  revenue: number;
}

/** Size and revenue of every segment, in RFM_SEGMENTS order (empty segments included). */
export function rfmSegmentSummary(scores: RfmScores, summaries: CustomerSummaries): RfmSegmentSummary[] {
  const rows = RFM_SEGMENTS.map((rule) => ({ name: rule.name, customers: 0, revenue: 0 }));
  for (let c = 0; c < summaries.count; c++) {
    const row = rows[scores.segment[c]!];
    if (!row) continue;
    row.customers++;
    row.revenue += summaries.revenue[c]!;
  }
  return rows;
}
