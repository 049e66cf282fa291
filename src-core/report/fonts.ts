/**
 * Fonts for the report: Japanese and Cyrillic must print with no missing glyphs
 * on machines without CJK fonts, and the PDF window loads nothing from outside
 * (CSP font-src data:). So the report embeds Noto Sans JP (OFL, resources/fonts/)
 * as data: URLs, and only the unicode-range subsets its own text touches.
 *
 * Reading the bytes is the host's job (`FontLoader`): fs in the CLI and tests,
 * fetch of the bundled resources in the renderer. Paths are relative to resources/fonts/.
 */

/** Reads one file under resources/fonts/, e.g. 'noto-sans-jp/subsets.json'. */
export type FontLoader = (file: string) => Promise<Uint8Array>;

/** The family name the report's CSS and charts use: one word, so it needs no quoting anywhere. */
export const REPORT_FONT_FAMILY = 'ReportSans';
export const REPORT_FONT_STACK = `${REPORT_FONT_FAMILY}, sans-serif`;

/** Where renderReportHtml leaves room for the @font-face rules (in <head>, before any user text). */
export const FONT_FACES_PLACEHOLDER = '/*report-font-faces*/';

const FONT_DIR = 'noto-sans-jp';
const MANIFEST = `${FONT_DIR}/subsets.json`;

export interface FontSubset {
  subset: string;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
}

export interface FontManifest {
  weights: number[];
  subsets: FontSubset[];
}

/** The manifest is a file on disk: check its shape instead of trusting it. */
export function parseFontManifest(value: unknown): FontManifest {
  const fail = (why: string): never => {
    throw new Error(`The report font manifest (${MANIFEST}) is damaged: ${why}.`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const weights: unknown = Reflect.get(value, 'weights');
  const subsets: unknown = Reflect.get(value, 'subsets');
  if (!Array.isArray(weights) || !weights.every((w): w is number => Number.isInteger(w))) return fail('weights');
  if (!Array.isArray(subsets)) return fail('subsets');
  return {
    weights,
    subsets: subsets.map((entry: unknown): FontSubset => {
      const subset: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'subset') : undefined;
      const ranges: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'ranges') : undefined;
      if (typeof subset !== 'string' || !/^[a-z0-9-]+$/.test(subset) || !Array.isArray(ranges)) return fail('a subset entry');
      const pairs = ranges.map((range: unknown): [number, number] =>
        Array.isArray(range) && range.length === 2 && Number.isInteger(range[0]) && Number.isInteger(range[1]) ? [Number(range[0]), Number(range[1])] : fail(`a range of ${subset}`),
      );
      return { subset, ranges: pairs };
    }),
  };
}

/** Subsets that hold at least one character of the text (markup characters are Latin and cost one small subset). */
export function subsetsFor(text: string, manifest: FontManifest): FontSubset[] {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  const sorted = Int32Array.from(codePoints).sort();
  const anyIn = (from: number, to: number) => {
    // Binary search for the first code point ≥ from.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < sorted.length && sorted[low]! <= to;
  };
  return manifest.subsets.filter((subset) => subset.ranges.some(([from, to]) => anyIn(from, to)));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa: src-core runs in Node, workers and the renderer alike. */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]! + (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) + (c === undefined ? '=' : BASE64[n & 63]!);
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

const rangeText = (ranges: [number, number][]) =>
  ranges.map(([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`)).join(',');

/**
 * Text that uses every embedded face, laid out but invisible. Chromium loads a web font only
 * when layout first needs it; a face first needed while printing (a running header, a line
 * that only exists at print width) is drawn blank because its load has not finished. Using
 * every face at first layout loads them all before printing, with no script (the Electron
 * report window runs none).
 */
function fontWarmup(subsets: FontSubset[], weights: number[]): string {
  const sample = (subset: FontSubset) => {
    const [from, to] = subset.ranges.find(([, end]) => end >= 0x41) ?? subset.ranges[0] ?? [0x41, 0x41];
    return String.fromCodePoint(Math.min(Math.max(from, 0x41), to));
  };
  const spans = subsets.flatMap((subset) => weights.map((weight) => `<span style="font-weight:${weight}">&#${sample(subset).codePointAt(0)};</span>`));
  return `<div class="font-warmup" aria-hidden="true" style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap">${spans.join('')}</div>`;
}

/** @font-face rules, as data: URLs, for the subsets the text needs, in every bundled weight. */
export async function reportFontFaces(text: string, load: FontLoader): Promise<string> {
  return (await fontsFor(text, load)).faces;
}

async function fontsFor(text: string, load: FontLoader): Promise<{ faces: string; warmup: string }> {
  const manifest = parseFontManifest(JSON.parse(new TextDecoder().decode(await load(MANIFEST))));
  const needed = subsetsFor(text, manifest);
  const faces = await Promise.all(
    needed.flatMap((subset) =>
      manifest.weights.map(async (weight) => {
        const bytes = await load(`${FONT_DIR}/noto-sans-jp-${subset.subset}-${weight}-normal.woff2`);
        return `@font-face{font-family:${REPORT_FONT_FAMILY};font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${base64(bytes)}) format('woff2');unicode-range:${rangeText(subset.ranges)};}`;
      }),
    ),
  );
  return { faces: faces.join('\n'), warmup: fontWarmup(needed, manifest.weights) };
}

/** The finished document: the report HTML with its fonts embedded where the placeholder is. */
export async function embedReportFonts(html: string, load: FontLoader): Promise<string> {
  const { faces, warmup } = await fontsFor(html, load);
  const at = html.indexOf(FONT_FACES_PLACEHOLDER);
  const body = html.indexOf('<body>');
  if (at < 0 || body < at) throw new Error('The report HTML has no place for its fonts.');
  // Both places precede any user text: the placeholder is in <head>, <body> is ours (user text is escaped).
  return html.slice(0, at) + faces + html.slice(at + FONT_FACES_PLACEHOLDER.length, body + 6) + warmup + html.slice(body + 6);
}
