import { describe, expect, it } from 'vitest';
import { rfmSummary } from './index';
import { NO_SEGMENT, RFM_SEGMENTS, frequencyScores, quintileScores, rfmScores, rfmSegmentIndex, rfmSegmentSummary } from './rfm';
import { customerSummaries } from './summary';
import { columnsOf, type OrderRow } from './columns-for-tests';

const all = (n: number) => new Uint8Array(n).fill(1);

describe('quintileScores', () => {
  it('spreads distinct values evenly over 1–5 (5 best)', () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(Array.from(quintileScores(values, all(10), true))).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(Array.from(quintileScores(values, all(10), false))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives equal values the same score: the share of customers strictly worse decides', () => {
    // Six one-order customers: nobody is worse, so all score 1; the value 2 has 6 of 10 below it → 1 + ⌊3⌋ = 4.
    const values = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    expect(Array.from(quintileScores(values, all(10), true))).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // Recency (lower is better): 30 days is worst; the two 5s tie at 1 + ⌊5·2/5⌋ = 3.
    expect(Array.from(quintileScores([0, 5, 5, 10, 30], all(5), false))).toEqual([5, 3, 3, 2, 1]);
  });

  it('scores everyone 1 when everyone is equal, and 0 for customers left out', () => {
    expect(Array.from(quintileScores([4, 4, 4], all(3), true))).toEqual([1, 1, 1]);
    // Two scored customers: the better has half the field below it → 1 + ⌊5/2⌋ = 3 (small bases do not reach 5).
    expect(Array.from(quintileScores([4, 100, 1], Uint8Array.of(1, 0, 1), true))).toEqual([3, 0, 1]);
  });

  it('does not depend on the order customers are listed in', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9];
    const scores = quintileScores(values, all(values.length), true);
    const reversed = quintileScores([...values].reverse(), all(values.length), true);
    expect(Array.from(reversed).reverse()).toEqual(Array.from(scores));
    values.forEach((v, i) => values.forEach((w, j) => v === w && expect(scores[i]).toBe(scores[j])));
  });
});

describe('frequencyScores', () => {
  it('keeps one-time buyers at 1 and spreads repeat buyers over 2–5 when one-time buyers are a fifth or more', () => {
    // 6 one-time buyers; repeaters with 2, 2, 3, 5: of the four, 0 / 0 / 2 / 3 have strictly fewer orders → 2, 2, 4, 5.
    const orders = [1, 1, 1, 1, 1, 1, 2, 2, 3, 5];
    expect(Array.from(frequencyScores(orders, all(10)))).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 4, 5]);
    // The plain quintile rule would leave F = 2 and 3 empty here.
    expect(Array.from(quintileScores(orders, all(10), true))).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
  });

  it('reaches 5 with enough distinct repeat counts, and counts only the customers included', () => {
    const orders = [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 99];
    const include = all(11);
    include[10] = 0;
    // 3 of 10 are one-time buyers (≥ a fifth); the 7 repeaters: 2 + ⌊4k/7⌋ for k = 0 … 6.
    expect(Array.from(frequencyScores(orders, include))).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 0]);
  });

  it('uses the plain quintile rule when the fewest-order customers are under a fifth, or everyone', () => {
    const orders = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(Array.from(frequencyScores(orders, all(10)))).toEqual(Array.from(quintileScores(orders, all(10), true)));
    expect(Array.from(frequencyScores([3, 3, 3], all(3)))).toEqual([1, 1, 1]);
    expect(Array.from(frequencyScores([], new Uint8Array(0)))).toEqual([]);
  });
});

describe('RFM segments', () => {
  it.each([
    [5, 5, 'Champions'],
    [5, 4, 'Champions'],
    [4, 5, 'Loyal'],
    [3, 4, 'Loyal'],
    [5, 2, 'Potential loyalist'],
    [4, 3, 'Potential loyalist'],
    [5, 1, 'New'],
    [4, 1, 'Promising'],
    [3, 3, 'Need attention'],
    [3, 1, 'About to sleep'],
    [3, 2, 'About to sleep'],
    [1, 5, "Can't lose them"],
    [2, 5, "Can't lose them"],
    [2, 3, 'At risk'],
    [1, 4, 'At risk'],
    [2, 2, 'Hibernating'],
    [2, 1, 'Hibernating'],
    [1, 2, 'Hibernating'],
    [1, 1, 'Lost'],
  ])('R=%d F=%d → %s', (r, f, name) => {
    expect(RFM_SEGMENTS[rfmSegmentIndex(r, f)]!.name).toBe(name);
  });

  it('covers every one of the 25 R × F cells with the 11 named segments', () => {
    const used = new Set<number>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) used.add(rfmSegmentIndex(r, f));
    expect(used.has(-1)).toBe(false);
    expect(used.size).toBe(11);
    expect(new Set(RFM_SEGMENTS.map((rule) => rule.id)).size).toBe(11);
  });

  it('scores and segments customers from their orders, and sums the segments', () => {
    // Ten customers k0 … k9: customer ki buys i + 1 times, last on day 10·i, spending 10 each time.
    const rows: OrderRow[] = [];
    for (let i = 0; i < 10; i++) for (let n = 0; n <= i; n++) rows.push([`k${i}`, 10 * i - n, 10]);
    rows.push(['gone', 5, 1, true]);
    const summaries = customerSummaries(columnsOf(rows), 100);
    const scores = rfmScores(summaries);
    expect(Array.from(scores.recency.subarray(0, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(scores.frequency.subarray(0, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(scores.monetary.subarray(0, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(RFM_SEGMENTS[scores.segment[9]!]!.name).toBe('Champions');
    expect(RFM_SEGMENTS[scores.segment[0]!]!.name).toBe('Lost');
    expect(scores.segment[10]).toBe(NO_SEGMENT);

    const segments = rfmSegmentSummary(scores, summaries);
    expect(segments.map((s) => s.name)).toEqual(RFM_SEGMENTS.map((rule) => rule.name));
    expect(segments.reduce((sum, s) => sum + s.customers, 0)).toBe(10);
    expect(segments.reduce((sum, s) => sum + s.revenue, 0)).toBe(550);
    expect(segments.find((s) => s.name === 'Champions')).toEqual({ name: 'Champions', customers: 2, revenue: 190 });
  });

  it('rfmSummary gives the CLI its segment list', () => {
    const columns = columnsOf([
      ['a', 1, 10],
      ['b', 2, 20],
    ]);
    const { segments } = rfmSummary(columns, 10);
    expect(segments).toHaveLength(11);
    expect(segments.reduce((sum, s) => sum + s.customers, 0)).toBe(2);
  });
});
