/** Predictive customer value: BG/NBD, Gamma-Gamma, CLV, the backtest and the Customers-page table. */
export type { FitFailure, ModelFit } from './fit-result';
export {
  MIN_CUSTOMERS,
  MIN_REPEAT_CUSTOMERS,
  bgnbdInputs,
  bgnbdInputsFromPurchaseDays,
  bgnbdLogLikelihood,
  compressInputs,
  fitBgNbd,
  type BgNbdFit,
  type BgNbdInputs,
  type BgNbdParams,
} from './bgnbd';
export { expectedPurchases, expectedPurchasesNewCustomer, probabilityAlive } from './bgnbd-predict';
export {
  MIN_SPEND_CUSTOMERS,
  expectedAverageOrderValue,
  fitGammaGamma,
  gammaGammaInputs,
  gammaGammaInputsFromPurchaseDays,
  gammaGammaLogLikelihood,
  type GammaGammaFit,
  type GammaGammaInputs,
  type GammaGammaParams,
} from './gamma-gamma';
export {
  DEFAULT_ANNUAL_DISCOUNT_RATE,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MARGIN_PCT,
  clvSummary,
  customerLifetimeValue,
  discountedExpectedPurchases,
  type ClvOptions,
  type ClvSummary,
} from './clv';
export { customerValueTable, type CustomerValueTable } from './value-table';
export { backtest, type BacktestResult, type BacktestWeek } from './backtest';
export { randomGamma, seededRandom, simulateBgNbd, simulateGammaGamma } from './simulate';
export { digamma, hyp2f1, lgamma } from './special';
