/**
 * Calibration / hold-out backtest of BG/NBD: fit on the orders up to calibrationEnd, forecast
 * the repeat purchases of those same customers week by week to holdoutEnd, and set the forecast
 * beside what they actually did (the BTYD "tracking plot", cumulative and incremental).
 */
import type { AnalysisColumns } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { customerCountOf, purchaseDays } from '../customers/purchase-days';
import { bgnbdInputsFromPurchaseDays, compressInputs, fitBgNbd, type BgNbdParams } from './bgnbd';
import { expectedPurchases } from './bgnbd-predict';
import type { FitFailure } from './fit-result';

export interface BacktestWeek {
  /** Last day of the week (the final week may be shorter and ends at holdoutEnd). */
  weekEnd: EpochDay;
  /** Repeat purchase days in the week by customers acquired by calibrationEnd. */
  actual: number;
  /** Sum over those customers of E[Y(week end) − Y(week start) | calibration history]. */
  predicted: number;
  actualCumulative: number;
  predictedCumulative: number;
}

export type BacktestResult =
  | {
      ok: true;
      calibrationEnd: EpochDay;
      holdoutEnd: EpochDay;
      params: BgNbdParams;
      logLikelihood: number;
      /** Customers with a first purchase on or before calibrationEnd. */
      customers: number;
      weeks: BacktestWeek[];
      totals: { actual: number; predicted: number };
    }
  | { ok: false; code: FitFailure; reason: string };

/**
 * The forecast uses each customer's conditional expectation given the calibration history
 * (FHL 2005 eq. 10) — the same quantity the Customers page shows — summed over customers.
 * Purchases count as purchase days, like the model's inputs.
 */
export function backtest(columns: AnalysisColumns, period: { calibrationEnd: EpochDay; holdoutEnd: EpochDay }): BacktestResult {
  const { calibrationEnd, holdoutEnd } = period;
  if (!(holdoutEnd > calibrationEnd)) {
    return { ok: false, code: 'invalid-input', reason: 'The hold-out period must end after the calibration period.' };
  }
  const customerCount = customerCountOf(columns);
  const calibration = purchaseDays(columns, calibrationEnd, customerCount);
  const inputs = bgnbdInputsFromPurchaseDays(calibration, calibrationEnd);
  const fit = fitBgNbd(inputs);
  if (!fit.ok) return { ok: false, code: fit.code, reason: fit.reason };

  const weekCount = Math.ceil((holdoutEnd - calibrationEnd) / 7);
  const actual = new Float64Array(weekCount);
  const everything = purchaseDays(columns, holdoutEnd, customerCount);
  for (let c = 0; c < customerCount; c++) {
    if (inputs.weight[c] === 0) continue;
    for (let row = everything.offsets[c]!; row < everything.offsets[c + 1]!; row++) {
      const day = everything.day[row]!;
      if (day > calibrationEnd) actual[Math.floor((day - calibrationEnd - 1) / 7)]!++;
    }
  }

  const data = compressInputs(inputs);
  const weeks: BacktestWeek[] = [];
  let actualCumulative = 0;
  let predictedCumulative = 0;
  for (let week = 0; week < weekCount; week++) {
    const weekEnd = Math.min(calibrationEnd + 7 * (week + 1), holdoutEnd);
    const t = (weekEnd - calibrationEnd) / 7;
    let cumulative = 0;
    for (let row = 0; row < data.x.length; row++) {
      cumulative += data.weight[row]! * expectedPurchases(fit.params, data.x[row]!, data.tx[row]!, data.T[row]!, t);
    }
    actualCumulative += actual[week]!;
    weeks.push({
      weekEnd,
      actual: actual[week]!,
      predicted: cumulative - predictedCumulative,
      actualCumulative,
      predictedCumulative: cumulative,
    });
    predictedCumulative = cumulative;
  }
  return {
    ok: true,
    calibrationEnd,
    holdoutEnd,
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    customers: fit.customers,
    weeks,
    totals: { actual: actualCumulative, predicted: predictedCumulative },
  };
}
