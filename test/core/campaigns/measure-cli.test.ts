/**
 * The `measure` command end to end through runCli, on fixture files whose every
 * number is worked out by hand in the comments below.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/index';

const fixtures = join(import.meta.dirname, 'fixtures');
const orders = join(fixtures, 'campaign-orders.csv');
const targeted = join(fixtures, 'targeted.csv');
const holdout = join(fixtures, 'holdout.csv');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const window = ['--start', '2025-03-01', '--window-days', '14'];

describe('measure --json', () => {
  it('prints the contract with every number as computed by hand', async () => {
    const { code, out, err } = await cli('measure', orders, '--targeted', targeted, '--holdout', holdout, ...window, '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    // Window [2025-03-01, 2025-03-15). targeted.csv: header "email", 10 distinct keys (t01 twice, " T08@Shop.test " = t08).
    // t01: 03-02 50 + 03-10 30 (the 01-10 order is before) → 2 orders, 80
    // t02: 03-14 45 (last day of the window)            t03: 03-15 is the day after the window
    // t04: cancelled                                     t05: 02-28 is the day before
    // t06: 03-01 35 (first day)   t07: 03-07 20   t08: 03-03 40   t09: 2024 only   t10: no orders at all
    // → 5 responders of 10, 6 orders, 220 revenue, 22 per customer.
    expect(doc.targeted).toEqual({ customers: 10, responders: 5, responseRate: 0.5, orders: 6, revenue: 220, revenuePerCustomer: 22 });
    // h01: 03-04 30; h02: 03-20 (after); h03: 02-01 (before); h04: 2024; h05: no orders → 1 of 5, 30, 6 per customer.
    expect(doc.holdout).toEqual({ customers: 5, responders: 1, responseRate: 0.2, orders: 1, revenue: 30, revenuePerCustomer: 6 });
    // Uplift 0.5 − 0.2 = 0.3; se = √(0.5·0.5/10 + 0.2·0.8/5) = √0.057 = 0.2387467277;
    // 1.959963985 × 0.2387467277 = 0.4679349878 → [−0.1679349878, 0.7679349878].
    expect(doc.uplift.responseRate).toBeCloseTo(0.3, 12);
    expect(doc.uplift.ci95).toHaveLength(2);
    expect(doc.uplift.ci95[0]).toBeCloseTo(-0.1679349878, 9);
    expect(doc.uplift.ci95[1]).toBeCloseTo(0.7679349878, 9);
    // (22 − 6) × 10 targeted customers.
    expect(doc.uplift.incrementalRevenue).toBe(160);
    expect(doc.verdict.code).toBe('inconclusive');
    expect(doc.verdict.message).toMatch(/^No effect can be claimed/);
    expect(Object.keys(doc)).toEqual(['targeted', 'holdout', 'uplift', 'verdict']);
  });

  it('finds a real effect in a larger generated campaign', async () => {
    // 200 targeted of whom 60 buy (30%), 200 held out of whom 20 buy (10%), each order 25.
    const dir = mkdtempSync(join(tmpdir(), 'measure-'));
    const lines = ['Order ID,Order Date,Customer ID,Total'];
    for (let i = 0; i < 60; i++) lines.push(`T${i},2025-06-0${1 + (i % 9)},T-${i},25`);
    for (let i = 0; i < 20; i++) lines.push(`H${i},2025-06-1${i % 4},H-${i},25`);
    writeFileSync(join(dir, 'orders.csv'), lines.join('\n'));
    writeFileSync(join(dir, 't.csv'), ['customer_id', ...Array.from({ length: 200 }, (_, i) => `T-${i}`)].join('\n'));
    writeFileSync(join(dir, 'h.csv'), Array.from({ length: 200 }, (_, i) => `H-${i}`).join('\n'));
    const { code, out } = await cli('measure', join(dir, 'orders.csv'), '--targeted', join(dir, 't.csv'), '--holdout', join(dir, 'h.csv'), '--start', '2025-06-01', '--window-days', '30', '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.targeted).toEqual({ customers: 200, responders: 60, responseRate: 0.3, orders: 60, revenue: 1500, revenuePerCustomer: 7.5 });
    expect(doc.holdout).toEqual({ customers: 200, responders: 20, responseRate: 0.1, orders: 20, revenue: 500, revenuePerCustomer: 2.5 });
    // se = √(0.21/200 + 0.09/200) = 0.0387298335; × 1.959963985 = 0.0759090784.
    expect(doc.uplift.ci95[0]).toBeCloseTo(0.2 - 0.0759090784, 9);
    expect(doc.uplift.ci95[1]).toBeCloseTo(0.2 + 0.0759090784, 9);
    expect(doc.uplift.incrementalRevenue).toBe(1000);
    expect(doc.verdict.code).toBe('positive');
  });
});

describe('measure without --json', () => {
  it('prints a readable summary with the same numbers', async () => {
    const { code, out } = await cli('measure', orders, '--targeted', targeted, '--holdout', holdout, ...window);
    expect(code).toBe(0);
    expect(out).toContain('Campaign window 2025-03-01 to 2025-03-14 (14 days)');
    expect(out).toMatch(/Response rate\s+50\.0%\s+20\.0%/);
    expect(out).toContain('Uplift in response rate: +30.0 points (95% interval -16.8 to +76.8)');
    expect(out).toContain('Incremental revenue: 160.00');
    expect(out).toMatch(/Revenue \/ customer\s+22\.00\s+6\.00/);
    expect(out).toContain('Verdict: No effect can be claimed');
  });
});

describe('measure with bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'measure-bad-'));
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '\n\n');
  const onlyHeader = join(dir, 'header.csv');
  writeFileSync(onlyHeader, 'customer\n');
  const overlapping = join(dir, 'overlap.csv');
  writeFileSync(overlapping, 'h01@shop.test\nT01@SHOP.TEST\n');

  it.each([
    ['a missing orders file', [join(dir, 'nope.csv'), '--targeted', targeted, '--holdout', holdout], `${join(dir, 'nope.csv')}: The file does not exist.`],
    ['an empty targeted list', [orders, '--targeted', empty, '--holdout', holdout], `${empty}: The file holds no customer keys.`],
    ['a list with only a header', [orders, '--targeted', targeted, '--holdout', onlyHeader], `${onlyHeader}: The file holds no customer keys.`],
    ['a folder as hold-out', [orders, '--targeted', targeted, '--holdout', dir], `${dir}: This is a folder, not a file.`],
    [
      'a customer in both groups',
      [orders, '--targeted', targeted, '--holdout', overlapping],
      `${overlapping}: 1 customer key is also in ${targeted} (first: "t01@shop.test"); a customer cannot be both contacted and held out.`,
    ],
  ])('exits 2 naming the file for %s', async (_, argv, message) => {
    const { code, out, err } = await cli('measure', ...argv, ...window, '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`${message}\n`);
  });

  it('exits 2 with one line for an empty orders file', async () => {
    const { code, err } = await cli('measure', empty, '--targeted', targeted, '--holdout', holdout, ...window);
    expect(code).toBe(2);
    expect(err.startsWith(`${empty}: `)).toBe(true);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['measure', orders, '--targeted', targeted, '--holdout', holdout, '--window-days', '14'], 'measure needs --start.'],
    [['measure', orders, '--targeted', targeted, '--holdout', holdout, '--start', '2025-02-30', '--window-days', '14'], '--start expects a date as YYYY-MM-DD, got "2025-02-30".'],
    [['measure', orders, '--targeted', targeted, '--holdout', holdout, '--start', '2025-03-01', '--window-days', '0'], '--window-days expects a whole number of days between 1 and 3650, got "0".'],
    [['measure', '--targeted', targeted, '--holdout', holdout, ...window], 'measure expects exactly one ORDERS_FILE.'],
    [['measure', orders, '--targeted', targeted, '--holdout', holdout, ...window, '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with usage for bad arguments %#', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('npm run -s cli -- measure ORDERS_FILE --targeted IDS.csv --holdout IDS.csv');
  });
});
