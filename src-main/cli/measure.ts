/**
 * `measure`: did a campaign work? Imports the orders, reads the targeted and
 * hold-out customer lists, and compares the two groups in the window
 * [start, start + N days) with src-core/campaigns — the same numbers the
 * Campaigns page shows. stdout carries only the result; a problem with an
 * input is one line on stderr naming the file, with exit code 2.
 */
import { parseArgs } from 'node:util';
import { concatChunks, type OrderStore } from '../../src-core/data/columnar';
import { isoDate, parseIsoDate, type EpochDay } from '../../src-core/model/orders';
import { customerKeyIndex, findCustomer, groupOutcome, measureCampaign, type Measurement, type VerdictCode } from '../../src-core/campaigns';
import { decodeIdFile, parseCustomerIdList, type CustomerIdList } from '../../src-core/campaigns/id-list';
import { importOrderFile, InputError, parseMappingFile, readInputFile, roundMoney } from './analyze';
import type { CliIo } from './index';

export const MEASURE_USAGE = `Usage:
  npm run -s cli -- measure ORDERS_FILE --targeted IDS.csv --holdout IDS.csv --start YYYY-MM-DD --window-days N
                              [--json] [--mapping mapping.json]

  measure   Compare the customers a campaign targeted with its hold-out group in the window
            [start, start + N days): response rate, orders, revenue per customer, the uplift with
            a 95% interval, incremental revenue and a verdict. ID files hold one customer key per
            line (customer id, e-mail or phone, as in the orders); a header line is allowed.
Exit codes: 0 success; 2 unreadable or unusable input, or bad arguments.`;

class MeasureUsageError extends Error {
  override name = 'MeasureUsageError';
}

/** A problem with one input file: printed as `file: message`. */
class FileProblem extends Error {
  override name = 'FileProblem';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

export interface MeasureArgs {
  ordersFile: string;
  targetedFile: string;
  holdoutFile: string;
  startDay: EpochDay;
  windowDays: number;
  json: boolean;
  mappingFile: string | null;
}

const MAX_WINDOW_DAYS = 3650;

export function parseMeasureArgs(argv: string[]): MeasureArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        targeted: { type: 'string' },
        holdout: { type: 'string' },
        start: { type: 'string' },
        'window-days': { type: 'string' },
        json: { type: 'boolean', default: false },
        mapping: { type: 'string' },
      },
    });
  } catch (error) {
    throw new MeasureUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new MeasureUsageError('measure expects exactly one ORDERS_FILE.');
  for (const name of ['targeted', 'holdout', 'start', 'window-days'] as const) {
    if (values[name] === undefined) throw new MeasureUsageError(`measure needs --${name}.`);
  }
  const startDay = parseIsoDate(values.start ?? '');
  if (startDay === null) throw new MeasureUsageError(`--start expects a date as YYYY-MM-DD, got "${values.start}".`);
  const window = values['window-days'] ?? '';
  if (!/^\d+$/.test(window) || Number(window) < 1 || Number(window) > MAX_WINDOW_DAYS) {
    throw new MeasureUsageError(`--window-days expects a whole number of days between 1 and ${MAX_WINDOW_DAYS}, got "${window}".`);
  }
  return {
    ordersFile: positionals[0]!,
    targetedFile: values.targeted!,
    holdoutFile: values.holdout!,
    startDay,
    windowDays: Number(window),
    json: values.json ?? false,
    mappingFile: values.mapping ?? null,
  };
}

interface GroupNumbers {
  customers: number;
  responders: number;
  responseRate: number;
  orders: number;
  revenue: number;
  revenuePerCustomer: number;
}

/** The JSON contract of `measure --json` (README "Headless use"). */
export interface MeasureDocument {
  targeted: GroupNumbers;
  holdout: GroupNumbers;
  uplift: { responseRate: number; ci95: [number, number]; incrementalRevenue: number };
  verdict: { code: VerdictCode; message: string };
}

async function readFor(file: string): Promise<Uint8Array> {
  try {
    return await readInputFile(file);
  } catch (error) {
    if (error instanceof InputError) throw new FileProblem(file, error.message);
    throw error;
  }
}

async function loadOrders(args: MeasureArgs): Promise<OrderStore> {
  let mapping;
  if (args.mappingFile) {
    try {
      mapping = parseMappingFile(new TextDecoder().decode(await readFor(args.mappingFile)));
    } catch (error) {
      if (error instanceof InputError) throw new FileProblem(args.mappingFile, error.message);
      throw error;
    }
  }
  let imported;
  try {
    imported = await importOrderFile(args.ordersFile, mapping ? { mapping } : {});
  } catch (error) {
    if (error instanceof InputError) throw new FileProblem(args.ordersFile, error.message);
    throw error;
  }
  const { outcome, builder } = imported;
  if (!outcome.ok) {
    const where = outcome.fatal.line > 0 ? ` (line ${outcome.fatal.line}${outcome.fatal.column ? `, column "${outcome.fatal.column}"` : ''})` : '';
    throw new FileProblem(args.ordersFile, `${outcome.fatal.message}${where}`);
  }
  if (builder.received === 0) throw new FileProblem(args.ordersFile, 'No orders could be read from the file.');
  return builder.finish().store;
}

async function loadIds(file: string, store: OrderStore): Promise<CustomerIdList> {
  const text = decodeIdFile(await readFor(file));
  if (text === null) throw new FileProblem(file, 'This does not look like a text file of customer keys.');
  const list = parseCustomerIdList(text, customerKeyIndex(store.customers), store.customers);
  if (list.keys.length === 0) throw new FileProblem(file, 'The file holds no customer keys.');
  return list;
}

export interface MeasureRun {
  document: MeasureDocument;
  measurement: Measurement;
  currency: string;
  targetedList: CustomerIdList;
  holdoutList: CustomerIdList;
}

export async function measureFromFiles(args: MeasureArgs): Promise<MeasureRun> {
  const store = await loadOrders(args);
  const targetedList = await loadIds(args.targetedFile, store);
  const holdoutList = await loadIds(args.holdoutFile, store);
  const targetedKeys = new Set(targetedList.keys);
  const shared = holdoutList.keys.filter((key) => targetedKeys.has(key));
  if (shared.length > 0) {
    throw new FileProblem(
      args.holdoutFile,
      `${shared.length} customer key${shared.length === 1 ? ' is' : 's are'} also in ${args.targetedFile} (first: "${shared[0]}"); a customer cannot be both contacted and held out.`,
    );
  }
  const index = customerKeyIndex(store.customers);
  const columns = concatChunks(store.chunks);
  const window = { startDay: args.startDay, windowDays: args.windowDays };
  const outcomeOf = (keys: string[]) => groupOutcome(columns, keys.map((key) => findCustomer(index, key)), window);
  const measurement = measureCampaign(outcomeOf(targetedList.keys), outcomeOf(holdoutList.keys), { seed: 'measure' });
  const currency = store.currency;
  const money = (value: number): number => roundMoney(value, currency);
  const group = (summary: Measurement['targeted']): GroupNumbers => ({
    customers: summary.customers,
    responders: summary.responders,
    responseRate: summary.responseRate,
    orders: summary.orders,
    revenue: money(summary.revenue),
    revenuePerCustomer: money(summary.revenuePerCustomer),
  });
  return {
    document: {
      targeted: group(measurement.targeted),
      holdout: group(measurement.holdout),
      uplift: {
        responseRate: measurement.uplift.responseRate,
        ci95: measurement.uplift.ci95,
        incrementalRevenue: money(measurement.uplift.incrementalRevenue),
      },
      verdict: { code: measurement.verdict.code, message: measurement.verdict.english },
    },
    measurement,
    currency,
    targetedList,
    holdoutList,
  };
}

export function measureSummaryText(run: MeasureRun, args: MeasureArgs): string {
  const { document: doc, measurement } = run;
  const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;
  const signedPoints = (rate: number): string => `${rate >= 0 ? '+' : ''}${(rate * 100).toFixed(1)}`;
  const digits = minorDigits(run.currency);
  const amount = (value: number): string => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const row = (label: string, targeted: string, holdout: string): string => `${label.padEnd(20)}${targeted.padStart(12)}${holdout.padStart(12)}`;
  const lines = [
    `Campaign window ${isoDate(args.startDay)} to ${isoDate(args.startDay + args.windowDays - 1)} (${args.windowDays} days)${run.currency ? `, ${run.currency}` : ''}`,
    '',
    row('', 'Targeted', 'Hold-out'),
    row('Customers', String(doc.targeted.customers), String(doc.holdout.customers)),
    row('Responders', String(doc.targeted.responders), String(doc.holdout.responders)),
    row('Response rate', percent(doc.targeted.responseRate), percent(doc.holdout.responseRate)),
    row('Orders', String(doc.targeted.orders), String(doc.holdout.orders)),
    row('Revenue', amount(doc.targeted.revenue), amount(doc.holdout.revenue)),
    row('Revenue / customer', amount(doc.targeted.revenuePerCustomer), amount(doc.holdout.revenuePerCustomer)),
    '',
    `Uplift in response rate: ${signedPoints(doc.uplift.responseRate)} points (95% interval ${signedPoints(doc.uplift.ci95[0])} to ${signedPoints(doc.uplift.ci95[1])})`,
  ];
  const revenueCi = measurement.uplift.revenuePerCustomerCi95;
  lines.push(
    `Revenue per customer: ${measurement.uplift.revenuePerCustomer >= 0 ? '+' : ''}${amount(measurement.uplift.revenuePerCustomer)}` +
      (revenueCi ? ` (bootstrap 95% interval ${amount(revenueCi[0])} to ${amount(revenueCi[1])})` : ''),
    `Incremental revenue: ${amount(doc.uplift.incrementalRevenue)}`,
    '',
    `Verdict: ${doc.verdict.message}`,
  );
  for (const [file, list] of [
    [args.targetedFile, run.targetedList],
    [args.holdoutFile, run.holdoutList],
  ] as const) {
    if (list.unknown > 0) lines.push(`Note: ${list.unknown} key(s) in ${file} have no orders in the file; they count as customers who did not buy.`);
    if (list.duplicates > 0) lines.push(`Note: ${list.duplicates} repeated key(s) in ${file} were counted once.`);
  }
  return lines.join('\n') + '\n';
}

/** Decimal places of the currency (2 when unknown, 0 for JPY). */
function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency || 'USD' }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export async function runMeasure(argv: string[], io: CliIo): Promise<number> {
  let args: MeasureArgs;
  try {
    args = parseMeasureArgs(argv);
  } catch (error) {
    if (!(error instanceof MeasureUsageError)) throw error;
    io.err(`${error.message}\n${MEASURE_USAGE}\n`);
    return 2;
  }
  try {
    const run = await measureFromFiles(args);
    io.out(args.json ? JSON.stringify(run.document, null, 2) + '\n' : measureSummaryText(run, args));
    return 0;
  } catch (error) {
    if (error instanceof FileProblem) {
      io.err(`${error.file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
