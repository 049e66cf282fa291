/**
 * Every edit of a campaign plan, as one pure reducer over src-core's
 * CampaignPlan. Once the hold-out is stored, the edits that would change who
 * is in which group (target, exclusions, channel, share, seed) are refused:
 * the assignment never silently changes. Clearing it is its own, explicit action.
 */
import {
  defaultContactCost,
  offerInCurrency,
  tacticById,
  withAssignment,
  type CampaignPlan,
  type CampaignTarget,
  type ChannelId,
  type Exclusions,
  type HoldoutAssignment,
  type Offer,
  type TacticId,
} from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';

export type PlanAction =
  | { type: 'rename'; name: string }
  /** The tactic's defaults for offer, channel, costs, response rate and window (and its target while nothing is drawn). */
  | { type: 'tactic'; tacticId: TacticId; currency: string }
  | { type: 'target'; target: CampaignTarget }
  | { type: 'exclusions'; patch: Partial<Exclusions> }
  /** A new channel brings its default contact cost. */
  | { type: 'channel'; channel: ChannelId; currency: string }
  | { type: 'contactCost'; value: number }
  | { type: 'fixedCost'; value: number }
  | { type: 'offer'; offer: Offer }
  | { type: 'responseRate'; value: number }
  | { type: 'margin'; value: number }
  | { type: 'holdoutShare'; value: number }
  | { type: 'seed'; value: string }
  | { type: 'codes'; useCodes: boolean; codePrefix: string }
  | { type: 'start'; day: EpochDay | null }
  | { type: 'window'; days: number }
  | { type: 'notes'; text: string }
  | { type: 'assignment'; assignment: HoldoutAssignment }
  /** The user knowingly discards the stored hold-out (e.g. before the list went out). */
  | { type: 'clearAssignment' };

/** Edits that would change the groups; refused while a hold-out is stored. */
const LOCKED_BY_ASSIGNMENT = new Set<PlanAction['type']>(['target', 'exclusions', 'channel', 'holdoutShare', 'seed']);

export function isLocked(plan: CampaignPlan, action: PlanAction['type']): boolean {
  return plan.assignment !== null && LOCKED_BY_ASSIGNMENT.has(action);
}

export function planReducer(plan: CampaignPlan, action: PlanAction): CampaignPlan {
  if (isLocked(plan, action.type)) return plan;
  switch (action.type) {
    case 'rename':
      return { ...plan, name: action.name };
    case 'tactic': {
      const tactic = tacticById(action.tacticId);
      const keepsName = plan.name.trim() !== '' && plan.name !== tacticById(plan.tacticId).name;
      return {
        ...plan,
        tacticId: tactic.id,
        name: keepsName ? plan.name : tactic.name,
        target: plan.assignment ? plan.target : structuredClone(tactic.suggestedTarget),
        channel: plan.assignment ? plan.channel : tactic.defaultChannel,
        contactCostPerCustomer: defaultContactCost(plan.assignment ? plan.channel : tactic.defaultChannel, action.currency),
        offer: offerInCurrency(tactic.defaultOffer, action.currency),
        responseRate: tactic.defaultResponseRate,
        useCodes: tactic.defaultOffer.kind === 'percentOff' || tactic.defaultOffer.kind === 'amountOff',
        schedule: { ...plan.schedule, windowDays: tactic.defaultWindowDays },
      };
    }
    case 'target':
      return { ...plan, target: action.target };
    case 'exclusions':
      return { ...plan, exclusions: { ...plan.exclusions, ...action.patch } };
    case 'channel':
      return { ...plan, channel: action.channel, contactCostPerCustomer: defaultContactCost(action.channel, action.currency) };
    case 'contactCost':
      return { ...plan, contactCostPerCustomer: action.value };
    case 'fixedCost':
      return { ...plan, fixedCost: action.value };
    case 'offer':
      return { ...plan, offer: action.offer };
    case 'responseRate':
      return { ...plan, responseRate: action.value };
    case 'margin':
      return { ...plan, marginPct: action.value };
    case 'holdoutShare':
      return { ...plan, holdoutShare: action.value };
    case 'seed':
      return { ...plan, seed: action.value };
    case 'codes':
      return { ...plan, useCodes: action.useCodes, codePrefix: action.codePrefix };
    case 'start':
      return { ...plan, schedule: { ...plan.schedule, startDay: action.day } };
    case 'window':
      return { ...plan, schedule: { ...plan.schedule, windowDays: action.days } };
    case 'notes':
      return { ...plan, notes: action.text };
    case 'assignment': {
      const stored = withAssignment(plan, action.assignment);
      return stored.ok ? stored.plan : plan;
    }
    case 'clearAssignment':
      return plan.assignment === null ? plan : { ...plan, assignment: null };
  }
}

/**
 * A number typed into a field: blank or unreadable text is NaN (planProblems then names it),
 * and a comma works as the decimal mark too (Russian keyboards).
 */
export function numberFromField(text: string): number {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/** Customer keys pasted by the user: one per line, or separated by commas, semicolons or tabs; blanks dropped. */
export function keysFromText(text: string): string[] {
  return [...new Set(text.split(/[\r\n,;\t]+/).map((key) => key.trim()).filter((key) => key !== ''))];
}
