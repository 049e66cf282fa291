/** The worker's customer questions on the demo shop, and P(alive) over time against hand-computed values. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HORIZON_DAYS,
  atRiskFlags,
  customerSummaries,
  customerValueTable,
  lapsedFlags,
  probabilityAlive,
  type BgNbdParams,
} from '../../src-core/analytics';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import type { NormalizedOrder } from '../../src-core/model/orders';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { aliveOverTime } from '../../src-renderer/worker/customers/alive-over-time';
import { defaultCalibrationEnd } from '../../src-renderer/worker/customers/customer-value';

const demo = JSON.parse(readFileSync('resources/demo/demo-shop.json', 'utf8')) as {
  currency: string;
  orders: NormalizedOrder[];
}; // trusted repository fixture
const store = orderStoreFrom(demo.orders, demo.currency);
const columns = concatChunks(store.chunks);
const options = { lapsedAfterDays: 120, horizonDays: DEFAULT_HORIZON_DAYS };

async function openDemo(): Promise<AnalyticsEngine> {
  const engine = new AnalyticsEngine(async () => store);
  const opened = await engine.openWorkspace('demo');
  expect(opened.ok).toBe(true);
  return engine;
}

function unwrap<T>(outcome: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

describe('customerTable', () => {
  it('has one row per customer with a counted order, the columns of src-core in customer order', async () => {
    const engine = await openDemo();
    const table = unwrap(await engine.customerTable(options));
    const asOf = Math.max(...demo.orders.filter((order) => !order.cancelled).map((order) => order.day));
    const expected = customerValueTable(columns, asOf, { horizonDays: DEFAULT_HORIZON_DAYS, customerCount: store.customers.length });
    const present = [...expected.summaries.present.keys()].filter((c) => expected.summaries.present[c] === 1);

    expect(table.asOf).toBe(asOf);
    expect(table.rows).toBe(3123); // resources/demo/demo-shop.expected.json
    expect(Array.from(table.customer)).toEqual(present);
    expect(table.key).toEqual(present.map((c) => store.customers[c]!.key));
    expect(Array.from(table.revenue)).toEqual(present.map((c) => expected.summaries.revenue[c]));
    expect(Array.from(table.segment)).toEqual(present.map((c) => expected.segment[c]));
    expect(Array.from(table.predictedClv)).toEqual(present.map((c) => expected.predictedClv[c]));
    expect(table.bgnbd).toEqual(expected.bgnbd);

    // The flags follow the setting, by src-core's rules.
    const summaries = customerSummaries(columns, asOf, store.customers.length);
    expect(Array.from(table.lapsed)).toEqual(present.map((c) => lapsedFlags(summaries, 120)[c]));
    expect(Array.from(table.atRisk)).toEqual(present.map((c) => atRiskFlags(summaries)[c]));
    const stricter = unwrap(await engine.customerTable({ ...options, lapsedAfterDays: 400 }));
    expect(stricter.lapsed.reduce((a, b) => a + b, 0)).toBeLessThan(table.lapsed.reduce((a, b) => a + b, 0));
  });

  it('computes the value table once per loaded data and horizon, and again after a reload', async () => {
    const engine = await openDemo();
    const started = performance.now();
    unwrap(await engine.customerTable(options));
    const first = performance.now() - started;
    const again = performance.now();
    unwrap(await engine.customerTable({ ...options, lapsedAfterDays: 90 }));
    expect(performance.now() - again).toBeLessThan(first);
    await engine.openWorkspace('demo');
    expect(unwrap(await engine.customerTable(options)).rows).toBe(3123);
  });
});

describe('customerProfile', () => {
  it('gives the top spender’s orders and the same figures as their table row', async () => {
    const engine = await openDemo();
    const table = unwrap(await engine.customerTable(options));
    let top = 0;
    for (let row = 1; row < table.rows; row++) if (table.revenue[row]! > table.revenue[top]!) top = row;
    const profile = unwrap(await engine.customerProfile(table.customer[top]!, options));
    if (!profile?.metrics) throw new Error('the top spender has a profile');

    const theirs = demo.orders.filter((order) => order.customerKey === table.key[top]);
    expect(profile.orders).toHaveLength(theirs.length);
    expect(profile.orders.map((order) => order.day)).toEqual(theirs.map((order) => order.day).sort((a, b) => a - b));
    expect(profile.metrics.orders).toBe(theirs.filter((order) => !order.cancelled).length);
    expect(profile.metrics).toMatchObject({
      revenue: table.revenue[top],
      segment: table.segment[top],
      lapsed: table.lapsed[top] === 1,
      atRisk: table.atRisk[top] === 1,
      probabilityAlive: table.probabilityAlive[top],
      predictedClv: table.predictedClv[top],
    });
    // The model's view ends at the as-of date with today's P(alive).
    expect(profile.aliveOverTime.at(-1)).toEqual({ day: table.asOf, probabilityAlive: table.probabilityAlive[top] });
  });

  it('flags agree with the table for every customer', async () => {
    const engine = await openDemo();
    const table = unwrap(await engine.customerTable(options));
    for (let row = 0; row < table.rows; row += 97) {
      const profile = unwrap(await engine.customerProfile(table.customer[row]!, options));
      expect([profile?.metrics?.lapsed, profile?.metrics?.atRisk]).toEqual([table.lapsed[row] === 1, table.atRisk[row] === 1]);
    }
  });

  it('answers null for a customer index that does not exist', async () => {
    const engine = await openDemo();
    expect(unwrap(await engine.customerProfile(999_999, options))).toBeNull();
  });
});

describe('customerModel', () => {
  it('reports the fits and a backtest two thirds through the data by default, or at the chosen end', async () => {
    const engine = await openDemo();
    const report = unwrap(await engine.customerModel(null, DEFAULT_HORIZON_DAYS));
    expect(report.bgnbd.ok).toBe(true);
    expect(report.calibrationEnd).toBe(defaultCalibrationEnd(report.firstOrderDay!, report.asOf!));
    if (!report.backtest.ok) throw new Error(report.backtest.reason);
    expect(report.backtest.calibrationEnd).toBe(report.calibrationEnd);
    expect(report.backtest.holdoutEnd).toBe(report.asOf);
    expect(report.backtest.weeks.length).toBe(Math.ceil((report.asOf! - report.calibrationEnd!) / 7));

    const later = unwrap(await engine.customerModel(report.asOf! - 70, DEFAULT_HORIZON_DAYS));
    expect(later.backtest.ok && later.backtest.weeks.length).toBe(10);
  });

  it('says why when the data cannot support a fit', async () => {
    const few = orderStoreFrom(demo.orders.slice(0, 12), demo.currency);
    const engine = new AnalyticsEngine(async () => few);
    await engine.openWorkspace('few');
    const report = unwrap(await engine.customerModel(null, DEFAULT_HORIZON_DAYS));
    expect(report.bgnbd).toMatchObject({ ok: false, code: 'too-few-customers' });
    expect(report.backtest.ok).toBe(false);
    const table = unwrap(await engine.customerTable(options));
    expect(table.rows).toBeGreaterThan(0);
    expect(Array.from(table.probabilityAlive).every(Number.isNaN)).toBe(true);
  });
});

describe('aliveOverTime', () => {
  const params: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

  it('evaluates P(alive) from the purchases made by each date', () => {
    // Purchases on days 0, 14 and 70; as of day 140.
    const points = aliveOverTime([0, 14, 70], 140, params);
    const at = (day: number) => points.find((point) => point.day === day)?.probabilityAlive;
    expect(at(0)).toBe(1); // no repeat yet: alive by the model's assumption
    expect(at(13)).toBe(1);
    expect(at(14)).toBeCloseTo(probabilityAlive(params, 1, 2, 2), 14);
    expect(at(69)).toBeCloseTo(probabilityAlive(params, 1, 2, 69 / 7), 14);
    expect(at(70)).toBeCloseTo(probabilityAlive(params, 2, 10, 10), 14);
    expect(at(140)).toBeCloseTo(probabilityAlive(params, 2, 10, 20), 14);
    // By hand: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) with x = 2, t_x = 10, T = 20.
    expect(at(140)).toBeCloseTo(1 / (1 + (0.793 / 3.426) * ((4.414 + 20) / (4.414 + 10)) ** 2.243), 12);
    expect(at(69)!).toBeLessThan(at(14)!); // silence lowers it
    expect(at(70)!).toBeGreaterThan(at(69)!); // a purchase lifts it
  });

  it('has points in day order, weekly at least, from the first purchase to the as-of date', () => {
    const points = aliveOverTime([100, 400], 1000, params);
    expect(points[0]!.day).toBe(100);
    expect(points.at(-1)!.day).toBe(1000);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.day).toBeGreaterThan(points[i - 1]!.day);
      expect(points[i]!.day - points[i - 1]!.day).toBeLessThanOrEqual(7);
    }
    expect(aliveOverTime([], 10, params)).toEqual([]);
    expect(aliveOverTime([0], 10_000, params).length).toBeLessThanOrEqual(405);
  });
});
