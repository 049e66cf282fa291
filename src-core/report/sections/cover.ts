/** The cover: logo, title, business name, period, as-of date, author. */
import { isSafeLogoDataUrl } from '../definition';
import { notesHtml } from '../escape';
import { html, trusted, type SafeHtml } from '../html';
import type { SectionContext } from './context';

export function coverSection({ data, definition, t, f }: SectionContext, notes: string): SafeHtml {
  const { cover } = definition;
  const { current } = data.summary;
  const title = cover.title.trim() || t.defaultTitle;
  const logo = cover.logoDataUrl !== null && isSafeLogoDataUrl(cover.logoDataUrl) ? html`<img class="logo" alt="" src="${cover.logoDataUrl}">` : '';
  const facts: [string, string][] = [
    [t.cover.period, `${f.date(current.from)} – ${f.date(current.to)}`],
    [t.cover.asOf, f.date(data.asOf)],
  ];
  if (cover.author.trim()) facts.push([t.cover.author, cover.author.trim()]);
  return html`<section class="cover" id="section-cover">${logo}<p class="business">${cover.businessName.trim()}</p><h1>${title}</h1><dl class="facts">${facts.map(
    ([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`,
  )}</dl>${data.firstOrderDay !== null ? html`<p class="range">${t.cover.dataRange(f.date(data.firstOrderDay), f.date(data.asOf))}</p>` : ''}${
    notes.trim() ? html`<div class="cover-notes">${trusted(notesHtml(notes))}</div>` : ''
  }<p class="confidential">${t.cover.confidential}</p></section>`;
}
