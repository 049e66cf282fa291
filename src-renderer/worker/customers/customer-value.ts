/**
 * The worker side of the Customers pages. The value table (RFM, BG/NBD, Gamma-Gamma, CLV) takes
 * seconds on 100,000 customers, so it is computed once per loaded data and horizon and kept;
 * the lapsed setting and the profile only read it. A reload of the workspace brings new columns,
 * and with them a fresh cache (keyed by the columns object).
 */
import {
  DEFAULT_ANNUAL_DISCOUNT_RATE,
  DEFAULT_AT_RISK_FACTOR,
  DEFAULT_MARGIN_PCT,
  atRiskFlags,
  backtest,
  customerValueTable,
  lapsedFlags,
  type BacktestResult,
  type CustomerValueTable,
} from '../../../src-core/analytics';
import type { CustomerRecord, AnalysisColumns, OrderDictionaries } from '../../../src-core/data/columnar';
import type { EpochDay } from '../../../src-core/model/orders';
import { aliveOverTime } from './alive-over-time';
import type { CustomerMetrics, CustomerModelReport, CustomerOrder, CustomerProfile, CustomerTable, CustomerTableOptions } from './customer-answers';

/** What the engine has loaded for the active workspace. */
export interface LoadedCustomers {
  columns: AnalysisColumns;
  dictionaries: OrderDictionaries;
  customers: CustomerRecord[];
}

interface Cached {
  span: { first: EpochDay; last: EpochDay } | null;
  tables: Map<number, CustomerValueTable>;
  backtests: Map<EpochDay, BacktestResult>;
}

const cache = new WeakMap<AnalysisColumns, Cached>();

function cachedFor(columns: AnalysisColumns): Cached {
  let cached = cache.get(columns);
  if (!cached) {
    cached = { span: countedSpan(columns), tables: new Map(), backtests: new Map() };
    cache.set(columns, cached);
  }
  return cached;
}

/** First and last counted order day; the last is the as-of date (DESIGN.md). */
function countedSpan(columns: AnalysisColumns): { first: EpochDay; last: EpochDay } | null {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < columns.count; i++) {
    if (columns.cancelled[i] === 1) continue;
    const day = columns.day[i]!;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return Number.isFinite(first) ? { first, last } : null;
}

function valueTable(loaded: LoadedCustomers, horizonDays: number): CustomerValueTable | null {
  const cached = cachedFor(loaded.columns);
  if (!cached.span) return null;
  let table = cached.tables.get(horizonDays);
  if (!table) {
    table = customerValueTable(loaded.columns, cached.span.last, {
      horizonDays,
      customerCount: loaded.customers.length,
      marginPct: DEFAULT_MARGIN_PCT,
      annualDiscountRate: DEFAULT_ANNUAL_DISCOUNT_RATE,
    });
    cached.tables.set(horizonDays, table);
  }
  return table;
}

export function customerTable(loaded: LoadedCustomers, options: CustomerTableOptions): CustomerTable {
  const value = valueTable(loaded, options.horizonDays);
  const present: number[] = [];
  if (value) for (let c = 0; c < value.summaries.count; c++) if (value.summaries.present[c] === 1) present.push(c);
  const customer = Uint32Array.from(present);
  const gather = <T extends { length: number; [index: number]: number }>(column: T, make: (length: number) => T): T => {
    const out = make(present.length);
    for (let r = 0; r < present.length; r++) out[r] = column[present[r]!]!;
    return out;
  };
  const summaries = value?.summaries;
  const float = (column: Float64Array | undefined) => (column ? gather(column, (n) => new Float64Array(n)) : new Float64Array(0));
  const int = (column: Int32Array | undefined) => (column ? gather(column, (n) => new Int32Array(n)) : new Int32Array(0));
  const byte = (column: Uint8Array | undefined) => (column ? gather(column, (n) => new Uint8Array(n)) : new Uint8Array(0));
  const records = present.map((c) => loaded.customers[c]);
  return {
    asOf: cachedFor(loaded.columns).span?.last ?? null,
    horizonDays: options.horizonDays,
    marginPct: DEFAULT_MARGIN_PCT,
    annualDiscountRate: DEFAULT_ANNUAL_DISCOUNT_RATE,
    lapsedAfterDays: options.lapsedAfterDays,
    atRiskFactor: DEFAULT_AT_RISK_FACTOR,
    rows: present.length,
    customer,
    key: records.map((record) => record?.key ?? ''),
    name: records.map((record) => record?.name ?? ''),
    email: records.map((record) => record?.email ?? ''),
    firstOrderDay: int(summaries?.firstOrderDay),
    lastOrderDay: int(summaries?.lastOrderDay),
    orders: summaries ? gather(summaries.orders, (n) => new Uint32Array(n)) : new Uint32Array(0),
    revenue: float(summaries?.revenue),
    averageOrderValue: float(summaries?.averageOrderValue),
    daysSinceLastOrder: int(summaries?.daysSinceLastOrder),
    typicalIntervalDays: float(summaries?.typicalIntervalDays),
    recencyScore: byte(value?.recencyScore),
    frequencyScore: byte(value?.frequencyScore),
    monetaryScore: byte(value?.monetaryScore),
    segment: byte(value?.segment),
    lapsed: byte(summaries && lapsedFlags(summaries, options.lapsedAfterDays)),
    atRisk: byte(summaries && atRiskFlags(summaries, DEFAULT_AT_RISK_FACTOR)),
    probabilityAlive: float(value?.probabilityAlive),
    expectedPurchases90: float(value?.expectedPurchases90),
    expectedPurchases365: float(value?.expectedPurchases365),
    predictedClv: float(value?.predictedClv),
    bgnbd: value?.bgnbd ?? NO_DATA_FIT,
    gammaGamma: value?.gammaGamma ?? NO_DATA_FIT,
  };
}

const NO_DATA_FIT = { ok: false, code: 'too-few-customers', reason: 'The workspace has no counted orders.', customers: 0 } as const;

/** One customer's orders, contact details and the model's view of them over time. */
export function customerProfile(loaded: LoadedCustomers, customer: number, options: CustomerTableOptions): CustomerProfile | null {
  const record = loaded.customers[customer];
  if (!record) return null;
  const { columns, dictionaries } = loaded;
  const orders: CustomerOrder[] = [];
  for (let i = 0; i < columns.count; i++) {
    if (columns.customer[i] !== customer) continue;
    orders.push({
      orderId: columns.orderId.at(i) ?? '',
      day: columns.day[i]!,
      amount: columns.amount[i]!,
      product: dictionaries.products[columns.product[i]!] ?? '',
      channel: dictionaries.channels[columns.channel[i]!] ?? '',
      cancelled: columns.cancelled[i] === 1,
    });
  }
  orders.sort((a, b) => a.day - b.day || a.orderId.localeCompare(b.orderId));

  const value = valueTable(loaded, options.horizonDays);
  const metrics = value && value.summaries.present[customer] === 1 ? metricsOf(value, customer, options.lapsedAfterDays) : null;
  const purchaseDays = [...new Set(orders.filter((order) => !order.cancelled && value && order.day <= value.asOf).map((order) => order.day))];
  const aliveHistory = value && metrics && value.bgnbd.ok ? aliveOverTime(purchaseDays, value.asOf, value.bgnbd.params) : [];
  return { customer, key: record.key, name: record.name, email: record.email, phone: record.phone, metrics, orders, aliveOverTime: aliveHistory };
}

function metricsOf(value: CustomerValueTable, c: number, lapsedAfterDays: number): CustomerMetrics {
  const { summaries } = value;
  const daysSinceLastOrder = summaries.daysSinceLastOrder[c]!;
  const typicalIntervalDays = summaries.typicalIntervalDays[c]!;
  return {
    asOf: value.asOf,
    horizonDays: value.horizonDays,
    firstOrderDay: summaries.firstOrderDay[c]!,
    lastOrderDay: summaries.lastOrderDay[c]!,
    orders: summaries.orders[c]!,
    purchaseDays: summaries.purchaseDays[c]!,
    revenue: summaries.revenue[c]!,
    averageOrderValue: summaries.averageOrderValue[c]!,
    daysSinceLastOrder,
    typicalIntervalDays,
    recencyScore: value.recencyScore[c]!,
    frequencyScore: value.frequencyScore[c]!,
    monetaryScore: value.monetaryScore[c]!,
    segment: value.segment[c]!,
    // The same rules as src-core's lapsedFlags / atRiskFlags, for one customer.
    lapsed: daysSinceLastOrder >= lapsedAfterDays,
    atRisk: summaries.purchaseDays[c]! >= 2 && daysSinceLastOrder > DEFAULT_AT_RISK_FACTOR * typicalIntervalDays,
    lapsedAfterDays,
    probabilityAlive: value.probabilityAlive[c]!,
    expectedPurchases90: value.expectedPurchases90[c]!,
    expectedPurchases365: value.expectedPurchases365[c]!,
    expectedAverageOrderValue: value.expectedAverageOrderValue[c]!,
    predictedClv: value.predictedClv[c]!,
  };
}

/** Two thirds of the way through the data: enough history to fit, enough hold-out to judge. */
export function defaultCalibrationEnd(first: EpochDay, last: EpochDay): EpochDay {
  return first + Math.round(((last - first) * 2) / 3);
}

/** The fitted models at the as-of date and the calibration / hold-out backtest. */
export function customerModel(loaded: LoadedCustomers, calibrationEnd: EpochDay | null, horizonDays: number): CustomerModelReport {
  const cached = cachedFor(loaded.columns);
  const value = valueTable(loaded, horizonDays);
  if (!cached.span || !value) {
    return {
      asOf: null,
      firstOrderDay: null,
      calibrationEnd: null,
      customers: 0,
      bgnbd: NO_DATA_FIT,
      gammaGamma: NO_DATA_FIT,
      backtest: { ok: false, code: NO_DATA_FIT.code, reason: NO_DATA_FIT.reason },
    };
  }
  const { first, last } = cached.span;
  const end = Math.min(Math.max(calibrationEnd ?? defaultCalibrationEnd(first, last), first), last);
  let result = cached.backtests.get(end);
  if (!result) {
    result = backtest(loaded.columns, { calibrationEnd: end, holdoutEnd: last });
    cached.backtests.set(end, result);
  }
  let customers = 0;
  for (let c = 0; c < value.summaries.count; c++) customers += value.summaries.present[c]!;
  return { asOf: last, firstOrderDay: first, calibrationEnd: end, customers, bgnbd: value.bgnbd, gammaGamma: value.gammaGamma, backtest: result };
}
