/**
 * Customer fit (issue 6): keep, grow or let go, with the numbers to defend it.
 *
 *   customerValues(columns, dictionaries, customers, { asOf, margins })  — one pass over the orders
 *   customerFit({ values, costs, segments, qualitative }, { rules, scoring }, overrideLog)
 *   fitTables / fitMatrix / fitWhatIf / reasonSentence                    — what the screen shows
 *   readCostFile + matchCostRows                                          — the second file of costs
 */
export {
  customerValues,
  fallingRun,
  relativeSlope,
  DEFAULT_TREND_MONTHS,
  type CustomerValue,
  type MarginSettings,
  type ValueOptions,
} from './value';
export { addCostEntries, costToServe, NO_COST, type CostEntry, type CostInputs, type CostToServe } from './costs';
export {
  BUILT_IN_FACTORS,
  DEFAULT_FIT_WEIGHTS,
  DEFAULT_SCORING,
  GROWTH_FULL_MARKS,
  PROFITABILITY_FULL_MARKS,
  isQualitativeScore,
  normaliseGrowth,
  normaliseProfitability,
  percentileRanks,
  profitOf,
  profitabilityOf,
  scoreCustomers,
  type BuiltInFactor,
  type CustomerScore,
  type FactorScore,
  type FitWeights,
  type QualitativeFactor,
  type QualitativeScores,
  type ScoringInput,
  type ScoringSettings,
} from './scoring';
export {
  COMPARISONS,
  DEFAULT_GROW_SCORE,
  DEFAULT_PROFITABILITY_THRESHOLD,
  FIT_METRICS,
  FIT_STATUSES,
  addFitRule,
  conditionHolds,
  defaultFitRules,
  evaluateFitRules,
  isFitStatus,
  moveFitRule,
  removeFitRule,
  ruleThreshold,
  setRuleThreshold,
  updateFitRule,
  validateFitRules,
  type Comparison,
  type DefaultRuleOptions,
  type FitCondition,
  type FitMetric,
  type FitMetrics,
  type FitRule,
  type FitRuleSet,
  type FitStatus,
  type RuleProblem,
  type RuleVerdict,
} from './rules';
export { fitReason, reasonSentence, type FitReason, type ReasonClause, type SentenceOptions } from './explain';
export {
  currentOverrides,
  liftOverride,
  overrideHistory,
  overrideStatus,
  type FitOverrideEvent,
  type FitOverrideLog,
  type OverrideOutcome,
  type OverrideProblem,
} from './overrides';
export {
  addQualitativeFactor,
  customerFit,
  rateCustomer,
  removeQualitativeFactor,
  setFactorWeight,
  type CustomerFit,
  type FitInputs,
  type FitSettings,
  type QualitativeOutcome,
} from './customer-fit';
export { fitMatrix, fitTables, customersInRectangle, type FitMatrix, type FitMatrixAxes, type FitMatrixPoint, type FitTables, type StatusTotals } from './views';
export { fitWhatIf, type FitMove, type FitTransition, type FitWhatIf } from './what-if';
export { COST_FIELDS, suggestCostMapping, otherCostColumns, type CostColumnMapping, type CostField } from './cost-columns';
export { readCostFile, type CostFileOptions, type CostFileOutcome, type CostFileRow, type CostFileSource } from './cost-file';
export { matchCostRows, type CostMatch } from './cost-match';
