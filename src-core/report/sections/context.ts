/** What every section renderer is handed, and the frame all sections share. */
import type { ReportData } from '../data';
import type { ReportDefinition, ReportSectionId } from '../definition';
import { notesHtml } from '../escape';
import type { ReportFormat } from '../format';
import { html, trusted, type HtmlValue, type SafeHtml } from '../html';
import type { ReportStrings } from '../locales';

export interface SectionContext {
  data: ReportData;
  definition: ReportDefinition;
  t: ReportStrings;
  f: ReportFormat;
}

/** A titled section with the user's notes under the title. */
export function section(id: ReportSectionId, context: SectionContext, notes: string, body: HtmlValue): SafeHtml {
  const userNotes = notes.trim() === '' ? '' : html`<aside class="notes"><h3>${context.t.notes}</h3>${trusted(notesHtml(notes))}</aside>`;
  return html`<section class="section section-${id}" id="section-${id}"><h2>${context.t.sections[id]}</h2>${userNotes}${body}</section>`;
}

/** A chart block: title, the SVG, kept whole on one page. */
export function figure(title: string, svg: string, caption?: string): SafeHtml {
  return html`<figure class="chart"><figcaption>${title}</figcaption>${trusted(svg)}${caption ? html`<p class="caption">${caption}</p>` : ''}</figure>`;
}

export const intro = (text: string): SafeHtml => html`<p class="intro">${text}</p>`;
