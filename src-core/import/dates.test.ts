import { describe, expect, it } from 'vitest';
import { DateOrderEvidence, isAmbiguous, parseDateCell, resolveDate } from './dates';
import { isoDate } from '../model/orders';

const read = (text: string, order: 'DMY' | 'MDY' = 'MDY') => {
  const code = parseDateCell(text);
  return Number.isNaN(code) ? null : isoDate(resolveDate(code, order));
};

describe('parseDateCell', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024-01-05 13:04:11 -0500', '2024-01-05'],
    // The merchant's local date as written, never shifted to UTC.
    ['2024-01-31 23:30:00 -0500', '2024-01-31'],
    ['2024-01-05T23:59:59+09:00', '2024-01-05'],
    ['2024-01-05T00:30:00Z', '2024-01-05'],
    ['2024-01-05T13:04:11.123-08:00', '2024-01-05'],
    ['2024-01-05 13:04:11 UTC', '2024-01-05'],
    ['2024/01/05 13:04', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.01.05', '2024-01-05'],
    ['20240105', '2024-01-05'],
    ['19970101', '1997-01-01'],
    ['2024年1月5日', '2024-01-05'],
    ['2024年01月05日 13時04分', '2024-01-05'],
    ['45296', '2024-01-05'],
    ['45296.5447', '2024-01-05'],
    ['Jan 5, 2024', '2024-01-05'],
    ['January 5, 2024 1:04 PM', '2024-01-05'],
    ['Fri, Jan 5, 2024', '2024-01-05'],
    ['5 Jan 2024', '2024-01-05'],
    ['05-Jan-2024', '2024-01-05'],
    ['5 января 2024 г.', '2024-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['  2024-01-05  ', '2024-01-05'],
  ])('%j → %s', (text, expected) => expect(read(text)).toBe(expected));

  it.each(['', 'abc', '2024-13-01', '2024-02-30', '2023-02-29', '32/01/2024', '13/13/2024', '1/5', '12345', '0000-00-00', 'Total', '99999999'])('%j is not a date', (text) => {
    expect(parseDateCell(text)).toBeNaN();
  });

  it.each([
    ['05.01.2024', 'DMY', '2024-01-05'],
    ['05.01.2024 12:00:00', 'DMY', '2024-01-05'],
    ['01/05/2024', 'MDY', '2024-01-05'],
    ['01/05/2024', 'DMY', '2024-05-01'],
    ['1/5/24', 'MDY', '2024-01-05'],
    ['25/12/2023', 'DMY', '2023-12-25'],
    ['12/25/2023', 'MDY', '2023-12-25'],
    ['5-1-2024', 'DMY', '2024-01-05'],
  ] as const)('ambiguous %j read as %s → %s', (text, order, expected) => {
    expect(isAmbiguous(parseDateCell(text))).toBe(true);
    expect(read(text, order)).toBe(expected);
  });
});

describe('DateOrderEvidence decides DD/MM vs MM/DD from the whole column', () => {
  const decide = (cells: string[], user?: 'DMY' | 'MDY', hint: 'DMY' | 'MDY' = 'MDY') => {
    const evidence = new DateOrderEvidence();
    for (const cell of cells) evidence.add(parseDateCell(cell));
    return evidence.decide(user, hint);
  };
  it('a day above 12 in the first place means DD/MM', () => expect(decide(['01/02/2024', '03/04/2024', '25/04/2024'])).toEqual({ order: 'DMY', guessed: false }));
  it('a day above 12 in the second place means MM/DD', () => expect(decide(['01/02/2024', '04/25/2024'])).toEqual({ order: 'MDY', guessed: false }));
  it('dots mean DD.MM when nothing else tells', () => expect(decide(['01.02.2024', '03.04.2024'])).toEqual({ order: 'DMY', guessed: false }));
  it('the user decides when the data cannot', () => expect(decide(['01/02/2024'], 'DMY')).toEqual({ order: 'DMY', guessed: false }));
  it('otherwise the locale hint, flagged as a guess', () => expect(decide(['01/02/2024'], undefined, 'DMY')).toEqual({ order: 'DMY', guessed: true }));
});
