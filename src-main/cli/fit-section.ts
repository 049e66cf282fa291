/**
 * The `fit` section of `analyze --json`: every customer's Keep / Grow / Depart
 * with the default rules, computed by the same src-core functions as the Fit
 * screen. Costs come from `--costs FILE` (totals over the span of the orders);
 * without it, cost to serve is 0, so profit = margin × lifetime revenue.
 */
import { basename } from 'node:path';
import type { CustomerRecord, OrderColumns, OrderDictionaries } from '../../src-core/data/columnar';
import type { EpochDay, ImportIssue } from '../../src-core/model/orders';
import {
  DEFAULT_SCORING,
  customerFit,
  customerValues,
  defaultFitRules,
  matchCostRows,
  readCostFile,
  reasonSentence,
  type CostEntry,
  type FitStatus,
} from '../../src-core/analytics/fit';
import { InputError, readInputFile, roundMoney } from './analyze';

export interface FitSection {
  /** As given on the command line, in percent (30 = 30 %). */
  threshold: number;
  margin: number;
  costsFile: string | null;
  counts: Record<FitStatus, number>;
  /** Lifetime revenue of the customers in each status. */
  revenue: Record<FitStatus, number>;
  customers: {
    key: string;
    status: FitStatus;
    /** 0–100, one decimal. */
    score: number;
    profit: number;
    /** profit / lifetime revenue as a fraction (0.25 = 25 %); null without revenue. */
    profitability: number | null;
    reason: string;
  }[];
  /** Rows of the costs file that were skipped or named no customer. */
  costErrors: ImportIssue[];
  unknownCostKeys: string[];
}

export interface FitSectionOptions {
  marginPct: number;
  thresholdPct: number;
  costsFile: string | null;
}

export interface FitSectionData {
  columns: OrderColumns;
  dictionaries: OrderDictionaries;
  customers: readonly CustomerRecord[];
  currency: string;
  asOf: EpochDay;
}

interface LoadedCosts {
  byCustomer: Record<string, CostEntry>;
  errors: ImportIssue[];
  unknownKeys: string[];
}

/** Reads and matches the costs file; a file that cannot be used at all is an InputError naming it. */
async function loadCosts(path: string, customers: readonly CustomerRecord[]): Promise<LoadedCosts> {
  const named = (message: string) => new InputError(`costs file ${path}: ${message}`);
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(path);
  } catch (error) {
    if (error instanceof InputError) throw named(error.message);
    throw error;
  }
  const outcome = readCostFile(bytes, { fileName: basename(path) });
  if (!outcome.ok) {
    const where = outcome.fatal.line > 0 ? ` (line ${outcome.fatal.line})` : '';
    throw named(`${outcome.fatal.message}${where}`);
  }
  const keyColumn = outcome.mapping.customerId ?? outcome.mapping.email ?? '';
  const match = matchCostRows(outcome.rows, customers, keyColumn);
  return {
    byCustomer: match.byCustomer,
    errors: [...outcome.errors, ...match.errors].sort((a, b) => a.line - b.line),
    unknownKeys: match.unknownKeys,
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function fitSection(options: FitSectionOptions, data: FitSectionData): Promise<FitSection> {
  const costs = options.costsFile === null ? null : await loadCosts(options.costsFile, data.customers);
  const values = customerValues(data.columns, data.dictionaries, data.customers, {
    asOf: data.asOf,
    margins: { defaultMargin: options.marginPct / 100 },
  });
  const fits = customerFit(
    { values, ...(costs ? { costs: { byCustomer: costs.byCustomer } } : {}) },
    { rules: defaultFitRules({ profitabilityThreshold: options.thresholdPct / 100 }), scoring: DEFAULT_SCORING },
  );
  const counts: Record<FitStatus, number> = { keep: 0, grow: 0, depart: 0 };
  const revenue: Record<FitStatus, number> = { keep: 0, grow: 0, depart: 0 };
  for (const fit of fits) {
    counts[fit.status]++;
    revenue[fit.status] += fit.value.lifetimeRevenue;
  }
  const sentenceOptions = data.currency ? { currency: data.currency } : {};
  return {
    threshold: options.thresholdPct,
    margin: options.marginPct,
    costsFile: options.costsFile,
    counts,
    revenue: {
      keep: roundMoney(revenue.keep, data.currency),
      grow: roundMoney(revenue.grow, data.currency),
      depart: roundMoney(revenue.depart, data.currency),
    },
    customers: fits.map((fit) => ({
      key: fit.key,
      status: fit.status,
      score: round(fit.metrics.score, 1),
      profit: roundMoney(fit.metrics.profit, data.currency),
      profitability: fit.metrics.profitability === null ? null : round(fit.metrics.profitability, 4),
      reason: reasonSentence(fit.reason, sentenceOptions),
    })),
    costErrors: costs?.errors ?? [],
    unknownCostKeys: costs?.unknownKeys ?? [],
  };
}
