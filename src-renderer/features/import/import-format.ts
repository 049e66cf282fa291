/** Formatting the import page needs beyond format/format.ts: file sizes, timestamps, delimiters, encodings. */
import type { Language } from '../../i18n/languages';

const LOCALES: Record<Language, string> = { en: 'en-US', ja: 'ja-JP', ru: 'ru-RU' };

/** Kilobytes with one decimal below 10 KB, whole above (a file's size at a glance). */
export function kilobytes(bytes: number, language: Language): string {
  const kb = bytes / 1024;
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: kb < 10 ? 1 : 0 }).format(kb);
}

export function timestamp(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

/** The delimiters the import understands, as the override select offers them (value → label key). */
export const DELIMITERS = [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'pipe'],
  ['whitespace', 'whitespace'],
] as const;

export function delimiterKey(delimiter: string): (typeof DELIMITERS)[number][1] | 'none' {
  return DELIMITERS.find(([value]) => value === delimiter)?.[1] ?? 'none';
}

/** WHATWG encoding names the import decodes (src-core/import/encoding.ts), with their label keys. */
export const ENCODINGS = [
  ['utf-8', 'utf8'],
  ['utf-16le', 'utf16le'],
  ['utf-16be', 'utf16be'],
  ['shift_jis', 'shiftJis'],
  ['euc-jp', 'eucJp'],
  ['windows-1251', 'windows1251'],
  ['windows-1252', 'windows1252'],
] as const;
