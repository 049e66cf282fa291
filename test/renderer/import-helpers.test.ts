/** Pure helpers of the import page: remembered mappings, gaps, the rejected-rows CSV, progress arithmetic. */
import { describe, expect, it } from 'vitest';
import { mappingGaps, rememberedMapping, sameMapping, withField } from '../../src-renderer/features/import/mapping-memory';
import { rowsPerSecond, shareDone, throttled } from '../../src-renderer/features/import/progress';
import { rejectedRowsCsv, rejectedRowsFileName } from '../../src-renderer/features/import/rejected-rows';

describe('rememberedMapping', () => {
  const saved = { headers: ['Order ID', 'Date', 'E-mail', 'Total'], mapping: { orderId: 'Order ID', orderDate: 'Date', email: 'E-mail', orderTotal: 'Total' } };

  it('carries the mapping over to the same headers spelled in another case or with spaces', () => {
    expect(rememberedMapping(saved, [' order id', 'DATE', 'e-mail', 'Total '])).toEqual({ orderId: ' order id', orderDate: 'DATE', email: 'e-mail', orderTotal: 'Total ' });
  });

  it.each([
    ['another column order', ['Date', 'Order ID', 'E-mail', 'Total']],
    ['an extra column', ['Order ID', 'Date', 'E-mail', 'Total', 'Note']],
    ['a missing column', ['Order ID', 'Date', 'Total']],
  ])('offers nothing for %s', (_, headers) => expect(rememberedMapping(saved, headers)).toBeNull());

  it('offers nothing from an import without headers (the demo) or an empty mapping', () => {
    expect(rememberedMapping({ headers: [], mapping: {} }, [])).toBeNull();
    expect(rememberedMapping({ headers: ['A', 'B'], mapping: {} }, ['A', 'B'])).toBeNull();
  });
});

describe('mappingGaps', () => {
  it.each([
    [{}, ['date', 'amount', 'customer']],
    [{ orderDate: 'D', unitPrice: 'P', phone: 'T' }, []],
    [{ orderDate: 'D', lineAmount: 'L' }, ['customer']],
    [{ customerName: 'N', orderTotal: 'T' }, ['date']],
  ])('%j lacks %j', (mapping, gaps) => expect(mappingGaps(mapping)).toEqual(gaps));
});

it('withField sets and clears one field without touching the others', () => {
  const mapping = { orderDate: 'D', email: 'E' };
  expect(withField(mapping, 'email', '')).toEqual({ orderDate: 'D' });
  expect(withField(mapping, 'phone', 'P')).toEqual({ orderDate: 'D', email: 'E', phone: 'P' });
  expect(mapping).toEqual({ orderDate: 'D', email: 'E' });
  expect(sameMapping({ email: 'E' }, { email: 'E', phone: '' })).toBe(true);
  expect(sameMapping({ email: 'E' }, { email: 'F' })).toBe(false);
});

describe('rejected rows CSV', () => {
  it('is formula-safe, quoted where needed, with a BOM for Excel', () => {
    const csv = rejectedRowsCsv([
      { line: 7, column: 'Total', message: "Line 7: '=HYPERLINK(\"x\")' in 'Total' is not a number; the row was skipped." },
      { line: 9, column: '@cmd', message: '-2+3' },
    ]);
    expect(csv).toBe(
      '\uFEFFline,column,reason\r\n' +
        '7,Total,"Line 7: \'=HYPERLINK(""x"")\' in \'Total\' is not a number; the row was skipped."\r\n' +
        "9,'@cmd,'-2+3\r\n",
    );
  });

  it.each([
    ['orders.csv', 'orders-rejected-rows.csv'],
    ['注文 2024.xlsx', '注文 2024-rejected-rows.csv'],
    ['a/b:c.txt', 'a_b_c-rejected-rows.csv'],
    ['.csv', 'import-rejected-rows.csv'],
  ])('%s → %s', (source, name) => expect(rejectedRowsFileName(source)).toBe(name));
});

describe('progress', () => {
  it('throttled lets the first value through, then at most one per interval', () => {
    let now = 0;
    const sent: number[] = [];
    const send = throttled((value: number) => sent.push(value), 100, () => now);
    for (const [time, value] of [[0, 1], [50, 2], [99, 3], [100, 4], [150, 5], [260, 6]] as const) {
      now = time;
      send(value);
    }
    expect(sent).toEqual([1, 4, 6]);
  });

  it('rows per second waits for a meaningful interval', () => {
    expect(rowsPerSecond(100, 1_000, 1_100)).toBeNull();
    expect(rowsPerSecond(5_000, 1_000, 3_000)).toBe(2_500);
  });

  it.each([
    [0, 0, 0],
    [50, 200, 0.25],
    [300, 200, 1],
  ])('shareDone(%d, %d) = %d', (done, total, share) => expect(shareDone(done, total)).toBe(share));
});
