import { describe, expect, it } from 'vitest';
import { epochDayFromYmd } from '../../src-core/model/orders';
import {
  formatCount,
  formatDay,
  formatMoney,
  formatMonth,
  formatPercent,
  isKnownCurrency,
} from '../../src-renderer/format/format';
import type { Language } from '../../src-renderer/i18n/languages';

/** Intl separates groups and symbols with (narrow) no-break spaces; compare them as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each<[number, string, Language, string]>([
    [1234.5, 'USD', 'en', '$1,234.50'],
    [973130.96, 'USD', 'en', '$973,130.96'],
    [1234.5, 'USD', 'ja', '$1,234.50'],
    [1234.5, 'USD', 'ru', '1 234,50 $'],
    [1234.5, 'EUR', 'ru', '1 234,50 €'],
    [1234.5, 'RUB', 'ru', '1 234,50 ₽'],
    // JPY has no minor unit: Intl rounds to whole yen.
    [1234.5, 'JPY', 'en', '¥1,235'],
    [1234.4, 'JPY', 'ja', '￥1,234'],
    [-20, 'USD', 'en', '-$20.00'],
  ])('%d %s in %s → %s', (value, currency, language, expected) => {
    expect(plain(formatMoney(value, currency, language))).toBe(expected);
  });

  it('falls back to a plain number when the workspace has no (or an unknown) currency', () => {
    expect(formatMoney(1234.5, '', 'en')).toBe('1,234.50');
    expect(plain(formatMoney(1234.5, 'XYZ1', 'ru'))).toBe('1 234,50');
  });
});

describe('isKnownCurrency', () => {
  it.each([
    ['USD', true],
    ['JPY', true],
    ['usd', false],
    ['US', false],
    ['', false],
  ])('%s → %s', (code, known) => expect(isKnownCurrency(code)).toBe(known));
});

describe('counts, percentages and dates', () => {
  it.each<[Language, string, string]>([
    ['en', '10,388', '40.4%'],
    ['ja', '10,388', '40.4%'],
    ['ru', '10 388', '40,4 %'],
  ])('%s: count and percent', (language, count, percent) => {
    expect(plain(formatCount(10388, language))).toBe(count);
    expect(plain(formatPercent(0.4044141512495943, language))).toBe(percent);
  });

  it.each<[Language, string, string]>([
    ['en', 'Jan 5, 2024', 'Jan 2024'],
    ['ja', '2024/01/05', '2024年1月'],
    ['ru', '5 янв. 2024 г.', 'янв. 2024 г.'],
  ])('%s: a calendar day and a month, never shifted by the time zone', (language, day, month) => {
    expect(plain(formatDay(epochDayFromYmd(2024, 1, 5), language))).toBe(day);
    expect(plain(formatMonth('2024-01', language))).toBe(month);
  });

  it('leaves a malformed month as written', () => {
    expect(formatMonth('soon', 'en')).toBe('soon');
  });
});
