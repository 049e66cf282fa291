/**
 * Numbers, money, percentages and dates for the chosen language, all with Intl.
 * Money uses the currency's own minor unit (JPY has none), which Intl knows.
 * Formatters are cached: building an Intl formatter costs far more than using one.
 */
import { ymdFromEpochDay, type EpochDay } from '../../src-core/model/orders';
import { localeOf, type Language } from '../i18n/languages';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.NumberFormat)) {
    format = new Intl.NumberFormat(localeOf(language), options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    // Epoch days are calendar dates, not instants: format them in UTC so no time zone shifts them.
    format = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** Whether Intl knows the code as a currency (a bad code from a file must not crash the page). */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

export function formatCount(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number, language: Language, fractionDigits = 2): string {
  return numberFormat(language, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** Money in the workspace's currency; without a known currency, a plain two-decimal number. */
export function formatMoney(value: number, currency: string, language: Language): string {
  if (!isKnownCurrency(currency)) return formatDecimal(value, language);
  return numberFormat(language, { style: 'currency', currency }).format(value);
}

/** Compact money for chart axes ("$12K", "1.2万 $"…). */
export function formatMoneyCompact(value: number, currency: string, language: Language): string {
  if (!isKnownCurrency(currency)) return numberFormat(language, { notation: 'compact' }).format(value);
  return numberFormat(language, { style: 'currency', currency, notation: 'compact' }).format(value);
}

/** A share (0.4123) as a percentage with one decimal ("41.2%"). */
export function formatPercent(share: number, language: Language): string {
  return numberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

export function formatDay(day: EpochDay, language: Language): string {
  const { year, month, day: date } = ymdFromEpochDay(day);
  return dateFormat(language, { dateStyle: 'medium' }).format(Date.UTC(year, month - 1, date));
}

/** A `YYYY-MM` month as "Jan 2024" / "2024年1月" / "янв. 2024 г.". */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return dateFormat(language, { year: 'numeric', month: 'short' }).format(Date.UTC(year, monthNumber - 1, 1));
}
