/**
 * A campaign as the app stores it: the user's choices (target, tactic, channel,
 * offer, costs, schedule) plus, once drawn, the hold-out assignment. Everything
 * else (status, projection, measurement) is derived from this and never stored.
 */
import type { EpochDay } from '../model/orders';
import { defaultContactCost, type ChannelId } from './channels';
import { DEFAULT_HOLDOUT_SHARE, type HoldoutAssignment } from './holdout';
import { offerInCurrency, offerProblems, type Offer } from './offer';
import type { CustomerExpectations } from './expectations';
import type { ProjectionInput } from './projection';
import { scheduleProblems, type CampaignSchedule } from './schedule';
import { tacticById, type TacticId } from './tactics';
import { DEFAULT_EXCLUSIONS, type CampaignTarget, type Exclusions } from './targeting';

/** A planning default for gross margin; the workspace setting overrides it. */
export const DEFAULT_CAMPAIGN_MARGIN_PCT = 40;

export interface CampaignPlan {
  id: string;
  name: string;
  tacticId: TacticId;
  target: CampaignTarget;
  exclusions: Exclusions;
  channel: ChannelId;
  contactCostPerCustomer: number;
  fixedCost: number;
  offer: Offer;
  responseRate: number;
  marginPct: number;
  holdoutShare: number;
  /** Seed of the hold-out draw and the offer codes, shown to the user so a draw can be reproduced. */
  seed: string;
  useCodes: boolean;
  codePrefix: string;
  schedule: CampaignSchedule;
  /** Drawn once (when the list is first exported) and kept; null before that. */
  assignment: HoldoutAssignment | null;
  notes: string;
}

/** A fresh plan with the tactic's defaults. */
export function newCampaignPlan(options: {
  id: string;
  tacticId: TacticId;
  currency: string;
  name?: string;
  startDay?: EpochDay | null;
  marginPct?: number;
}): CampaignPlan {
  const tactic = tacticById(options.tacticId);
  return {
    id: options.id,
    name: options.name ?? tactic.name,
    tacticId: tactic.id,
    target: structuredClone(tactic.suggestedTarget),
    exclusions: { ...DEFAULT_EXCLUSIONS },
    channel: tactic.defaultChannel,
    contactCostPerCustomer: defaultContactCost(tactic.defaultChannel, options.currency),
    fixedCost: 0,
    offer: offerInCurrency(tactic.defaultOffer, options.currency),
    responseRate: tactic.defaultResponseRate,
    marginPct: options.marginPct ?? DEFAULT_CAMPAIGN_MARGIN_PCT,
    holdoutShare: DEFAULT_HOLDOUT_SHARE,
    seed: options.id,
    useCodes: tactic.defaultOffer.kind === 'percentOff' || tactic.defaultOffer.kind === 'amountOff',
    codePrefix: '',
    schedule: { startDay: options.startDay ?? null, windowDays: tactic.defaultWindowDays },
    assignment: null,
    notes: '',
  };
}

/** Everything wrong with a plan, as translation keys (empty = ready to export). */
export function planProblems(plan: CampaignPlan): string[] {
  const problems = [...offerProblems(plan.offer), ...scheduleProblems(plan.schedule)];
  const money = (value: number): boolean => Number.isFinite(value) && value >= 0;
  if (!money(plan.contactCostPerCustomer) || !money(plan.fixedCost)) problems.push('campaigns.plan.costNegative');
  if (!(plan.responseRate >= 0 && plan.responseRate <= 1)) problems.push('campaigns.plan.responseRateRange');
  if (!(plan.holdoutShare >= 0 && plan.holdoutShare < 1)) problems.push('campaigns.plan.holdoutShareRange');
  if (!Number.isFinite(plan.marginPct)) problems.push('campaigns.plan.marginInvalid');
  if (plan.seed.trim() === '') problems.push('campaigns.plan.seedEmpty');
  return problems;
}

/**
 * Stores a drawn assignment in the plan. Refuses to replace one already stored: redrawing
 * after the list went out would break the comparison, so it must be an explicit user action
 * (clear the assignment first, knowingly).
 */
export function withAssignment(
  plan: CampaignPlan,
  assignment: HoldoutAssignment,
): { ok: true; plan: CampaignPlan } | { ok: false; problem: 'alreadyAssigned' } {
  if (plan.assignment !== null) return { ok: false, problem: 'alreadyAssigned' };
  return { ok: true, plan: { ...plan, assignment } };
}

/** The projection's input for a plan and the expectations of the customers it will contact. */
export function projectionInputOf(plan: CampaignPlan, expectations: CustomerExpectations): ProjectionInput {
  return {
    customers: expectations.customers,
    responseRate: plan.responseRate,
    offer: plan.offer,
    contactCostPerCustomer: plan.contactCostPerCustomer,
    fixedCost: plan.fixedCost,
    marginPct: plan.marginPct,
    windowDays: plan.schedule.windowDays,
    baselineSource: expectations.baselineSource,
    orderValueSource: expectations.orderValueSource,
  };
}
