/**
 * Escaping for the two places user data enters the report document: HTML text
 * and attribute values, and CSS strings (the running header lives in @page CSS).
 * Every customer name, product, note and business name goes through one of these.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a double-quoted attribute value. Also drops C0 controls that XML-ish consumers reject. */
export function escapeHtml(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') continue;
    out += HTML_ESCAPES[char] ?? char;
  }
  return out;
}

/**
 * A double-quoted CSS string: anything but letters, digits, spaces and common
 * punctuation becomes a hex escape, so neither `"` nor `</style>` nor a newline
 * can end the string or the style element.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (/[\p{L}\p{N} .,:;!?()–—・、。-]/u.test(char) && code > 0x1f) out += char;
    else out += `\\${code.toString(16)} `;
  }
  return `${out}"`;
}

/** Plain-text notes as paragraphs: blank lines separate paragraphs, single newlines become <br>. */
export function notesHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
