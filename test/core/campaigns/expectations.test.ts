import { describe, expect, it } from 'vitest';
import { concatChunks, orderStoreFrom } from '../../../src-core/data/columnar';
import { customerValueTable } from '../../../src-core/analytics';
import { HISTORY_PRIOR_DAYS, customerExpectations } from '../../../src-core/campaigns';
import { day, order } from './orders';

describe('customerExpectations from history', () => {
  // p buys on days 0, 100 and 200 (10, 20, 30); q once on day 300 (50); as of day 365.
  const store = orderStoreFrom([
    order('p@x.test', '2024-01-01', 10),
    order('p@x.test', '2024-04-10', 20),
    order('p@x.test', '2024-07-19', 30),
    order('q@x.test', '2024-10-27', 50),
  ]);
  const columns = concatChunks(store.chunks);
  const table = customerValueTable(columns, day('2024-12-31'));

  it('falls back to history when two customers cannot support a model', () => {
    expect(table.bgnbd.ok).toBe(false);
    const result = customerExpectations(columns, table, [0, 1], 30);
    expect(result.baselineSource).toBe('history');
    expect(result.orderValueSource).toBe('history');
    // Shop repeat rate: 2 repeat purchase days over 365 + 65 days observed.
    const shopRate = 2 / 430;
    const pRate = (2 + HISTORY_PRIOR_DAYS * shopRate) / (365 + HISTORY_PRIOR_DAYS);
    const qRate = (0 + HISTORY_PRIOR_DAYS * shopRate) / (65 + HISTORY_PRIOR_DAYS);
    expect(result.customers[0]!.expectedOrderValue).toBeCloseTo(20, 12);
    expect(result.customers[0]!.baselineProbability).toBeCloseTo(1 - Math.exp(-pRate * 30), 12);
    expect(result.customers[1]!.expectedOrderValue).toBeCloseTo(50, 12);
    expect(result.customers[1]!.baselineProbability).toBeCloseTo(1 - Math.exp(-qRate * 30), 12);
  });

  it("uses the shop's average order for a customer it does not know", () => {
    const result = customerExpectations(columns, table, [7], 30);
    expect(result.customers[0]!.expectedOrderValue).toBeCloseTo(110 / 4, 12);
    expect(result.customers[0]!.baselineProbability).toBeCloseTo(1 - Math.exp(-(2 / 430) * 30), 12);
  });
});
