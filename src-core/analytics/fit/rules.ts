/**
 * Keep / Grow / Depart by rules the user can read and edit. Rules are plain
 * data: an ordered list, each rule a status and conditions that must all hold
 * ("all of"); the first rule that holds decides, and a customer no rule
 * catches gets the fallback status (Keep). "Or" is two rules with one status.
 *
 * A condition on a metric the customer does not have (profitability with no
 * revenue, growth with too little history, no CLV) does not hold: a rule never
 * fires on a number that does not exist.
 */

export type FitStatus = 'keep' | 'grow' | 'depart';
export const FIT_STATUSES: readonly FitStatus[] = ['keep', 'grow', 'depart'];

export function isFitStatus(value: unknown): value is FitStatus {
  return value === 'keep' || value === 'grow' || value === 'depart';
}

/** The numbers a rule can look at. Ratios are fractions (0.3 = 30 %), the score is 0–100. */
export interface FitMetrics {
  lifetimeRevenue: number;
  monthlyRevenue: number;
  grossMargin: number;
  costToServe: number;
  profit: number;
  /** profit / lifetime revenue; null when lifetime revenue is not positive. */
  profitability: number | null;
  score: number;
  growth: number | null;
  fallingPeriods: number;
  predictedClv: number | null;
}

export type FitMetric = keyof FitMetrics;
export const FIT_METRICS: readonly FitMetric[] = [
  'lifetimeRevenue', 'monthlyRevenue', 'grossMargin', 'costToServe', 'profit', 'profitability', 'score', 'growth', 'fallingPeriods', 'predictedClv',
];

export type Comparison = '<' | '<=' | '>' | '>=';
export const COMPARISONS: readonly Comparison[] = ['<', '<=', '>', '>='];

export interface FitCondition {
  metric: FitMetric;
  op: Comparison;
  value: number;
}

export interface FitRule {
  /** Stable id: the explanation's code and what the UI edits by. */
  id: string;
  status: FitStatus;
  /** All must hold. An empty list always holds. */
  when: FitCondition[];
}

export interface FitRuleSet {
  rules: FitRule[];
  /** Status of a customer no rule catches. */
  fallback: FitStatus;
}

export interface DefaultRuleOptions {
  /** Profitability below this (fraction) without growth → Depart. Default 0.3. */
  profitabilityThreshold?: number;
  /** Fit score at or above this with growth headroom → Grow. Default 70. */
  growScore?: number;
}

export const DEFAULT_PROFITABILITY_THRESHOLD = 0.3;
export const DEFAULT_GROW_SCORE = 70;

/** profit ≤ 0 → Depart; profitability < 30 % without growth → Depart; score ≥ 70 with growth → Grow; else Keep. */
export function defaultFitRules(options: DefaultRuleOptions = {}): FitRuleSet {
  const threshold = options.profitabilityThreshold ?? DEFAULT_PROFITABILITY_THRESHOLD;
  const growScore = options.growScore ?? DEFAULT_GROW_SCORE;
  return {
    rules: [
      { id: 'depart-unprofitable', status: 'depart', when: [{ metric: 'profit', op: '<=', value: 0 }] },
      {
        id: 'depart-low-profitability',
        status: 'depart',
        when: [
          { metric: 'profitability', op: '<', value: threshold },
          { metric: 'growth', op: '<=', value: 0 },
        ],
      },
      {
        id: 'grow-high-fit',
        status: 'grow',
        when: [
          { metric: 'score', op: '>=', value: growScore },
          { metric: 'growth', op: '>', value: 0 },
        ],
      },
    ],
    fallback: 'keep',
  };
}

export function conditionHolds(condition: FitCondition, metrics: FitMetrics): boolean {
  const actual = metrics[condition.metric];
  if (actual === null || Number.isNaN(actual)) return false;
  switch (condition.op) {
    case '<':
      return actual < condition.value;
    case '<=':
      return actual <= condition.value;
    case '>':
      return actual > condition.value;
    case '>=':
      return actual >= condition.value;
  }
}

export interface RuleVerdict {
  status: FitStatus;
  /** The rule that fired, or null when none did and the fallback applies. */
  rule: FitRule | null;
}

export function evaluateFitRules(ruleSet: FitRuleSet, metrics: FitMetrics): RuleVerdict {
  for (const rule of ruleSet.rules) {
    if (rule.when.every((condition) => conditionHolds(condition, metrics))) return { status: rule.status, rule };
  }
  return { status: ruleSet.fallback, rule: null };
}

// --- Editing: pure functions returning a new rule set (the UI's undo keeps the old one). ---

export function updateFitRule(ruleSet: FitRuleSet, id: string, change: Partial<Omit<FitRule, 'id'>>): FitRuleSet {
  return { ...ruleSet, rules: ruleSet.rules.map((rule) => (rule.id === id ? { ...rule, ...change } : rule)) };
}

export function addFitRule(ruleSet: FitRuleSet, rule: FitRule, at = ruleSet.rules.length): FitRuleSet {
  const rules = ruleSet.rules.slice();
  rules.splice(Math.max(0, Math.min(at, rules.length)), 0, rule);
  return { ...ruleSet, rules };
}

export function removeFitRule(ruleSet: FitRuleSet, id: string): FitRuleSet {
  return { ...ruleSet, rules: ruleSet.rules.filter((rule) => rule.id !== id) };
}

/** Moves a rule to another place in the order (order decides which rule wins). */
export function moveFitRule(ruleSet: FitRuleSet, id: string, to: number): FitRuleSet {
  const from = ruleSet.rules.findIndex((rule) => rule.id === id);
  if (from < 0) return ruleSet;
  const rules = ruleSet.rules.slice();
  const [rule] = rules.splice(from, 1);
  rules.splice(Math.max(0, Math.min(to, rules.length)), 0, rule!);
  return { ...ruleSet, rules };
}

/**
 * Sets the value of every condition on `metric` with operator `op` in the rules
 * of `status`: how the what-if panel's threshold slider edits the rules
 * (e.g. profitability `<` in Depart rules).
 */
export function setRuleThreshold(ruleSet: FitRuleSet, status: FitStatus, metric: FitMetric, op: Comparison, value: number): FitRuleSet {
  return {
    ...ruleSet,
    rules: ruleSet.rules.map((rule) =>
      rule.status !== status
        ? rule
        : { ...rule, when: rule.when.map((condition) => (condition.metric === metric && condition.op === op ? { ...condition, value } : condition)) },
    ),
  };
}

/** The value of the first such condition in the rules of `status`, or null (for the matrix's quadrant lines). */
export function ruleThreshold(ruleSet: FitRuleSet, status: FitStatus, metric: FitMetric, ops: readonly Comparison[]): number | null {
  for (const rule of ruleSet.rules) {
    if (rule.status !== status) continue;
    const condition = rule.when.find((c) => c.metric === metric && ops.includes(c.op));
    if (condition) return condition.value;
  }
  return null;
}

export interface RuleProblem {
  /** Index of the rule in the list. */
  rule: number;
  /** Index of the condition, or null when the problem is the rule itself. */
  condition: number | null;
  message: string;
}

/** Problems that would make a rule set misleading, as data for the editor. */
export function validateFitRules(ruleSet: FitRuleSet): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  ruleSet.rules.forEach((rule, index) => {
    if (rule.id.trim() === '') problems.push({ rule: index, condition: null, message: 'A rule needs a name.' });
    else if (seen.has(rule.id)) problems.push({ rule: index, condition: null, message: `Another rule is already called "${rule.id}".` });
    seen.add(rule.id);
    if (!isFitStatus(rule.status)) problems.push({ rule: index, condition: null, message: `"${String(rule.status)}" is not Keep, Grow or Depart.` });
    if (rule.when.length === 0) {
      problems.push({ rule: index, condition: null, message: 'This rule has no conditions, so it catches every customer and the rules after it never apply.' });
    }
    rule.when.forEach((condition, at) => {
      if (!FIT_METRICS.includes(condition.metric)) problems.push({ rule: index, condition: at, message: `Unknown measure "${String(condition.metric)}".` });
      if (!COMPARISONS.includes(condition.op)) problems.push({ rule: index, condition: at, message: `Unknown comparison "${String(condition.op)}".` });
      if (!Number.isFinite(condition.value)) problems.push({ rule: index, condition: at, message: 'The value must be a number.' });
    });
  });
  if (!isFitStatus(ruleSet.fallback)) problems.push({ rule: -1, condition: null, message: 'The status for customers no rule catches must be Keep, Grow or Depart.' });
  return problems;
}
