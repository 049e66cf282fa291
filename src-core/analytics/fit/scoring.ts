/**
 * Profit, profitability and the 0–100 fit score.
 *
 *   profit        = gross margin − cost to serve
 *   profitability = profit / lifetime revenue   (null when revenue ≤ 0: a ratio
 *                   of two negatives would read as a healthy customer)
 *   fit score     = 100 × Σ wᵢ·nᵢ / Σ wᵢ over the factors the customer has
 *
 * Each factor is normalised to 0…1 so the weights mean what they say:
 * - money (monthly revenue, profit, predicted CLV): share of the other customers
 *   this one beats (percentile rank, ties share the middle), because money has
 *   no natural scale across businesses;
 * - profitability: 0 at ≤ 0 %, 1 at ≥ 60 %, linear between;
 * - growth: 0 at ≤ −10 % a month, 0.5 flat, 1 at ≥ +10 % a month;
 * - qualitative factors scored 1–5 by the user: (score − 1) / 4.
 * A factor the customer lacks (no CLV, too little history, not rated) is left
 * out and the other weights share its place, rather than counting as zero.
 */

export const BUILT_IN_FACTORS = ['monthlyRevenue', 'profit', 'profitability', 'growth', 'predictedClv'] as const;
export type BuiltInFactor = (typeof BUILT_IN_FACTORS)[number];

export type FitWeights = Record<BuiltInFactor, number>;

/** Predicted CLV has weight 0 until the model is fitted: the UI raises it then. */
export const DEFAULT_FIT_WEIGHTS: Readonly<FitWeights> = Object.freeze({
  monthlyRevenue: 25,
  profit: 25,
  profitability: 30,
  growth: 20,
  predictedClv: 0,
});

/** A factor the user adds, e.g. "pays on time", scored 1–5 per customer. */
export interface QualitativeFactor {
  id: string;
  label: string;
  weight: number;
}

/** Customer key → factor id → score 1–5. */
export type QualitativeScores = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface ScoringSettings {
  weights: FitWeights;
  qualitative: readonly QualitativeFactor[];
}

export const DEFAULT_SCORING: ScoringSettings = { weights: { ...DEFAULT_FIT_WEIGHTS }, qualitative: [] };

export const PROFITABILITY_FULL_MARKS = 0.6;
export const GROWTH_FULL_MARKS = 0.1;

/** What scoring needs from each customer. */
export interface ScoringInput {
  key: string;
  lifetimeRevenue: number;
  monthlyRevenue: number;
  grossMargin: number;
  costToServe: number;
  growth: number | null;
  predictedClv: number | null;
}

export interface FactorScore {
  /** A built-in factor name or a qualitative factor id. */
  factor: string;
  /** The raw value (money, fraction, or the 1–5 rating). */
  value: number;
  /** 0…1. */
  normalised: number;
  weight: number;
  /** Points this factor adds to the 0–100 score. */
  points: number;
}

export interface CustomerScore {
  profit: number;
  profitability: number | null;
  score: number;
  factors: FactorScore[];
}

export function profitOf(grossMargin: number, costToServe: number): number {
  return grossMargin - costToServe;
}

export function profitabilityOf(profit: number, lifetimeRevenue: number): number | null {
  return lifetimeRevenue > 0 ? profit / lifetimeRevenue : null;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function normaliseProfitability(profitability: number): number {
  return clamp01(profitability / PROFITABILITY_FULL_MARKS);
}

export function normaliseGrowth(growth: number): number {
  return clamp01(0.5 + growth / (2 * GROWTH_FULL_MARKS));
}

export function isQualitativeScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Percentile rank of every value among the values: the share of the others it
 * beats, ties counting half. [10, 20, 30] → [0, 0.5, 1]; a single value → 0.5.
 */
export function percentileRanks(values: readonly number[]): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  if (n === 1) ranks[0] = 0.5;
  if (n <= 1) return ranks;
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + (end - start) / 2) / (n - 1);
    for (let k = start; k <= end; k++) ranks[order[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Scores every customer: money factors are ranked among the customers given. */
export function scoreCustomers(
  customers: readonly ScoringInput[],
  settings: ScoringSettings,
  qualitative: QualitativeScores = {},
): CustomerScore[] {
  const profits = customers.map((customer) => profitOf(customer.grossMargin, customer.costToServe));
  const monthlyRanks = percentileRanks(customers.map((customer) => customer.monthlyRevenue));
  const profitRanks = percentileRanks(profits);
  const withClv = customers.flatMap((customer, i) => (customer.predictedClv === null ? [] : [i]));
  const clvRanks = percentileRanks(withClv.map((i) => customers[i]!.predictedClv!));
  const clvRankOf = new Map<number, number>(withClv.map((i, k) => [i, clvRanks[k]!]));

  return customers.map((customer, i) => {
    const profit = profits[i]!;
    const profitability = profitabilityOf(profit, customer.lifetimeRevenue);
    const candidates: { factor: string; value: number; normalised: number; weight: number }[] = [
      { factor: 'monthlyRevenue', value: customer.monthlyRevenue, normalised: monthlyRanks[i]!, weight: settings.weights.monthlyRevenue },
      { factor: 'profit', value: profit, normalised: profitRanks[i]!, weight: settings.weights.profit },
    ];
    if (profitability !== null) {
      candidates.push({ factor: 'profitability', value: profitability, normalised: normaliseProfitability(profitability), weight: settings.weights.profitability });
    }
    if (customer.growth !== null) {
      candidates.push({ factor: 'growth', value: customer.growth, normalised: normaliseGrowth(customer.growth), weight: settings.weights.growth });
    }
    const clvRank = clvRankOf.get(i);
    if (clvRank !== undefined) {
      candidates.push({ factor: 'predictedClv', value: customer.predictedClv!, normalised: clvRank, weight: settings.weights.predictedClv });
    }
    const ratings = qualitative[customer.key] ?? {};
    for (const factor of settings.qualitative) {
      const rating = ratings[factor.id];
      if (isQualitativeScore(rating)) candidates.push({ factor: factor.id, value: rating, normalised: (rating - 1) / 4, weight: factor.weight });
    }
    const present = candidates.filter((candidate) => candidate.weight > 0);
    const totalWeight = present.reduce((sum, candidate) => sum + candidate.weight, 0);
    const factors: FactorScore[] = present.map((candidate) => ({
      ...candidate,
      points: totalWeight > 0 ? (100 * candidate.weight * candidate.normalised) / totalWeight : 0,
    }));
    const score = factors.reduce((sum, factor) => sum + factor.points, 0);
    return { profit, profitability, score, factors };
  });
}
