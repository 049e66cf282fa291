/**
 * The report engine (issue 8), pure: definition → data → self-contained print HTML.
 *
 *   const data = buildReportData(columns, dictionaries, customers, reportDataOptions(definition, currency));
 *   const html = await renderReport(data, definition, fontLoader);   // fonts embedded as data: URLs
 *   bridge.savePdf({ suggestedName, pageSize: definition.pageSize, html });
 *
 * Page numbers and running headers are CSS page-margin boxes in the document (styles.ts),
 * so hosts print with displayHeaderFooter off (reportPdfOptions).
 */
export * from './definition';
export { buildReportData, reportDataOptions, HEATMAP_MAX_COHORTS, HEATMAP_MAX_OFFSETS } from './data';
export type { AtRiskCustomer, FirstProductRow, HeatmapRow, ReportCampaign, ReportCampaignInput, ReportData, ReportDataOptions, ReportFit } from './data';
export { windowKpis, type WindowKpis } from './window-kpis';
export { REPORT_STRINGS, reportStrings, type ReportStrings, type RfmSegmentId, type SummaryKpi } from './locales';
export { reportFormat, type ReportFormat } from './format';
export { escapeHtml, cssString } from './escape';
export { FONT_FACES_PLACEHOLDER, REPORT_FONT_FAMILY, embedReportFonts, reportFontFaces, subsetsFor, parseFontManifest, base64, type FontLoader, type FontManifest } from './fonts';
export { PAGE_MARGINS, PRINT_RULES, pageRules } from './styles';
export { REPORT_DOCUMENT_CSP, renderReport, renderReportHtml, reportPdfOptions } from './render';
