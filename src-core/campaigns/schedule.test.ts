import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../model/orders';
import { campaignStatus, campaignTimeline, scheduleProblems, windowEndDay } from './schedule';

const day = (iso: string): number => parseIsoDate(iso)!;

describe('campaign schedule', () => {
  const schedule = { startDay: day('2025-03-01'), windowDays: 14 };

  it.each([
    ['2025-02-28', 'draft'],
    ['2025-03-01', 'running'],
    ['2025-03-14', 'running'],
    ['2025-03-15', 'finished'],
  ])('on %s the campaign is %s', (today, status) => {
    expect(campaignStatus(schedule, day(today))).toBe(status);
  });

  it('is a draft without a date and ends after its window', () => {
    expect(campaignStatus({ startDay: null, windowDays: 14 }, day('2030-01-01'))).toBe('draft');
    expect(windowEndDay(schedule)).toBe(day('2025-03-15'));
    expect(scheduleProblems(schedule)).toEqual([]);
    expect(scheduleProblems({ startDay: null, windowDays: 0 })).toEqual(['campaigns.schedule.windowDays']);
    expect(scheduleProblems({ startDay: null, windowDays: 2.5 })).toEqual(['campaigns.schedule.windowDays']);
  });

  it('lays campaigns out in lanes and lists overlaps with shared customers', () => {
    const timeline = campaignTimeline(
      [
        { id: 'b', name: 'VIP', schedule: { startDay: day('2025-03-10'), windowDays: 10 }, customerKeys: ['x', 'y', 'z'] },
        { id: 'a', name: 'Win-back', schedule, customerKeys: ['y', 'z', 'w'] },
        { id: 'c', name: 'Survey', schedule: { startDay: day('2025-03-15'), windowDays: 7 } },
        { id: 'd', name: 'Idea', schedule: { startDay: null, windowDays: 14 } },
      ],
      day('2025-03-12'),
    );
    expect(timeline.entries.map(({ id, lane, status }) => [id, lane, status])).toEqual([
      ['a', 0, 'running'],
      ['b', 1, 'running'],
      ['c', 0, 'draft'],
    ]);
    expect(timeline.overlaps).toEqual([
      { first: 'a', second: 'b', fromDay: day('2025-03-10'), toDay: day('2025-03-15'), sharedCustomers: 2 },
      { first: 'b', second: 'c', fromDay: day('2025-03-15'), toDay: day('2025-03-20'), sharedCustomers: null },
    ]);
    expect(timeline.undated).toEqual(['d']);
  });
});
