/**
 * When a campaign runs: its window, its status derived from today's date (never
 * stored, so it cannot go stale), and the timeline of all campaigns with the
 * overlaps that would muddle each other's measurement.
 */
import type { EpochDay } from '../model/orders';

export const DEFAULT_WINDOW_DAYS = 14;
export const MAX_WINDOW_DAYS = 365;

export type CampaignStatus = 'draft' | 'running' | 'finished';

export interface CampaignSchedule {
  /** First day of the window; null while the campaign has no date. */
  startDay: EpochDay | null;
  windowDays: number;
}

/** Problems as translation keys (empty = valid). */
export function scheduleProblems(schedule: CampaignSchedule): string[] {
  const { windowDays } = schedule;
  return Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS ? [] : ['campaigns.schedule.windowDays'];
}

/** First day after the window: the window is [startDay, endDay). */
export function windowEndDay(schedule: CampaignSchedule): EpochDay | null {
  return schedule.startDay === null ? null : schedule.startDay + schedule.windowDays;
}

/** draft before the start (or without a date), running inside the window, finished from its end on. */
export function campaignStatus(schedule: CampaignSchedule, today: EpochDay): CampaignStatus {
  const end = windowEndDay(schedule);
  if (schedule.startDay === null || end === null || today < schedule.startDay) return 'draft';
  return today < end ? 'running' : 'finished';
}

export interface TimelineCampaign {
  id: string;
  name: string;
  schedule: CampaignSchedule;
  /** Customers the campaign contacts, when known: overlaps then say how many are shared. */
  customerKeys?: readonly string[];
}

export interface TimelineEntry {
  id: string;
  name: string;
  startDay: EpochDay;
  endDay: EpochDay;
  status: CampaignStatus;
  /** Row of the timeline: campaigns in one lane never overlap. */
  lane: number;
}

export interface CampaignOverlap {
  first: string;
  second: string;
  /** The shared days, [fromDay, toDay). */
  fromDay: EpochDay;
  toDay: EpochDay;
  /** Customers both campaigns contact; null when either list is unknown. */
  sharedCustomers: number | null;
}

export interface CampaignTimeline {
  entries: TimelineEntry[];
  overlaps: CampaignOverlap[];
  /** Campaigns without a start date: not on the timeline. */
  undated: string[];
}

/**
 * Dated campaigns sorted by start (then id), each in the lowest lane free on its start day;
 * every pair whose windows share a day is listed as an overlap.
 */
export function campaignTimeline(campaigns: readonly TimelineCampaign[], today: EpochDay): CampaignTimeline {
  const dated = campaigns
    .filter((campaign) => campaign.schedule.startDay !== null)
    .map((campaign) => ({ campaign, startDay: campaign.schedule.startDay!, endDay: campaign.schedule.startDay! + campaign.schedule.windowDays }))
    .sort((a, b) => a.startDay - b.startDay || (a.campaign.id < b.campaign.id ? -1 : a.campaign.id > b.campaign.id ? 1 : 0));
  const laneEnds: number[] = [];
  const entries = dated.map(({ campaign, startDay, endDay }): TimelineEntry => {
    let lane = laneEnds.findIndex((end) => end <= startDay);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = endDay;
    return { id: campaign.id, name: campaign.name, startDay, endDay, status: campaignStatus(campaign.schedule, today), lane };
  });
  const overlaps: CampaignOverlap[] = [];
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!;
      const b = dated[j]!;
      if (b.startDay >= a.endDay) continue;
      overlaps.push({
        first: a.campaign.id,
        second: b.campaign.id,
        fromDay: b.startDay,
        toDay: Math.min(a.endDay, b.endDay),
        sharedCustomers: sharedCount(a.campaign.customerKeys, b.campaign.customerKeys),
      });
    }
  }
  return { entries, overlaps, undated: campaigns.filter((campaign) => campaign.schedule.startDay === null).map((campaign) => campaign.id) };
}

function sharedCount(a: readonly string[] | undefined, b: readonly string[] | undefined): number | null {
  if (!a || !b) return null;
  const set = new Set(a);
  return new Set(b.filter((key) => set.has(key))).size;
}
