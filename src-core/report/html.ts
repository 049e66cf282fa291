/**
 * A tiny HTML builder where escaping is the default: every value interpolated
 * into `html\`…\`` is escaped unless it is already `SafeHtml` (built by `html`
 * itself, or explicitly trusted with `trusted()` for ECharts' SVG and our CSS).
 * User data can therefore only reach the document as text.
 */
import { escapeHtml } from './escape';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += piece(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup we produced ourselves (ECharts SVG, CSS): never user text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export interface TableOptions {
  className?: string;
  /** Columns (by position) that hold numbers: right-aligned, tabular figures. */
  numeric?: readonly number[];
  caption?: string;
}

/** A data table whose header repeats on every printed page and whose rows never split. */
export function dataTable(headers: readonly HtmlValue[], rows: readonly (readonly HtmlValue[])[], options: TableOptions = {}): SafeHtml {
  const numeric = new Set(options.numeric ?? []);
  const cell = (tag: 'th' | 'td', value: HtmlValue, i: number) =>
    numeric.has(i) ? html`<${trusted(tag)} class="num">${value}</${trusted(tag)}>` : html`<${trusted(tag)}>${value}</${trusted(tag)}>`;
  return html`<table class="${['data', options.className ?? ''].join(' ').trim()}">${options.caption ? html`<caption>${options.caption}</caption>` : ''}<thead><tr>${headers.map((h, i) => cell('th', h, i))}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((value, i) => cell('td', value, i))}</tr>`,
  )}</tbody></table>`;
}
