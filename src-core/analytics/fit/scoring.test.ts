import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCORING,
  normaliseGrowth,
  normaliseProfitability,
  percentileRanks,
  profitabilityOf,
  scoreCustomers,
  type ScoringInput,
  type ScoringSettings,
} from './scoring';

const customer = (key: string, over: Partial<ScoringInput>): ScoringInput => ({
  key,
  lifetimeRevenue: 0,
  monthlyRevenue: 0,
  grossMargin: 0,
  costToServe: 0,
  growth: null,
  predictedClv: null,
  ...over,
});

// A: 40 % margin on 1000, costs 100 → profit 300, profitability 30 %, growing 5 % a month.
// B: costs exceed margin → profit −50. C: no revenue at all, no history.
const A = customer('A', { lifetimeRevenue: 1000, monthlyRevenue: 100, grossMargin: 400, costToServe: 100, growth: 0.05 });
const B = customer('B', { lifetimeRevenue: 500, monthlyRevenue: 50, grossMargin: 200, costToServe: 250, growth: -0.2 });
const C = customer('C', {});

describe('percentileRanks', () => {
  it.each([
    [[10, 20, 30], [0, 0.5, 1]],
    [[30, 10, 20], [1, 0, 0.5]],
    [[5, 5, 9], [0.25, 0.25, 1]],
    [[7], [0.5]],
    [[], []],
  ])('%j → %j', (values, expected) => {
    expect(Array.from(percentileRanks(values))).toEqual(expected);
  });
});

describe('normalisation', () => {
  it.each([
    [-0.1, 0],
    [0, 0],
    [0.3, 0.5],
    [0.6, 1],
    [0.9, 1],
  ])('profitability %d → %d', (value, expected) => expect(normaliseProfitability(value)).toBeCloseTo(expected, 12));
  it.each([
    [-0.2, 0],
    [-0.1, 0],
    [0, 0.5],
    [0.05, 0.75],
    [0.1, 1],
    [0.5, 1],
  ])('growth %d → %d', (value, expected) => expect(normaliseGrowth(value)).toBeCloseTo(expected, 12));
});

describe('profitability', () => {
  it('is profit over lifetime revenue, and null without positive revenue', () => {
    expect(profitabilityOf(300, 1000)).toBe(0.3);
    expect(profitabilityOf(-50, 500)).toBe(-0.1);
    expect(profitabilityOf(0, 0)).toBeNull();
    expect(profitabilityOf(-10, -40)).toBeNull();
  });
});

describe('scoreCustomers', () => {
  it('computes profit, profitability and the weighted score by hand', () => {
    const [a, b, c] = scoreCustomers([A, B, C], DEFAULT_SCORING);
    // A: revenue rank 1 × 25 + profit rank 1 × 25 + 0.3/0.6 × 30 + 0.75 × 20 = 80 (weights sum to 100).
    expect(a!.profit).toBe(300);
    expect(a!.profitability).toBe(0.3);
    expect(a!.score).toBeCloseTo(80, 10);
    // B: revenue rank 0.5 × 25 = 12.5; lowest profit, negative profitability and −20 %/month score 0.
    expect(b!.profit).toBe(-50);
    expect(b!.profitability).toBeCloseTo(-0.1, 12);
    expect(b!.score).toBeCloseTo(12.5, 10);
    // C: only revenue (rank 0) and profit (0 sits between −50 and 300: rank 0.5) count: 100 × 25 × 0.5 / 50 = 25.
    expect(c!.profit).toBe(0);
    expect(c!.profitability).toBeNull();
    expect(c!.factors.map((f) => f.factor)).toEqual(['monthlyRevenue', 'profit']);
    expect(c!.score).toBeCloseTo(25, 10);
  });

  it('adds qualitative factors scored 1–5 and leaves unrated customers out of them', () => {
    const settings: ScoringSettings = { ...DEFAULT_SCORING, qualitative: [{ id: 'paysOnTime', label: 'Pays on time', weight: 50 }] };
    const [a, b, c] = scoreCustomers([A, B, C], settings, { A: { paysOnTime: 5 }, B: { paysOnTime: 1 }, C: { paysOnTime: 9 } });
    // A: (25 + 25 + 15 + 15 + 50) / 150 × 100; B: 12.5 / 150 × 100; C's 9 is not a rating and is ignored.
    expect(a!.score).toBeCloseTo(86.6667, 3);
    expect(b!.score).toBeCloseTo(8.3333, 3);
    expect(c!.score).toBeCloseTo(25, 10);
    const paid = a!.factors.find((f) => f.factor === 'paysOnTime')!;
    expect(paid).toMatchObject({ value: 5, normalised: 1, weight: 50 });
    expect(paid.points).toBeCloseTo(33.3333, 3);
    expect(a!.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(a!.score, 10);
  });

  it('ranks predicted CLV only among customers that have one', () => {
    const settings: ScoringSettings = { weights: { monthlyRevenue: 0, profit: 0, profitability: 0, growth: 0, predictedClv: 10 }, qualitative: [] };
    const scores = scoreCustomers([{ ...A, predictedClv: 900 }, { ...B, predictedClv: 100 }, C], settings);
    expect(scores.map((s) => s.score)).toEqual([100, 0, 0]);
    expect(scores[2]!.factors).toEqual([]);
  });

  it('ignores zero and negative weights instead of letting them flip the score', () => {
    const settings: ScoringSettings = { weights: { monthlyRevenue: 1, profit: -5, profitability: 0, growth: 0, predictedClv: 0 }, qualitative: [] };
    const [a, b] = scoreCustomers([A, B], settings);
    expect(a!.score).toBe(100);
    expect(b!.score).toBe(0);
  });
});

describe('scoreCustomers properties', () => {
  const money = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const input = fc.record({
    key: fc.string(),
    lifetimeRevenue: money,
    monthlyRevenue: money,
    grossMargin: money,
    costToServe: fc.double({ min: 0, max: 1e6, noNaN: true }),
    growth: fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: null }),
    predictedClv: fc.option(money, { nil: null }),
  });
  const weight = fc.double({ min: 0, max: 100, noNaN: true });
  const weights = fc.record({ monthlyRevenue: weight, profit: weight, profitability: weight, growth: weight, predictedClv: weight });

  it('keeps every score within 0–100 and equal to the sum of its factor points', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 30 }), weights, (customers, w) => {
        for (const scored of scoreCustomers(customers, { weights: w, qualitative: [] })) {
          expect(scored.score).toBeGreaterThanOrEqual(0);
          expect(scored.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(scored.factors.reduce((sum, f) => sum + f.points, 0)).toBeCloseTo(scored.score, 9);
        }
      }),
    );
  });

  it('never lowers a customer’s score when only their profit rises', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 2, maxLength: 20 }), fc.double({ min: 1, max: 1e5, noNaN: true }), (customers, raise) => {
        const before = scoreCustomers(customers, DEFAULT_SCORING)[0]!.score;
        const richer = [{ ...customers[0]!, grossMargin: customers[0]!.grossMargin + raise }, ...customers.slice(1)];
        expect(scoreCustomers(richer, DEFAULT_SCORING)[0]!.score).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });
});
