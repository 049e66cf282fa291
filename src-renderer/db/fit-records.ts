/**
 * Since schema v5: what the Fit page keeps per workspace (issue 6). Customers
 * are addressed by customer key, which is stable across re-imports (store
 * indexes are too, but a key still reads well in a backup).
 */
import type { CostEntry, FitOverrideEvent, FitRuleSet, MarginSettings, ScoringSettings } from '../../src-core/analytics/fit';

/** Cost to serve entered for one customer, or imported for them from a cost file. */
export interface FitCostRow {
  customerKey: string;
  costs: CostEntry;
  source: 'manual' | 'file';
  /** ms since epoch */
  updatedAt: number;
}

/** Default cost to serve for every customer of one RFM segment (RFM_SEGMENTS id). */
export interface FitSegmentCostRow {
  segment: string;
  costs: CostEntry;
}

/** One customer's 1–5 ratings on the user's qualitative factors (factor id → rating). */
export interface FitRatingRow {
  customerKey: string;
  ratings: Record<string, number>;
}

/** The workspace's fit settings: one row, key 'settings'. */
export interface FitSettingsRow {
  key: 'settings';
  margins: MarginSettings;
  /** Hourly rate when neither the customer nor the segment gives one. */
  defaultHourlyRate: number;
  scoring: ScoringSettings;
  rules: FitRuleSet;
}

/** One event of the append-only override log (never updated, never deleted). */
export interface FitOverrideRow extends FitOverrideEvent {
  id?: number;
}
