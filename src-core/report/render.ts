/**
 * renderReportHtml: the report as one self-contained, print-ready HTML document:
 * inline CSS and SVG, no scripts, nothing fetched (its own CSP says so), fonts
 * embedded afterwards by embedReportFonts (or all at once with renderReport).
 */
import type { ReportData } from './data';
import type { ReportDefinition, ReportSectionId } from './definition';
import { embedReportFonts, type FontLoader } from './fonts';
import { reportFormat } from './format';
import { html, trusted, type SafeHtml } from './html';
import { reportStrings } from './locales';
import { reportCss } from './styles';
import type { SectionContext } from './sections/context';
import { coverSection } from './sections/cover';
import { summarySection } from './sections/summary';
import { retentionSection } from './sections/retention';
import { atRiskSection, funnelSection, segmentsSection } from './sections/customers';
import { fitSection } from './sections/fit';
import { campaignsSection } from './sections/campaigns';
import { methodologySection } from './sections/methodology';

/** The same policy the Electron report window sends as a header, repeated in the document for any other host. */
export const REPORT_DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const RENDERERS: Record<ReportSectionId, (context: SectionContext, notes: string) => SafeHtml> = {
  cover: coverSection,
  summary: summarySection,
  retention: retentionSection,
  funnel: funnelSection,
  segments: segmentsSection,
  atRisk: atRiskSection,
  fit: fitSection,
  campaigns: campaignsSection,
  methodology: methodologySection,
};

export function renderReportHtml(data: ReportData, definition: ReportDefinition): string {
  const t = reportStrings(definition.language);
  const context: SectionContext = { data, definition, t, f: reportFormat(t, definition.currency || data.currency), };
  const title = definition.cover.title.trim() || t.defaultTitle;
  const business = definition.cover.businessName.trim();
  const css = reportCss(definition.pageSize, { header: business, title, pageOf: t.pageOf });
  const body = definition.sections.map((section) => RENDERERS[section.id](context, section.notes));
  const documentTitle = business ? `${business} — ${title}` : title;
  return html`<!doctype html><html lang="${definition.language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_DOCUMENT_CSP}"><title>${documentTitle}</title><style>${trusted(
    css,
  )}</style></head><body>${body}</body></html>`.value;
}

/** The finished document with its fonts: what savePdf / print and the CLI are given. */
export async function renderReport(data: ReportData, definition: ReportDefinition, fontLoader: FontLoader): Promise<string> {
  return embedReportFonts(renderReportHtml(data, definition), fontLoader);
}

/**
 * Options for Playwright's page.pdf() and Electron's webContents.printToPDF():
 * the CSS decides size and margins; the page numbers are in the document
 * (see styles.ts), so the host's own header and footer stay off.
 */
export function reportPdfOptions(definition: ReportDefinition): { pageSize: ReportDefinition['pageSize']; printBackground: true; preferCSSPageSize: true; displayHeaderFooter: false } {
  return { pageSize: definition.pageSize, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false };
}
