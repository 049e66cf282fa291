/**
 * The Fit page's answers, computed in the analytics worker over the loaded
 * columns with src-core's fit functions. The pass over the orders
 * (customerValues) is cached per margin settings, the CLV model per loaded
 * workspace, so moving a what-if slider only re-runs the cheap scoring step.
 */
import { RFM_SEGMENTS, customerValueTable } from '../../../src-core/analytics';
import {
  customerFit,
  customerValues,
  fitMatrix,
  fitTables,
  fitWhatIf,
  matchCostRows,
  readCostFile,
  type CustomerFit,
  type CustomerValue,
  type FitInputs,
  type FitStatus,
  type MarginSettings,
} from '../../../src-core/analytics/fit';
import type { CustomerRecord, AnalysisColumns, OrderDictionaries } from '../../../src-core/data/columnar';
import type { FitAnswer, FitCostFileAnswer, FitQuestion, FitRow, FitStatusTable, FitWhatIfAnswer } from './fit-answers';

/** What fit needs of the loaded workspace (AnalyticsEngine's LoadedWorkspace has it). */
export interface FitWorkspace {
  columns: AnalysisColumns;
  dictionaries: OrderDictionaries;
  customers: CustomerRecord[];
}

interface ModelCache {
  asOf: number | null;
  /** Store index → RFM segment id ('' when none). */
  segment: string[];
  /** Predicted CLV in revenue terms (margin 100 %), NaN where the model has none. */
  clvRevenue: Float64Array;
  clvAvailable: boolean;
  values: { marginsKey: string; values: CustomerValue[] } | null;
}

const caches = new WeakMap<FitWorkspace, ModelCache>();

function lastCountedDay(columns: AnalysisColumns): number | null {
  let last = -Infinity;
  for (let i = 0; i < columns.count; i++) if (columns.cancelled[i] === 0 && columns.day[i]! > last) last = columns.day[i]!;
  return last === -Infinity ? null : last;
}

function modelCache(workspace: FitWorkspace): ModelCache {
  let cache = caches.get(workspace);
  if (cache) return cache;
  const asOf = lastCountedDay(workspace.columns);
  const count = workspace.customers.length;
  let segment = new Array<string>(count).fill('');
  let clvRevenue: Float64Array = new Float64Array(count).fill(Number.NaN);
  let clvAvailable = false;
  if (asOf !== null) {
    const table = customerValueTable(workspace.columns, asOf, { customerCount: count, marginPct: 100 });
    segment = Array.from(table.segment, (index) => RFM_SEGMENTS[index]?.id ?? '');
    clvRevenue = table.predictedClv;
    clvAvailable = clvRevenue.some((value) => !Number.isNaN(value));
  }
  cache = { asOf, segment, clvRevenue, clvAvailable, values: null };
  caches.set(workspace, cache);
  return cache;
}

function valuesFor(workspace: FitWorkspace, cache: ModelCache, margins: MarginSettings): CustomerValue[] {
  const marginsKey = JSON.stringify(margins);
  if (cache.values?.marginsKey === marginsKey) return cache.values.values;
  const predictedClv = cache.clvRevenue.map((value) => value * margins.defaultMargin);
  const values =
    cache.asOf === null ? [] : customerValues(workspace.columns, workspace.dictionaries, workspace.customers, { asOf: cache.asOf, margins, predictedClv });
  cache.values = { marginsKey, values };
  return values;
}

function rowOf(fit: CustomerFit, workspace: FitWorkspace, cache: ModelCache): FitRow {
  return {
    customer: fit.customer,
    key: fit.key,
    name: workspace.customers[fit.customer]?.name ?? '',
    status: fit.status,
    overridden: fit.overridden,
    segment: cache.segment[fit.customer] ?? '',
    lifetimeRevenue: fit.value.lifetimeRevenue,
    grossMargin: fit.value.grossMargin,
    costToServe: fit.cost.total,
    profit: fit.metrics.profit,
    profitability: fit.metrics.profitability,
    score: fit.metrics.score,
    reason: fit.reason,
  };
}

/** Does the customer match the table's search (key, name or e-mail, any case)? */
export function matchesSearch(customer: CustomerRecord | undefined, key: string, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  return [key, customer?.name ?? '', customer?.email ?? ''].some((text) => text.toLowerCase().includes(needle));
}

const MOVES_SHOWN = 50;

export function fitAnalysis(workspace: FitWorkspace, question: FitQuestion): FitAnswer {
  const cache = modelCache(workspace);
  const { inputs } = question;
  const values = valuesFor(workspace, cache, inputs.margins);
  const segments: Record<string, string> = {};
  for (const value of values) segments[value.key] = cache.segment[value.customer] ?? '';
  const fitInputs: FitInputs = {
    values,
    costs: { byCustomer: inputs.costs, bySegment: inputs.segmentCosts, defaultHourlyRate: inputs.defaultHourlyRate },
    segments,
    qualitative: inputs.ratings,
  };
  const applied = { scoring: inputs.scoring, rules: inputs.rules };
  const fits = customerFit(fitInputs, applied, inputs.overrides);

  let whatIf: FitWhatIfAnswer | null = null;
  let shown = fits;
  if (question.draft) {
    const outcome = fitWhatIf(fitInputs, question.draft, fits, inputs.overrides);
    shown = outcome.after;
    const counts: Record<FitStatus, number> = { keep: 0, grow: 0, depart: 0 };
    for (const fit of outcome.after) counts[fit.status]++;
    const moves = [...outcome.moves].sort((a, b) => b.last12Revenue - a.last12Revenue);
    whatIf = {
      counts,
      transitions: outcome.transitions,
      moves: moves.slice(0, MOVES_SHOWN).map((move) => ({
        key: move.key,
        name: workspace.customers[move.customer]?.name ?? '',
        from: move.from,
        to: move.to,
        last12Revenue: move.last12Revenue,
      })),
      movedCustomers: moves.length,
      revenueAtStake: outcome.revenueAtStake,
      revenueReprieved: outcome.revenueReprieved,
    };
  }

  const matrix = fitMatrix(shown, question.draft?.rules ?? inputs.rules, question.axes);
  const shownByKey = new Map(shown.map((fit) => [fit.key, fit]));
  const points = matrix.points.map((point) => ({ x: point.x, y: point.y, size: point.size, row: rowOf(shownByKey.get(point.key)!, workspace, cache) }));

  const byStatus = fitTables(fits);
  const tableOf = (status: FitStatus): FitStatusTable => {
    const matching = byStatus.byStatus[status].rows.filter((fit) => matchesSearch(workspace.customers[fit.customer], fit.key, question.search));
    return {
      totals: byStatus.byStatus[status].totals,
      rows: matching.slice(0, Math.max(0, question.rowsPerStatus)).map((fit) => rowOf(fit, workspace, cache)),
      matching: matching.length,
    };
  };
  const tables: Record<FitStatus, FitStatusTable> = { keep: tableOf('keep'), grow: tableOf('grow'), depart: tableOf('depart') };

  const chosen = question.customerKey === null ? undefined : fits.find((fit) => fit.key === question.customerKey);
  return {
    asOf: cache.asOf,
    customers: fits.length,
    clvAvailable: cache.clvAvailable,
    matrix: { axes: matrix.axes, points, xLine: matrix.xLine, yLine: matrix.yLine, diagonal: matrix.diagonal, omitted: matrix.omitted, preview: question.draft !== null },
    tables,
    all: byStatus.all,
    segments: [...new Set(cache.segment.filter((id) => id !== ''))].sort(
      (a, b) => RFM_SEGMENTS.findIndex((rule) => rule.id === a) - RFM_SEGMENTS.findIndex((rule) => rule.id === b),
    ),
    products: [...new Set(workspace.dictionaries.products.filter((product) => product !== ''))].sort((a, b) => a.localeCompare(b)),
    detail: chosen
      ? {
          row: rowOf(chosen, workspace, cache),
          email: workspace.customers[chosen.customer]?.email ?? '',
          cost: chosen.cost,
          factors: chosen.factors,
          growth: chosen.value.growth,
          monthlyRevenue: chosen.value.monthlyRevenue,
          predictedClv: chosen.value.predictedClv,
        }
      : null,
    whatIf,
  };
}

/** Reads a cost file and matches its rows to the customers; stores nothing (the page applies it in one transaction). */
export function fitCostFile(workspace: FitWorkspace, bytes: Uint8Array, fileName: string): FitCostFileAnswer {
  const outcome = readCostFile(bytes, { fileName });
  if (!outcome.ok) return { ok: false, fatal: outcome.fatal };
  const keyColumn = outcome.mapping.customerId ?? outcome.mapping.email ?? '';
  const match = matchCostRows(outcome.rows, workspace.customers, keyColumn);
  return {
    ok: true,
    byCustomer: match.byCustomer,
    matchedRows: match.matchedRows,
    errors: [...outcome.errors, ...match.errors].sort((a, b) => a.line - b.line),
    unknownKeys: match.unknownKeys,
    otherCosts: outcome.otherCosts,
    ignoredColumns: outcome.ignoredColumns,
  };
}
