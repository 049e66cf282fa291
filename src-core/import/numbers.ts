/**
 * Money and quantity cells → numbers, whatever the locale wrote:
 * `1,234.56`, `1 234,56` (spaces, NBSP, narrow NBSP), `1.234,56`, `1'234.50`,
 * `$1,149.00`, `(33.62)`, `-$5.00`, `¥1,234`, `1,234円`, `500 ₽`, `12,50 руб.`.
 * Only `1,234` / `1.234` alone are ambiguous; the column's other cells decide.
 */

const CURRENCY_MARKS: [RegExp, string][] = [
  [/US\$|\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/[¥￥]|円/, 'JPY'],
  [/₽|руб|р\./i, 'RUB'],
  [/₩/, 'KRW'],
  [/₹/, 'INR'],
];

const ISO_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'RUB', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'UAH', 'KZT', 'BYN', 'CNY', 'HKD', 'SGD', 'KRW', 'INR', 'BRL', 'MXN', 'TRY', 'ZAR']);

/** Currency symbols, codes and words that may surround an amount. */
const DECORATION = /(?:US|CA|AU|NZ|HK|A|C)?\$|[€£¥￥₽₩₹]|円|руб\.?|р\.|\b[A-Z]{3}\b/gi;

/** The currency an amount cell names (`$1.00` → USD), or ''. */
export function currencyOfAmount(text: string): string {
  for (const [mark, code] of CURRENCY_MARKS) if (mark.test(text)) return code;
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  return code && ISO_CODES.has(code) ? code : '';
}

function isPlainNumber(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 20) return false;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === length) return false;
  let dots = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (++dots > 1) return false;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;

/**
 * Parses an amount. `decimalComma` only matters for the ambiguous shape
 * `1,234` / `1.234`: true reads it as 1.234 / 1234, false as 1234 / 1.234.
 * Returns NaN when the cell is not a number.
 */
export function parseAmount(raw: string, decimalComma = false): number {
  if (isPlainNumber(raw) && !(decimalComma && /^-?\d{1,3}\.\d{3}$/.test(raw))) return Number(raw);
  let text = raw.trim();
  if (text === '') return NaN;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(DECORATION, (token) => (token.length === 3 && /^[A-Z]{3}$/i.test(token) && !ISO_CODES.has(token.toUpperCase()) ? token : ''));
  text = text.replace(SPACES, '');
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (/[-−]$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = !negative;
    text = text.slice(1, -1);
  }
  if (!/^\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return NaN;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return NaN;
    normalized = text.split(thousands).join('').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = text.split(separator);
    const decimals = parts[parts.length - 1]?.length ?? 0;
    if (parts.length > 2) {
      // 1,234,567 or 1.234.567: grouping, and every group after the first has three digits.
      if (!parts.slice(1).every((part) => part.length === 3)) return NaN;
      normalized = parts.join('');
    } else if (decimals !== 3 || (parts[0] ?? '') === '' || /^0+$/.test(parts[0] ?? '')) {
      normalized = parts.join('.');
    } else {
      const separatorIsDecimal = separator === ',' ? decimalComma : !decimalComma;
      normalized = separatorIsDecimal ? parts.join('.') : parts.join('');
    }
  } else {
    normalized = text;
  }
  const value = Number(normalized);
  if (!Number.isFinite(value)) return NaN;
  return negative ? -value : value;
}

/** What one cell says about the column's decimal separator. */
function decimalVote(raw: string): 'comma' | 'dot' | null {
  const text = raw.replace(DECORATION, '').replace(/[()\-−+]/g, '').trim();
  if (!/\d/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? 'comma' : 'dot';
  if (/\d[\s\u00a0\u202f]\d{3}/.test(text)) return lastComma >= 0 ? 'comma' : lastDot >= 0 ? 'dot' : null;
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
  if (!separator) return null;
  const parts = text.split(separator);
  if (parts.length > 2) return separator === ',' ? 'dot' : 'comma';
  const decimals = (parts[1] ?? '').replace(/\D.*$/, '').length;
  if (decimals === 3) return null;
  return separator === ',' ? 'comma' : 'dot';
}

/** Decides from a column's cells whether `,` is the decimal separator; `fallback` when nothing tells. */
export function detectDecimalComma(cells: Iterable<string>, fallback = false): boolean {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    const vote = decimalVote(cell);
    if (vote === 'comma') comma++;
    else if (vote === 'dot') dot++;
  }
  if (comma === dot) return fallback;
  return comma > dot;
}

const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XAF', 'XOF', 'PYG']);

/** Rounds to the currency's minor unit (JPY has none), which also removes float noise from sums. */
export function roundMoney(value: number, currency: string): number {
  const factor = ZERO_DECIMAL.has(currency) ? 1 : 100;
  return Math.round(value * factor) / factor;
}
