/**
 * `analyze`: the same import and analytics as the app, without a window.
 * Reads the file, runs src-core, and assembles the JSON document whose
 * fields users' scripts rely on (see README "Headless use"). Every section
 * comes from the same src-core function the app's worker calls.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CANONICAL_FIELDS, isoDate, type ColumnMapping, type ImportIssue } from '../../src-core/model/orders';
import { concatChunks, emptyOrderStore, OrderStoreBuilder } from '../../src-core/data/columnar';
import { importOrders, type ImportOptions, type ImportOutcome } from '../../src-core/import';
import { openFileSource, type FileSource } from './file-source';
import { clvSummary, cohortMatrix, lastFullPeriodCrr, overview, prepareFrame, rfmSummary, type ClvSummary } from '../../src-core/analytics';
import type { AnalyzeArgs } from './args';
import { fitSection, type FitSection } from './fit-section';

/** Input the analysis cannot use: the CLI prints `file: message` and exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Above this the CLI refuses before reading. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;

async function checkInputFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${code ?? 'unknown error'}).`);
  }
  if (info.isDirectory()) throw new InputError('This is a folder, not a file.');
  if (info.size > MAX_FILE_BYTES) throw new InputError('The file is larger than 2 GiB.');
}

const cannotRead = (error: unknown) => new InputError(`The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);

/** A small input (a mapping or an ID list), read whole. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  await checkInputFile(path);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw cannotRead(error);
  }
}

/** An order export, read range by range while it is imported (a 100 MB file is never held whole); close it afterwards. */
export async function openInputFile(path: string): Promise<FileSource> {
  await checkInputFile(path);
  try {
    return openFileSource(path);
  } catch (error) {
    throw cannotRead(error);
  }
}

/** Imports an order export into a new store builder, reading the file range by range. */
export async function importOrderFile(path: string, options: Omit<ImportOptions, 'fileName' | 'onOrders'> = {}): Promise<{ outcome: ImportOutcome; builder: OrderStoreBuilder }> {
  const source = await openInputFile(path);
  const builder = new OrderStoreBuilder(emptyOrderStore(), { distinctIds: true });
  try {
    const outcome = await importOrders(source, { ...options, fileName: basename(path), onOrders: (batch) => builder.add(batch) });
    return { outcome, builder };
  } finally {
    source.close();
  }
}

/** A mapping file is `{ canonicalField: sourceHeader }`, exactly what `analyze --json` prints. */
export function parseMappingFile(text: string): ColumnMapping {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError('The mapping file is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('The mapping file must be a JSON object of { canonicalField: sourceHeader }.');
  }
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(value)) {
    const canonical = CANONICAL_FIELDS.find((name) => name === field);
    if (!canonical) throw new InputError(`The mapping file names an unknown field "${field}" (known: ${CANONICAL_FIELDS.join(', ')}).`);
    if (typeof header !== 'string' || header === '') throw new InputError(`The mapping of "${field}" must be a source column header.`);
    mapping[canonical] = header;
  }
  return mapping;
}

/** Money rounded to the currency's minor unit, so sums do not print as 1234.5600000001. */
export function roundMoney(value: number, currency: string): number {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: currency || 'USD' }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface AnalysisDocument {
  source: {
    file: string;
    format: string;
    encoding: string;
    delimiter: string;
    sheet: string | null;
    preset: string | null;
    records: number;
    rejected: number;
    errors: ImportIssue[];
  };
  mapping: ColumnMapping;
  warnings: string[];
  dataset: {
    customers: number;
    orders: number;
    revenue: number;
    currency: string;
    firstOrderDate: string | null;
    lastOrderDate: string | null;
    asOf: string;
  };
  kpis: {
    repeatRate: number;
    oneTimeBuyerShare: number;
    averageOrderValue: number;
    ordersPerCustomer: number;
    /** CRR of the last period that had ended by the as-of date (DESIGN.md), null when none had. */
    crr: {
      period: string;
      windowDays: number;
      crr: number | null;
      churn: number | null;
      activeAtStart: number;
      activeAtEnd: number;
      newCustomers: number;
    } | null;
  };
  cohorts: {
    period: string;
    rows: { cohort: string; customers: number; active: number[]; revenue: number[] }[];
  };
  rfm: { segments: { name: string; customers: number; revenue: number }[] };
  clv: ClvSummary;
  fit: FitSection;
}

export async function analyze(args: AnalyzeArgs): Promise<AnalysisDocument> {
  const mapping = args.mappingFile ? parseMappingFile(new TextDecoder().decode(await readInputFile(args.mappingFile))) : undefined;
  const { outcome, builder } = await importOrderFile(args.file, mapping ? { mapping } : {});
  if (!outcome.ok) {
    const where = outcome.fatal.line > 0 ? ` (line ${outcome.fatal.line}${outcome.fatal.column ? `, column "${outcome.fatal.column}"` : ''})` : '';
    throw new InputError(`${outcome.fatal.message}${where}`);
  }
  const { store } = builder.finish();
  const columns = concatChunks(store.chunks);
  const frame = prepareFrame(columns, store.dictionaries, args.asOf === null ? {} : { asOf: args.asOf });
  const summary = overview(frame);
  const currency = store.currency;
  const matrix = cohortMatrix(frame, { period: args.period, cohortKey: 'firstPeriod' });
  const crr = lastFullPeriodCrr(frame, args.period, args.windowDays);
  const { source } = outcome;
  const rfm = rfmSummary(columns, frame.asOf);
  const clv = clvSummary(columns, { asOf: frame.asOf, horizonDays: args.horizonDays });
  const fit = await fitSection(args, { columns, dictionaries: store.dictionaries, customers: store.customers, currency, asOf: frame.asOf });

  return {
    source: {
      file: args.file,
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      sheet: source.sheet,
      preset: source.preset,
      records: source.records,
      rejected: source.rejected,
      errors: source.errors,
    },
    mapping: outcome.mapping,
    warnings: outcome.warnings,
    dataset: {
      customers: summary.customers,
      orders: summary.orders,
      revenue: roundMoney(summary.revenue, currency),
      currency,
      firstOrderDate: summary.firstOrderDate,
      lastOrderDate: summary.lastOrderDate,
      asOf: isoDate(frame.asOf),
    },
    kpis: {
      repeatRate: summary.repeatRate,
      oneTimeBuyerShare: summary.oneTimeBuyerShare,
      averageOrderValue: roundMoney(summary.averageOrderValue, currency),
      ordersPerCustomer: summary.ordersPerCustomer,
      crr: crr && {
        period: crr.period,
        windowDays: crr.windowDays,
        crr: crr.crr,
        churn: crr.churn,
        activeAtStart: crr.activeAtStart,
        activeAtEnd: crr.activeAtEnd,
        newCustomers: crr.newCustomers,
      },
    },
    cohorts: {
      period: args.period,
      rows: matrix.rows.map((row) => ({
        cohort: row.cohort,
        customers: row.customers,
        active: row.active,
        revenue: row.revenue.map((value) => roundMoney(value, currency)),
      })),
    },
    rfm: {
      segments: rfm.segments.map((segment) => ({
        name: segment.name,
        customers: segment.customers,
        revenue: roundMoney(segment.revenue, currency),
      })),
    },
    clv,
    fit,
  };
}
