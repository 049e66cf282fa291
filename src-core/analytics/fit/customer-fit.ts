/**
 * Every customer's fit: value and cost to serve → profit, profitability, fit
 * score → status by the rules → the override in force → the reason. The
 * values (one pass over the orders) are computed once by customerValues; this
 * step is cheap, so the what-if panel re-runs it on every slider move.
 */
import { costToServe, type CostInputs, type CostToServe } from './costs';
import { fitReason, type FitReason } from './explain';
import { currentOverrides, type FitOverrideLog } from './overrides';
import { evaluateFitRules, type FitMetrics, type FitRuleSet, type FitStatus } from './rules';
import { scoreCustomers, type FactorScore, type QualitativeFactor, type QualitativeScores, type ScoringSettings } from './scoring';
import type { CustomerValue } from './value';

export interface FitInputs {
  values: readonly CustomerValue[];
  costs?: CostInputs;
  /** Customer key → segment name, for the cost defaults per segment. */
  segments?: Readonly<Record<string, string>>;
  qualitative?: QualitativeScores;
}

export interface FitSettings {
  rules: FitRuleSet;
  scoring: ScoringSettings;
}

export interface CustomerFit {
  /** Store customer index. */
  customer: number;
  key: string;
  /** Final status: the override in force, else the rules'. */
  status: FitStatus;
  ruleStatus: FitStatus;
  overridden: boolean;
  value: CustomerValue;
  cost: CostToServe;
  metrics: FitMetrics;
  factors: FactorScore[];
  reason: FitReason;
}

export function customerFit(inputs: FitInputs, settings: FitSettings, overrides: FitOverrideLog = []): CustomerFit[] {
  const { values } = inputs;
  const costs = values.map((value) => (inputs.costs ? costToServe(inputs.costs, value.key, inputs.segments?.[value.key]) : costToServe({}, value.key)));
  const scores = scoreCustomers(
    values.map((value, i) => ({
      key: value.key,
      lifetimeRevenue: value.lifetimeRevenue,
      monthlyRevenue: value.monthlyRevenue,
      grossMargin: value.grossMargin,
      costToServe: costs[i]!.total,
      growth: value.growth,
      predictedClv: value.predictedClv,
    })),
    settings.scoring,
    inputs.qualitative,
  );
  const inForce = currentOverrides(overrides);
  return values.map((value, i) => {
    const cost = costs[i]!;
    const score = scores[i]!;
    const metrics: FitMetrics = {
      lifetimeRevenue: value.lifetimeRevenue,
      monthlyRevenue: value.monthlyRevenue,
      grossMargin: value.grossMargin,
      costToServe: cost.total,
      profit: score.profit,
      profitability: score.profitability,
      score: score.score,
      growth: value.growth,
      fallingPeriods: value.fallingPeriods,
      predictedClv: value.predictedClv,
    };
    const verdict = evaluateFitRules(settings.rules, metrics);
    const override = inForce.get(value.key);
    return {
      customer: value.customer,
      key: value.key,
      status: override?.status ?? verdict.status,
      ruleStatus: verdict.status,
      overridden: override !== undefined,
      value,
      cost,
      metrics,
      factors: score.factors,
      reason: fitReason(metrics, verdict.status, verdict.rule, override),
    };
  });
}

// --- Editing the scoring settings (pure, for the weights panel). ---

/** Sets the weight of a built-in factor or of a qualitative factor by id; negative weights become 0. */
export function setFactorWeight(scoring: ScoringSettings, factor: string, weight: number): ScoringSettings {
  const safe = Number.isFinite(weight) ? Math.max(0, weight) : 0;
  if (factor in scoring.weights) return { ...scoring, weights: { ...scoring.weights, [factor]: safe } };
  return { ...scoring, qualitative: scoring.qualitative.map((q) => (q.id === factor ? { ...q, weight: safe } : q)) };
}

export function addQualitativeFactor(scoring: ScoringSettings, factor: QualitativeFactor): ScoringSettings {
  if (scoring.qualitative.some((q) => q.id === factor.id) || factor.id in scoring.weights) return scoring;
  return { ...scoring, qualitative: [...scoring.qualitative, factor] };
}

export function removeQualitativeFactor(scoring: ScoringSettings, id: string): ScoringSettings {
  return { ...scoring, qualitative: scoring.qualitative.filter((q) => q.id !== id) };
}

export type QualitativeOutcome = { ok: true; scores: Record<string, Record<string, number>> } | { ok: false; message: string };

/** Rates a customer 1–5 on a qualitative factor (null clears the rating). */
export function rateCustomer(scores: QualitativeScores, customerKey: string, factorId: string, rating: number | null): QualitativeOutcome {
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) return { ok: false, message: 'A rating is a whole number from 1 to 5.' };
  const next: Record<string, Record<string, number>> = {};
  for (const [key, ratings] of Object.entries(scores)) next[key] = { ...ratings };
  const own = next[customerKey] ?? {};
  if (rating === null) delete own[factorId];
  else own[factorId] = rating;
  next[customerKey] = own;
  return { ok: true, scores: next };
}
