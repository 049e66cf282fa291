/** Sizes in the reader's language with Intl units ("1.2 GB", "1,2 ГБ", "1.2 GB" in Japanese). */
import { localeOf, type Language } from '../../i18n/languages';

/** From kilobytes up: Intl's short name for a byte is the long word "byte" in several languages. */
const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Decimal steps (1 kB = 1000 B), as the operating systems' own disk dialogs count. */
export function formatBytes(bytes: number, language: Language): string {
  let value = Math.max(0, bytes) / 1000;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: UNITS[unit],
    maximumFractionDigits: value >= 100 ? 0 : 1,
  }).format(value);
}
