/**
 * For each customer a campaign would contact: what an order of theirs is worth and
 * how likely they are to buy in the campaign window anyway. The projection needs
 * both to separate the orders the campaign causes from the ones it merely discounts.
 * From the fitted models when they are available, else from the customer's history.
 */
import type { AnalysisColumns } from '../data/columnar';
import { bgnbdInputs } from '../analytics/clv/bgnbd';
import { expectedPurchases } from '../analytics/clv/bgnbd-predict';
import type { CustomerValueTable } from '../analytics/clv/value-table';

export interface CustomerExpectation {
  expectedOrderValue: number;
  /** Probability of at least one order in the window without the campaign, in [0, 1]. */
  baselineProbability: number;
}

export interface CustomerExpectations {
  customers: CustomerExpectation[];
  /** Where the baseline probabilities came from: the BG/NBD model, or the order history. */
  baselineSource: 'model' | 'history';
  /** Gamma-Gamma when it could be fitted, else each customer's own average order value. */
  orderValueSource: 'model' | 'history';
}

/**
 * Weight, in days of observation, of the shop's average repeat rate in a customer's own rate:
 * a customer seen for a month is mostly judged by the shop, one seen for years by themselves.
 */
export const HISTORY_PRIOR_DAYS = 365;

/**
 * Expectations for the given store customer indexes over a window of windowDays from the table's as-of date.
 *
 * Model: P(buy) ≈ 1 − exp(−E[Y(window)]) with E[Y] the BG/NBD expected purchases, i.e. the
 * purchases treated as Poisson with that mean (exact for a single known rate, close otherwise).
 *
 * History: the customer's repeat rate shrunk towards the shop's,
 *   λ = (repeat purchase days + K·λ̄) / (days since first order + K),  λ̄ = Σ repeat days / Σ days observed,
 * and P(buy) = 1 − exp(−λ · window). Unlike the model it ignores how long the customer has been silent.
 *
 * Order value: Gamma-Gamma expected value, else the customer's average order, else the shop's.
 */
export function customerExpectations(
  columns: AnalysisColumns,
  table: Pick<CustomerValueTable, 'asOf' | 'summaries' | 'bgnbd' | 'gammaGamma' | 'expectedAverageOrderValue'>,
  customerIndexes: readonly number[],
  windowDays: number,
): CustomerExpectations {
  const { summaries, asOf } = table;
  let shopRevenue = 0;
  let shopOrders = 0;
  let repeatDays = 0;
  let observedDays = 0;
  for (let c = 0; c < summaries.count; c++) {
    if (summaries.present[c] !== 1) continue;
    shopRevenue += summaries.revenue[c]!;
    shopOrders += summaries.orders[c]!;
    repeatDays += summaries.purchaseDays[c]! - 1;
    observedDays += asOf - summaries.firstOrderDay[c]!;
  }
  const shopOrderValue = shopOrders > 0 ? shopRevenue / shopOrders : 0;
  const shopRate = observedDays > 0 ? repeatDays / observedDays : 0;

  const fit = table.bgnbd;
  const inputs = fit.ok ? bgnbdInputs(columns, asOf, summaries.count) : null;
  const customers = customerIndexes.map((c): CustomerExpectation => {
    const present = c < summaries.count && summaries.present[c] === 1;
    const modelValue = table.expectedAverageOrderValue[c];
    const ownValue = present ? summaries.averageOrderValue[c]! : Number.NaN;
    const expectedOrderValue = modelValue !== undefined && Number.isFinite(modelValue) ? modelValue : Number.isFinite(ownValue) ? ownValue : shopOrderValue;
    let baselineProbability: number;
    if (fit.ok && inputs && present) {
      const expected = expectedPurchases(fit.params, inputs.x[c]!, inputs.tx[c]!, inputs.T[c]!, windowDays / 7);
      baselineProbability = 1 - Math.exp(-expected);
    } else {
      const own = present ? summaries.purchaseDays[c]! - 1 : 0;
      const days = present ? asOf - summaries.firstOrderDay[c]! : 0;
      const rate = (own + HISTORY_PRIOR_DAYS * shopRate) / (days + HISTORY_PRIOR_DAYS);
      baselineProbability = 1 - Math.exp(-rate * windowDays);
    }
    return { expectedOrderValue, baselineProbability: Math.min(1, Math.max(0, baselineProbability)) };
  });
  return { customers, baselineSource: fit.ok ? 'model' : 'history', orderValueSource: table.gammaGamma.ok ? 'model' : 'history' };
}
