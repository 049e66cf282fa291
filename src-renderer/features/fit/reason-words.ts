/**
 * A customer's fit reason in the reader's language, built from the structured
 * reason src-core gives (never from its English sentence): the status, the
 * conditions of the rule that fired with the customer's numbers, and the
 * override's reason when a person set the status by hand.
 */
import type { FitMetric, FitMetrics, FitReason, ReasonClause } from '../../../src-core/analytics/fit';
import type { Formatters } from '../../format/use-format';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What reason-words needs to print numbers: the page's formatters plus a percentage with chosen decimals. */
export interface ReasonFormat extends Pick<Formatters, 'money'> {
  percent(share: number, digits: number): string;
  number(value: number, digits: number): string;
}

const RATIO_METRICS: ReadonlySet<FitMetric> = new Set(['profitability', 'growth']);
const OPERATORS = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

function metricValue(metric: FitMetric, value: number, format: ReasonFormat, digits: number): string {
  if (RATIO_METRICS.has(metric)) return format.percent(value, digits);
  if (metric === 'score' || metric === 'fallingPeriods') return format.number(value, digits);
  return format.money(value);
}

/** The customer's figure and the limit, with decimals enough that 29.96 % and 30 % do not both print as 30 %. */
function valuePair(metric: FitMetric, actual: number, limit: number, format: ReasonFormat): [string, string] {
  let pair: [string, string] = ['', ''];
  for (let digits = 0; digits <= 4; digits++) {
    pair = [metricValue(metric, actual, format, digits), metricValue(metric, limit, format, digits)];
    if (pair[0] !== pair[1] || actual === limit) return pair;
  }
  return pair;
}

export function clauseWords(clause: ReasonClause, metrics: FitMetrics, t: Translate, format: ReasonFormat): string {
  if (clause.metric === 'growth') {
    const notGrowing = clause.op === '<' || clause.op === '<=';
    if (notGrowing && metrics.fallingPeriods > 0) return t('fit.reason.falling', { count: metrics.fallingPeriods });
    const trend = `${clause.actual > 0 ? '+' : ''}${format.percent(clause.actual, 1)}`;
    return t(notGrowing ? 'fit.reason.notGrowing' : 'fit.reason.growing', { trend });
  }
  const [actual, limit] = valuePair(clause.metric, clause.actual, clause.limit, format);
  return t('fit.reason.clause', { metric: t(`fit.metric.${clause.metric}`), actual, op: OPERATORS[clause.op], limit });
}

/** Why the rules give this status (without the override). */
export function ruleWords(reason: FitReason, t: Translate, format: ReasonFormat): string {
  if (reason.ruleCode === 'fallback') {
    const { metrics } = reason;
    return t('fit.reason.fallback', {
      profit: format.money(metrics.profit),
      profitability: metrics.profitability === null ? t('fit.reason.noRevenue') : format.percent(metrics.profitability, 1),
      score: format.number(metrics.score, 0),
    });
  }
  if (reason.clauses.length === 0) return t('fit.reason.rule', { rule: reason.ruleCode });
  return reason.clauses.map((clause) => clauseWords(clause, reason.metrics, t, format)).join(t('fit.reason.separator'));
}

/** The whole explanation in one sentence, e.g. "Depart: profitability 12% < 30%, revenue falling 3 months". */
export function reasonWords(reason: FitReason, t: Translate, format: ReasonFormat): string {
  const because = ruleWords(reason, t, format);
  if (reason.override) {
    return t('fit.reason.override', {
      status: t(`fit.status.${reason.status}`),
      reason: reason.override.reason,
      ruleStatus: t(`fit.status.${reason.ruleStatus}`),
      because,
    });
  }
  return t('fit.reason.byRules', { status: t(`fit.status.${reason.status}`), because });
}
