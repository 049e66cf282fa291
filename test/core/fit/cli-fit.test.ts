/**
 * `analyze --json` fit section, end to end through runCli, numbers worked out by hand.
 *
 * orders.csv (as of 2024-06-30, the last order; June is complete so the trend is Jan … Jun 2024):
 *   C1  1000 Jan 10, 1000 Mar 15  → 2000, 6 months a customer → 333.33 a month; trend [1000,0,1000,0,0,0]
 *   C2   500 Feb 1                →  500, 5 months → 100 a month; trend from Feb [500,0,0,0,0]
 *   C3   250 Apr 20               →  250, 3 months →  83.33 a month; trend from Apr [250,0,0]
 *   C4   500 Apr 5, 1000 May 5, 2000 Jun 30 → 3500, 3 months → 1166.67 a month; trend [500,1000,2000]
 * costs.csv: C1 10 h × 30 + 50 + 50 = 400; bob@example.com (C2, matched case-insensitively) hard 250;
 *   C3's row has "abc" hours (skipped, line 4); C4 communication 100 + shipping 50 = 150; C9 is nobody (line 6).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/index';

const path = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ORDERS = path('orders.csv');

async function run(...extra: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['analyze', ORDERS, '--json', ...extra], { out: (text) => void (out += text), err: (text) => void (err += text) });
  return { code, out, err };
}

async function fitOf(...extra: string[]) {
  const { code, out, err } = await run(...extra);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out).fit;
}

describe('analyze --json fit section', () => {
  it('scores every customer with the costs file', async () => {
    const fit = await fitOf('--costs', path('costs.csv'));
    expect(fit).toEqual({
      threshold: 30,
      margin: 40,
      costsFile: path('costs.csv'),
      counts: { keep: 1, grow: 1, depart: 2 },
      revenue: { keep: 250, grow: 3500, depart: 2500 },
      customers: [
        // 800 − 400 = 400 → 20 %; slope of [1000,0,1000,0,0,0] is −3000/17.5 over a mean of 333.33 = −51.4 % a month.
        // Score: revenue rank 2/3 × 25 + profit rank 2/3 × 25 + (0.2/0.6) × 30 + growth 0 = 43.3.
        { key: 'C1', status: 'depart', score: 43.3, profit: 400, profitability: 0.2, reason: 'Depart: profitability 20% < 30%, revenue not growing (-51.4% a month)' },
        // 200 − 250 = −50. Score: revenue rank 1/3 × 25 = 8.3.
        { key: 'C2', status: 'depart', score: 8.3, profit: -50, profitability: -0.1, reason: 'Depart: profit -50 ≤ 0' },
        // 1400 − 150 = 1250 → 35.71 %; slope 750 over a mean of 1166.67 = +64.3 % a month.
        // Score: 25 + 25 + (0.3571/0.6) × 30 + 20 = 87.9.
        { key: 'C4', status: 'grow', score: 87.9, profit: 1250, profitability: 0.3571, reason: 'Grow: fit score 87.9 ≥ 70, revenue growing (+64.3% a month)' },
        // No costs (its row was unreadable): 100 → 40 %. Score: 0 + profit rank 1/3 × 25 + (0.4/0.6) × 30 + 0 = 28.3.
        { key: 'C3', status: 'keep', score: 28.3, profit: 100, profitability: 0.4, reason: 'Keep: profit 100, profitability 40%, fit score 28.3; no rule moves it' },
      ],
      costErrors: [
        { line: 4, column: 'labour_hours', message: `Line 4: "abc" in column 'labour_hours' is not a number; the row was skipped.` },
        { line: 6, column: 'customer_id', message: 'Line 6: no customer "C9" in the orders; these costs were not applied.' },
      ],
      unknownCostKeys: ['C9'],
    });
  });

  it('counts no cost to serve without a costs file', async () => {
    const fit = await fitOf();
    expect(fit).toMatchObject({ threshold: 30, margin: 40, costsFile: null, counts: { keep: 3, grow: 1, depart: 0 }, costErrors: [], unknownCostKeys: [] });
    // profit = 40 % × lifetime revenue for everyone.
    expect(fit.customers.map((c: { key: string; profit: number; profitability: number }) => [c.key, c.profit, c.profitability])).toEqual([
      ['C1', 800, 0.4],
      ['C2', 200, 0.4],
      ['C4', 1400, 0.4],
      ['C3', 100, 0.4],
    ]);
    // C4: 25 + 25 + (0.4/0.6) × 30 + 20 = 90.
    expect(fit.customers[2]).toMatchObject({ status: 'grow', score: 90 });
    expect(fit.revenue).toEqual({ keep: 2750, grow: 3500, depart: 0 });
  });

  it('applies --margin and --threshold, printing them as given', async () => {
    const fit = await fitOf('--margin', '20', '--threshold', '50');
    expect(fit).toMatchObject({ threshold: 50, margin: 20, counts: { keep: 0, grow: 1, depart: 3 }, revenue: { keep: 0, grow: 3500, depart: 2750 } });
    expect(fit.customers[0].reason).toBe('Depart: profitability 20% < 50%, revenue not growing (-51.4% a month)');
  });

  it('treats profitability exactly at the threshold as not under it', async () => {
    expect((await fitOf('--threshold', '40')).counts).toEqual({ keep: 3, grow: 1, depart: 0 });
    expect((await fitOf('--threshold', '40.01')).counts).toEqual({ keep: 0, grow: 1, depart: 3 });
  });

  it.each([
    ['costs-empty.csv', 'The file is empty.'],
    ['costs-header-only.csv', 'The costs file has a header row but no rows of costs. (line 1)'],
    ['costs-no-key.csv', 'No column identifies the customer'],
    ['no-such-costs.csv', 'The file does not exist.'],
  ])('exits 2 with one line naming the costs file when %s cannot be used', async (name, reason) => {
    const { code, out, err } = await run('--costs', path(name));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(`costs file ${path(name)}: `);
    expect(err).toContain(reason);
  });
});
