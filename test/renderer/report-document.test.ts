/**
 * The report document as the analytics worker builds it for the page: the
 * engine's HTML over the loaded workspace, in the chosen language, with the
 * fonts its text needs embedded; and the renderer's font loader, which reads
 * the bundled files from the app's own origin.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import { reportStrings, standardReport, type FontLoader, type ReportDefinition } from '../../src-core/report';
import { definitionOf, draftOf, reportEditReducer } from '../../src-renderer/features/reports/report-editor';
import { reportQuestion } from '../../src-renderer/features/reports/report-question';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { bundledFontLoader, fontUrls } from '../../src-renderer/worker/reports/bundled-fonts';
import { reportData, reportDocument } from '../../src-renderer/worker/reports/report-document';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

// The DOM project's import.meta.url is not a file URL: resolve from the repository root vitest runs in.
const FONTS = resolve('resources/fonts');
const read: string[] = [];
const diskFonts: FontLoader = async (file) => {
  read.push(file);
  return new Uint8Array(await readFile(join(FONTS, file)));
};

function tinyWorkspace() {
  const store = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY');
  return { columns: concatChunks(store.chunks), dictionaries: store.dictionaries, customers: store.customers };
}

const context = { today: 20_000, savedSegments: {}, fit: null, optedOut: [], contactLog: [] };
const question = (definition: ReportDefinition) => reportQuestion({ definition, currency: 'JPY', asOf: null, fit: null, campaigns: [], context });

describe('report document in the worker', () => {
  // A worker has no canvas and ECharts estimates text widths instead; jsdom's canvas only complains, so behave like the worker.
  beforeAll(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('prints the chosen sections in the chosen order, in each language, with their fonts embedded', async () => {
    const workspace = tinyWorkspace();
    const subsetsRead: Partial<Record<'en' | 'ja' | 'ru', number>> = {};
    for (const language of ['en', 'ja', 'ru'] as const) {
      const draft = [
        { type: 'toggleSection', id: 'fit' },
        { type: 'moveSection', id: 'methodology', by: -1 },
      ] as const;
      const definition = definitionOf(draft.reduce(reportEditReducer, draftOf(standardReport({ language, businessName: 'Sakura' }))));
      read.length = 0;
      const { html } = await reportDocument(workspace, question(definition), diskFonts);
      const titles = reportStrings(language).sections;
      const at = (id: keyof typeof titles) => html.indexOf(`>${titles[id]}<`);
      expect(at('summary')).toBeGreaterThan(0);
      expect(at('methodology')).toBeGreaterThan(0);
      expect(at('methodology')).toBeLessThan(at('campaigns'));
      expect(at('fit')).toBe(-1);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toMatch(/@font-face\{font-family:ReportSans;[^}]*src:url\(data:font\/woff2;base64,/);
      expect(html).not.toMatch(/<script/i);
      subsetsRead[language] = new Set(read).size;
      expect(read).toContain('noto-sans-jp/subsets.json');
    }
    // Only the subsets the text touches: Japanese text needs many more than English or Russian.
    expect(subsetsRead.ja).toBeGreaterThan(2 * subsetsRead.en!);
    expect(subsetsRead.ja).toBeGreaterThan(2 * subsetsRead.ru!);
  });

  it('shows a hostile business name and notes as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const definition: ReportDefinition = {
      ...standardReport({ businessName: hostile }),
      sections: [
        { id: 'cover', notes: '</p><script>alert(2)</script>' },
        { id: 'summary', notes: '' },
      ],
    };
    const { html } = await reportDocument(tinyWorkspace(), question(definition), diskFonts);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('computes the numbers once per data options: words, notes and language re-render only', () => {
    const workspace = tinyWorkspace();
    const base = standardReport();
    const first = reportData(workspace, question(base));
    expect(first.headline.customers).toBe(3);
    expect(reportData(workspace, question({ ...base, language: 'ru', sections: [{ id: 'cover', notes: 'new words' }] }))).toBe(first);
    const quarterly = reportData(workspace, question({ ...base, period: 'quarter' }));
    expect(quarterly).not.toBe(first);
    expect(quarterly.period).toBe('quarter');
  });

  it('answers through the analytics engine with the workspace it loaded, and says why when none is open', async () => {
    const engine = new AnalyticsEngine(async () => orderStoreFrom(TINY_SHOP_ORDERS, 'JPY'));
    expect(await engine.reportDocument(question(standardReport()))).toEqual({ ok: false, message: 'No workspace is open.' });
    await engine.openWorkspace('tiny');
    // The engine's own loader fetches bundled assets; jsdom has no app server, so the failure must come back as a message.
    const outcome = await engine.reportDocument(question(standardReport()));
    expect(outcome.ok).toBe(false);
  });
});

describe('bundled font loader', () => {
  it('bundles the manifest and every subset file of resources/fonts', async () => {
    const urls = fontUrls();
    expect(urls.has('noto-sans-jp/subsets.json')).toBe(true);
    const manifest: { subsets: { subset: string }[]; weights: number[] } = JSON.parse(await readFile(join(FONTS, 'noto-sans-jp/subsets.json'), 'utf8'));
    for (const { subset } of manifest.subsets) for (const weight of manifest.weights) expect(urls.has(`noto-sans-jp/noto-sans-jp-${subset}-${weight}-normal.woff2`)).toBe(true);
  });

  it('fetches each file once from its asset URL, decodes inlined data: URLs without fetching, and reports a missing file', async () => {
    const fetchFile = vi.fn(async (url: string | URL | Request) => new Response(new Uint8Array([1, 2, String(url).length])));
    const load = bundledFontLoader(
      new Map([
        ['noto-sans-jp/a.woff2', '/assets/a-123.woff2'],
        ['noto-sans-jp/b.woff2', 'data:font/woff2;base64,AQID'],
      ]),
      fetchFile,
    );
    expect(await load('noto-sans-jp/a.woff2')).toEqual(new Uint8Array([1, 2, 19]));
    expect(await load('noto-sans-jp/a.woff2')).toEqual(new Uint8Array([1, 2, 19]));
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(await load('noto-sans-jp/b.woff2')).toEqual(new Uint8Array([1, 2, 3]));
    expect(fetchFile).toHaveBeenCalledTimes(1);
    await expect(load('../../etc/passwd')).rejects.toThrow(/not bundled/);
  });

  it('a failed fetch is reported and tried again next time', async () => {
    let status = 404;
    const load = bundledFontLoader(new Map([['noto-sans-jp/a.woff2', '/assets/a.woff2']]), async () => new Response(new Uint8Array([7]), { status }));
    await expect(load('noto-sans-jp/a.woff2')).rejects.toThrow(/404/);
    status = 200;
    expect(await load('noto-sans-jp/a.woff2')).toEqual(new Uint8Array([7]));
  });
});
