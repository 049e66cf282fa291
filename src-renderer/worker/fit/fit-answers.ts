/**
 * What the analytics worker answers about customer fit (issue 6): the
 * question carries the user's inputs (small: costs, ratings, settings, the
 * override log); the worker joins them with the orders. Structured-clone safe.
 */
import type {
  CostEntry,
  CostToServe,
  FactorScore,
  FitMatrixAxes,
  FitOverrideEvent,
  FitReason,
  FitRuleSet,
  FitStatus,
  FitTransition,
  MarginSettings,
  ScoringSettings,
  StatusTotals,
} from '../../../src-core/analytics/fit';
import type { ImportIssue } from '../../../src-core/model/orders';

export interface FitQuestionInputs {
  margins: MarginSettings;
  defaultHourlyRate: number;
  /** Customer key → cost entry (entered or imported). */
  costs: Readonly<Record<string, CostEntry>>;
  /** RFM segment id → default cost entry. */
  segmentCosts: Readonly<Record<string, CostEntry>>;
  /** Customer key → factor id → rating 1–5. */
  ratings: Readonly<Record<string, Readonly<Record<string, number>>>>;
  scoring: ScoringSettings;
  rules: FitRuleSet;
  overrides: readonly FitOverrideEvent[];
}

export interface FitQuestion {
  inputs: FitQuestionInputs;
  axes: FitMatrixAxes;
  /** What-if settings to compare with the applied ones (null: no what-if). */
  draft: { scoring: ScoringSettings; rules: FitRuleSet } | null;
  /** Filters the table rows (key, name or e-mail contains it, any case). */
  search: string;
  /** At most this many rows per status table (the totals always cover everybody). */
  rowsPerStatus: number;
  /** The customer whose details are open, or null. */
  customerKey: string | null;
}

/** One customer as a table row, a matrix point and a tooltip need them. */
export interface FitRow {
  customer: number;
  key: string;
  name: string;
  status: FitStatus;
  overridden: boolean;
  /** RFM segment id ('' when none). */
  segment: string;
  lifetimeRevenue: number;
  grossMargin: number;
  costToServe: number;
  profit: number;
  profitability: number | null;
  score: number;
  reason: FitReason;
}

export interface FitPoint {
  x: number;
  y: number;
  size: number;
  row: FitRow;
}

export interface FitStatusTable {
  totals: StatusTotals;
  /** Rows matching the search, by lifetime revenue (largest first), at most rowsPerStatus. */
  rows: FitRow[];
  /** Rows matching the search before the cut. */
  matching: number;
}

export interface FitCustomerDetail {
  row: FitRow;
  email: string;
  cost: CostToServe;
  factors: FactorScore[];
  growth: number | null;
  monthlyRevenue: number;
  predictedClv: number | null;
}

export interface FitWhatIfAnswer {
  counts: Record<FitStatus, number>;
  transitions: FitTransition[];
  /** Largest moves first (by last-12-month revenue), at most 50. */
  moves: { key: string; name: string; from: FitStatus; to: FitStatus; last12Revenue: number }[];
  movedCustomers: number;
  revenueAtStake: number;
  revenueReprieved: number;
}

export interface FitAnswer {
  asOf: number | null;
  /** Counted customers (points in the matrix plus omitted ones). */
  customers: number;
  /** Predicted CLV could be computed (its weight means something). */
  clvAvailable: boolean;
  matrix: {
    axes: FitMatrixAxes;
    points: FitPoint[];
    xLine: number | null;
    yLine: number | null;
    diagonal: boolean;
    omitted: number;
    /** True when the points are the what-if scenario, not the applied one. */
    preview: boolean;
  };
  tables: Record<FitStatus, FitStatusTable>;
  all: StatusTotals;
  /** RFM segment ids present in the workspace, for the segment cost defaults. */
  segments: string[];
  /** Products, for the per-product margins. */
  products: string[];
  detail: FitCustomerDetail | null;
  whatIf: FitWhatIfAnswer | null;
}

/** A cost file read and matched against the workspace's customers. Nothing is stored by reading it. */
export type FitCostFileAnswer =
  | { ok: false; fatal: ImportIssue }
  | {
      ok: true;
      byCustomer: Record<string, CostEntry>;
      matchedRows: number;
      /** Skipped rows (bad numbers, no key) and rows naming no customer, by line. */
      errors: ImportIssue[];
      unknownKeys: string[];
      otherCosts: string[];
      ignoredColumns: string[];
    };
