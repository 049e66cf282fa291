/**
 * Every number the report prints, computed once from src-core/analytics (the
 * same functions the app's screens and the CLI use). Plain data: it crosses
 * the worker boundary and can be rendered in any language afterwards.
 */
import type { CustomerRecord, AnalysisColumns, OrderDictionaries } from '../data/columnar';
import type { EpochDay } from '../model/orders';
import {
  RFM_SEGMENTS,
  atRiskFlags,
  customerCountOf,
  cohortMatrix,
  customerValueTable,
  headlineKpis,
  prepareFrame,
  rfmSegmentSummary,
  type HeadlineKpis,
  type OrderFrame,
  type PeriodKind,
} from '../analytics';
import { fitTables, type CustomerFit, type FitStatus, type StatusTotals } from '../analytics/fit';
import type { CampaignPlan, Measurement, Projection } from '../campaigns';
import { windowKpis, type WindowKpis } from './window-kpis';
import { DEFAULT_AT_RISK_ROWS, DEFAULT_SUMMARY_DAYS, type ReportDefinition } from './definition';

/** The heatmap stays readable on a portrait page: the latest cohorts, the first offsets. */
export const HEATMAP_MAX_COHORTS = 24;
export const HEATMAP_MAX_OFFSETS = 19;
const CURVE_COHORTS = 6;
const FIRST_PRODUCT_ROWS = 10;
const FIT_POINTS = 1500;
const DEPART_ROWS = 8;

export interface ReportCampaignInput {
  plan: CampaignPlan;
  projection: Projection | null;
  measurement: Measurement | null;
}

export interface ReportDataOptions {
  /** Workspace currency (ISO 4217), '' when unknown. */
  currency: string;
  asOf?: EpochDay;
  period?: PeriodKind;
  summaryDays?: number;
  atRiskRows?: number;
  /** Customer fit from src-core/analytics/fit, when the workspace has it. */
  fit?: readonly CustomerFit[];
  campaigns?: readonly ReportCampaignInput[];
}

/** The options a saved definition implies. */
export function reportDataOptions(definition: ReportDefinition, currency: string): ReportDataOptions {
  return { currency: definition.currency || currency, period: definition.period, summaryDays: definition.summaryDays, atRiskRows: definition.atRiskRows };
}

export interface HeatmapRow {
  /** Period index of the cohort (periods.ts). */
  index: number;
  customers: number;
  /** Retention ("on") per offset; null where the offset is not reached yet. */
  retention: (number | null)[];
  partial: boolean[];
}

export interface AtRiskCustomer {
  name: string;
  key: string;
  orders: number;
  revenue: number;
  lastOrderDay: EpochDay;
  daysSinceLastOrder: number;
  typicalIntervalDays: number;
  probabilityAlive: number | null;
  predictedClv: number | null;
}

export interface FirstProductRow {
  product: string;
  customers: number;
  repeatCustomers: number;
  repeatRate: number;
}

export interface ReportFit {
  totals: Record<FitStatus, StatusTotals>;
  all: StatusTotals;
  /** x = cost to serve, y = gross margin, for the matrix (largest customers first, capped). */
  points: { x: number; y: number; status: FitStatus }[];
  /** The largest customers the rules would let go: the ones to talk about. */
  depart: { name: string; lifetimeRevenue: number; profit: number; profitability: number | null }[];
}

export interface ReportCampaign {
  name: string;
  notes: string;
  plan: CampaignPlan;
  projection: Projection | null;
  measurement: Measurement | null;
}

export interface ReportData {
  currency: string;
  asOf: EpochDay;
  firstOrderDay: EpochDay | null;
  period: PeriodKind;
  summary: { days: number; current: WindowKpis; previous: WindowKpis };
  headline: HeadlineKpis;
  clv: { horizonDays: number; predictedClv: number | null; expectedRepeatPurchases: number | null };
  heatmap: { rows: HeatmapRow[]; offsets: number; cohortsLeftOut: number };
  curves: { average: (number | null)[]; cohorts: { index: number; retention: (number | null)[] }[] };
  firstProducts: FirstProductRow[];
  segments: { id: string; customers: number; revenue: number }[];
  atRisk: { flagged: number; flaggedRevenue: number; rows: AtRiskCustomer[] };
  fit: ReportFit | null;
  campaigns: ReportCampaign[];
}

const finiteOrNull = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

export function buildReportData(
  columns: AnalysisColumns,
  dictionaries: OrderDictionaries,
  customers: readonly CustomerRecord[],
  options: ReportDataOptions,
): ReportData {
  const period = options.period ?? 'month';
  const days = options.summaryDays ?? DEFAULT_SUMMARY_DAYS;
  const frame = prepareFrame(columns, dictionaries, options.asOf === undefined ? {} : { asOf: options.asOf });
  const { asOf } = frame;
  const current = windowKpis(frame, asOf - days + 1, asOf);
  const previous = windowKpis(frame, asOf - 2 * days + 1, asOf - days);

  const table = customerValueTable(columns, asOf, { customerCount: Math.max(customers.length, customerCountOf(columns)) });
  let predictedClv: number | null = null;
  let expectedRepeatPurchases: number | null = null;
  if (table.bgnbd.ok) {
    expectedRepeatPurchases = 0;
    for (const value of table.expectedPurchases365) if (Number.isFinite(value)) expectedRepeatPurchases += value;
  }
  if (table.bgnbd.ok && table.gammaGamma.ok) {
    predictedClv = 0;
    for (const value of table.predictedClv) if (Number.isFinite(value)) predictedClv += value;
  }

  return {
    currency: options.currency,
    asOf,
    firstOrderDay: frame.firstOrderDay,
    period,
    summary: { days, current, previous },
    headline: headlineKpis(frame),
    clv: { horizonDays: table.horizonDays, predictedClv, expectedRepeatPurchases },
    ...retention(frame, period),
    firstProducts: firstProducts(frame),
    segments: rfmSegmentSummary({ recency: table.recencyScore, frequency: table.frequencyScore, monetary: table.monetaryScore, segment: table.segment }, table.summaries).map(
      (row, i) => ({ id: RFM_SEGMENTS[i]?.id ?? row.name, customers: row.customers, revenue: row.revenue }),
    ),
    atRisk: atRiskCustomers(table, customers, options.atRiskRows ?? DEFAULT_AT_RISK_ROWS),
    fit: options.fit ? reportFit(options.fit, customers) : null,
    campaigns: (options.campaigns ?? []).map(({ plan, projection, measurement }) => ({ name: plan.name, notes: plan.notes, plan, projection, measurement })),
  };
}

function retention(frame: OrderFrame, period: PeriodKind): Pick<ReportData, 'heatmap' | 'curves'> {
  const matrix = cohortMatrix(frame, { period, cohortKey: 'firstPeriod' });
  const shown = matrix.rows.slice(-HEATMAP_MAX_COHORTS);
  const offsets = Math.min(HEATMAP_MAX_OFFSETS, Math.max(0, ...shown.map((row) => row.retention.length)));
  const rows = shown.map((row) => ({
    index: row.key,
    customers: row.customers,
    retention: Array.from({ length: offsets }, (_, k) => finiteOrNull(row.retention[k])),
    partial: Array.from({ length: offsets }, (_, k) => row.partial[k] ?? false),
  }));
  // Curves: the weighted average, and the latest cohorts with at least three complete offsets.
  const complete = (row: (typeof matrix.rows)[number]) => row.retention.map((rate, k) => (row.partial[k] ? null : rate));
  const curveRows = matrix.rows.filter((row) => row.partial.filter((partial) => !partial).length >= 3).slice(-CURVE_COHORTS);
  return {
    heatmap: { rows, offsets, cohortsLeftOut: matrix.rows.length - shown.length },
    curves: {
      average: matrix.average.retention.map((rate, k) => ((matrix.average.cohorts[k] ?? 0) > 0 ? rate : null)),
      cohorts: curveRows.map((row) => ({ index: row.key, retention: complete(row) })),
    },
  };
}

/** Repeat rate by the product of the customer's first order: which first purchase brings people back. */
function firstProducts(frame: OrderFrame): FirstProductRow[] {
  const { products } = frame.dictionaries;
  const customersOf = new Uint32Array(products.length);
  const repeatOf = new Uint32Array(products.length);
  for (let p = 0; p < frame.customerCount; p++) {
    const product = frame.firstProduct[p]!;
    customersOf[product]!++;
    if (frame.customerStart[p + 1]! - frame.customerStart[p]! >= 2) repeatOf[product]!++;
  }
  return products
    .map((product, i) => ({ product, customers: customersOf[i]!, repeatCustomers: repeatOf[i]!, repeatRate: customersOf[i]! === 0 ? 0 : repeatOf[i]! / customersOf[i]! }))
    .filter((row) => row.customers > 0)
    .sort((a, b) => b.customers - a.customers || a.product.localeCompare(b.product))
    .slice(0, FIRST_PRODUCT_ROWS);
}

const displayName = (record: CustomerRecord | undefined, key: string): string => (record?.name.trim() ? record.name.trim() : key);

function atRiskCustomers(table: ReturnType<typeof customerValueTable>, customers: readonly CustomerRecord[], rows: number): ReportData['atRisk'] {
  const { summaries } = table;
  const flags = atRiskFlags(summaries);
  const flagged: number[] = [];
  let flaggedRevenue = 0;
  for (let c = 0; c < summaries.count; c++) {
    if (flags[c] !== 1) continue;
    flagged.push(c);
    flaggedRevenue += summaries.revenue[c]!;
  }
  flagged.sort((a, b) => summaries.revenue[b]! - summaries.revenue[a]! || a - b);
  return {
    flagged: flagged.length,
    flaggedRevenue,
    rows: flagged.slice(0, rows).map((c) => {
      const record = customers[c];
      const key = record?.key ?? String(c);
      return {
        name: displayName(record, key),
        key,
        orders: summaries.orders[c]!,
        revenue: summaries.revenue[c]!,
        lastOrderDay: summaries.lastOrderDay[c]!,
        daysSinceLastOrder: summaries.daysSinceLastOrder[c]!,
        typicalIntervalDays: summaries.typicalIntervalDays[c]!,
        probabilityAlive: finiteOrNull(table.probabilityAlive[c]),
        predictedClv: finiteOrNull(table.predictedClv[c]),
      };
    }),
  };
}

function reportFit(fits: readonly CustomerFit[], customers: readonly CustomerRecord[]): ReportFit {
  const tables = fitTables(fits);
  const largest = [...fits].sort((a, b) => b.value.lifetimeRevenue - a.value.lifetimeRevenue).slice(0, FIT_POINTS);
  return {
    totals: { keep: tables.byStatus.keep.totals, grow: tables.byStatus.grow.totals, depart: tables.byStatus.depart.totals },
    all: tables.all,
    points: largest.map((fit) => ({ x: fit.cost.total, y: fit.value.grossMargin, status: fit.status })),
    depart: tables.byStatus.depart.rows.slice(0, DEPART_ROWS).map((fit) => ({
      name: displayName(customers[fit.customer], fit.key),
      lifetimeRevenue: fit.value.lifetimeRevenue,
      profit: fit.metrics.profit,
      profitability: fit.metrics.profitability,
    })),
  };
}
