/**
 * The Fit settings the user edits (margins, hourly rate, weights, qualitative
 * factors, rules) and the one reducer that changes them. Every edit is a pure
 * step over src-core's own editing functions, so the panel, the what-if draft
 * and the tests share one meaning of "set the threshold to 25 %".
 */
import {
  DEFAULT_SCORING,
  addFitRule,
  addQualitativeFactor,
  defaultFitRules,
  moveFitRule,
  removeFitRule,
  removeQualitativeFactor,
  ruleThreshold,
  setFactorWeight,
  setRuleThreshold,
  updateFitRule,
  type FitCondition,
  type FitRuleSet,
  type FitStatus,
  type MarginSettings,
  type ScoringSettings,
} from '../../../src-core/analytics/fit';

export interface FitSettingsValue {
  margins: MarginSettings;
  /** Hourly rate when neither the customer nor the segment gives one. */
  defaultHourlyRate: number;
  scoring: ScoringSettings;
  rules: FitRuleSet;
}

/** The defaults: 40 % margin, the default rules (30 % / 70), the default weights. */
export function defaultFitSettings(): FitSettingsValue {
  return {
    margins: { defaultMargin: 0.4, byProduct: {}, byCustomer: {} },
    defaultHourlyRate: 0,
    scoring: { weights: { ...DEFAULT_SCORING.weights }, qualitative: [] },
    rules: defaultFitRules(),
  };
}

export type FitSettingsAction =
  | { type: 'defaultMargin'; fraction: number }
  /** null removes the override. */
  | { type: 'productMargin'; product: string; fraction: number | null }
  | { type: 'customerMargin'; customerKey: string; fraction: number | null }
  | { type: 'hourlyRate'; rate: number }
  | { type: 'weight'; factor: string; weight: number }
  | { type: 'addFactor'; label: string }
  | { type: 'removeFactor'; id: string }
  /** The Depart profitability threshold (fraction): every profitability `<` condition of the Depart rules. */
  | { type: 'profitabilityThreshold'; fraction: number }
  /** The Grow score: every score `>=` condition of the Grow rules. */
  | { type: 'growScore'; score: number }
  | { type: 'condition'; ruleId: string; index: number; condition: FitCondition }
  | { type: 'addCondition'; ruleId: string }
  | { type: 'removeCondition'; ruleId: string; index: number }
  | { type: 'ruleStatus'; ruleId: string; status: FitStatus }
  | { type: 'addRule'; status: FitStatus }
  | { type: 'removeRule'; ruleId: string }
  | { type: 'moveRule'; ruleId: string; to: number }
  | { type: 'fallback'; status: FitStatus }
  | { type: 'resetRules' };

const isFraction = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;

function withOverride(table: Readonly<Record<string, number>> | undefined, name: string, fraction: number | null): Record<string, number> {
  const next = { ...table };
  if (fraction === null) delete next[name];
  else next[name] = fraction;
  return next;
}

/** A factor id from its label, unique among the weights and the factors already there. */
export function factorId(label: string, scoring: ScoringSettings): string {
  const base = `q-${label.trim().toLowerCase().replace(/\s+/g, '-')}`;
  const taken = new Set([...Object.keys(scoring.weights), ...scoring.qualitative.map((factor) => factor.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function nextRuleId(rules: FitRuleSet, status: FitStatus): string {
  const taken = new Set(rules.rules.map((rule) => rule.id));
  let n = 1;
  while (taken.has(`${status}-rule-${n}`)) n++;
  return `${status}-rule-${n}`;
}

function editConditions(settings: FitSettingsValue, ruleId: string, edit: (when: FitCondition[]) => FitCondition[]): FitSettingsValue {
  const rule = settings.rules.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return settings;
  return { ...settings, rules: updateFitRule(settings.rules, ruleId, { when: edit(rule.when) }) };
}

/** Applies one edit; an edit that makes no sense (a margin of 140 %, a blank factor) leaves the settings as they were. */
export function fitSettingsReducer(settings: FitSettingsValue, action: FitSettingsAction): FitSettingsValue {
  switch (action.type) {
    case 'defaultMargin':
      return isFraction(action.fraction) ? { ...settings, margins: { ...settings.margins, defaultMargin: action.fraction } } : settings;
    case 'productMargin':
      if (action.product === '' || (action.fraction !== null && !isFraction(action.fraction))) return settings;
      return { ...settings, margins: { ...settings.margins, byProduct: withOverride(settings.margins.byProduct, action.product, action.fraction) } };
    case 'customerMargin':
      if (action.customerKey === '' || (action.fraction !== null && !isFraction(action.fraction))) return settings;
      return {
        ...settings,
        margins: { ...settings.margins, byCustomer: withOverride(settings.margins.byCustomer, action.customerKey, action.fraction) },
      };
    case 'hourlyRate':
      return Number.isFinite(action.rate) && action.rate >= 0 ? { ...settings, defaultHourlyRate: action.rate } : settings;
    case 'weight':
      return { ...settings, scoring: setFactorWeight(settings.scoring, action.factor, action.weight) };
    case 'addFactor': {
      const label = action.label.trim();
      if (label === '') return settings;
      return { ...settings, scoring: addQualitativeFactor(settings.scoring, { id: factorId(label, settings.scoring), label, weight: 10 }) };
    }
    case 'removeFactor':
      return { ...settings, scoring: removeQualitativeFactor(settings.scoring, action.id) };
    case 'profitabilityThreshold':
      if (!Number.isFinite(action.fraction)) return settings;
      return { ...settings, rules: setRuleThreshold(settings.rules, 'depart', 'profitability', '<', action.fraction) };
    case 'growScore':
      if (!Number.isFinite(action.score)) return settings;
      return { ...settings, rules: setRuleThreshold(settings.rules, 'grow', 'score', '>=', action.score) };
    case 'condition':
      if (!Number.isFinite(action.condition.value)) return settings;
      return editConditions(settings, action.ruleId, (when) => when.map((condition, i) => (i === action.index ? action.condition : condition)));
    case 'addCondition':
      return editConditions(settings, action.ruleId, (when) => [...when, { metric: 'profit', op: '<=', value: 0 }]);
    case 'removeCondition':
      return editConditions(settings, action.ruleId, (when) => when.filter((_, i) => i !== action.index));
    case 'ruleStatus':
      return { ...settings, rules: updateFitRule(settings.rules, action.ruleId, { status: action.status }) };
    case 'addRule':
      // A new rule starts with a condition: an empty one would catch every customer.
      return {
        ...settings,
        rules: addFitRule(settings.rules, { id: nextRuleId(settings.rules, action.status), status: action.status, when: [{ metric: 'profit', op: '<=', value: 0 }] }),
      };
    case 'removeRule':
      return { ...settings, rules: removeFitRule(settings.rules, action.ruleId) };
    case 'moveRule':
      return { ...settings, rules: moveFitRule(settings.rules, action.ruleId, action.to) };
    case 'fallback':
      return { ...settings, rules: { ...settings.rules, fallback: action.status } };
    case 'resetRules':
      return {
        ...settings,
        rules: defaultFitRules({ profitabilityThreshold: profitabilityThreshold(settings) ?? undefined, growScore: growScore(settings) ?? undefined }),
      };
  }
}

/** The Depart profitability threshold the rules use (what the matrix's vertical line marks), or null. */
export function profitabilityThreshold(settings: FitSettingsValue): number | null {
  return ruleThreshold(settings.rules, 'depart', 'profitability', ['<', '<=']);
}

/** The Grow score the rules use, or null. */
export function growScore(settings: FitSettingsValue): number | null {
  return ruleThreshold(settings.rules, 'grow', 'score', ['>=', '>']);
}
