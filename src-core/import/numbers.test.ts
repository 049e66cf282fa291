import { describe, expect, it } from 'vitest';
import { currencyOfAmount, detectDecimalComma, parseAmount, roundMoney } from './numbers';

describe('parseAmount', () => {
  it.each([
    ['1234.56', false, 1234.56],
    ['1,234.56', false, 1234.56],
    ['1 234,56', false, 1234.56],
    ['1\u00a0234,56', false, 1234.56],
    ['1\u202f234,56', false, 1234.56],
    ['1.234,56', false, 1234.56],
    ["1'234.50", false, 1234.5],
    ['$1,149.00', false, 1149],
    ['US$12.00', false, 12],
    ['(33.62)', false, -33.62],
    ['($0.50)', false, -0.5],
    ['-$5.00', false, -5],
    ['$-5.00', false, -5],
    ['33.62-', false, -33.62],
    ['−12,5', false, -12.5],
    ['¥1,234', false, 1234],
    ['￥1,234', false, 1234],
    ['1,234円', false, 1234],
    ['500 ₽', false, 500],
    ['12,50 руб.', false, 12.5],
    ['1 250,50 р.', false, 1250.5],
    ['€ 9,99', false, 9.99],
    ['9.99 EUR', false, 9.99],
    ['USD 1,000.00', false, 1000],
    ['1,234,567.89', false, 1234567.89],
    ['1.234.567,89', false, 1234567.89],
    ['1,234', false, 1234],
    ['1,234', true, 1.234],
    ['1.234', false, 1.234],
    ['1.234', true, 1234],
    ['0,123', false, 0.123],
    ['12,5', false, 12.5],
    ['0', false, 0],
    ['-0.5', false, -0.5],
    ['.5', false, 0.5],
    ['  42 ', false, 42],
  ])('%j (decimal comma %s) → %d', (text, decimalComma, expected) => {
    expect(parseAmount(text, decimalComma)).toBeCloseTo(expected, 9);
  });

  it.each(['', '   ', 'abc', '12abc', 'N/A', '1,23,4.5.6', '--5', '1.2.3', '$', 'ABC 12'])('%j is not a number', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});

describe('detectDecimalComma', () => {
  it.each([
    [['1.234,56', '12,00'], false, true],
    [['1,234.56', '12.00'], true, false],
    [['1 234,56'], false, true],
    [['1,234', '5,678'], false, false],
    [['1,234', '5,678'], true, true],
    [['12,5', '1,234'], false, true],
    [['$1,149.00'], true, false],
  ])('%j (fallback %s) → %s', (cells, fallback, expected) => {
    expect(detectDecimalComma(cells, fallback)).toBe(expected);
  });
});

describe('currencies', () => {
  it.each([
    ['$1.00', 'USD'],
    ['¥1,234', 'JPY'],
    ['1,234円', 'JPY'],
    ['500 ₽', 'RUB'],
    ['12,50 руб.', 'RUB'],
    ['€5', 'EUR'],
    ['9.99 GBP', 'GBP'],
    ['12.00', ''],
  ])('%j names %j', (text, currency) => expect(currencyOfAmount(text)).toBe(currency));

  it('rounds to the minor unit, none for JPY', () => {
    expect(roundMoney(0.1 + 0.2, 'USD')).toBe(0.3);
    expect(roundMoney(1234.6, 'JPY')).toBe(1235);
  });
});
