import { describe, expect, it } from 'vitest';
import { customerValues, fallingRun, relativeSlope, type CustomerValue, type MarginSettings } from '../../../src-core/analytics/fit';
import { day, order, storeOf } from './support';

const margins: MarginSettings = { defaultMargin: 0.4, byProduct: { Premium: 0.6 }, byCustomer: { P: 0.1 } };

// As of 15 June 2024: June is not over, so the trend looks at December 2023 … May 2024.
const orders = [
  order('F', '2023-01-05', 100), // more than 12 months back: lifetime only
  order('F', '2023-12-10', 600),
  order('F', '2024-01-10', 500),
  order('F', '2024-02-10', 500),
  order('F', '2024-03-10', 400),
  order('F', '2024-04-10', 300),
  order('F', '2024-05-10', 200),
  order('F', '2024-05-20', 999, { cancelled: true }),
  order('F', '2024-06-10', 1000), // the unfinished as-of month: revenue, not trend
  order('F', '2024-07-01', 5000), // after the as-of date
  order('N', '2024-04-20', 200),
  order('N', '2024-05-03', 100),
  order('N', '2024-06-01', 300),
  order('M', '2024-03-01', 100, { product: 'Premium' }),
  order('M', '2024-03-02', 100, { product: 'Basic' }),
  order('P', '2024-03-01', 100, { product: 'Premium' }),
  order('Z', '2023-11-15', 500),
  order('X', '2024-05-01', 50, { cancelled: true }),
];

function valuesAsOf(asOf: string, clv?: Float64Array): Map<string, CustomerValue> {
  const { store, columns } = storeOf(orders);
  const values = customerValues(columns, store.dictionaries, store.customers, { asOf: day(asOf), margins, ...(clv ? { predictedClv: clv } : {}) });
  return new Map(values.map((value) => [value.key, value]));
}

describe('customerValues', () => {
  const values = valuesAsOf('2024-06-15');

  it('counts only counted orders up to the as-of date', () => {
    const f = values.get('F')!;
    expect(f.orders).toBe(8);
    expect(f.lifetimeRevenue).toBe(3600);
    expect(f.firstOrderDay).toBe(day('2023-01-05'));
    expect(f.lastOrderDay).toBe(day('2024-06-10'));
    // A customer whose only order was cancelled is not a customer.
    expect(values.has('X')).toBe(false);
  });

  it('averages the last 12 months over the months the customer has been one', () => {
    // July 2023 … June 2024: 3500 over 12 months.
    expect(values.get('F')!.last12Revenue).toBe(3500);
    expect(values.get('F')!.monthlyRevenue).toBeCloseTo(3500 / 12, 10);
    // First order in April: April, May, June = 3 months.
    expect(values.get('N')!.monthlyRevenue).toBe(200);
  });

  it('takes the margin of the customer, else of the product, else the default', () => {
    const m = values.get('M')!;
    expect(m.grossMargin).toBeCloseTo(60 + 40, 10);
    expect(m.marginRate).toBeCloseTo(0.5, 10);
    expect(values.get('P')!.grossMargin).toBeCloseTo(10, 10);
    expect(values.get('F')!.grossMargin).toBeCloseTo(3600 * 0.4, 8);
  });

  it('measures growth as the least-squares slope of complete months relative to their mean', () => {
    const f = values.get('F')!;
    expect(f.trend).toEqual([600, 500, 500, 400, 300, 200]);
    // Σ(x − 2.5)·y = −1350, Σ(x − 2.5)² = 17.5, mean 2500/6.
    expect(f.growth).toBeCloseTo(-1350 / 17.5 / (2500 / 6), 12);
    expect(f.fallingPeriods).toBe(3);
  });

  it('has no growth figure for a customer with under 3 complete months, and 0 for a silent one', () => {
    const n = values.get('N')!;
    expect(n.growth).toBeNull();
    expect(n.fallingPeriods).toBe(1); // April 200 → May 100
    const z = values.get('Z')!;
    expect(z.trend).toEqual([0, 0, 0, 0, 0, 0]);
    expect(z.growth).toBe(0);
    expect(z.fallingPeriods).toBe(0);
  });

  it('includes the as-of month in the trend once it is over', () => {
    const f = valuesAsOf('2024-05-31').get('F')!;
    expect(f.lifetimeRevenue).toBe(2600);
    expect(f.trend).toEqual([600, 500, 500, 400, 300, 200]);
    const june = valuesAsOf('2024-06-30').get('F')!;
    expect(june.trend).toEqual([500, 500, 400, 300, 200, 1000]);
    expect(june.fallingPeriods).toBe(0);
    expect(june.growth!).toBeGreaterThan(0);
  });

  it('passes the predicted CLV through where the model has one', () => {
    const { store } = storeOf(orders);
    const clv = new Float64Array(store.customers.length).fill(Number.NaN);
    const fIndex = store.customers.findIndex((c) => c.key === 'F');
    clv[fIndex] = 1234;
    const values = valuesAsOf('2024-06-15', clv);
    expect(values.get('F')!.predictedClv).toBe(1234);
    expect(values.get('F')!.customer).toBe(fIndex);
    expect(values.get('N')!.predictedClv).toBeNull();
  });
});

describe('trend helpers', () => {
  it.each([
    [[100, 100, 100], 0],
    [[100, 200, 300], 0.5],
    [[0, 0, 0], null],
    [[5], null],
  ])('relativeSlope(%j) = %j', (series, expected) => {
    const slope = relativeSlope(series);
    if (expected === null) expect(slope).toBeNull();
    else expect(slope).toBeCloseTo(expected, 12);
  });
  it.each([
    [[5, 4, 3, 2], 3],
    [[5, 4, 4, 2], 1],
    [[1, 2, 3], 0],
    [[], 0],
  ])('fallingRun(%j) = %d', (series, expected) => expect(fallingRun(series)).toBe(expected));
});
