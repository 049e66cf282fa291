/**
 * A small, streaming .xlsx reader: workbook → sheets, shared strings, the
 * styles that make a number a date, and each sheet's rows as string records.
 * Nothing is ever fetched: external links only ever show their cached values.
 */
import { excelSerialToDay } from '../dates';
import { isoDate } from '../../model/orders';
import type { RecordBatch } from '../records';
import { entryText, readCentralDirectory, inflateEntry, Utf8Chunks, ZipError, type ZipEntry } from './zip';

export interface SheetInfo {
  name: string;
  path: string;
  hidden: boolean;
}

export interface Workbook {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  sheets: SheetInfo[];
  sharedStrings: string[];
  /** cellXfs indexes whose number format is a date or time. */
  dateStyles: Set<number>;
  date1904: boolean;
  hasExternalLinks: boolean;
}

const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLUMNS = 16_384;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  if (!match) return null;
  return decodeXml(match[2] ?? match[3] ?? '');
}

/** Fast path for the attributes of every cell (`r`, `t`, `s`), written with double quotes by every writer we know. */
function cellAttribute(attributes: string, name: string): string | null {
  const key = ` ${name}="`;
  const at = attributes.indexOf(key);
  if (at < 0) return attributes.includes(`${name}`) ? attribute(attributes, name) : null;
  const start = at + key.length;
  return attributes.slice(start, attributes.indexOf('"', start));
}

/** Concatenates the <t> runs of a shared or inline rich-text string (phonetic <rPh> runs are skipped). */
function textRuns(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += match[1] ?? '';
  return decodeXml(text);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function resolvePath(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function openWorkbook(bytes: Uint8Array): Workbook {
  const list = readCentralDirectory(bytes);
  const entries = new Map(list.map((entry) => [entry.name, entry]));
  const text = (name: string) => {
    const entry = entries.get(name);
    return entry ? entryText(bytes, entry) : '';
  };
  const workbookXml = text('xl/workbook.xml');
  if (!workbookXml) throw new ZipError('This zip archive is not an Excel workbook (no xl/workbook.xml).');
  const relations = new Map<string, string>();
  for (const match of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    const type = attribute(match[0], 'Type') ?? '';
    if (id && target && type.endsWith('/worksheet') && attribute(match[0], 'TargetMode') !== 'External') relations.set(id, resolvePath(target));
  }
  const sheets: SheetInfo[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(match[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const id = attribute(match[0], 'r:id') ?? attribute(match[0], 'id');
    const path = id ? relations.get(id) : undefined;
    if (path && entries.has(path)) sheets.push({ name, path, hidden: /hidden/i.test(attribute(match[0], 'state') ?? '') });
  }
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbookXml);

  const sharedStrings: string[] = [];
  for (const match of text('xl/sharedStrings.xml').matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)) {
    sharedStrings.push(match[1] === undefined ? '' : textRuns(match[1]));
  }

  const stylesXml = text('xl/styles.xml');
  const customFormats = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], 'numFmtId'));
    customFormats.set(id, attribute(match[0], 'formatCode') ?? '');
  }
  const dateStyles = new Set<number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const formatId = Number(attribute(match[0], 'numFmtId') ?? '0');
    const custom = customFormats.get(formatId);
    if (custom !== undefined ? isDateFormat(custom) : BUILTIN_DATE_FORMATS.has(formatId)) dateStyles.add(index);
    index++;
  }
  const hasExternalLinks = list.some((entry) => entry.name.startsWith('xl/externalLinks/'));
  return { bytes, entries, sheets, sharedStrings, dateStyles, date1904, hasExternalLinks };
}

function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const c = reference.charCodeAt(i);
    if (c < 65 || c > 90) break;
    index = index * 26 + (c - 64);
  }
  return index - 1;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** A date-styled serial becomes `YYYY-MM-DD` (with `HH:MM:SS` when it has a time; a pure time stays a time). */
function serialText(serial: number, date1904: boolean): string {
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const time = `${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (serial < 1) return time;
  const date = isoDate(excelSerialToDay(serial, date1904));
  return seconds === 0 ? date : `${date} ${time}`;
}

function cellText(workbook: Workbook, tag: string, body: string): string {
  const type = cellAttribute(tag, 't');
  if (type === 'inlineStr') return textRuns(body);
  const open = body.indexOf('<v>');
  const raw = open >= 0 ? body.slice(open + 3, body.indexOf('</v>', open)) : /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (raw === undefined) return '';
  if (type === 's') return workbook.sharedStrings[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  if (type === 'str' || type === 'e' || type === 'd') return decodeXml(raw);
  const value = Number(raw);
  if (!Number.isFinite(value)) return decodeXml(raw);
  const style = Number(cellAttribute(tag, 's') ?? '0');
  if (workbook.dateStyles.has(style) && value >= 0 && value < 2_958_466) return serialText(value, workbook.date1904);
  // Binary floating point noise (33.619999999999997) is not what the user typed.
  return String(Number(value.toPrecision(15)));
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** Streams a sheet's rows as records; the spreadsheet row number is the record's line. */
export function* readSheetRows(workbook: Workbook, sheet: SheetInfo, batchRows = 5_000): Generator<RecordBatch> {
  const entry = workbook.entries.get(sheet.path);
  if (!entry) return;
  const decoder = new Utf8Chunks();
  const queue: RecordBatch[] = [];
  let pending = '';
  let records: string[][] = [];
  let lines: number[] = [];
  let nextRow = 1;
  let checkedDimension = false;
  let produced = 0;
  const flush = () => {
    if (records.length === 0) return;
    queue.push({ records, lines, issues: [], bytesDone: Math.round((entry.compressedSize * produced) / Math.max(1, entry.size)) });
    records = [];
    lines = [];
  };
  const scan = (final: boolean) => {
    if (!checkedDimension) {
      const dimension = /<(?:\w+:)?dimension\b[^>]*ref\s*=\s*"[A-Z]*\d*:?([A-Z]+)(\d+)"/.exec(pending);
      if (dimension || pending.includes('<sheetData') || final) {
        checkedDimension = true;
        if (dimension && (Number(dimension[2]) > MAX_SHEET_ROWS || columnIndex(dimension[1] ?? '') >= MAX_SHEET_COLUMNS)) {
          throw new ZipError(`The sheet '${sheet.name}' declares an absurd size (${dimension[1]}${dimension[2]}); it was not opened.`);
        }
      }
    }
    let cut = pending.length;
    if (!final) {
      let close = pending.lastIndexOf('row>');
      while (close > 0 && !/<\/(?:\w+:)?$/.test(pending.slice(Math.max(0, close - 12), close))) close = pending.lastIndexOf('row>', close - 1);
      if (close <= 0) return;
      cut = close + 4;
    }
    const text = pending.slice(0, cut);
    pending = pending.slice(cut);
    for (const row of text.matchAll(ROW)) {
      const number = Number(cellAttribute(row[1] ?? '', 'r') ?? nextRow);
      nextRow = number + 1;
      const cells: string[] = [];
      let column = 0;
      for (const cell of (row[2] ?? '').matchAll(CELL)) {
        const reference = cellAttribute(cell[1] ?? '', 'r');
        if (reference) column = columnIndex(reference);
        if (column >= MAX_SHEET_COLUMNS) break;
        while (cells.length < column) cells.push('');
        cells[column] = cellText(workbook, cell[1] ?? '', cell[2] ?? '');
        column++;
      }
      records.push(cells.length === 0 ? [''] : cells);
      lines.push(number);
      if (records.length >= batchRows) flush();
    }
  };
  for (const chunk of inflateEntry(workbook.bytes, entry)) {
    produced += chunk.length;
    pending += decoder.decode(chunk);
    if (pending.length < 256 * 1024) continue;
    scan(false);
    flush();
    yield* queue.splice(0);
  }
  pending += decoder.finish();
  scan(true);
  flush();
  yield* queue.splice(0);
}
