/**
 * Why a customer has their status, as a structured reason the UI translates
 * and as one English sentence built from the customer's own numbers
 * ("Depart: profitability 12% < 30%, revenue falling 3 periods"). The CLI and
 * the tests read the sentence; the Japanese and Russian UI read the structure.
 */
import type { FitOverrideEvent } from './overrides';
import type { Comparison, FitMetric, FitMetrics, FitRule, FitStatus } from './rules';

/** One condition of the rule that fired, with the customer's number and the limit. */
export interface ReasonClause {
  metric: FitMetric;
  op: Comparison;
  actual: number;
  limit: number;
}

export interface FitReason {
  /** The status the customer ends up with (an override wins over the rules). */
  status: FitStatus;
  /** The id of the rule that fired, 'fallback' when none did, 'override' when set by hand. */
  code: string;
  /** What the rules alone say. */
  ruleStatus: FitStatus;
  /** The rule that fired ('fallback' when none did), even when an override wins. */
  ruleCode: string;
  clauses: ReasonClause[];
  metrics: FitMetrics;
  override: { reason: string; at: string } | null;
}

export function fitReason(metrics: FitMetrics, ruleStatus: FitStatus, rule: FitRule | null, override?: FitOverrideEvent & { status: FitStatus }): FitReason {
  const clauses: ReasonClause[] = (rule?.when ?? []).flatMap((condition) => {
    const actual = metrics[condition.metric];
    return actual === null ? [] : [{ metric: condition.metric, op: condition.op, actual, limit: condition.value }];
  });
  const ruleCode = rule?.id ?? 'fallback';
  return {
    status: override?.status ?? ruleStatus,
    code: override ? 'override' : ruleCode,
    ruleStatus,
    ruleCode,
    clauses,
    metrics,
    override: override ? { reason: override.reason, at: override.at } : null,
  };
}

const STATUS_WORD: Record<FitStatus, string> = { keep: 'Keep', grow: 'Grow', depart: 'Depart' };

const METRIC_WORDS: Record<FitMetric, string> = {
  lifetimeRevenue: 'lifetime revenue',
  monthlyRevenue: 'monthly revenue',
  grossMargin: 'gross margin',
  costToServe: 'cost to serve',
  profit: 'profit',
  profitability: 'profitability',
  score: 'fit score',
  growth: 'growth',
  fallingPeriods: 'months of falling revenue',
  predictedClv: 'predicted CLV',
};

const RATIO_METRICS: ReadonlySet<FitMetric> = new Set(['profitability', 'growth']);

export interface SentenceOptions {
  /** ISO currency code for money amounts; plain numbers without it. */
  currency?: string;
}

function formatMoney(value: number, currency: string | undefined, digits = 2): string {
  if (currency) {
    try {
      const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      const minor = format.resolvedOptions().maximumFractionDigits ?? 2;
      return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: Math.max(minor, digits) }).format(value);
    } catch {
      // An unknown code falls through to a plain number.
    }
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

function formatPercent(value: number, digits = 1): string {
  return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: digits })}%`;
}

function formatMetric(metric: FitMetric, value: number, options: SentenceOptions, digits?: number): string {
  if (RATIO_METRICS.has(metric)) return formatPercent(value, digits);
  if (metric === 'score' || metric === 'fallingPeriods') return value.toLocaleString('en-US', { maximumFractionDigits: digits ?? 1 });
  return formatMoney(value, options.currency, digits);
}

/**
 * The customer's figure and the limit, with as many decimals as it takes for a
 * figure just under the limit not to print as equal to it ("29.96% < 30%").
 */
function formatPair(metric: FitMetric, actual: number, limit: number, options: SentenceOptions): [string, string] {
  for (let digits = metric === 'score' || RATIO_METRICS.has(metric) ? 1 : 2; digits <= 8; digits++) {
    const pair: [string, string] = [formatMetric(metric, actual, options, digits), formatMetric(metric, limit, options, digits)];
    if (pair[0] !== pair[1] || actual === limit) return pair;
  }
  return [formatMetric(metric, actual, options, 8), formatMetric(metric, limit, options, 8)];
}

function clauseText(clause: ReasonClause, metrics: FitMetrics, options: SentenceOptions): string {
  if (clause.metric === 'growth') {
    const notGrowing = clause.op === '<' || clause.op === '<=';
    if (notGrowing && metrics.fallingPeriods > 0) {
      return `revenue falling ${metrics.fallingPeriods} period${metrics.fallingPeriods === 1 ? '' : 's'}`;
    }
    const trend = `${clause.actual > 0 ? '+' : ''}${formatPercent(clause.actual)} a month`;
    return notGrowing ? `revenue not growing (${trend})` : `revenue growing (${trend})`;
  }
  const [shown, limit] = formatPair(clause.metric, clause.actual, clause.limit, options);
  return `${METRIC_WORDS[clause.metric]} ${shown} ${clause.op.replace('<=', '≤').replace('>=', '≥')} ${limit}`;
}

function summaryText(metrics: FitMetrics, options: SentenceOptions): string {
  const parts = [`profit ${formatMoney(metrics.profit, options.currency)}`];
  parts.push(metrics.profitability === null ? 'no revenue' : `profitability ${formatPercent(metrics.profitability)}`);
  parts.push(`fit score ${formatMetric('score', metrics.score, options)}`);
  return parts.join(', ');
}

/** The reason as one English sentence. */
export function reasonSentence(reason: FitReason, options: SentenceOptions = {}): string {
  const because =
    reason.ruleCode === 'fallback'
      ? `${summaryText(reason.metrics, options)}; no rule moves it`
      : reason.clauses.length > 0
        ? reason.clauses.map((clause) => clauseText(clause, reason.metrics, options)).join(', ')
        : `rule "${reason.ruleCode}"`;
  if (reason.override) {
    return `${STATUS_WORD[reason.status]} (set by hand): ${reason.override.reason}; the rules say ${STATUS_WORD[reason.ruleStatus]}: ${because}`;
  }
  return `${STATUS_WORD[reason.status]}: ${because}`;
}
