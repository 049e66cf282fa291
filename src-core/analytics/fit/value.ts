/**
 * The value side of customer fit, from the orders: lifetime revenue, the
 * monthly average over the last 12 months, gross margin (workspace default %
 * overridable per product and per customer), growth (trend of the last complete
 * months) and how many months in a row revenue has fallen.
 *
 * Only counted orders dated on or before the as-of date count (DESIGN.md).
 * Customers are addressed by their store index (OrderStore.customers), like the
 * customer summaries, so the UI can join the two tables directly.
 */
import type { CustomerRecord, AnalysisColumns, OrderDictionaries } from '../../data/columnar';
import type { EpochDay } from '../../model/orders';
import { monthIndex, periodEndDay } from '../periods';

export interface MarginSettings {
  /** Workspace default gross margin as a fraction (0.4 = 40 %). */
  defaultMargin: number;
  /** Product name → margin fraction; applies to orders whose first product it is. */
  byProduct?: Readonly<Record<string, number>>;
  /** Customer key → margin fraction; wins over product and default. */
  byCustomer?: Readonly<Record<string, number>>;
}

export interface ValueOptions {
  asOf: EpochDay;
  margins: MarginSettings;
  /** Complete calendar months the growth trend looks at (default 6). */
  trendMonths?: number;
  /** Predicted CLV per store customer index; NaN (or absent) where the model has none. */
  predictedClv?: Float64Array;
}

export interface CustomerValue {
  /** Store customer index. */
  customer: number;
  key: string;
  orders: number;
  firstOrderDay: EpochDay;
  lastOrderDay: EpochDay;
  lifetimeRevenue: number;
  /** Revenue in the 12 calendar months ending with the as-of month. */
  last12Revenue: number;
  /** last12Revenue per month the customer has been a customer within those 12 months (1 … 12). */
  monthlyRevenue: number;
  /** Gross margin in money: each order's revenue × the margin that applies to it. */
  grossMargin: number;
  /** grossMargin / lifetimeRevenue; the default margin when revenue is 0. */
  marginRate: number;
  /**
   * Least-squares slope of the monthly revenues of the trend window divided by
   * their mean: +0.05 = growing 5 % of an average month per month; 0 when the window
   * holds no revenue; null when the customer has fewer than 3 complete months of history.
   */
  growth: number | null;
  /** Consecutive month-on-month declines ending with the last complete month. */
  fallingPeriods: number;
  predictedClv: number | null;
  /** Revenue of each month in the trend window, oldest first (for sparklines). */
  trend: number[];
}

export const DEFAULT_TREND_MONTHS = 6;
/** Fewer complete months than this and a slope says nothing. */
const MIN_TREND_MONTHS = 3;

/** Margin fraction of one order: customer override, else product override, else the default. */
function marginOf(settings: MarginSettings, customerKey: string, product: string): number {
  const byCustomer = settings.byCustomer?.[customerKey];
  if (byCustomer !== undefined) return byCustomer;
  const byProduct = product === '' ? undefined : settings.byProduct?.[product];
  return byProduct ?? settings.defaultMargin;
}

export function customerValues(
  columns: AnalysisColumns,
  dictionaries: OrderDictionaries,
  customers: readonly CustomerRecord[],
  options: ValueOptions,
): CustomerValue[] {
  const { asOf, margins } = options;
  const trendMonths = Math.max(MIN_TREND_MONTHS, Math.floor(options.trendMonths ?? DEFAULT_TREND_MONTHS));
  const asOfMonth = monthIndex(asOf);
  // The as-of month is only in the trend when it has ended: a half month would read as a fall.
  const lastCompleteMonth = periodEndDay(asOfMonth, 'month') <= asOf ? asOfMonth : asOfMonth - 1;
  const firstTrendMonth = lastCompleteMonth - trendMonths + 1;

  const count = customers.length;
  const orders = new Uint32Array(count);
  const firstDay = new Int32Array(count).fill(2 ** 31 - 1);
  const lastDay = new Int32Array(count).fill(-(2 ** 31));
  const revenue = new Float64Array(count);
  const last12 = new Float64Array(count);
  const margin = new Float64Array(count);
  const monthly = new Float64Array(count * trendMonths);

  for (let i = 0; i < columns.count; i++) {
    const day = columns.day[i]!;
    if (columns.cancelled[i] !== 0 || day > asOf) continue;
    const c = columns.customer[i]!;
    const customer = customers[c];
    if (!customer) continue;
    const amount = columns.amount[i]!;
    orders[c]!++;
    if (day < firstDay[c]!) firstDay[c] = day;
    if (day > lastDay[c]!) lastDay[c] = day;
    revenue[c]! += amount;
    margin[c]! += amount * marginOf(margins, customer.key, dictionaries.products[columns.product[i]!] ?? '');
    const month = monthIndex(day);
    if (month > asOfMonth - 12) last12[c]! += amount;
    if (month >= firstTrendMonth && month <= lastCompleteMonth) monthly[c * trendMonths + month - firstTrendMonth]! += amount;
  }

  const values: CustomerValue[] = [];
  for (let c = 0; c < count; c++) {
    if (orders[c] === 0) continue;
    const customer = customers[c]!;
    const monthsAsCustomer = Math.min(12, Math.max(1, asOfMonth - monthIndex(firstDay[c]!) + 1));
    // Months before the first order are not a trend, they are the time before the customer existed.
    const historyStart = Math.max(firstTrendMonth, monthIndex(firstDay[c]!));
    const trend = Array.from(monthly.subarray(c * trendMonths, (c + 1) * trendMonths));
    const window = trend.slice(historyStart - firstTrendMonth);
    const clv = options.predictedClv?.[c];
    values.push({
      customer: c,
      key: customer.key,
      orders: orders[c]!,
      firstOrderDay: firstDay[c]!,
      lastOrderDay: lastDay[c]!,
      lifetimeRevenue: revenue[c]!,
      last12Revenue: last12[c]!,
      monthlyRevenue: last12[c]! / monthsAsCustomer,
      grossMargin: margin[c]!,
      marginRate: revenue[c] === 0 ? marginOf(margins, customer.key, '') : margin[c]! / revenue[c]!,
      // A window without revenue is flat: no growth, rather than unknown.
      growth: window.length >= MIN_TREND_MONTHS ? (relativeSlope(window) ?? 0) : null,
      fallingPeriods: fallingRun(window),
      predictedClv: clv === undefined || Number.isNaN(clv) ? null : clv,
      trend,
    });
  }
  return values;
}

/** Least-squares slope over x = 0, 1, … divided by the mean; null when the mean is not positive. */
export function relativeSlope(series: readonly number[]): number | null {
  const n = series.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  const meanY = series.reduce((sum, y) => sum + y, 0) / n;
  if (!(meanY > 0)) return null;
  let covariance = 0;
  let varianceX = 0;
  series.forEach((y, x) => {
    covariance += (x - meanX) * (y - meanY);
    varianceX += (x - meanX) ** 2;
  });
  return covariance / varianceX / meanY;
}

/** How many of the last steps were strictly downwards, counting back from the newest. */
export function fallingRun(series: readonly number[]): number {
  let run = 0;
  for (let i = series.length - 1; i > 0; i--) {
    if (series[i]! < series[i - 1]!) run++;
    else break;
  }
  return run;
}
