/**
 * What the analytics worker answers about campaigns (issue 7). The question
 * carries the plan and the little the page knows that the orders do not (saved
 * segments, fit inputs, opted-out customers, other campaigns' contacts); the
 * worker joins them with the loaded orders. Structured-clone safe.
 */
import type {
  CampaignPlan,
  ContactLogEntry,
  HoldoutAssignment,
  Measurement,
  Projection,
  TargetResolution,
} from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';
import type { FitQuestionInputs } from '../fit/fit-answers';

export interface CampaignContext {
  /** The calendar day the user is in (schedule status, the "contacted recently" exclusion). */
  today: EpochDay;
  /** Saved segment id → store customer indexes. */
  savedSegments: Readonly<Record<string, readonly number[]>>;
  /** The Fit page's inputs; null = its defaults (the statuses the Fit page would show untouched). */
  fit: FitQuestionInputs | null;
  /** Keys of customers who asked not to be contacted. */
  optedOut: readonly string[];
  /** Contacts of the workspace's other campaigns. */
  contactLog: readonly ContactLogEntry[];
}

export interface CampaignQuestion {
  plan: CampaignPlan;
  context: CampaignContext;
}

/** Counts of a stored assignment's drift from the target as it resolves today. */
export interface HoldoutDriftCounts {
  newcomers: number;
  leftTargetGroup: number;
  leftHoldoutGroup: number;
}

export interface CampaignPlanAnswer {
  /** Last counted order day (the as-of date of every number here); null without orders. */
  asOf: EpochDay | null;
  /** The target as it resolves today; customerKeys left out (the counts are what the page shows). */
  resolution: Omit<TargetResolution, 'customerKeys' | 'unknownKeys'> & { eligible: number; unknownKeys: number };
  /** The groups: the stored assignment's, or the draw the current plan would make (same seed, same result). */
  groups: { targeted: number; holdout: number; stored: boolean };
  drift: HoldoutDriftCounts | null;
  projection: Projection;
  /** Net profit against response rate, for the small chart. */
  profitCurve: { responseRate: number; netProfit: number }[];
  /** The projected buying rate without the campaign: the baseline of the power hint. */
  baselineRate: number;
  /** Smallest response-rate uplift the groups can detect (95 % / 80 % power); null when they cannot. */
  minimumDetectableUplift: number | null;
}

export type CampaignDrawAnswer = { ok: true; assignment: HoldoutAssignment } | { ok: false; problem: 'shareOutOfRange' | 'noCustomers' };

export interface ContactListQuestion {
  plan: CampaignPlan;
  /** Both groups with a group column (the record), or only the customers to contact (for mail tools). */
  withHoldout: boolean;
  /** The offer in the user's language. */
  offerText: string;
  /** RFM segment id → its name in the user's language. */
  segmentNames: Readonly<Record<string, string>>;
  /** Column headers in the user's language. */
  labels: Readonly<Record<string, string>>;
}

export type CampaignMeasureAnswer =
  | { status: 'notDrawn' }
  | { status: 'noStart' }
  /** No order on or after the start has been imported yet. */
  | { status: 'noOrdersYet'; dataThrough: EpochDay | null; startDay: EpochDay }
  | {
      status: 'measured';
      measurement: Measurement;
      dataThrough: EpochDay;
      windowEnd: EpochDay;
      /** The imported orders reach the window's last day. */
      windowComplete: boolean;
      /** What the campaign cost by the plan's prices and the orders actually redeemed. */
      cost: number;
    };
