import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, toCsv } from './csv';

describe('formula-safe CSV', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1-2', "'+1-2"],
    ['-cmd|calc', "'-cmd|calc"],
    ['@import', "'@import"],
    ['\tstart', "'\tstart"],
    ['\rstart', "'\rstart"],
    ['-12.50', '-12.50'],
    ['-3', '-3'],
    ['+3', "'+3"], // only plain decimals (an optional minus, digits, a point) stay numbers
    ['1e5', '1e5'],
    ['-1e5', "'-1e5"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizes %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-42.5)).toBe('-42.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('quotes delimiters, quotes, newlines and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });

  it('writes rows with a BOM for Excel in Japanese and Russian locales', () => {
    const text = toCsv([['name', 'total'], ['山田 太郎', 1200], ['=HYPERLINK("x")', -5]], { bom: true });
    expect(text).toBe('\uFEFFname,total\r\n山田 太郎,1200\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
});
