import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline, readDelimitedRecords, readWhitespaceRecords, WHITESPACE, type TextSlice } from './records';

/** Feeds text in slices of `size` characters, as the decoder does. */
function* slices(text: string, size: number): Generator<TextSlice> {
  for (let at = 0; at < text.length; at += size) yield { text: text.slice(at, at + size), bytesDone: Math.min(text.length, at + size) };
}

function readAll(text: string, delimiter = ',', size = 1 << 20, maxRecordChars?: number) {
  const records: string[][] = [];
  const lines: number[] = [];
  const issues: string[] = [];
  for (const batch of readDelimitedRecords(slices(text, size), delimiter, detectNewline(text), maxRecordChars)) {
    records.push(...batch.records);
    lines.push(...batch.lines);
    issues.push(...batch.issues.map((issue) => `${issue.line}: ${issue.message}`));
  }
  return { records, lines, issues };
}

describe('physical line numbers', () => {
  const text = 'id,note\n1,"two\nlines"\n2,plain\n3,"three\r\nline\nfield"\n4,end\n';
  it.each([1, 3, 7, 1000])('survive quoted newlines with slices of %i characters', (size) => {
    const { records, lines } = readAll(text, ',', size);
    const filled = records.map((record, index) => [record[0], lines[index]]).filter(([id]) => id !== '');
    expect(filled).toEqual([['id', 1], ['1', 2], ['2', 4], ['3', 5], ['4', 8]]);
    expect(records[1]).toEqual(['1', 'two\nlines']);
  });

  it('count CRLF files line by line', () => {
    const { records, lines } = readAll('a,b\r\n1,2\r\n\r\n3,4\r\n');
    expect(records.slice(0, 4)).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
    expect(lines.slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('handle old Mac CR-only files', () => {
    const { records, lines } = readAll('a,b\r1,2\r3,4');
    expect(records).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(lines).toEqual([1, 2, 3]);
  });
});

describe('quote problems', () => {
  it('an unclosed quote rejects its row and parsing resumes on the next line', () => {
    const { records, lines, issues } = readAll('a,b\n1,"open\n2,x\n3,y\n', ',', 4);
    expect(records.filter((record) => record[0] !== '')).toEqual([['a', 'b'], ['2', 'x'], ['3', 'y']]);
    expect(lines.slice(0, 3)).toEqual([1, 3, 4]);
    expect(issues).toEqual(['2: Line 2: a quote opened here is never closed (unclosed quote); the row was skipped.']);
  });

  it('an unclosed quote in a large file is cut off once the record passes the size limit', () => {
    const body = Array.from({ length: 200 }, (_, index) => `${index},x`).join('\n');
    const { records, issues } = readAll(`a,b\n1,"open\n${body}\n`, ',', 64, 500);
    expect(issues).toEqual(['2: Line 2: a quote opened here is never closed (unclosed quote); the row was skipped.']);
    expect(records.length).toBeGreaterThan(150);
  });

  it('text after a closing quote is reported as malformed', () => {
    const { records, issues } = readAll('a,b\n1,"x"y\n2,z\n');
    expect(records.filter((record) => record[0] !== '')).toEqual([['a', 'b'], ['2', 'z']]);
    expect(issues).toEqual(['2: Line 2: a quoted field is followed by more text before the next separator (malformed quotes); the row was skipped.']);
  });
});

describe('delimiter and line break detection', () => {
  it.each([
    ['a,b,c\n1,2,3\n4,5,6\n', ','],
    ['a;b;c\n1,5;2,5;3\n4;5,25;6\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['Report 2024\n\nDate;Customer;Amount\n05.01.2024;A;1,5\n06.01.2024;B;2,5\n', ';'],
    ['"x, y";b\n"1,2";3\n"4,5";6\n', ';'],
    [' 00001 19970101  1  11.77\r\n 00002 19970112  1  12.00\r\n 00003 19970102  2  20.76\r\n', WHITESPACE],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text, detectNewline(text))).toBe(delimiter));

  it.each([
    ['a\r\nb', '\r\n'],
    ['a\nb', '\n'],
    ['a\rb', '\r'],
    ['a', '\n'],
  ] as const)('%j uses %j', (text, newline) => expect(detectNewline(text)).toBe(newline));
});

describe('whitespace-separated text', () => {
  it('splits on runs of spaces, ignores the leading space, keeps line numbers across slices', () => {
    const text = 'customer_id date number_of_cds dollar_value\r\n 00001 19970101  1  11.77\r\n 00002 19970112  1  12.00\r\n';
    const records: string[][] = [];
    const lines: number[] = [];
    for (const batch of readWhitespaceRecords(slices(text, 10), '\r\n')) {
      records.push(...batch.records);
      lines.push(...batch.lines);
    }
    const filled = records.map((record, index) => [record, lines[index]]).filter(([record]) => (record as string[])[0] !== '');
    expect(filled).toEqual([
      [['customer_id', 'date', 'number_of_cds', 'dollar_value'], 1],
      [['00001', '19970101', '1', '11.77'], 2],
      [['00002', '19970112', '1', '12.00'], 3],
    ]);
  });
});
