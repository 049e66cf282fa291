/**
 * Command-line arguments of `npm run -s cli -- <command> …`, parsed and
 * validated into plain options. Invalid arguments become a `UsageError`
 * with one readable line; nothing here touches files.
 */
import { parseArgs } from 'node:util';
import { parseIsoDate, type EpochDay } from '../../src-core/model/orders';
import { isPeriodKind, type PeriodKind } from '../../src-core/analytics/periods';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface AnalyzeArgs {
  command: 'analyze';
  file: string;
  json: boolean;
  asOf: EpochDay | null;
  period: PeriodKind;
  mappingFile: string | null;
  windowDays: number;
  horizonDays: number;
  marginPct: number;
  thresholdPct: number;
  costsFile: string | null;
}

export const USAGE = `Usage:
  npm run -s cli -- analyze FILE [--json] [--as-of YYYY-MM-DD] [--period month|week|quarter]
                              [--mapping mapping.json] [--window-days N] [--horizon-days N]
                              [--margin PCT] [--threshold PCT] [--costs FILE]
  npm run -s cli -- measure ORDERS_FILE --targeted IDS.csv --holdout IDS.csv --start YYYY-MM-DD
                              --window-days N [--json] [--mapping mapping.json]
  npm run -s cli -- report FILE --out report.pdf [--lang en|ja|ru] [--as-of YYYY-MM-DD] [--page A4|Letter] [--period month|week|quarter]

  analyze   Import an order export (CSV, TSV, TXT or XLSX) and print its retention analysis:
            a readable summary, or one JSON document with --json.
  measure   Compare a campaign's targeted and hold-out customers in [start, start + N days):
            response rates, uplift with its 95% (Wald) interval, incremental revenue, verdict.
  report    Render the standard report to PDF with the system Chromium (no window).
Exit codes: 0 success (rejected rows are reported, not fatal); 2 unreadable or unusable input, or bad arguments.`;

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 36_500) {
    throw new UsageError(`--${name} expects a whole number of days between 1 and 36500, got "${value}".`);
  }
  return Number(value);
}

function percentage(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(number) || number < -1000 || number > 1000) {
    throw new UsageError(`--${name} expects a percentage such as 40, got "${value}".`);
  }
  return number;
}

export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        period: { type: 'string' },
        mapping: { type: 'string' },
        'window-days': { type: 'string' },
        'horizon-days': { type: 'string' },
        margin: { type: 'string' },
        threshold: { type: 'string' },
        costs: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('analyze expects exactly one FILE.');
  let asOf: EpochDay | null = null;
  if (values['as-of'] !== undefined) {
    asOf = parseIsoDate(values['as-of']);
    if (asOf === null) throw new UsageError(`--as-of expects a date as YYYY-MM-DD, got "${values['as-of']}".`);
  }
  const period = values.period ?? 'month';
  if (!isPeriodKind(period)) throw new UsageError(`--period expects month, week or quarter, got "${period}".`);
  return {
    command: 'analyze',
    file: positionals[0]!,
    json: values.json ?? false,
    asOf,
    period,
    mappingFile: values.mapping ?? null,
    windowDays: positiveInteger(values['window-days'], 'window-days', 365),
    horizonDays: positiveInteger(values['horizon-days'], 'horizon-days', 365),
    marginPct: percentage(values.margin, 'margin', 40),
    thresholdPct: percentage(values.threshold, 'threshold', 30),
    costsFile: values.costs ?? null,
  };
}
