/**
 * `report`: the standard report as a PDF without the app window, so a consultant
 * can batch reports. Imports FILE exactly like `analyze`, builds the report with
 * src-core/report, and prints it with the system Chromium through playwright-core
 * (page.pdf(): the same print engine as Electron's printToPDF). stdout gets one
 * line (path and page count); unusable input or a missing Chromium is one line
 * on stderr with exit code 2.
 */
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { concatChunks } from '../../src-core/data/columnar';
import { isPeriodKind, type PeriodKind } from '../../src-core/analytics/periods';
import { parseIsoDate, type EpochDay } from '../../src-core/model/orders';
import {
  buildReportData,
  isReportLanguage,
  isReportPageSize,
  renderReport,
  reportDataOptions,
  reportPdfOptions,
  standardReport,
  type FontLoader,
  type ReportDefinition,
  type ReportLanguage,
  type ReportPageSize,
} from '../../src-core/report';
import { importOrderFile, InputError } from './analyze';
import { UsageError } from './args';
import type { CliIo } from './index';

export interface ReportArgs {
  file: string;
  out: string;
  language: ReportLanguage;
  asOf: EpochDay | null;
  pageSize: ReportPageSize;
  period: PeriodKind;
  businessName: string | null;
  author: string;
}

export function parseReportArgs(argv: string[]): ReportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        lang: { type: 'string' },
        'as-of': { type: 'string' },
        page: { type: 'string' },
        period: { type: 'string' },
        business: { type: 'string' },
        author: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('report expects exactly one FILE.');
  if (!values.out) throw new UsageError('report needs --out FILE.pdf.');
  const language = values.lang ?? 'en';
  if (!isReportLanguage(language)) throw new UsageError(`--lang expects en, ja or ru, got "${language}".`);
  const pageSize = values.page ?? 'A4';
  if (!isReportPageSize(pageSize)) throw new UsageError(`--page expects A4 or Letter, got "${pageSize}".`);
  const period = values.period ?? 'month';
  if (!isPeriodKind(period)) throw new UsageError(`--period expects month, week or quarter, got "${period}".`);
  let asOf: EpochDay | null = null;
  if (values['as-of'] !== undefined) {
    asOf = parseIsoDate(values['as-of']);
    if (asOf === null) throw new UsageError(`--as-of expects a date as YYYY-MM-DD, got "${values['as-of']}".`);
  }
  return { file: positionals[0]!, out: values.out, language, asOf, pageSize, period, businessName: values.business ?? null, author: values.author ?? '' };
}

const FONT_ROOT = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));

/** Reads the bundled report fonts from resources/fonts/ (never outside it). */
export const nodeFontLoader: FontLoader = async (file) => {
  const path = resolve(FONT_ROOT, file);
  if (!path.startsWith(resolve(FONT_ROOT) + sep)) throw new Error(`Font path outside resources/fonts: ${file}`);
  return new Uint8Array(await readFile(path));
};

/** Chromium cannot be started: exit 2 with the reason, like unusable input. */
export class ChromiumMissing extends Error {
  override name = 'ChromiumMissing';
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new ChromiumMissing(
    env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable Chromium.`
      : 'No Chromium found at /usr/bin/chromium; install Chromium or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Prints a finished report document to PDF in headless Chromium: offline, every request refused. */
export async function printReportPdf(html: string, definition: ReportDefinition, executablePath: string): Promise<Uint8Array> {
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new ChromiumMissing(`Chromium at ${executablePath} could not be started (set CHROMIUM_PATH): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    const context = await browser.newContext({ offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Belt and braces beside the document's own font warm-up: every embedded face loaded before printing.
    await page.evaluate('Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => undefined)');
    const options = reportPdfOptions(definition);
    const pdf = await page.pdf({ format: options.pageSize, printBackground: options.printBackground, preferCSSPageSize: options.preferCSSPageSize, displayHeaderFooter: options.displayHeaderFooter });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** Pages of a Chromium PDF: its page tree root states the count (objects are not compressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  let count = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    count = Math.max(count, Number(match[1] ?? match[2]));
  }
  return count;
}

/** Import → report data → HTML with fonts: everything but the printing (the tests reuse it). */
export async function reportHtmlFor(args: ReportArgs): Promise<{ html: string; definition: ReportDefinition }> {
  const { outcome, builder } = await importOrderFile(args.file);
  if (!outcome.ok) {
    const where = outcome.fatal.line > 0 ? ` (line ${outcome.fatal.line}${outcome.fatal.column ? `, column "${outcome.fatal.column}"` : ''})` : '';
    throw new InputError(`${outcome.fatal.message}${where}`);
  }
  if (builder.received === 0) throw new InputError('The file holds no orders to report on.');
  const { store } = builder.finish();
  const standard = standardReport({ language: args.language, pageSize: args.pageSize });
  const businessName = args.businessName ?? basename(args.file).replace(/\.[^.]+$/, '');
  const definition: ReportDefinition = { ...standard, period: args.period, cover: { ...standard.cover, businessName, author: args.author } };
  const options = reportDataOptions(definition, store.currency);
  const data = buildReportData(concatChunks(store.chunks), store.dictionaries, store.customers, args.asOf === null ? options : { ...options, asOf: args.asOf });
  return { html: await renderReport(data, definition, nodeFontLoader), definition };
}

export async function runReport(argv: string[], io: CliIo): Promise<number> {
  const args = parseReportArgs(argv);
  try {
    const executablePath = await findChromium();
    const { html, definition } = await reportHtmlFor(args);
    const pdf = await printReportPdf(html, definition, executablePath);
    try {
      await writeFile(args.out, pdf);
    } catch (error) {
      io.err(`${args.out}: cannot write the PDF (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`);
      return 2;
    }
    io.out(`${args.out}: ${pdfPageCount(pdf)} pages\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`${args.file}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ChromiumMissing) {
      io.err(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
