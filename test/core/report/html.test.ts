import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';

/** jsdom's CSS parser does not know @page margin boxes; its complaints are noise here. */
const parse = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
import {
  PRINT_RULES,
  REPORT_SECTION_IDS,
  REPORT_STRINGS,
  embedReportFonts,
  pageRules,
  reportFormat,
  renderReportHtml,
  standardReport,
  type FontLoader,
  type ReportDefinition,
  type ReportLanguage,
} from '../../../src-core/report';
import { HOSTILE, demoStore, hostileCampaign, hostileFit, hostileStore, reportDataFor } from './report-fixtures';

const fontLoader: FontLoader = async (file) => new Uint8Array(await readFile(new URL(`../../../resources/fonts/${file}`, import.meta.url)));
const demo = demoStore();
const demoData = reportDataFor(demo.store);
const LANGUAGES: ReportLanguage[] = ['en', 'ja', 'ru'];

/** Attributes and CSS that could make the document reach out. */
function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\b(?:src|href|xlink:href|action|srcset)\s*=\s*["']?\s*([^"'\s>]+)/gi)) {
    if (!/^(data:|#)/.test(match[1]!)) found.push(match[0]);
  }
  // url(#clip) points inside the document (ECharts' clip paths); anything else must be data:.
  for (const match of html.matchAll(/url\(\s*["']?([^"')]*)/gi)) if (!/^(data:|#)/.test(match[1]!)) found.push(match[0]);
  for (const match of html.matchAll(/@import|<link\b|<base\b|<meta[^>]+refresh/gi)) found.push(match[0]);
  return found;
}

describe('report HTML for the demo shop', () => {
  it.each(LANGUAGES)('has every section, in order, with its title in %s', (language) => {
    const t = REPORT_STRINGS[language];
    const html = renderReportHtml(demoData, standardReport({ language, businessName: demo.name }));
    const positions = REPORT_SECTION_IDS.map((id) => html.indexOf(`id="section-${id}"`));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of REPORT_SECTION_IDS) if (id !== 'cover') expect(html).toContain(`<h2>${t.sections[id]}</h2>`);
    expect(html).toContain(`<html lang="${language}">`);
    // KPIs printed with the language's own number format.
    const f = reportFormat(t, 'USD');
    expect(html).toContain(f.integer(demoData.headline.customers));
    expect(html).toContain(f.money(demoData.summary.current.revenue));
  });

  it.each(LANGUAGES)('is self-contained in %s: no script, no external reference, its own CSP', async (language) => {
    const html = await embedReportFonts(renderReportHtml(demoData, standardReport({ language })), fontLoader);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(externalReferences(html)).toEqual([]);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
    expect(html.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('draws the charts as SVG vectors and the heatmap as a coloured table', () => {
    const html = renderReportHtml(demoData, standardReport());
    const dom = parse(html);
    expect(dom.querySelectorAll('figure.chart svg').length).toBe(3); // curves, funnel, segments (no fit data given)
    const cells = dom.querySelectorAll('table.heatmap td[style*="background-color"]');
    expect(cells.length).toBeGreaterThan(100);
    expect(dom.querySelectorAll('table.heatmap tbody tr').length).toBe(demoData.heatmap.rows.length);
  });

  it('states that fit and campaigns are absent rather than leaving the sections empty', () => {
    const html = renderReportHtml(demoData, standardReport());
    expect(html).toContain(REPORT_STRINGS.en.fit.notSetUp);
    expect(html).toContain(REPORT_STRINGS.en.campaigns.none);
  });

  it('follows the definition: only the chosen sections, in its order, with the notes', () => {
    const definition: ReportDefinition = { ...standardReport(), sections: [{ id: 'methodology', notes: '' }, { id: 'summary', notes: 'Sales rose.\n\nSecond paragraph.' }] };
    const html = renderReportHtml(demoData, definition);
    expect(html.indexOf('section-methodology')).toBeLessThan(html.indexOf('section-summary'));
    expect(html).not.toContain('section-retention');
    expect(html).toContain('<p>Sales rose.</p><p>Second paragraph.</p>');
  });
});

describe('user data is text, everywhere it appears', () => {
  const store = hostileStore();
  const base = reportDataFor(store, { currency: 'JPY' });
  const data = { ...base, fit: reportDataFor(store, { currency: 'JPY', fit: hostileFit(store, base.asOf) }).fit, campaigns: [{ name: HOSTILE.campaign, notes: HOSTILE.note, ...hostileCampaign() }] };
  const definition: ReportDefinition = {
    ...standardReport({ language: 'ja' }),
    cover: { businessName: HOSTILE.business, author: HOSTILE.customer, title: HOSTILE.campaign, logoDataUrl: null },
    sections: REPORT_SECTION_IDS.map((id) => ({ id, notes: `${HOSTILE.note} (${id})` })),
  };
  const html = renderReportHtml(data, definition);
  const document = parse(html);

  it('creates no element from any name, product, note, business name or title', () => {
    expect(document.querySelectorAll('img, script, iframe, b, svg[onload]').length).toBe(0);
    expect(document.querySelectorAll('style').length).toBe(1);
    expect(html).not.toContain('<img src=x');
  });

  it('prints each hostile value as text in each place it belongs', () => {
    const textOf = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    expect(textOf('#section-atRisk td .name')[0]).toBe(HOSTILE.customer);
    expect(textOf('#section-fit td .name')).toContain(HOSTILE.customer);
    expect(textOf('#section-funnel td')).toContain(HOSTILE.product);
    expect(textOf('.cover .business')).toEqual([HOSTILE.business]);
    expect(textOf('.cover h1')).toEqual([HOSTILE.campaign]);
    expect(textOf('.cover dd')).toContain(HOSTILE.customer);
    expect(textOf('article.campaign h3')).toEqual([HOSTILE.campaign]);
    expect(textOf('.campaign-notes p')).toEqual([HOSTILE.note]);
    for (const id of REPORT_SECTION_IDS.filter((id) => id !== 'cover')) expect(textOf(`#section-${id} .notes p`)).toEqual([`${HOSTILE.note} (${id})`]);
    expect(document.title).toBe(`${HOSTILE.business} — ${HOSTILE.campaign}`);
  });

  it('keeps the running header inside its CSS string', () => {
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@top-left{content:"\\3c \\2f style\\3e \\3c b\\3e Evil \\26  Sons\\3c \\2f b\\3e  \\22 Ltd\\22 "');
  });

  it('drops a logo that is not an image data: URL', () => {
    const withLogo = (logoDataUrl: string) => renderReportHtml(data, { ...definition, cover: { ...definition.cover, logoDataUrl } });
    expect(withLogo('https://evil.example/logo.png')).not.toContain('logo.png');
    expect(withLogo('data:text/html;base64,PHNjcmlwdD4=')).not.toContain('data:text/html');
    expect(withLogo('data:image/png;base64,iVBORw0KGgo=')).toContain('<img class="logo" alt="" src="data:image/png;base64,iVBORw0KGgo=">');
  });

  it('prints yen without a minor unit', () => {
    expect(html).toContain(reportFormat(REPORT_STRINGS.ja, 'JPY').money(1_000_000));
    expect(reportFormat(REPORT_STRINGS.ja, 'JPY').money(1234.56)).toBe('￥1,235');
    expect(reportFormat(REPORT_STRINGS.en, 'JPY').money(1234.56)).toBe('¥1,235');
    expect(reportFormat(REPORT_STRINGS.ru, 'RUB').money(1234.5)).toBe('1\u00a0234,50\u00a0₽');
  });
});

describe('print CSS', () => {
  it('sets the page, running header and page numbers, and keeps charts, KPI blocks and rows whole', () => {
    expect(pageRules('Letter', { header: 'Lantern Hill', title: 'Report', pageOf: REPORT_STRINGS.en.pageOf }) + '\n' + PRINT_RULES).toMatchInlineSnapshot(`
      "@page{size:Letter portrait;margin:18mm 15mm 18mm 15mm;
      @top-left{content:"Lantern Hill";font-family:ReportSans, sans-serif;font-size:7.5pt;color:#6b6e76;vertical-align:bottom;padding-bottom:3mm;}
      @top-right{content:"Report";font-family:ReportSans, sans-serif;font-size:7.5pt;color:#6b6e76;vertical-align:bottom;padding-bottom:3mm;}
      @bottom-right{content:"Page " counter(page) " of " counter(pages) "";font-family:ReportSans, sans-serif;font-size:7.5pt;color:#6b6e76;vertical-align:top;padding-top:3mm;}}
      @page :first{@top-left{content:none;}@top-right{content:none;}@bottom-right{content:none;}}
      thead{display:table-header-group;}
      tfoot{display:table-footer-group;}
      tr,figure.chart,.kpi,.definition,.notes,dl.facts,p.verdict{break-inside:avoid;}
      h2,h3,h4,figcaption{break-after:avoid;}
      .section{break-before:page;}
      .cover{break-after:page;}"
    `);
  });
});
