/**
 * Since schema v6: what the Campaigns page keeps per workspace (issue 7). The
 * plan carries the user's choices and, once drawn, the hold-out assignment;
 * the status is derived from the dates (never stored, so it cannot go stale).
 */
import type { CampaignPlan, Measurement } from '../../src-core/campaigns';
import type { EpochDay } from '../../src-core/model/orders';

/** A measurement as it was when last computed, kept so the list and the report can show it without recomputing. */
export interface StoredMeasurement {
  /** ms since epoch */
  measuredAt: number;
  /** Last counted order day in the workspace when it was measured. */
  dataThrough: EpochDay;
  /** Whether the orders reached the end of the campaign window. */
  windowComplete: boolean;
  measurement: Measurement;
}

export interface CampaignRecord {
  /** The plan's id (also the default seed of its hold-out draw). */
  id: string;
  /** ms since epoch */
  createdAt: number;
  updatedAt: number;
  plan: CampaignPlan;
  measured: StoredMeasurement | null;
}
