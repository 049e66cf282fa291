/** Methodology and definitions: how every number in the report was computed. */
import { html, type SafeHtml } from '../html';
import { intro, section, type SectionContext } from './context';

export function methodologySection(context: SectionContext, notes: string): SafeHtml {
  const { t } = context;
  const body = html`${intro(t.methodology.intro)}<dl class="definitions">${t.methodology.definitions.map(
    ([term, definition]) => html`<div class="definition"><dt>${term}</dt><dd>${definition}</dd></div>`,
  )}</dl>`;
  return section('methodology', context, notes, body);
}
