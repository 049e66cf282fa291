/**
 * What the analytics worker answers about customers: the Customers table as
 * typed columns (one row per customer with a counted order), one customer's
 * profile, and the model report. Structured-clone safe.
 */
import type { BacktestResult, BgNbdFit, GammaGammaFit } from '../../../src-core/analytics';
import type { EpochDay } from '../../../src-core/model/orders';

export interface CustomerTableOptions {
  /** "Lapsed" = no order for this many days (the user's setting). */
  lapsedAfterDays: number;
  /** Predicted CLV horizon from the as-of date. */
  horizonDays: number;
}

/** Row r describes the customer with store index `customer[r]`. */
export interface CustomerTable {
  /** Last counted order day (null when the workspace has no counted order). */
  asOf: EpochDay | null;
  horizonDays: number;
  marginPct: number;
  annualDiscountRate: number;
  lapsedAfterDays: number;
  atRiskFactor: number;
  rows: number;
  customer: Uint32Array;
  key: string[];
  name: string[];
  email: string[];
  firstOrderDay: Int32Array;
  lastOrderDay: Int32Array;
  orders: Uint32Array;
  revenue: Float64Array;
  averageOrderValue: Float64Array;
  daysSinceLastOrder: Int32Array;
  /** NaN with fewer than two purchase days. */
  typicalIntervalDays: Float64Array;
  recencyScore: Uint8Array;
  frequencyScore: Uint8Array;
  monetaryScore: Uint8Array;
  /** Index into RFM_SEGMENTS. */
  segment: Uint8Array;
  lapsed: Uint8Array;
  atRisk: Uint8Array;
  /** NaN when the BG/NBD model could not be fitted. */
  probabilityAlive: Float64Array;
  expectedPurchases90: Float64Array;
  expectedPurchases365: Float64Array;
  /** NaN when either model could not be fitted. */
  predictedClv: Float64Array;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

export interface CustomerOrder {
  orderId: string;
  day: EpochDay;
  amount: number;
  product: string;
  channel: string;
  cancelled: boolean;
}

export interface AlivePoint {
  day: EpochDay;
  probabilityAlive: number;
}

/** One customer's row of the table, plus the expected order value behind their CLV. */
export interface CustomerMetrics {
  asOf: EpochDay;
  horizonDays: number;
  firstOrderDay: EpochDay;
  lastOrderDay: EpochDay;
  orders: number;
  purchaseDays: number;
  revenue: number;
  averageOrderValue: number;
  daysSinceLastOrder: number;
  typicalIntervalDays: number;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  segment: number;
  lapsed: boolean;
  atRisk: boolean;
  lapsedAfterDays: number;
  probabilityAlive: number;
  expectedPurchases90: number;
  expectedPurchases365: number;
  expectedAverageOrderValue: number;
  predictedClv: number;
}

export interface CustomerProfile {
  customer: number;
  key: string;
  name: string;
  email: string;
  phone: string;
  /** The customer's numbers as the table shows them (null without a counted order by the as-of date). */
  metrics: CustomerMetrics | null;
  /** Every stored order, cancelled ones included (marked), oldest first. */
  orders: CustomerOrder[];
  /** P(alive) at past dates under the current fit; empty when the model could not be fitted. */
  aliveOverTime: AlivePoint[];
}

export interface CustomerModelReport {
  asOf: EpochDay | null;
  firstOrderDay: EpochDay | null;
  calibrationEnd: EpochDay | null;
  /** Customers with a counted order (what the fit could use). */
  customers: number;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  backtest: BacktestResult;
}
