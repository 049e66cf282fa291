import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns-for-tests';
import { atRiskFlags, lapsedFlags } from './lapsed';
import { customerSummaries } from './summary';

// Customer indexes follow first appearance: a = 0, b = 1, c = 2, d = 3, e = 4.
const columns = columnsOf([
  ['a', 130, 30],
  ['b', 140, 7],
  ['a', 100, 10],
  ['c', 160, 40], // after asOf: c is absent
  ['a', 110, 20],
  ['d', 120, 99, true], // cancelled only: d is absent
  ['a', 100, 5], // same day as another order of a
  ['a', 200, 99, true],
  ['a', 300, 1000], // after asOf
  ['e', 60, 1],
  ['e', 10, 1],
  ['e', 50, 1],
  ['e', 20, 1],
]);
const AS_OF = 150;

describe('customerSummaries', () => {
  const summaries = customerSummaries(columns, AS_OF);

  it('summarises counted orders on or before asOf only', () => {
    expect(summaries.count).toBe(5);
    expect(Array.from(summaries.present)).toEqual([1, 1, 0, 0, 1]);
    expect(summaries.firstOrderDay[0]).toBe(100);
    expect(summaries.lastOrderDay[0]).toBe(130);
    expect(summaries.orders[0]).toBe(4);
    expect(summaries.purchaseDays[0]).toBe(3);
    expect(summaries.revenue[0]).toBe(65);
    expect(summaries.averageOrderValue[0]).toBe(16.25);
    expect(summaries.daysSinceLastOrder[0]).toBe(20);
  });

  it('takes the median gap between distinct purchase days as the typical interval', () => {
    expect(summaries.typicalIntervalDays[0]).toBe(15); // gaps 10, 20
    expect(summaries.typicalIntervalDays[4]).toBe(10); // gaps 10, 30, 10
    expect(summaries.typicalIntervalDays[1]).toBeNaN(); // one purchase day
  });

  it('marks absent customers and leaves their numbers empty', () => {
    expect(summaries.orders[2]).toBe(0);
    expect(summaries.revenue[3]).toBe(0);
    expect(summaries.averageOrderValue[3]).toBeNaN();
  });

  it('pads to a larger customer count so arrays line up with the store', () => {
    expect(customerSummaries(columns, AS_OF, 8).present).toHaveLength(8);
  });
});

describe('lapsed and at-risk flags', () => {
  const summaries = customerSummaries(columns, AS_OF);
  // days since last order: a 20, b 10, e 90.

  it('lapsed = no order in the last N days (days since last order ≥ N)', () => {
    expect(Array.from(lapsedFlags(summaries, 90))).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(lapsedFlags(summaries, 91))).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(lapsedFlags(summaries, 10))).toEqual([1, 1, 0, 0, 1]);
  });

  it('at risk = silence longer than k × the customer’s own typical interval, repeat buyers only', () => {
    // a: 20 vs 15 · k; e: 90 vs 10 · k; b has one purchase day and is never flagged.
    expect(Array.from(atRiskFlags(summaries, 2))).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(atRiskFlags(summaries, 1))).toEqual([1, 0, 0, 0, 1]);
    expect(Array.from(atRiskFlags(summaries, 9))).toEqual([0, 0, 0, 0, 0]);
    expect(atRiskFlags(summaries)[4]).toBe(1);
  });
});
