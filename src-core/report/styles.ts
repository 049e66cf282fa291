/**
 * The report's print CSS. Page numbers and the running header are CSS page-margin
 * boxes (@top-left, @bottom-right with counter(page) / counter(pages)), which
 * Chromium's print engine draws since Chromium 131: the same document therefore
 * prints identically through Playwright's page.pdf(), Electron's
 * webContents.printToPDF() and window.print(), with displayHeaderFooter left off
 * and no header/footer templates to keep in step.
 */
import type { ReportPageSize } from './definition';
import { cssString } from './escape';
import { FONT_FACES_PLACEHOLDER, REPORT_FONT_STACK } from './fonts';

export interface RunningText {
  /** Top left of every page after the cover: the business name. */
  header: string;
  /** Top right: the report title. */
  title: string;
  /** Bottom right: "Page N of M" around the counters. */
  pageOf: [string, string, string];
}

/** Page margins: room for the margin boxes above and below the text. */
export const PAGE_MARGINS = { top: '18mm', right: '15mm', bottom: '18mm', left: '15mm' } as const;

export function pageRules(pageSize: ReportPageSize, running: RunningText): string {
  const [before, between, after] = running.pageOf;
  const margin = `${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}`;
  const box = `font-family:${REPORT_FONT_STACK};font-size:7.5pt;color:#6b6e76;`;
  return `@page{size:${pageSize} portrait;margin:${margin};
@top-left{content:${cssString(running.header)};${box}vertical-align:bottom;padding-bottom:3mm;}
@top-right{content:${cssString(running.title)};${box}vertical-align:bottom;padding-bottom:3mm;}
@bottom-right{content:${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)};${box}vertical-align:top;padding-top:3mm;}}
@page :first{@top-left{content:none;}@top-right{content:none;}@bottom-right{content:none;}}`;
}

/** Never split a chart, a KPI block, a table row or a definition; repeat table headers on each page. */
export const PRINT_RULES = `thead{display:table-header-group;}
tfoot{display:table-footer-group;}
tr,figure.chart,.kpi,.definition,.notes,dl.facts,p.verdict{break-inside:avoid;}
h2,h3,h4,figcaption{break-after:avoid;}
.section{break-before:page;}
.cover{break-after:page;}`;

const SCREEN_AND_TYPE = `html{font-family:${REPORT_FONT_STACK};font-size:9.5pt;line-height:1.45;color:#1d1f24;-webkit-print-color-adjust:exact;print-color-adjust:exact;}
body{margin:0;}
h1{font-size:24pt;line-height:1.2;margin:0 0 10mm;font-weight:700;}
h2{font-size:15pt;margin:0 0 4mm;padding-bottom:2mm;border-bottom:1.5pt solid #1f5f8b;font-weight:700;}
h3{font-size:11pt;margin:6mm 0 2mm;font-weight:700;}
h4{font-size:10pt;margin:4mm 0 2mm;}
p{margin:0 0 2.5mm;}
.intro{color:#3c3f46;}
.caption{font-size:8pt;color:#6b6e76;}
.cover{padding-top:45mm;}
.cover .logo{max-height:25mm;max-width:70mm;display:block;margin-bottom:12mm;}
.cover .business{font-size:13pt;color:#1f5f8b;margin-bottom:3mm;font-weight:700;}
.cover .range,.cover .confidential{color:#6b6e76;font-size:8.5pt;}
.cover .confidential{margin-top:30mm;}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:1.5mm 6mm;margin:0 0 5mm;}
dl.facts dt{color:#6b6e76;}
dl.facts dd{margin:0;}
.notes{border-left:2pt solid #e07a2f;background:#fbf4ee;padding:2mm 4mm;margin:0 0 4mm;}
.notes h3{margin:0 0 1mm;font-size:9pt;color:#9a4f17;}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:3mm;margin:4mm 0;}
.kpi{border:0.75pt solid #d5d8de;border-radius:2mm;padding:2.5mm 3mm;}
.kpi-label{font-size:8pt;color:#6b6e76;}
.kpi-value{font-size:14pt;font-weight:700;margin:1mm 0;}
.kpi-change{font-size:9pt;font-weight:700;}
.kpi-change.up{color:#2d7a47;}
.kpi-change.down{color:#b8455c;}
.kpi-change.flat{color:#6b6e76;}
.kpi-previous{font-size:7.5pt;color:#6b6e76;}
table.data{width:100%;border-collapse:collapse;margin:2mm 0 4mm;font-size:8.5pt;}
table.data th,table.data td{padding:1.2mm 2mm;border-bottom:0.5pt solid #e1e3e8;text-align:left;vertical-align:top;}
table.data thead th{border-bottom:1pt solid #1d1f24;font-weight:700;}
table.data .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
table.data.compact{width:auto;min-width:60%;}
table.customers .name{font-weight:700;}
table.heatmap{table-layout:fixed;font-size:6.5pt;}
table.heatmap th,table.heatmap td{padding:0.8mm 0.3mm;text-align:center;border:0.5pt solid #fff;}
table.heatmap th.cohort{text-align:left;width:15mm;white-space:nowrap;}
table.heatmap th.size{width:11mm;}
table.heatmap th.offsets{text-align:center;font-weight:400;color:#6b6e76;}
table.heatmap td.partial{font-style:italic;opacity:0.8;}
figure.chart{margin:3mm 0 5mm;}
figure.chart figcaption{font-weight:700;margin-bottom:1mm;}
figure.chart svg{width:100%;height:auto;display:block;}
article.campaign{margin-bottom:6mm;}
p.verdict{font-weight:700;}
dl.definitions{margin:0;}
.definition{margin:0 0 3mm;}
.definition dt{font-weight:700;}
.definition dd{margin:0.5mm 0 0;}`;

export function reportCss(pageSize: ReportPageSize, running: RunningText): string {
  return `${FONT_FACES_PLACEHOLDER}\n${pageRules(pageSize, running)}\n${PRINT_RULES}\n${SCREEN_AND_TYPE}`;
}
