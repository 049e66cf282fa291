/**
 * Who a campaign is for: resolve the target the user chose into customers, then
 * take out those who must not be contacted, counting what each exclusion removed
 * so the Campaigns page can say "412 matched, 37 opted out, 12 without e-mail".
 * Customers leave as keys (stable across imports), in store order.
 */
import type { CustomerRecord } from '../data/columnar';
import type { EpochDay } from '../model/orders';
import type { CustomerSummaries } from '../analytics/customers/summary';
import { DEFAULT_AT_RISK_FACTOR } from '../analytics/customers/lapsed';
import { NO_SEGMENT, RFM_SEGMENTS } from '../analytics/customers/rfm';
import { hasContactDetail, type ChannelId } from './channels';
import { customerKeyIndex, findCustomer } from './customer-keys';

export type FitStatus = 'keep' | 'grow' | 'depart';

/** The customer filter built in the UI; every bound is optional and inclusive. */
export interface CustomerFilter {
  minOrders?: number;
  maxOrders?: number;
  minRevenue?: number;
  maxRevenue?: number;
  minDaysSinceLastOrder?: number;
  maxDaysSinceLastOrder?: number;
  /** New customers: first order within the last N days, i.e. asOf − firstOrderDay < N. */
  firstOrderWithinDays?: number;
  /** Case-insensitive text found in the key, name or e-mail. */
  search?: string;
}

export type CampaignTarget =
  | { kind: 'savedSegments'; segmentIds: string[] }
  | { kind: 'rfmSegments'; segmentIds: string[] }
  | { kind: 'fitStatus'; statuses: FitStatus[] }
  /** A cohort cell's customer list, captured when the user clicked the cell. */
  | { kind: 'cohortCell'; label: string; customerKeys: string[] }
  /** No counted order in the last N days (days since last order ≥ N, as the lapsed flag). */
  | { kind: 'lapsed'; days: number }
  /**
   * Repeat customers whose typical interval comes round within the next N days, or came round
   * recently: typicalInterval − N ≤ days since last order ≤ 2 × typicalInterval (beyond that
   * they are at risk, a win-back case, not a reminder).
   */
  | { kind: 'replenishmentDue'; withinDays: number }
  | { kind: 'filter'; filter: CustomerFilter }
  | { kind: 'list'; customerKeys: string[] };

export interface ContactLogEntry {
  customerKey: string;
  campaignId: string;
  /** Day the customer was (or is planned to be) contacted. */
  day: EpochDay;
}

export interface Exclusions {
  /** Leave out customers whose fit status is Depart. */
  depart: boolean;
  /** Leave out customers contacted by another campaign in (today − N, today]; null = do not check. */
  contactedWithinDays: number | null;
  optedOut: boolean;
  /** Leave out customers without the channel's contact detail (e-mail for e-mail, phone for SMS and calls). */
  missingContactDetail: boolean;
}

export const DEFAULT_EXCLUSIONS: Exclusions = { depart: true, contactedWithinDays: 30, optedOut: true, missingContactDetail: true };

export type ExclusionReason = 'depart' | 'contactedRecently' | 'optedOut' | 'missingContactDetail';

export interface TargetingContext {
  /** OrderStore.customers: index i is customer i everywhere below. */
  customers: readonly CustomerRecord[];
  summaries: CustomerSummaries;
  /** Index into RFM_SEGMENTS per customer (NO_SEGMENT when absent), from rfmScores(summaries).segment. */
  rfmSegment?: ArrayLike<number>;
  fitStatus?: ReadonlyMap<string, FitStatus>;
  savedSegments?: ReadonlyMap<string, readonly string[]>;
  optedOut?: ReadonlySet<string>;
  contactLog?: readonly ContactLogEntry[];
}

export interface TargetingRequest {
  target: CampaignTarget;
  exclusions: Exclusions;
  channel: ChannelId;
  /** The campaign being planned: its own contacts never exclude its customers. */
  campaignId: string;
  today: EpochDay;
}

export interface TargetResolution {
  /** Customers left after the exclusions, in store order. */
  customerKeys: string[];
  /** Customers the target matched before any exclusion. */
  matched: number;
  /** Keys of a list, cohort cell or saved segment that name no customer in the workspace. */
  unknownKeys: string[];
  /** Applied in this order; a customer is counted under the first exclusion that removes it. */
  excluded: { reason: ExclusionReason; removed: number }[];
  /** Translation keys of caveats, e.g. a target that needs data not loaded yet. */
  notes: string[];
}

export function resolveTarget(context: TargetingContext, request: TargetingRequest): TargetResolution {
  const notes: string[] = [];
  const unknownKeys: string[] = [];
  const selected = selectCustomers(context, request.target, unknownKeys, notes);
  const matched = selected.length;

  const recentlyContacted = new Set<string>();
  const { contactedWithinDays } = request.exclusions;
  if (contactedWithinDays !== null) {
    for (const entry of context.contactLog ?? []) {
      const age = request.today - entry.day;
      if (entry.campaignId !== request.campaignId && age >= 0 && age < contactedWithinDays) recentlyContacted.add(entry.customerKey);
    }
  }
  if (request.exclusions.depart && !context.fitStatus) notes.push('campaigns.targeting.noFitStatuses');

  const steps: { reason: ExclusionReason; on: boolean; removes: (customer: CustomerRecord) => boolean }[] = [
    { reason: 'depart', on: request.exclusions.depart, removes: (customer) => context.fitStatus?.get(customer.key) === 'depart' },
    { reason: 'contactedRecently', on: contactedWithinDays !== null, removes: (customer) => recentlyContacted.has(customer.key) },
    { reason: 'optedOut', on: request.exclusions.optedOut, removes: (customer) => context.optedOut?.has(customer.key) ?? false },
    {
      reason: 'missingContactDetail',
      on: request.exclusions.missingContactDetail,
      removes: (customer) => !hasContactDetail(customer, request.channel),
    },
  ];
  let remaining = selected;
  const excluded: TargetResolution['excluded'] = [];
  for (const step of steps) {
    if (!step.on) continue;
    const kept = remaining.filter((c) => !step.removes(context.customers[c]!));
    excluded.push({ reason: step.reason, removed: remaining.length - kept.length });
    remaining = kept;
  }
  return { customerKeys: remaining.map((c) => context.customers[c]!.key), matched, unknownKeys, excluded, notes };
}

/** Store indexes the target names, ascending and without duplicates. */
function selectCustomers(context: TargetingContext, target: CampaignTarget, unknownKeys: string[], notes: string[]): number[] {
  const { customers, summaries } = context;
  const present = (c: number): boolean => c < summaries.count && summaries.present[c] === 1;
  const every = (keep: (c: number) => boolean): number[] => {
    const out: number[] = [];
    for (let c = 0; c < customers.length; c++) if (keep(c)) out.push(c);
    return out;
  };
  const fromKeys = (keys: readonly string[]): number[] => {
    const index = customerKeyIndex(customers);
    const found = new Set<number>();
    for (const key of keys) {
      const c = findCustomer(index, key);
      if (c >= 0) found.add(c);
      else unknownKeys.push(key);
    }
    return [...found].sort((a, b) => a - b);
  };

  switch (target.kind) {
    case 'list':
    case 'cohortCell':
      return fromKeys(target.customerKeys);
    case 'savedSegments': {
      const keys: string[] = [];
      for (const id of target.segmentIds) {
        const members = context.savedSegments?.get(id);
        if (members) keys.push(...members);
        else notes.push('campaigns.targeting.unknownSavedSegment');
      }
      return fromKeys(keys);
    }
    case 'rfmSegments': {
      const segment = context.rfmSegment;
      if (!segment) {
        notes.push('campaigns.targeting.noRfmSegments');
        return [];
      }
      const wanted = new Set(target.segmentIds);
      return every((c) => {
        const s = c < segment.length ? segment[c]! : NO_SEGMENT;
        return s !== NO_SEGMENT && wanted.has(RFM_SEGMENTS[s]?.id ?? '');
      });
    }
    case 'fitStatus': {
      const statuses = context.fitStatus;
      if (!statuses) {
        notes.push('campaigns.targeting.noFitStatuses');
        return [];
      }
      const wanted = new Set(target.statuses);
      return every((c) => {
        const status = statuses.get(customers[c]!.key);
        return status !== undefined && wanted.has(status);
      });
    }
    case 'lapsed':
      return every((c) => present(c) && summaries.daysSinceLastOrder[c]! >= target.days);
    case 'replenishmentDue':
      return every((c) => {
        if (!present(c) || summaries.purchaseDays[c]! < 2) return false;
        const interval = summaries.typicalIntervalDays[c]!;
        const silence = summaries.daysSinceLastOrder[c]!;
        return silence >= interval - target.withinDays && silence <= DEFAULT_AT_RISK_FACTOR * interval;
      });
    case 'filter':
      return every((c) => present(c) && passesFilter(context, c, target.filter));
  }
}

function passesFilter(context: TargetingContext, c: number, filter: CustomerFilter): boolean {
  const { summaries } = context;
  const within = (value: number, min: number | undefined, max: number | undefined): boolean =>
    (min === undefined || value >= min) && (max === undefined || value <= max);
  if (!within(summaries.orders[c]!, filter.minOrders, filter.maxOrders)) return false;
  if (!within(summaries.revenue[c]!, filter.minRevenue, filter.maxRevenue)) return false;
  if (!within(summaries.daysSinceLastOrder[c]!, filter.minDaysSinceLastOrder, filter.maxDaysSinceLastOrder)) return false;
  if (filter.firstOrderWithinDays !== undefined && summaries.asOf - summaries.firstOrderDay[c]! >= filter.firstOrderWithinDays) return false;
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const customer = context.customers[c]!;
    if (![customer.key, customer.name, customer.email].some((text) => text.toLowerCase().includes(search))) return false;
  }
  return true;
}

/** The stratum a customer's hold-out draw is balanced on: their RFM segment id, or 'none'. */
export function rfmStratumOf(context: Pick<TargetingContext, 'rfmSegment'>, customerIndex: number): string {
  const segment = context.rfmSegment;
  const s = segment && customerIndex < segment.length ? segment[customerIndex]! : NO_SEGMENT;
  return RFM_SEGMENTS[s]?.id ?? 'none';
}
