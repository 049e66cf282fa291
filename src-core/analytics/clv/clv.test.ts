import { beforeAll, describe, expect, it } from 'vitest';
import { concatChunks, orderStoreFrom, type OrderColumns } from '../../data/columnar';
import type { NormalizedOrder } from '../../model/orders';
import { NO_SEGMENT } from '../customers/rfm';
import { backtest } from './backtest';
import { bgnbdInputs } from './bgnbd';
import { expectedPurchases } from './bgnbd-predict';
import { clvSummary, customerLifetimeValue, discountedExpectedPurchases } from './clv';
import { randomGamma, seededRandom } from './simulate';
import { customerValueTable } from './value-table';

const START = 10_000;
const AS_OF = START + 400;

function order(customerKey: string, day: number, amount: number, cancelled = false): NormalizedOrder {
  return {
    orderId: `${customerKey}-${day}-${amount}-${cancelled}`,
    customerKey,
    customerName: '',
    email: '',
    phone: '',
    day,
    amount,
    quantity: 1,
    product: '',
    channel: '',
    country: '',
    discountCode: '',
    currency: 'EUR',
    cancelled,
    line: 0,
  };
}

/** A shop of BG/NBD-like customers in calendar days: 600 customers over 400 days, plus one with only a cancelled order. */
function syntheticShop(seed: number): OrderColumns {
  const random = seededRandom(seed);
  const orders: NormalizedOrder[] = [order('cancelled-only', START + 5, 50, true)];
  for (let c = 0; c < 600; c++) {
    const key = `c${c}`;
    let day = START + Math.floor(random() * 200);
    const ratePerDay = randomGamma(random, 0.8, 60);
    const dropout = 0.05 + 0.4 * random();
    const spend = 20 + 40 * random();
    orders.push(order(key, day, spend * (0.5 + random())));
    for (;;) {
      day += Math.ceil(-Math.log(1 - random()) / ratePerDay);
      if (day > START + 520) break;
      orders.push(order(key, day, spend * (0.5 + random())));
      if (random() < dropout) break;
    }
  }
  return concatChunks(orderStoreFrom(orders).chunks);
}

describe('CLV maths', () => {
  const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
  const history = { x: 3, tx: 20, T: 30, meanValue: 40 };

  it('without discounting, sums to the expected purchases over the horizon', () => {
    const total = discountedExpectedPurchases(bg, 3, 20, 30, { horizonDays: 365, annualDiscountRate: 0 });
    expect(total).toBeCloseTo(expectedPurchases(bg, 3, 20, 30, 365 / 7), 12);
  });

  it('discounts each month at its end: one 30-day step is divided by (1 + d)^(30/365)', () => {
    const total = discountedExpectedPurchases(bg, 3, 20, 30, { horizonDays: 30, annualDiscountRate: 0.2 });
    expect(total).toBeCloseTo(expectedPurchases(bg, 3, 20, 30, 30 / 7) / 1.2 ** (30 / 365), 12);
  });

  it('scales with margin and shrinks with the discount rate', () => {
    const full = customerLifetimeValue(bg, gg, history, { marginPct: 100, annualDiscountRate: 0 });
    expect(customerLifetimeValue(bg, gg, history, { marginPct: 30, annualDiscountRate: 0 })).toBeCloseTo(0.3 * full, 10);
    expect(customerLifetimeValue(bg, gg, history, { marginPct: 100, annualDiscountRate: 0.1 })).toBeLessThan(full);
    expect(customerLifetimeValue(bg, gg, history, { horizonDays: 730, annualDiscountRate: 0 })).toBeGreaterThan(full);
  });
});

describe('on a synthetic shop', () => {
  let columns: OrderColumns;
  beforeAll(() => {
    columns = syntheticShop(42);
  });

  it('customerValueTable fills every model column for present customers and NaN / no segment for absent ones', () => {
    const table = customerValueTable(columns, AS_OF, { annualDiscountRate: 0 });
    if (!table.bgnbd.ok || !table.gammaGamma.ok) throw new Error('models should fit on the synthetic shop');
    expect(table.summaries.count).toBe(601);
    expect(table.summaries.present[0]).toBe(0);
    expect(table.segment[0]).toBe(NO_SEGMENT);
    expect(table.probabilityAlive[0]).toBeNaN();
    expect(table.predictedClv[0]).toBeNaN();
    const inputs = bgnbdInputs(columns, AS_OF);
    let absent = 0;
    for (let c = 1; c < 601; c++) {
      if (table.summaries.present[c] === 0) {
        absent++;
        continue;
      }
      expect(table.probabilityAlive[c]).toBeGreaterThan(0);
      expect(table.probabilityAlive[c]).toBeLessThanOrEqual(1);
      expect(table.expectedPurchases90[c]).toBeLessThan(table.expectedPurchases365[c]!);
      expect(table.expectedPurchases365[c]).toBeCloseTo(expectedPurchases(table.bgnbd.params, inputs.x[c]!, inputs.tx[c]!, inputs.T[c]!, 365 / 7), 12);
      // With no discounting and full margin, CLV over 365 days = E[AOV] × E[purchases in 365 days].
      expect(table.predictedClv[c]).toBeCloseTo(table.expectedAverageOrderValue[c]! * table.expectedPurchases365[c]!, 8);
      expect(table.recencyScore[c]).toBeGreaterThanOrEqual(1);
      expect(table.segment[c]).not.toBe(NO_SEGMENT);
    }
    // Every generated customer starts within the first 200 days, so only the cancelled-only one is absent.
    expect(absent).toBe(0);
  });

  it('clvSummary totals the per-customer table', () => {
    const summary = clvSummary(columns, { asOf: AS_OF, horizonDays: 365, annualDiscountRate: 0 });
    const table = customerValueTable(columns, AS_OF, { annualDiscountRate: 0 });
    let purchases = 0;
    let revenue = 0;
    for (let c = 0; c < table.summaries.count; c++) {
      if (table.summaries.present[c] === 0) continue;
      purchases += table.expectedPurchases365[c]!;
      revenue += table.expectedPurchases365[c]! * table.expectedAverageOrderValue[c]!;
    }
    expect(summary.expectedRepeatPurchases).toBeCloseTo(purchases, 8);
    expect(summary.expectedRevenue).toBeCloseTo(revenue, 6);
    expect(summary.predictedClv).toBeCloseTo(revenue, 6);
    expect(summary.message).toBeUndefined();
  });

  it('clvSummary ignores orders after asOf', () => {
    const early = clvSummary(columns, { asOf: START + 250 });
    const late = clvSummary(columns, { asOf: AS_OF });
    expect(early.bgnbd).not.toBeNull();
    expect(early.bgnbd!.logLikelihood).not.toBeCloseTo(late.bgnbd!.logLikelihood, 0);
  });

  it('backtest counts the hold-out purchase days week by week and forecasts them', () => {
    const result = backtest(columns, { calibrationEnd: START + 300, holdoutEnd: START + 400 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.weeks).toHaveLength(15);
    expect(result.weeks.at(-1)!.weekEnd).toBe(START + 400);
    // Independent count: distinct (customer, day) after calibration among customers acquired by then.
    const firstDay = new Map<number, number>();
    const days = new Set<string>();
    for (let i = 0; i < columns.count; i++) {
      if (columns.cancelled[i]) continue;
      const c = columns.customer[i]!;
      firstDay.set(c, Math.min(firstDay.get(c) ?? Infinity, columns.day[i]!));
    }
    for (let i = 0; i < columns.count; i++) {
      const c = columns.customer[i]!;
      const day = columns.day[i]!;
      if (!columns.cancelled[i] && day > START + 300 && day <= START + 400 && firstDay.get(c)! <= START + 300) days.add(`${c}:${day}`);
    }
    expect(result.totals.actual).toBe(days.size);
    const increments = result.weeks.reduce((sum, week) => sum + week.predicted, 0);
    expect(increments).toBeCloseTo(result.totals.predicted, 9);
    expect(result.totals.predicted).toBeGreaterThan(0.6 * result.totals.actual);
    expect(result.totals.predicted).toBeLessThan(1.6 * result.totals.actual);
  });

  it('backtest refuses a hold-out that ends before it starts', () => {
    expect(backtest(columns, { calibrationEnd: START + 300, holdoutEnd: START + 300 })).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});

describe('when the data cannot support a model', () => {
  it('clvSummary says why and reports no numbers instead of made-up ones', () => {
    const columns = concatChunks(orderStoreFrom([order('a', START, 10), order('a', START + 10, 12), order('b', START + 3, 20)]).chunks);
    const summary = clvSummary(columns, { asOf: START + 30 });
    expect(summary).toMatchObject({ model: 'bgnbd+gg', bgnbd: null, gammaGamma: null, expectedRepeatPurchases: null, expectedRevenue: null, horizonDays: 365 });
    expect(summary.message).toMatch(/at least 20/);
  });
});
