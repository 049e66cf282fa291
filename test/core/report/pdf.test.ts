/**
 * The report printed by Chromium (page.pdf(), the engine Electron's printToPDF
 * uses), read back with a PDF text extractor: the words and numbers must be in
 * the PDF as text, in the report's language, with no missing glyphs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { runCli } from '../../../src-main/cli/index';
import { findChromium, nodeFontLoader, pdfPageCount, printReportPdf } from '../../../src-main/cli/report';
import { importOrders } from '../../../src-core/import';
import { orderStoreFrom } from '../../../src-core/data/columnar';
import { REPORT_SECTION_IDS, REPORT_STRINGS, renderReport, reportFormat, standardReport, type ReportLanguage } from '../../../src-core/report';
import { DEMO_CSV, HOSTILE, hostileStore, reportDataFor } from './report-fixtures';

const chromium = await findChromium().catch((error: unknown) => {
  console.log(`Skipping the PDF tests: ${error instanceof Error ? error.message : String(error)}`);
  return null;
});
const workDir = await mkdtemp(join(tmpdir(), 'rw-report-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));

/**
 * Whitespace differs between PDF text runs (CJK especially): compare without it. A glyph
 * shared by several code points reads back as one of them (Noto's katakana middle dot
 * comes back as U+2027), so such look-alikes are folded together on both sides.
 */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u00b7\u2027\u30fb]/g, '・');

async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await getDocumentProxy(pdf);
  const { totalPages, text } = await extractText(document, { mergePages: true });
  return { pages: totalPages, text };
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe.skipIf(chromium === null)('report PDF through the CLI', async () => {
  const csv = fileURLToPath(DEMO_CSV);
  const imported = await importOrders(new Uint8Array(await readFile(csv)), { fileName: 'demo-shop.csv' });
  if (!imported.ok) throw new Error(imported.fatal.message);
  const expected = reportDataFor(orderStoreFrom(imported.orders));

  it.each<ReportLanguage>(['en', 'ja', 'ru'])('prints the demo report in %s with its KPIs, titles and customer names as text', async (language) => {
    const out = join(workDir, `demo-${language}.pdf`);
    // 珈琲 needs a font subset nothing else in the report uses: it must still print in the running header.
    const business = { en: 'Lantern Hill Coffee & Tea', ja: 'ランタンヒル珈琲', ru: 'Кофейня «Лантерн Хилл»' }[language];
    const result = await cli(['report', csv, '--out', out, '--lang', language, '--business', business]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const pdf = new Uint8Array(await readFile(out));
    const { pages, text } = await pdfText(pdf.slice()); // pdf.js detaches the buffer it is given
    expect(result.out).toBe(`${out}: ${pages} pages\n`);
    expect(pdfPageCount(pdf)).toBe(pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(30);

    const t = REPORT_STRINGS[language];
    const f = reportFormat(t, 'USD');
    const flat = squeeze(text);
    for (const id of REPORT_SECTION_IDS) if (id !== 'cover') expect(flat).toContain(squeeze(t.sections[id]));
    expect(flat).toContain(squeeze(t.defaultTitle));
    expect(flat).toContain(squeeze(f.integer(expected.headline.customers)));
    expect(flat).toContain(squeeze(f.money(expected.summary.current.revenue)));
    for (const row of expected.atRisk.rows.slice(0, 3)) expect(flat).toContain(squeeze(row.name));
    // Running header and page numbers come from the page-margin boxes.
    expect(flat).toContain(squeeze(business));
    expect(flat).toContain(squeeze(`${t.summary.previous}: ${f.money(expected.summary.previous.revenue)}`));
    expect(flat).toContain(squeeze(`${t.pageOf[0]}2${t.pageOf[1]}${pages}${t.pageOf[2]}`));
  });

  it('shows customer and product names that contain HTML as text', async () => {
    const store = hostileStore();
    const data = reportDataFor(store, { currency: 'JPY' });
    const definition = { ...standardReport({ language: 'ja' }), cover: { businessName: HOSTILE.business, author: '', title: '', logoDataUrl: null } };
    const html = await renderReport(data, definition, nodeFontLoader);
    const { text } = await pdfText(await printReportPdf(html, definition, chromium!));
    const flat = squeeze(text);
    expect(flat).toContain(squeeze(HOSTILE.customer));
    expect(flat).toContain(squeeze(HOSTILE.product));
    expect(flat).toContain(squeeze(HOSTILE.business));
  });

  it('exits 2 with one line for unusable input and for a missing Chromium', async () => {
    const missing = await cli(['report', join(workDir, 'no-such.csv'), '--out', join(workDir, 'x.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^.*no-such\.csv: The file does not exist\.\n$/);
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(workDir, 'not-chromium');
    try {
      const noBrowser = await cli(['report', csv, '--out', join(workDir, 'y.pdf')]);
      expect(noBrowser.code).toBe(2);
      expect(noBrowser.err).toMatch(/^CHROMIUM_PATH=.* is not an executable Chromium\.\n$/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
