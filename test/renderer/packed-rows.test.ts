/** Schema v8's packed rows: every list of strings and every customer list comes back exactly, whatever the text holds. */
import { describe, expect, it } from 'vitest';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import { comparable } from './analysis-columns';
import {
  CUSTOMER_BLOCK_SIZE,
  narrowColumn,
  packCustomerRows,
  packCustomers,
  packOrderChunk,
  packOrderChunkRow,
  packStrings,
  PackedOrderIds,
  unpackCustomers,
  unpackOrderChunk,
  unpackOrderColumns,
  unpackStrings,
} from '../../src-renderer/db/packed-rows';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

describe('packStrings', () => {
  it.each<[string, string[]]>([
    ['none', []],
    ['one empty', ['']],
    ['empties', ['', '', '']],
    ['plain ids', ['#1001', '#1002', 'A-3']],
    ['line breaks and control characters', ['a\nb', 'c\u001fd', '\u001e', '\u0000', 'tab\there', '\r\n']],
    ['JSON-looking', ['[', '["x"]', '\\"', '{"a":1}']],
    ['unicode and lone surrogates', ['茶舗', 'Иван-чай', '😀', '\ud800', '\udfff x']],
    ['every code unit, one per value (falls back to JSON)', everyCodeUnit],
    ['every code unit in one value', [everyCodeUnit.join(''), 'x']],
  ])('%s: comes back exactly', (_, values) => {
    const packed = packStrings(values);
    expect(typeof packed).toBe('string');
    expect(unpackStrings(packed, values.length, 'values')).toEqual(values);
  });

  it('refuses a packed string whose count does not match, or that is not one', () => {
    const packed = packStrings(['a', 'b']);
    expect(() => unpackStrings(packed, 3, 'order ids')).toThrow('The stored order ids are damaged.');
    expect(() => unpackStrings(undefined, 0, 'order ids')).toThrow(/damaged/);
    expect(() => unpackStrings(['a'], 1, 'order ids')).toThrow(/damaged/);
    expect(() => unpackStrings('[1, 2]', 2, 'order ids')).toThrow(/damaged/);
    expect(() => unpackStrings('[not json', 1, 'order ids')).toThrow(/damaged/);
  });
});

describe('order chunks and customers', () => {
  const store = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY');

  it('an order chunk comes back as it was, its number columns stored narrower', () => {
    const chunk = store.chunks[0]!;
    const stored = packOrderChunk(chunk);
    expect(stored).not.toHaveProperty('orderId');
    expect(typeof stored.orderIds).toBe('string');
    expect(stored.day).toBeInstanceOf(Uint8Array);
    expect(stored.narrowed.day).toEqual({ base: Math.min(...chunk.day), divisor: 1 });
    expect(stored.cancelled).toBe(chunk.cancelled); // already one byte a value
    expect(unpackOrderChunk(stored)).toEqual(chunk);
    expect(packOrderChunkRow(chunk)).toEqual(stored);
  });

  it('number columns are narrowed only when every value comes back bit for bit', () => {
    const exact = (values: number[], bytes: number, divisors: number[]) => {
      const small = narrowColumn(values, bytes, divisors);
      if (small === null) return null;
      const back = Array.from(small.stored, (stored) => (small.column.base + stored) / small.column.divisor);
      back.forEach((value, i) => expect(Object.is(value, values[i]), `${values[i]}`).toBe(true));
      return [small.stored.constructor.name, small.column.divisor];
    };
    expect(exact([19_000, 19_255], 4, [1])).toEqual(['Uint8Array', 1]);
    expect(exact([19_000, 19_256], 4, [1])).toEqual(['Uint16Array', 1]);
    expect(exact([0, 4_294_967_295], 4, [1])).toBeNull(); // no narrower kind holds the range
    expect(exact([-12.5, 0.1, 1999.99, 3400.25], 8, [1, 100])).toEqual(['Uint32Array', 100]);
    expect(exact([1200, 980, -300], 8, [1, 100])).toEqual(['Uint16Array', 1]);
    expect(exact([0.1 + 0.2, 1], 8, [1, 100])).toBeNull(); // not whole cents
    expect(exact([-0, 1], 8, [1, 100])).toBeNull();
    expect(exact([NaN, 1], 8, [1, 100])).toBeNull();
    expect(exact([Infinity, 1], 8, [1, 100])).toBeNull();
    expect(exact([1e300, 1], 8, [1, 100])).toBeNull();
    expect(exact([], 8, [1, 100])).toBeNull();
  });

  it('a chunk whose columns cannot be narrowed is stored as it is and still comes back', () => {
    const chunk = { ...store.chunks[0]! };
    chunk.amount = Float64Array.from(chunk.amount, (amount, i) => (i === 0 ? 0.1 + 0.2 : amount));
    chunk.customer = Uint32Array.from(chunk.customer, (customer, i) => (i === 0 ? 4_000_000_000 : customer));
    const stored = packOrderChunk(chunk);
    expect(stored.amount).toBe(chunk.amount);
    expect(stored.customer).toBe(chunk.customer);
    expect(stored.narrowed).not.toHaveProperty('amount');
    expect(unpackOrderChunk(stored)).toEqual(chunk);
  });

  it('chunk rows unpack straight into the columns laid end to end, and a damaged one is refused', () => {
    const chunks = orderStoreFrom(TINY_SHOP_ORDERS, 'JPY').chunks;
    const whole = concatChunks(chunks);
    const split = [[0, 2], [2, 4], [4, 5]].map(([start, end], seq) => ({
      seq, count: end! - start!, orderId: whole.orderId.slice(start, end),
      customer: whole.customer.slice(start, end), day: whole.day.slice(start, end), amount: whole.amount.slice(start, end),
      quantity: whole.quantity.slice(start, end), product: whole.product.slice(start, end), channel: whole.channel.slice(start, end),
      country: whole.country.slice(start, end), discountCode: whole.discountCode.slice(start, end), cancelled: whole.cancelled.slice(start, end), line: whole.line.slice(start, end),
    }));
    split[1]!.amount = Float64Array.from([0.1 + 0.2, 1]); // kept wide
    const rows = split.map(packOrderChunk);
    expect(rows[1]!.narrowed).not.toHaveProperty('amount');
    expect(comparable(unpackOrderColumns(rows))).toStrictEqual(comparable(concatChunks(rows.map(unpackOrderChunk))));
    expect(comparable(unpackOrderColumns([]))).toStrictEqual(comparable(concatChunks([])));
    expect(() => unpackOrderColumns([{ ...rows[0]!, day: rows[0]!.day.subarray(1) }])).toThrow('The stored day column of chunk 0 is damaged.');
    expect(() => unpackOrderColumns([{ ...rows[0]!, amount: rows[1]!.amount.subarray(0, 1) }])).toThrow(/amount column of chunk 0 is damaged/);
    // Ids are split when first read: a chunk whose ids do not match its count fails then.
    expect(() => unpackOrderColumns([{ ...rows[0]!, day: rows[0]!.day, orderIds: 42 as unknown as string }])).toThrow('The stored order ids of chunk 0 are damaged.');
    const short = unpackOrderColumns([rows[0]!, { ...rows[1]!, orderIds: rows[1]!.orderIds.slice(0, 3) }]);
    expect(short.orderId.at(1)).toBe(whole.orderId[1]);
    expect(() => short.orderId.at(2)).toThrow('The stored order ids of chunk 1 are damaged.');
  });

  it('packed order ids read like the array they were packed from', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `#${1000 + i}${i % 3 ? '' : '\n'}`);
    const rows = [[0, 10], [10, 10], [10, 24], [24, 25]].map(([start, end], seq) => ({ seq, count: end! - start!, orderIds: packStrings(ids.slice(start, end)) }));
    const packed = new PackedOrderIds(rows);
    expect(packed.length).toBe(25);
    for (const index of [0, 9, 10, 23, 24, -1, -25]) expect(packed.at(index)).toBe(ids.at(index));
    for (const index of [25, -26, 1.5, Number.NaN]) expect(packed.at(index)).toBeUndefined();
    expect(new PackedOrderIds([]).at(0)).toBeUndefined();
  });

  it('customers across block boundaries come back in order', () => {
    const customers = Array.from({ length: 2 * CUSTOMER_BLOCK_SIZE + 3 }, (_, i) => ({ key: `k${i}`, name: i % 2 ? `N\n${i}` : '', email: `${i}@x`, phone: i % 3 ? '' : `+${i}` }));
    const blocks = packCustomers(customers);
    expect(blocks.map((block) => [block.index, block.count])).toEqual([[0, CUSTOMER_BLOCK_SIZE], [CUSTOMER_BLOCK_SIZE, CUSTOMER_BLOCK_SIZE], [2 * CUSTOMER_BLOCK_SIZE, 3]]);
    expect(unpackCustomers(blocks)).toEqual(customers);
    expect(packCustomers([])).toEqual([]);
    expect(unpackCustomers([])).toEqual([]);
  });

  it('refuses blocks that leave a gap', () => {
    const blocks = packCustomers(Array.from({ length: CUSTOMER_BLOCK_SIZE + 1 }, (_, i) => ({ key: `k${i}`, name: '', email: '', phone: '' })));
    expect(() => unpackCustomers([blocks[1]!])).toThrow(/damaged/);
  });

  it('v1–v7 customer rows: placed by rank of index as the old load did, the last of a repeated index kept', () => {
    const rows = [
      { index: 2, key: 'c', name: 'C', email: '', phone: '' },
      { index: 0, key: 'a', name: 'A', email: 'a@x', phone: '1' },
      { index: 1, key: 'b', name: 'B', email: '', phone: '' },
      { index: 1, key: 'b', name: 'B2', email: '', phone: '' },
    ];
    expect(unpackCustomers(packCustomerRows(rows))).toEqual([
      { key: 'a', name: 'A', email: 'a@x', phone: '1' },
      { key: 'b', name: 'B2', email: '', phone: '' },
      { key: 'c', name: 'C', email: '', phone: '' },
    ]);
    expect(() => packCustomerRows([{ key: 'x' }])).toThrow(/index/);
    expect(() => packOrderChunkRow({ seq: 0, count: 1 })).toThrow(/order ids/);
  });
});
