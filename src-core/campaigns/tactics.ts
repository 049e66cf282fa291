/**
 * The library of retention plays. Every number is a default the user edits; the
 * rationale is one line a business owner can agree or disagree with. Text is
 * carried as translation keys, with the English beside it for the CLI and tests.
 *
 * defaultResponseRate follows the projection's meaning (see projection.ts): the share of
 * customers who would NOT have bought anyway that the campaign brings to buy. The values
 * are deliberately modest, in the range small-shop retention e-mails and calls usually see.
 */
import type { ChannelId } from './channels';
import type { Offer } from './offer';
import type { CampaignTarget } from './targeting';

export const TACTIC_IDS = [
  'winBack',
  'loyaltyReward',
  'vipEarlyAccess',
  'feedbackSurvey',
  'referral',
  'thankYouGift',
  'complaintRecovery',
  'onboarding',
  'replenishmentReminder',
] as const;
export type TacticId = (typeof TACTIC_IDS)[number];

export interface Tactic {
  id: TacticId;
  nameKey: string;
  rationaleKey: string;
  name: string;
  rationale: string;
  defaultResponseRate: number;
  defaultOffer: Offer;
  defaultChannel: ChannelId;
  defaultWindowDays: number;
  /** The target the tactic is usually aimed at; the user can pick any other. */
  suggestedTarget: CampaignTarget;
}

const tactic = (id: TacticId, fields: Omit<Tactic, 'id' | 'nameKey' | 'rationaleKey'>): Tactic => ({
  id,
  nameKey: `campaigns.tactic.${id}.name`,
  rationaleKey: `campaigns.tactic.${id}.rationale`,
  ...fields,
});

export const TACTICS: readonly Tactic[] = [
  tactic('winBack', {
    name: 'Win-back offer',
    rationale: 'A lapsed customer already knows you; a time-limited discount gives a reason to come back now rather than never.',
    defaultResponseRate: 0.05,
    defaultOffer: { kind: 'percentOff', percent: 20, validDays: 7 },
    defaultChannel: 'email',
    defaultWindowDays: 14,
    suggestedTarget: { kind: 'lapsed', days: 180 },
  }),
  tactic('loyaltyReward', {
    name: 'Loyalty reward or points',
    rationale: 'Rewarding regulars for what they already do makes the next order feel earned and keeps them from drifting to a competitor.',
    defaultResponseRate: 0.08,
    defaultOffer: { kind: 'points', percentBack: 5 },
    defaultChannel: 'email',
    defaultWindowDays: 30,
    suggestedTarget: { kind: 'rfmSegments', segmentIds: ['loyal', 'potentialLoyalist'] },
  }),
  tactic('vipEarlyAccess', {
    name: 'VIP / early access',
    rationale: 'Your best customers respond to being recognised more than to discounts, so access costs you little and protects a lot of revenue.',
    defaultResponseRate: 0.1,
    defaultOffer: { kind: 'none' },
    defaultChannel: 'email',
    defaultWindowDays: 14,
    suggestedTarget: { kind: 'rfmSegments', segmentIds: ['champions'] },
  }),
  tactic('feedbackSurvey', {
    name: 'Feedback survey',
    rationale: 'Asking at-risk customers what went wrong is cheap, shows you care, and tells you what to fix before more of them leave.',
    defaultResponseRate: 0.02,
    defaultOffer: { kind: 'none' },
    defaultChannel: 'email',
    defaultWindowDays: 21,
    suggestedTarget: { kind: 'rfmSegments', segmentIds: ['atRisk', 'needAttention'] },
  }),
  tactic('referral', {
    name: 'Referral / ambassador incentive',
    rationale: 'Happy regulars bring customers like themselves; a reward for both sides turns goodwill into new orders.',
    defaultResponseRate: 0.03,
    defaultOffer: { kind: 'amountOff', amount: 10, validDays: 30 },
    defaultChannel: 'email',
    defaultWindowDays: 30,
    suggestedTarget: { kind: 'rfmSegments', segmentIds: ['champions', 'loyal'] },
  }),
  tactic('thankYouGift', {
    name: 'Personal thank-you or small gift',
    rationale: 'A personal note or small gift is remembered far longer than a discount and costs less than losing a valuable customer.',
    defaultResponseRate: 0.06,
    defaultOffer: { kind: 'gift', giftCost: 5, giftTo: 'everyone' },
    defaultChannel: 'letter',
    defaultWindowDays: 30,
    suggestedTarget: { kind: 'rfmSegments', segmentIds: ['cantLoseThem', 'champions'] },
  }),
  tactic('complaintRecovery', {
    name: 'Complaint recovery',
    rationale: 'A customer whose problem is put right quickly often becomes more loyal than one who never had a problem.',
    defaultResponseRate: 0.15,
    defaultOffer: { kind: 'percentOff', percent: 15, validDays: 30 },
    defaultChannel: 'phone',
    defaultWindowDays: 30,
    suggestedTarget: { kind: 'list', customerKeys: [] },
  }),
  tactic('onboarding', {
    name: 'First-month onboarding',
    rationale: 'Most customers who never come back decide in the first weeks; a helpful welcome series makes the second order more likely.',
    defaultResponseRate: 0.1,
    defaultOffer: { kind: 'percentOff', percent: 10, validDays: 14 },
    defaultChannel: 'email',
    defaultWindowDays: 30,
    suggestedTarget: { kind: 'filter', filter: { firstOrderWithinDays: 30, maxOrders: 1 } },
  }),
  tactic('replenishmentReminder', {
    name: 'Replenishment reminder',
    rationale: 'Customers who buy on a rhythm appreciate a reminder just when they are about to run out, before they buy elsewhere.',
    defaultResponseRate: 0.12,
    defaultOffer: { kind: 'none' },
    defaultChannel: 'email',
    defaultWindowDays: 14,
    suggestedTarget: { kind: 'replenishmentDue', withinDays: 7 },
  }),
];

export function tacticById(id: TacticId): Tactic {
  // TACTICS covers every TacticId, so the lookup cannot miss.
  return TACTICS.find((entry) => entry.id === id) ?? TACTICS[0]!;
}

export function isTacticId(value: string): value is TacticId {
  return TACTIC_IDS.some((id) => id === value);
}
