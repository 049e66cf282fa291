/**
 * Numbers, money, percentages and dates as the report's language writes them,
 * all through Intl (JPY has no minor unit: Intl knows, so we never hard-code digits).
 * Dates are epoch days, formatted in UTC so the calendar date never shifts.
 */
import { isoWeekOf, type PeriodKind } from '../analytics/periods';
import type { EpochDay } from '../model/orders';
import type { ReportStrings } from './locales';

export interface ReportFormat {
  integer(value: number): string;
  decimal(value: number, digits?: number): string;
  /** 0.123 → "12.3%". */
  percent(ratio: number, digits?: number): string;
  money(value: number): string;
  date(day: EpochDay): string;
  /** Cohort label: "Jan 2024", "2024年1月", "янв. 2024 г."; quarters and ISO weeks from the strings. */
  period(index: number, kind: PeriodKind): string;
  /** Relative change "+12.3%" / "−4.0%"; null when there is nothing to compare with. */
  relativeChange(current: number, previous: number): string | null;
  /** Change of a rate in percentage points: "+2.1 pp". */
  pointChange(current: number, previous: number): string;
}

const MS_PER_DAY = 86_400_000;

function currencyFormat(locale: string, currency: string): Intl.NumberFormat | null {
  if (!/^[A-Z]{3}$/.test(currency)) return null;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    return null;
  }
}

export function reportFormat(strings: ReportStrings, currency: string): ReportFormat {
  const locale = strings.intlLocale;
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = currencyFormat(locale, currency) ?? new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  const monthFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  const decimals = new Map<number, Intl.NumberFormat>();
  const decimalFormat = (digits: number) => {
    let format = decimals.get(digits);
    if (!format) decimals.set(digits, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return format;
  };
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let format = percents.get(digits);
    if (!format) percents.set(digits, (format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return format;
  };
  const signed = (text: string, value: number) => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^[-−]/, '')}` : text);
  return {
    integer: (value) => integer.format(value),
    decimal: (value, digits = 1) => decimalFormat(digits).format(value),
    percent: (ratio, digits = 1) => percentFormat(digits).format(ratio),
    money: (value) => money.format(value),
    date: (day) => dateFormat.format(new Date(day * MS_PER_DAY)),
    period(index, kind) {
      if (kind === 'week') {
        const { year, week } = isoWeekOf(index);
        return strings.period.weekLabel(year, week);
      }
      if (kind === 'quarter') return strings.period.quarterLabel(1970 + Math.floor(index / 4), (((index % 4) + 4) % 4) + 1);
      const year = 1970 + Math.floor(index / 12);
      const month = index - Math.floor(index / 12) * 12;
      return monthFormat.format(Date.UTC(year, month, 1));
    },
    relativeChange(current, previous) {
      if (previous === 0 || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
      const change = (current - previous) / Math.abs(previous);
      return signed(percentFormat(1).format(Math.abs(change)), Math.round(change * 1000));
    },
    pointChange(current, previous) {
      const points = (current - previous) * 100;
      return `${signed(decimalFormat(1).format(Math.abs(points)), Math.round(points * 10))} ${strings.summary.percentagePoints}`;
    },
  };
}

