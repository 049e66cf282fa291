/**
 * Retention campaigns, pure: plan (target, tactic, channel, offer, projection, power),
 * hold-out, contact-list export, schedule, and measurement against the hold-out.
 * The Campaigns page, the report and the `measure` CLI command all use exactly these.
 */
export { CHANNELS, CHANNEL_IDS, channelById, defaultContactCost, hasContactDetail, isChannelId, type Channel, type ChannelId, type ContactDetail } from './channels';
export { TACTICS, TACTIC_IDS, isTacticId, tacticById, type Tactic, type TacticId } from './tactics';
export { describeOffer, offerInCurrency, offerCostPerContact, offerCostPerResponder, offerProblems, type Offer } from './offer';
export { canonicalKey, customerKeyIndex, findCustomer, keyCandidates, type CustomerKeyIndex } from './customer-keys';
export {
  DEFAULT_EXCLUSIONS,
  resolveTarget,
  rfmStratumOf,
  type CampaignTarget,
  type ContactLogEntry,
  type CustomerFilter,
  type ExclusionReason,
  type Exclusions,
  type FitStatus,
  type TargetResolution,
  type TargetingContext,
  type TargetingRequest,
} from './targeting';
export {
  DEFAULT_HOLDOUT_SHARE,
  assignHoldout,
  reconcileHoldout,
  type HoldoutAssignment,
  type HoldoutCandidate,
  type HoldoutDrift,
  type HoldoutOutcome,
  type HoldoutStratum,
} from './holdout';
export { HISTORY_PRIOR_DAYS, customerExpectations, type CustomerExpectation, type CustomerExpectations } from './expectations';
export { profitCurve, projectCampaign, type Projection, type ProjectionAssumption, type ProjectionInput } from './projection';
export { customersNeeded, minimumDetectableUplift, type PowerOptions } from './power';
export { groupOutcome, type CampaignWindow, type GroupOutcome } from './outcomes';
export {
  bootstrapMeanDifference,
  measureCampaign,
  summarizeGroup,
  verdictOf,
  waldDifferenceInterval,
  type GroupSummary,
  type MeasureOptions,
  type Measurement,
  type Verdict,
  type VerdictCode,
} from './measure';
export {
  CONTACT_COLUMNS,
  DEFAULT_CONTACT_LABELS,
  HISTORY_FIELDS,
  contactListCsv,
  contactRows,
  mailingListCsv,
  offerCodes,
  type ContactColumn,
  type ContactExportOptions,
  type ContactRow,
  type ContactRowsInput,
} from './contact-export';
export {
  DEFAULT_WINDOW_DAYS,
  MAX_WINDOW_DAYS,
  campaignStatus,
  campaignTimeline,
  scheduleProblems,
  windowEndDay,
  type CampaignOverlap,
  type CampaignSchedule,
  type CampaignStatus,
  type CampaignTimeline,
  type TimelineCampaign,
  type TimelineEntry,
} from './schedule';
export { DEFAULT_CAMPAIGN_MARGIN_PCT, newCampaignPlan, planProblems, projectionInputOf, withAssignment, type CampaignPlan } from './plan';
export { Z_80, Z_975, normalQuantile } from './normal';
export { hash53, seedFrom, seededRandom } from './random';
