/**
 * Date cells → epoch days of the merchant's calendar date AS WRITTEN: an
 * offset or a 'Z' never moves the day (a 23:30 order in Osaka is that day's
 * order). `03/04/2024` cannot be read alone, so such cells come back as an
 * "ambiguous" code and the whole column decides DD/MM vs MM/DD afterwards.
 */
import { epochDayFromYmd, type EpochDay } from '../model/orders';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** Ambiguous day/month cells are encoded above this base (epoch days stay far below it). */
const AMBIGUOUS_BASE = 100_000_000;
const DOT_FLAG = 100_000_000;

/** A code from parseDateCell: an epoch day, an ambiguous day/month code, or NaN. */
export type DateCode = number;

export function isAmbiguous(code: DateCode): boolean {
  return code >= AMBIGUOUS_BASE;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): EpochDay {
  if (!(year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return NaN;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] ?? 31) + (leap ? 1 : 0) || !Number.isInteger(day)) return NaN;
  return epochDayFromYmd(year, month, day);
}

/** Value of the digits text[from, to), or NaN when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}

function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function ambiguous(year: number, first: number, second: number, dotted: boolean): DateCode {
  if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return NaN;
  if (year < 1900 || year > 2200) return NaN;
  return AMBIGUOUS_BASE + (dotted ? DOT_FLAG : 0) + year * 10_000 + first * 100 + second;
}

/** Evidence an ambiguous cell gives about the column's order. */
export function ambiguousEvidence(code: DateCode): 'DMY' | 'MDY' | null {
  const packed = code % DOT_FLAG;
  const first = Math.floor(packed / 100) % 100;
  const second = packed % 100;
  if (first > 12) return 'DMY';
  if (second > 12) return 'MDY';
  return null;
}

export function isDotted(code: DateCode): boolean {
  return code >= AMBIGUOUS_BASE + DOT_FLAG;
}

/** Resolves an ambiguous code with the column's decided order (YMD is treated as MDY's opposite, never happens here). */
export function resolveDate(code: DateCode, order: 'DMY' | 'MDY'): EpochDay {
  if (!isAmbiguous(code)) return code;
  const packed = code % DOT_FLAG;
  const year = Math.floor(packed / 10_000);
  const first = Math.floor(packed / 100) % 100;
  const second = packed % 100;
  return order === 'DMY' ? validDay(year, second, first) : validDay(year, first, second);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS[lower.slice(0, 3)] ?? NaN;
}

const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:[T\s,]+.*)?$/;
const JAPANESE_DATE = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s\-.]+([A-Za-zА-Яа-яё]{3,})\.?[\s\-.,]+(\d{2,4})(?:\s*г\.?)?(?:[T\s,]+.*)?$/;
const MONTH_NAME_DAY = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[T\s,]+.*)?$/;
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in); the 1904 system starts 1904-01-01. */
export function excelSerialToDay(serial: number, date1904 = false): EpochDay {
  const base = date1904 ? -24_107 : -25_569;
  return Math.floor(serial) + base;
}

/**
 * Parses one date cell. Returns an epoch day, an ambiguous code (see
 * isAmbiguous) or NaN. Time, offsets and zone names after the date are ignored.
 */
export function parseDateCell(raw: string): DateCode {
  const text = raw.trim();
  const length = text.length;
  if (length < 5) return NaN;
  // Fast paths: ISO 8601 `2024-01-05`, `2024-01-05T13:04:11-05:00`, `2024-01-05 13:04:11 -0500`,
  // `2024/01/05 13:04`, and `20240105`.
  const fourth = text.charCodeAt(4);
  if (length >= 10 && (fourth === 45 || fourth === 47) && text.charCodeAt(7) === fourth) {
    const next = text.charCodeAt(10);
    if (length === 10 || next < 48 || next > 57) {
      const day = validDay(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      if (!Number.isNaN(day)) return day;
    }
  }
  if (length === 8) {
    const packed = digits(text, 0, 8);
    if (!Number.isNaN(packed)) return validDay(Math.floor(packed / 10_000), Math.floor(packed / 100) % 100, packed % 100);
  }
  let match = NUMERIC_DATE.exec(text);
  if (match) {
    const [, a = '', separator, b = '', c = ''] = match;
    if (a.length === 4) return validDay(Number(a), Number(b), Number(c));
    if (c.length === 4 || c.length === 2) return ambiguous(fullYear(Number(c), c.length), Number(a), Number(b), separator === '.');
    return NaN;
  }
  match = JAPANESE_DATE.exec(text);
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (EXCEL_SERIAL.test(text)) {
    const serial = Number(text);
    return serial >= 20_000 && serial <= 80_000 ? excelSerialToDay(serial) : NaN;
  }
  match = DAY_MONTH_NAME.exec(text);
  if (match) {
    const year = match[3] ?? '';
    return validDay(fullYear(Number(year), year.length), monthNumber(match[2] ?? ''), Number(match[1]));
  }
  match = MONTH_NAME_DAY.exec(text);
  if (match) return validDay(Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2]));
  return NaN;
}

/** Tally of a column's ambiguous cells, to decide DD/MM vs MM/DD from the whole column. */
export class DateOrderEvidence {
  dmy = 0;
  mdy = 0;
  ambiguous = 0;
  dotted = 0;

  add(code: DateCode): void {
    if (!isAmbiguous(code)) return;
    this.ambiguous++;
    if (isDotted(code)) this.dotted++;
    const evidence = ambiguousEvidence(code);
    if (evidence === 'DMY') this.dmy++;
    else if (evidence === 'MDY') this.mdy++;
  }

  /** The column's order: the data's evidence, else the user's choice, else dots mean DD.MM and slashes the hint. */
  decide(userOrder: DateOrder | undefined, hint: 'DMY' | 'MDY'): { order: 'DMY' | 'MDY'; guessed: boolean } {
    if (userOrder === 'DMY' || userOrder === 'MDY') return { order: userOrder, guessed: false };
    if (this.dmy > this.mdy) return { order: 'DMY', guessed: false };
    if (this.mdy > this.dmy) return { order: 'MDY', guessed: false };
    if (this.dotted > this.ambiguous / 2) return { order: 'DMY', guessed: false };
    return { order: hint, guessed: this.ambiguous > 0 };
  }
}
