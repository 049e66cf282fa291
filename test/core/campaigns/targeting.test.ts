import { describe, expect, it } from 'vitest';
import { concatChunks, orderStoreFrom } from '../../../src-core/data/columnar';
import { customerSummaries, rfmScores, RFM_SEGMENTS } from '../../../src-core/analytics';
import { DEFAULT_EXCLUSIONS, resolveTarget, rfmStratumOf, type CampaignTarget, type Exclusions, type FitStatus, type TargetingContext } from '../../../src-core/campaigns';
import { day, order } from './orders';

const asOf = day('2025-06-30');
const store = orderStoreFrom([
  order('a@x.test', '2024-01-10', 100),
  order('b@x.test', '2025-05-20', 50),
  order('b@x.test', '2025-06-20', 50),
  order('C-3', '2024-10-01', 30, { email: '', phone: '+1 555 0100' }),
  order('d@x.test', '2025-06-25', 40),
  order('e@x.test', '2025-03-01', 20),
  order('e@x.test', '2025-04-01', 20),
  order('e@x.test', '2025-05-02', 20),
  order('f@x.test', '2024-12-01', 60),
  order('g@x.test', '2024-11-01', 70),
  order('h@x.test', '2024-12-15', 80),
  order('z@x.test', '2025-07-05', 10), // after the as-of date: not in any summary
]);
const columns = concatChunks(store.chunks);
const summaries = customerSummaries(columns, asOf, store.customers.length);
const context: TargetingContext = {
  customers: store.customers,
  summaries,
  rfmSegment: rfmScores(summaries).segment,
  fitStatus: new Map<string, FitStatus>([
    ['g@x.test', 'depart'],
    ['b@x.test', 'grow'],
    ['e@x.test', 'keep'],
  ]),
  savedSegments: new Map([['vip', ['b@x.test', 'E@X.TEST', 'gone@x.test']]]),
  optedOut: new Set(['f@x.test']),
  contactLog: [
    { customerKey: 'h@x.test', campaignId: 'other', day: day('2025-06-15') },
    { customerKey: 'a@x.test', campaignId: 'this', day: day('2025-06-20') },
    { customerKey: 'a@x.test', campaignId: 'older', day: day('2025-05-01') },
  ],
};
const noExclusions: Exclusions = { depart: false, contactedWithinDays: null, optedOut: false, missingContactDetail: false };
const keysOf = (target: CampaignTarget, exclusions = noExclusions, channel: 'email' | 'sms' = 'email') =>
  resolveTarget(context, { target, exclusions, channel, campaignId: 'this', today: asOf });

describe('resolveTarget', () => {
  it('finds lapsed customers (no order in the last N days)', () => {
    expect(keysOf({ kind: 'lapsed', days: 180 }).customerKeys).toEqual(['a@x.test', 'C-3', 'f@x.test', 'g@x.test', 'h@x.test']);
    // h: 197 days since 2024-12-15; at 197 exactly still lapsed, at 198 not.
    expect(keysOf({ kind: 'lapsed', days: 197 }).customerKeys).toContain('h@x.test');
    expect(keysOf({ kind: 'lapsed', days: 198 }).customerKeys).not.toContain('h@x.test');
  });

  it('applies the exclusions in order and counts what each removed', () => {
    const result = keysOf({ kind: 'lapsed', days: 180 }, DEFAULT_EXCLUSIONS);
    expect(result.matched).toBe(5);
    expect(result.customerKeys).toEqual(['a@x.test']); // a's own-campaign contact and 60-day-old contact do not count
    expect(result.excluded).toEqual([
      { reason: 'depart', removed: 1 },
      { reason: 'contactedRecently', removed: 1 },
      { reason: 'optedOut', removed: 1 },
      { reason: 'missingContactDetail', removed: 1 },
    ]);
    const bySms = keysOf({ kind: 'lapsed', days: 180 }, DEFAULT_EXCLUSIONS, 'sms');
    expect(bySms.customerKeys).toEqual(['C-3']);
    expect(bySms.excluded.at(-1)).toEqual({ reason: 'missingContactDetail', removed: 1 });
  });

  it('resolves filters, new customers and replenishment timing', () => {
    expect(keysOf({ kind: 'filter', filter: { minOrders: 2 } }).customerKeys).toEqual(['b@x.test', 'e@x.test']);
    expect(keysOf({ kind: 'filter', filter: { firstOrderWithinDays: 30, maxOrders: 1 } }).customerKeys).toEqual(['d@x.test']);
    // a: 537 days since the last order; C-3 has no 'x.test' and 30 revenue; d spent 40.
    expect(keysOf({ kind: 'filter', filter: { minRevenue: 60, maxDaysSinceLastOrder: 250, search: 'X.TEST' } }).customerKeys).toEqual([
      'b@x.test', // revenue 100, 10 days
      'e@x.test', // revenue 60 exactly (bounds are inclusive)
      'f@x.test',
      'g@x.test',
      'h@x.test',
    ]);
    // e buys every 31 days and last bought 59 days ago: 31 − 7 ≤ 59 ≤ 62. b's interval is 31 but b bought 10 days ago.
    expect(keysOf({ kind: 'replenishmentDue', withinDays: 7 }).customerKeys).toEqual(['e@x.test']);
  });

  it('matches hand-picked lists, cohort cells and saved segments by customer key', () => {
    const list = keysOf({ kind: 'list', customerKeys: [' A@X.test ', 'nobody', 'C-3', 'a@x.test'] });
    expect(list.customerKeys).toEqual(['a@x.test', 'C-3']);
    expect(list.unknownKeys).toEqual(['nobody']);
    expect(keysOf({ kind: 'cohortCell', label: '2025-06 / 0', customerKeys: ['d@x.test'] }).customerKeys).toEqual(['d@x.test']);
    const saved = keysOf({ kind: 'savedSegments', segmentIds: ['vip', 'missing'] });
    expect(saved.customerKeys).toEqual(['b@x.test', 'e@x.test']);
    expect(saved.unknownKeys).toEqual(['gone@x.test']);
    expect(saved.notes).toEqual(['campaigns.targeting.unknownSavedSegment']);
  });

  it('selects by fit status and by RFM segment', () => {
    expect(keysOf({ kind: 'fitStatus', statuses: ['grow', 'keep'] }).customerKeys).toEqual(['b@x.test', 'e@x.test']);
    const segment = context.rfmSegment!;
    for (const rule of RFM_SEGMENTS) {
      const expected = store.customers.filter((_, c) => RFM_SEGMENTS[segment[c]!]?.id === rule.id).map((customer) => customer.key);
      expect(keysOf({ kind: 'rfmSegments', segmentIds: [rule.id] }).customerKeys).toEqual(expected);
    }
    const z = store.customers.findIndex((customer) => customer.key === 'z@x.test');
    expect(rfmStratumOf(context, z)).toBe('none');
  });

  it('says so when the data a target needs is missing', () => {
    const bare: TargetingContext = { customers: store.customers, summaries };
    const result = resolveTarget(bare, { target: { kind: 'fitStatus', statuses: ['keep'] }, exclusions: DEFAULT_EXCLUSIONS, channel: 'email', campaignId: 'x', today: asOf });
    expect(result.customerKeys).toEqual([]);
    expect(result.notes).toContain('campaigns.targeting.noFitStatuses');
  });
});
