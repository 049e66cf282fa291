import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { contactListCsv, mailingListCsv, offerCodes, type ContactRow } from './contact-export';

const row = (overrides: Partial<ContactRow>): ContactRow => ({
  customerKey: 'c1',
  name: 'Ann',
  email: 'ann@shop.test',
  phone: '',
  segment: 'Lost',
  group: 'targeted',
  offer: '20% off, valid 7 days',
  code: 'AB23CD45',
  fields: {},
  ...overrides,
});

function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('contact list export', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', '\'=HYPERLINK("http://evil","click")'],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Смирнова Анна', 'Смирнова Анна'],
    ['山田 太郎', '山田 太郎'],
  ])('writes the name %j so a spreadsheet shows it as text', (name, shown) => {
    const [, data] = cells(contactListCsv([row({ name })]));
    expect(data![1]).toBe(shown);
  });

  it('keeps negative numbers as numbers in personalisation fields', () => {
    const csv = contactListCsv([row({ fields: { totalSpent: -12.5, balance: '-40.00', note: '-call back' } })], {
      fieldColumns: ['totalSpent', 'balance', 'note'],
    });
    expect(csv).toContain(',-12.5,-40.00,\'-call back\r\n');
  });

  it('neutralises every column, codes and segments included', () => {
    const [, data] = cells(
      contactListCsv([row({ customerKey: '=1', email: '@x', phone: '+81 3 1234 5678', segment: '-seg', offer: '=offer', code: '+CODE' })]),
    );
    expect(data).toEqual(["'=1", 'Ann', "'@x", "'+81 3 1234 5678", "'-seg", "'=offer", "'+CODE", 'targeted']);
  });

  it('writes the full list with both groups and the mail-tool list without the hold-out', () => {
    const rows = [row({}), row({ customerKey: 'c2', name: 'Bo', group: 'holdout', offer: '', code: '' })];
    const full = cells(contactListCsv(rows, { labels: { customerKey: '顧客ID' } }));
    expect(full[0]).toEqual(['顧客ID', 'name', 'email', 'phone', 'segment', 'offer', 'code', 'group']);
    expect(full.map((r) => r[7])).toEqual(['group', 'targeted', 'holdout']);
    const plain = cells(mailingListCsv(rows, { withCodes: false }));
    expect(plain).toEqual([
      ['customer_key', 'name', 'email', 'phone', 'segment', 'offer'],
      ['c1', 'Ann', 'ann@shop.test', '', 'Lost', '20% off, valid 7 days'],
    ]);
  });
});

describe('offerCodes', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `customer-${i}`);

  it('gives every customer a unique code, the same for a seed whatever the order', () => {
    const codes = offerCodes(keys, { seed: 'winback-1', prefix: 'WB-' });
    expect(codes.size).toBe(5000);
    expect(new Set(codes.values()).size).toBe(5000);
    for (const code of codes.values()) expect(code).toMatch(/^WB-[2-9A-HJKMNP-Z]{8}$/);
    expect(offerCodes([...keys].reverse(), { seed: 'winback-1', prefix: 'WB-' })).toEqual(codes);
    expect(offerCodes(keys, { seed: 'winback-2', prefix: 'WB-' }).get('customer-0')).not.toBe(codes.get('customer-0'));
  });
});
