/**
 * Text → records. PapaParse's core parser does the CSV work on slices of the
 * decoded text; this file keeps each record's 1-based PHYSICAL line number
 * (quoted fields may span lines), turns quote errors into row issues, and
 * refuses runaway records (a 10 MB line, a quote never closed) without hanging.
 */
import Papa from 'papaparse';
import type { ImportIssue } from '../model/orders';

/** A batch of raw records, each with the physical line it starts on. */
export interface RecordBatch {
  records: string[][];
  lines: number[];
  issues: ImportIssue[];
  bytesDone: number;
}

export interface TextSlice {
  text: string;
  bytesDone: number;
}

export type Newline = '\r\n' | '\n' | '\r';

/** A single record longer than this is not a table row: it is reported and skipped. */
export const MAX_RECORD_CHARS = 2 * 1024 * 1024;

export function detectNewline(sample: string): Newline {
  const lf = sample.indexOf('\n');
  if (lf > 0 && sample[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return sample.includes('\r') ? '\r' : '\n';
}

function countChar(text: string, char: string, from = 0, to = text.length): number {
  let count = 0;
  let at = text.indexOf(char, from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf(char, at + 1);
  }
  return count;
}

interface PapaError {
  code: string;
  row?: number;
  index?: number;
}

interface PapaResult {
  data: string[][];
  errors: PapaError[];
  meta: { cursor: number };
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/** Field counts that repeat row after row reveal the delimiter, even below title lines. */
export function detectDelimiter(sample: string, newline: Newline): string {
  const cut = sample.lastIndexOf(newline);
  const text = cut > 0 ? sample.slice(0, cut) : sample;
  let best = ',';
  let bestScore = 0;
  let bestWidth = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, preview: 60 });
    const result = parser.parse(text, 0, false) as PapaResult;
    const counts = new Map<number, number>();
    for (const row of result.data) {
      if (row.length < 2) continue;
      counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    for (const [width, rows] of counts) {
      if (rows > bestScore || (rows === bestScore && width > bestWidth)) {
        best = delimiter;
        bestScore = rows;
        bestWidth = width;
      }
    }
  }
  if (bestScore === 0 && looksWhitespaceSeparated(text, newline)) return WHITESPACE;
  return best;
}

/** Marker for tables whose columns are separated by runs of spaces (e.g. fixed-width text exports). */
export const WHITESPACE = ' ';

function looksWhitespaceSeparated(text: string, newline: Newline): boolean {
  const lines = text.split(newline).slice(0, 60).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  const widths = lines.map((line) => line.trim().split(/\s+/).length);
  const first = widths[Math.min(1, widths.length - 1)] ?? 0;
  return first >= 2 && widths.filter((width) => width === first).length >= lines.length * 0.8;
}

/**
 * Reads delimited text slice by slice. PapaParse parses what has arrived; the
 * incomplete last record is carried into the next slice.
 */
export function* readDelimitedRecords(
  slices: Iterable<TextSlice>,
  delimiter: string,
  newline: Newline,
  maxRecordChars = MAX_RECORD_CHARS,
): Generator<RecordBatch> {
  const lineBreak = newline === '\r' ? '\r' : '\n';
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  let pending = '';
  let pendingLine = 1;
  /** True while discarding the rest of an over-long line until its line break. */
  let skippingLine = false;

  const iterator = slices[Symbol.iterator]();
  let done = false;
  let bytesDone = 0;
  while (!done) {
    const next = iterator.next();
    done = next.done === true;
    const issues: ImportIssue[] = [];
    if (!next.done) {
      bytesDone = next.value.bytesDone;
      let text = next.value.text;
      if (skippingLine) {
        const end = text.indexOf(lineBreak);
        if (end === -1) continue;
        text = text.slice(end + 1);
        pendingLine++;
        skippingLine = false;
      }
      pending += text;
    }
    const records: string[][] = [];
    const lines: number[] = [];
    // Loop because a skipped record (unclosed quote) lets us parse what follows it.
    for (;;) {
      const result = parser.parse(pending, 0, !done) as PapaResult;
      const rows = result.data;
      let keep = rows.length;
      let resumeAt = -1;
      const broken = result.errors.find((error) => error.code === 'MissingQuotes');
      if (broken && broken.row !== undefined) {
        keep = broken.row;
        const quoteAt = broken.index ?? 0;
        const lineEnd = pending.indexOf(lineBreak, quoteAt);
        resumeAt = lineEnd === -1 ? pending.length : lineEnd + 1;
      }
      const consumedTo = resumeAt >= 0 ? resumeAt : result.meta.cursor;
      const rowLines = physicalLines(rows, keep, pendingLine, pending, consumedTo, done && resumeAt < 0, lineBreak);
      const malformed = new Set<number>();
      for (const error of result.errors) {
        if (error.code === 'InvalidQuotes' && error.row !== undefined && error.row < keep) malformed.add(error.row);
      }
      for (let i = 0; i < keep; i++) {
        const line = rowLines[i] ?? pendingLine;
        if (malformed.has(i)) {
          issues.push({ line, column: '', message: malformedMessage(line) });
          continue;
        }
        records.push(rows[i] ?? []);
        lines.push(line);
      }
      if (broken) {
        const line = rowLines[keep] ?? pendingLine;
        // Text after a closing quote makes PapaParse hunt for another quote; name the first problem.
        const malformedFirst = result.errors.some((error) => error.code === 'InvalidQuotes' && error.row === keep);
        issues.push({ line, column: '', message: malformedFirst ? malformedMessage(line) : `Line ${line}: a quote opened here is never closed (unclosed quote); the row was skipped.` });
      }
      pendingLine += countChar(pending, lineBreak, 0, consumedTo);
      pending = pending.slice(consumedTo);
      if (resumeAt >= 0 && pending.length > 0) continue;
      break;
    }
    if (!done && pending.length > maxRecordChars) {
      const quoted = pending.includes('"');
      issues.push({
        line: pendingLine,
        column: '',
        message: quoted
          ? `Line ${pendingLine}: a quote opened here is never closed (unclosed quote); the row was skipped.`
          : `Line ${pendingLine} is longer than ${maxRecordChars.toLocaleString('en-US')} characters without a line break; it was skipped.`,
      });
      const end = pending.indexOf(lineBreak);
      if (end === -1) skippingLine = true;
      else pendingLine++;
      pending = end === -1 ? '' : pending.slice(end + 1);
    }
    if (records.length > 0 || issues.length > 0 || done) yield { records, lines, issues, bytesDone };
  }
}

const malformedMessage = (line: number) => `Line ${line}: a quoted field is followed by more text before the next separator (malformed quotes); the row was skipped.`;

/**
 * Physical start line of each parsed row. When the consumed text holds exactly
 * one line break per row (the common case) the lines are consecutive; otherwise
 * the line breaks inside each row's quoted fields are counted.
 */
function physicalLines(rows: string[][], keep: number, firstLine: number, text: string, consumedTo: number, final: boolean, lineBreak: string): number[] {
  const lines = new Array<number>(keep + 1);
  const breaks = countChar(text, lineBreak, 0, consumedTo);
  const expected = final ? rows.length - 1 : rows.length;
  if (keep === rows.length && breaks === expected) {
    for (let i = 0; i <= keep; i++) lines[i] = firstLine + i;
    return lines;
  }
  let line = firstLine;
  for (let i = 0; i <= keep && i < rows.length; i++) {
    lines[i] = line;
    const row = rows[i] ?? [];
    let inside = 0;
    for (const field of row) if (field.length > 0 && field.includes(lineBreak)) inside += countChar(field, lineBreak);
    line += 1 + inside;
  }
  return lines;
}

/** Whitespace-separated text (e.g. the CDNOW sample): no quoting, runs of spaces or tabs separate fields. */
export function* readWhitespaceRecords(slices: Iterable<TextSlice>, newline: Newline): Generator<RecordBatch> {
  const lineBreak = newline === '\r' ? '\r' : '\n';
  let pending = '';
  let line = 1;
  let bytesDone = 0;
  const iterator = slices[Symbol.iterator]();
  for (;;) {
    const next = iterator.next();
    if (!next.done) {
      pending += next.value.text;
      bytesDone = next.value.bytesDone;
    }
    const cut = next.done ? pending.length : pending.lastIndexOf(lineBreak) + 1;
    if (cut === 0 && !next.done) continue;
    const text = pending.slice(0, cut);
    pending = pending.slice(cut);
    const rows = text.split(lineBreak);
    if (text.endsWith(lineBreak)) rows.pop();
    const records: string[][] = [];
    const lines: number[] = [];
    for (const raw of rows) {
      const trimmed = raw.trim();
      records.push(trimmed === '' ? [''] : trimmed.split(/[ \t]+/));
      lines.push(line++);
    }
    yield { records, lines, issues: [], bytesDone };
    if (next.done) return;
  }
}
