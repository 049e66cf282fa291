/**
 * What the worker needs besides the orders to resolve a campaign's target,
 * gathered from the store: saved segments, the Fit page's inputs, the
 * customers tagged as opted out, and the other campaigns' contacts. Pure.
 */
import type { ContactLogEntry } from '../../../src-core/campaigns';
import { epochDayFromYmd, type EpochDay } from '../../../src-core/model/orders';
import type { CampaignRecord } from '../../db/campaign-records';
import type { CustomerTagsRow, SegmentRecord } from '../../db/records';
import type { CampaignContext } from '../../worker/campaigns/campaign-answers';
import type { FitQuestionInputs } from '../../worker/fit/fit-answers';
import type { FitWorkspaceData } from '../fit/fit-slice';

/**
 * Tags (any case, spaces or hyphens alike) that mark a customer who asked not to be contacted:
 * the user tags them on the Customers page, in any of the app's languages.
 */
const OPT_OUT_TAGS = new Set(['optout', 'optedout', 'unsubscribed', 'donotcontact', 'nocontact', '配信停止', '連絡不要', 'отписка', 'отписался', 'отписалась', 'неконтактировать']);

export function isOptOutTag(tag: string): boolean {
  return OPT_OUT_TAGS.has(tag.toLowerCase().replace(/[\s_-]/g, ''));
}

/** Today's calendar date where the user is, as an epoch day. */
export function todayEpochDay(now: Date = new Date()): EpochDay {
  return epochDayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Every contacted customer of every campaign whose list went out (its stored targeted group), on its start day. */
export function contactLogOf(campaigns: readonly CampaignRecord[]): ContactLogEntry[] {
  const log: ContactLogEntry[] = [];
  for (const { plan } of campaigns) {
    const day = plan.schedule.startDay;
    if (!plan.assignment || day === null) continue;
    for (const customerKey of plan.assignment.targetGroup) log.push({ customerKey, campaignId: plan.id, day });
  }
  return log;
}

export function fitInputsOf(data: FitWorkspaceData | null): FitQuestionInputs | null {
  if (!data) return null;
  const { settings, costs, segmentCosts, ratings, overrides } = data;
  return { ...settings, costs, segmentCosts, ratings, overrides };
}

export function campaignContext(input: {
  today: EpochDay;
  segments: readonly SegmentRecord[];
  fit: FitWorkspaceData | null;
  tags: readonly CustomerTagsRow[];
  campaigns: readonly CampaignRecord[];
}): CampaignContext {
  return {
    today: input.today,
    savedSegments: Object.fromEntries(input.segments.filter((segment) => segment.id !== undefined).map((segment) => [String(segment.id), segment.customers])),
    fit: fitInputsOf(input.fit),
    optedOut: input.tags.filter((row) => row.tags.some(isOptOutTag)).map((row) => row.customerKey),
    contactLog: contactLogOf(input.campaigns),
  };
}
