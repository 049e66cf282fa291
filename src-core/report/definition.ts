/**
 * A report definition: which sections, in which order, with the user's notes,
 * the cover, page size, language and currency. Plain JSON so the app can save
 * one per workspace and next quarter's report is one click; `parseReportDefinition`
 * is the boundary that turns a stored (untrusted) value back into a definition.
 */
import { isPeriodKind, type PeriodKind } from '../analytics/periods';

export const REPORT_SECTION_IDS = ['cover', 'summary', 'retention', 'funnel', 'segments', 'atRisk', 'fit', 'campaigns', 'methodology'] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

export const REPORT_LANGUAGES = ['en', 'ja', 'ru'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const REPORT_PAGE_SIZES = ['A4', 'Letter'] as const;
export type ReportPageSize = (typeof REPORT_PAGE_SIZES)[number];

export interface ReportSection {
  id: ReportSectionId;
  /** The user's own words, printed under the section title (plain text; blank lines start paragraphs). */
  notes: string;
}

export interface ReportCover {
  businessName: string;
  author: string;
  /** Optional report title; empty = the language's standard title. */
  title: string;
  /** A `data:image/(png|jpeg|webp|svg+xml);base64,…` URL, or null. Anything else is dropped. */
  logoDataUrl: string | null;
}

export interface ReportDefinition {
  version: 1;
  /** What the user calls this definition ("Quarterly review"). */
  name: string;
  /** Chosen sections in print order; each id at most once. */
  sections: ReportSection[];
  pageSize: ReportPageSize;
  language: ReportLanguage;
  /** ISO 4217 code to print money in; empty = the workspace's currency. */
  currency: string;
  cover: ReportCover;
  /** Cohort granularity (month / week / quarter). */
  period: PeriodKind;
  /** Length of the executive summary's period in days, compared with the same length before it. */
  summaryDays: number;
  /** Rows in "top at-risk valuable customers". */
  atRiskRows: number;
}

export const DEFAULT_SUMMARY_DAYS = 90;
export const DEFAULT_AT_RISK_ROWS = 15;
const MAX_NOTES = 20_000;
const MAX_TEXT = 500;
const MAX_LOGO = 2 * 1024 * 1024;

/** The standard report: every section, in the order a consultant presents them. */
export function standardReport(options: { language?: ReportLanguage; pageSize?: ReportPageSize; businessName?: string } = {}): ReportDefinition {
  return {
    version: 1,
    name: 'Standard report',
    sections: REPORT_SECTION_IDS.map((id) => ({ id, notes: '' })),
    pageSize: options.pageSize ?? 'A4',
    language: options.language ?? 'en',
    currency: '',
    cover: { businessName: options.businessName ?? '', author: '', title: '', logoDataUrl: null },
    period: 'month',
    summaryDays: DEFAULT_SUMMARY_DAYS,
    atRiskRows: DEFAULT_AT_RISK_ROWS,
  };
}

export const isReportLanguage = (value: unknown): value is ReportLanguage => REPORT_LANGUAGES.some((language) => language === value);
export const isReportPageSize = (value: unknown): value is ReportPageSize => REPORT_PAGE_SIZES.some((size) => size === value);
export const isReportSectionId = (value: unknown): value is ReportSectionId => REPORT_SECTION_IDS.some((id) => id === value);

/** Raster images, or SVG (an <img> never runs an SVG's scripts), base64 only: nothing that can reach out. */
export function isSafeLogoDataUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_LOGO && /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/.test(value);
}

export type DefinitionOutcome = { ok: true; definition: ReportDefinition } | { ok: false; problems: string[] };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
}

/**
 * Reads a stored definition (JSON.parse output). Missing fields take the standard
 * report's values, so definitions saved by an older version still open; wrong ones
 * are reported as problems rather than silently "fixed".
 */
export function parseReportDefinition(value: unknown): DefinitionOutcome {
  const input = record(value);
  if (!input) return { ok: false, problems: ['The report definition is not an object.'] };
  const base = standardReport();
  const problems: string[] = [];
  const text = (field: unknown, name: string, fallback: string, max = MAX_TEXT): string => {
    if (field === undefined) return fallback;
    if (typeof field === 'string' && field.length <= max) return field;
    problems.push(`${name} must be text of at most ${max} characters.`);
    return fallback;
  };
  const wholeNumber = (field: unknown, name: string, fallback: number, min: number, max: number): number => {
    if (field === undefined) return fallback;
    if (typeof field === 'number' && Number.isInteger(field) && field >= min && field <= max) return field;
    problems.push(`${name} must be a whole number from ${min} to ${max}.`);
    return fallback;
  };

  let sections = base.sections;
  if (input.sections !== undefined) {
    if (!Array.isArray(input.sections)) problems.push('sections must be a list.');
    else {
      sections = [];
      for (const entry of input.sections) {
        const section = record(entry);
        if (!section || !isReportSectionId(section.id)) {
          problems.push(`Unknown section ${JSON.stringify(section?.id ?? entry)}.`);
          continue;
        }
        const id = section.id;
        if (sections.some((chosen) => chosen.id === id)) problems.push(`Section "${id}" is listed twice.`);
        else sections.push({ id, notes: text(section.notes, `notes of ${id}`, '', MAX_NOTES) });
      }
    }
  }
  const cover = record(input.cover) ?? {};
  if (input.cover !== undefined && !record(input.cover)) problems.push('cover must be an object.');
  let logoDataUrl: string | null = null;
  if (cover.logoDataUrl !== undefined && cover.logoDataUrl !== null) {
    if (isSafeLogoDataUrl(cover.logoDataUrl)) logoDataUrl = cover.logoDataUrl;
    else problems.push('The logo must be a PNG, JPEG, WebP or SVG image as a base64 data: URL of at most 2 MB.');
  }
  const pick = <T>(field: unknown, name: string, fallback: T, guard: (v: unknown) => v is T): T => {
    if (field === undefined) return fallback;
    if (guard(field)) return field;
    problems.push(`${name} ${JSON.stringify(field)} is not supported.`);
    return fallback;
  };
  const currency = text(input.currency, 'currency', '', 3);
  if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) problems.push('currency must be a three-letter ISO code such as USD, or empty.');
  if (input.version !== undefined && input.version !== 1) problems.push(`Report definition version ${String(input.version)} is newer than this app.`);

  const definition: ReportDefinition = {
    version: 1,
    name: text(input.name, 'name', base.name),
    sections,
    pageSize: pick(input.pageSize, 'Page size', base.pageSize, isReportPageSize),
    language: pick(input.language, 'Language', base.language, isReportLanguage),
    currency,
    cover: {
      businessName: text(cover.businessName, 'businessName', ''),
      author: text(cover.author, 'author', ''),
      title: text(cover.title, 'title', ''),
      logoDataUrl,
    },
    period: pick(input.period, 'Period', base.period, isPeriodKind),
    summaryDays: wholeNumber(input.summaryDays, 'summaryDays', base.summaryDays, 7, 3660),
    atRiskRows: wholeNumber(input.atRiskRows, 'atRiskRows', base.atRiskRows, 1, 200),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition };
}
