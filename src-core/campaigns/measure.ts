/**
 * After the window: did the campaign work? Targeted against hold-out on response
 * rate, orders and revenue per customer, with intervals, and a verdict that
 * claims an effect only when the 95% interval for the uplift excludes zero.
 */
import { Z_975 } from './normal';
import { minimumDetectableUplift } from './power';
import { seededRandom } from './random';
import type { GroupOutcome } from './outcomes';

export interface GroupSummary {
  customers: number;
  /** Customers with at least one counted order in the window. */
  responders: number;
  responseRate: number;
  orders: number;
  revenue: number;
  revenuePerCustomer: number;
}

export type VerdictCode = 'positive' | 'negative' | 'inconclusive' | 'noData';

export interface Verdict {
  code: VerdictCode;
  /** Fewer than 5 responders or non-responders in a group: the normal approximation is rough. */
  smallSample: boolean;
  key: string;
  params: Record<string, number>;
  english: string;
}

export interface Measurement {
  targeted: GroupSummary;
  holdout: GroupSummary;
  uplift: {
    /** Targeted − hold-out response rate. */
    responseRate: number;
    /** 95% Wald interval of that difference. */
    ci95: [number, number];
    /** Targeted − hold-out revenue per customer. */
    revenuePerCustomer: number;
    /** Seeded percentile-bootstrap 95% interval of that difference; null when a group is empty. */
    revenuePerCustomerCi95: [number, number] | null;
    /** (revenue per targeted customer − revenue per hold-out customer) × targeted customers. */
    incrementalRevenue: number;
    incrementalRevenueCi95: [number, number] | null;
  };
  /** Smallest response-rate uplift these group sizes could detect (95% / 80% power), at the hold-out's rate. */
  minimumDetectableUplift: number | null;
  cost: number | null;
  /** (margin × incremental revenue − cost) / cost; null without a cost. */
  roi: number | null;
  verdict: Verdict;
}

export interface MeasureOptions {
  /** What the campaign actually cost (contacts, redeemed offers, fixed); null when unknown. */
  cost?: number | null;
  /** Gross margin in percent for the ROI (default 100: judge on revenue). */
  marginPct?: number;
  seed?: string;
  /** Bootstrap resamples (default 2000). */
  resamples?: number;
}

export function summarizeGroup(outcome: GroupOutcome): GroupSummary {
  let responders = 0;
  let orders = 0;
  let revenue = 0;
  for (let i = 0; i < outcome.customers; i++) {
    if (outcome.orders[i]! > 0) responders++;
    orders += outcome.orders[i]!;
    revenue += outcome.revenue[i]!;
  }
  const n = outcome.customers;
  return { customers: n, responders, responseRate: n > 0 ? responders / n : 0, orders, revenue, revenuePerCustomer: n > 0 ? revenue / n : 0 };
}

/**
 * Wald (normal-approximation) interval of p₁ − p₂ for x₁ of n₁ and x₂ of n₂:
 *   p₁ − p₂ ± z·√( p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂ ).
 * Not clipped to [−1, 1], so it is exactly the textbook formula users can check by hand.
 */
export function waldDifferenceInterval(x1: number, n1: number, x2: number, n2: number, z = Z_975): [number, number] {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const half = z * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return [p1 - p2 - half, p1 - p2 + half];
}

/**
 * Percentile bootstrap of mean(a) − mean(b): both groups resampled with replacement,
 * `resamples` times, from a seeded generator so the same data and seed give the same interval.
 */
export function bootstrapMeanDifference(a: Float64Array, b: Float64Array, options: { seed: string; resamples: number }): [number, number] | null {
  if (a.length === 0 || b.length === 0 || options.resamples < 1) return null;
  const random = seededRandom(options.seed);
  const meanOfResample = (values: Float64Array): number => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(random() * values.length)]!;
    return sum / values.length;
  };
  const differences = new Float64Array(options.resamples);
  for (let k = 0; k < options.resamples; k++) differences[k] = meanOfResample(a) - meanOfResample(b);
  differences.sort();
  return [quantileOfSorted(differences, 0.025), quantileOfSorted(differences, 0.975)];
}

/** Linear interpolation between order statistics (the common "type 7" quantile). */
function quantileOfSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

export function measureCampaign(targetedOutcome: GroupOutcome, holdoutOutcome: GroupOutcome, options: MeasureOptions = {}): Measurement {
  const targeted = summarizeGroup(targetedOutcome);
  const holdout = summarizeGroup(holdoutOutcome);
  const empty = targeted.customers === 0 || holdout.customers === 0;
  const responseUplift = targeted.responseRate - holdout.responseRate;
  const ci95: [number, number] = empty ? [Number.NaN, Number.NaN] : waldDifferenceInterval(targeted.responders, targeted.customers, holdout.responders, holdout.customers);
  const revenueUplift = targeted.revenuePerCustomer - holdout.revenuePerCustomer;
  const revenueCi = bootstrapMeanDifference(targetedOutcome.revenue, holdoutOutcome.revenue, {
    seed: options.seed ?? 'measure',
    resamples: options.resamples ?? 2000,
  });
  const incrementalRevenue = revenueUplift * targeted.customers;
  const cost = options.cost ?? null;
  const margin = (options.marginPct ?? 100) / 100;
  const minimumUplift = minimumDetectableUplift(holdout.responseRate, targeted.customers, holdout.customers);
  return {
    targeted,
    holdout,
    uplift: {
      responseRate: responseUplift,
      ci95,
      revenuePerCustomer: revenueUplift,
      revenuePerCustomerCi95: revenueCi,
      incrementalRevenue,
      incrementalRevenueCi95: revenueCi && [revenueCi[0] * targeted.customers, revenueCi[1] * targeted.customers],
    },
    minimumDetectableUplift: minimumUplift,
    cost,
    roi: cost !== null && cost > 0 ? (margin * incrementalRevenue - cost) / cost : null,
    verdict: verdictOf(targeted, holdout, ci95, minimumUplift),
  };
}

const points = (rate: number): number => Math.round(rate * 1000) / 10;

/** The verdict never goes further than the interval: an effect is claimed only when it excludes zero. */
export function verdictOf(targeted: GroupSummary, holdout: GroupSummary, ci95: [number, number], minimumUplift: number | null): Verdict {
  const smallSample =
    Math.min(targeted.responders, targeted.customers - targeted.responders, holdout.responders, holdout.customers - holdout.responders) < 5;
  if (targeted.customers === 0 || holdout.customers === 0) {
    const which = targeted.customers === 0 ? 'targeted' : 'hold-out';
    return {
      code: 'noData',
      smallSample: true,
      key: targeted.customers === 0 ? 'campaigns.verdict.noTargeted' : 'campaigns.verdict.noHoldout',
      params: {},
      english: `Nothing can be measured: the ${which} group is empty.`,
    };
  }
  const params = {
    targetedRate: points(targeted.responseRate),
    holdoutRate: points(holdout.responseRate),
    uplift: points(targeted.responseRate - holdout.responseRate),
    low: points(ci95[0]),
    high: points(ci95[1]),
    ...(minimumUplift === null ? {} : { minimumUplift: points(minimumUplift) }),
  };
  const rates = `${params.targetedRate}% of targeted customers bought, against ${params.holdoutRate}% of the hold-out`;
  const interval = `95% interval ${params.low} to ${params.high} points`;
  const caution = smallSample ? ' The groups are small, so treat this as a rough indication.' : '';
  if (ci95[0] > 0) {
    return {
      code: 'positive',
      smallSample,
      key: 'campaigns.verdict.positive',
      params,
      english: `The campaign raised the response: ${rates}, an uplift of ${params.uplift} points (${interval}).${caution}`,
    };
  }
  if (ci95[1] < 0) {
    return {
      code: 'negative',
      smallSample,
      key: 'campaigns.verdict.negative',
      params,
      english: `The targeted customers bought less than the hold-out: ${rates}, a difference of ${params.uplift} points (${interval}).${caution}`,
    };
  }
  const detectable = minimumUplift === null ? '' : ` Groups of this size can only detect an uplift of about ${params.minimumUplift} points.`;
  return {
    code: 'inconclusive',
    smallSample,
    key: 'campaigns.verdict.inconclusive',
    params,
    english: `No effect can be claimed: ${rates}; the ${interval} includes zero.${detectable}`,
  };
}
