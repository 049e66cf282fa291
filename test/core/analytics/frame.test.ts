import { describe, expect, it } from 'vitest';
import { prepareFrame } from '../../../src-core/analytics/frame';
import { build, customerNo, day } from './build';

const orders = [
  { customer: 'ann', date: '2024-03-10', amount: 30, product: 'Tea', channel: 'shop', country: 'JP' },
  { customer: 'bob', date: '2024-01-05', amount: 10, product: 'Cup', channel: 'web', country: 'US', discountCode: 'HELLO' },
  { customer: 'ann', date: '2024-01-20', amount: 20, product: 'Pot', channel: 'web', country: 'JP' },
  { customer: 'cat', date: '2024-02-01', amount: 99, cancelled: true },
  { customer: 'bob', date: '2024-01-05', amount: 5, product: 'Tea', channel: 'shop' },
  { customer: 'ann', date: '2024-05-01', amount: 40, product: 'Tea' },
  { customer: 'bob', date: '2023-12-31', amount: 7, product: 'Lid', channel: 'web', cancelled: true },
];

describe('prepareFrame', () => {
  const { store, columns } = build(orders);

  it('keeps counted orders only, sorted by customer then day, as-of = last counted day', () => {
    const frame = prepareFrame(columns, store.dictionaries, {});
    expect(frame.asOf).toBe(day('2024-05-01'));
    expect(frame.customerCount).toBe(2); // cat's only order is cancelled
    expect(Array.from(frame.customerIndex)).toEqual([customerNo(store, 'ann'), customerNo(store, 'bob')]);
    expect(Array.from(frame.customerStart)).toEqual([0, 3, 5]);
    expect(Array.from(frame.day)).toEqual(['2024-01-20', '2024-03-10', '2024-05-01', '2024-01-05', '2024-01-05'].map(day));
    expect(Array.from(frame.amount)).toEqual([20, 30, 40, 10, 5]);
    expect(Array.from(frame.row)).toEqual([2, 0, 5, 1, 4]);
    expect(frame.firstOrderDay).toBe(day('2024-01-05'));
    expect(frame.lastOrderDay).toBe(day('2024-05-01'));
  });

  it('takes first-order attributes from the earliest counted order (first row on a tie)', () => {
    const frame = prepareFrame(columns, store.dictionaries, {});
    const names = (p: number) => ({
      product: store.dictionaries.products[frame.firstProduct[p]!],
      channel: store.dictionaries.channels[frame.firstChannel[p]!],
      country: store.dictionaries.countries[frame.firstCountry[p]!],
      code: store.dictionaries.discountCodes[frame.firstDiscountCode[p]!],
    });
    expect(names(0)).toEqual({ product: 'Pot', channel: 'web', country: 'JP', code: '' });
    expect(names(1)).toEqual({ product: 'Cup', channel: 'web', country: 'US', code: 'HELLO' });
    expect(frame.firstDay[1]).toBe(day('2024-01-05')); // the cancelled 2023 order does not count
  });

  it('drops orders after the as-of date', () => {
    const frame = prepareFrame(columns, store.dictionaries, { asOf: day('2024-03-09') });
    expect(frame.orderCount).toBe(3);
    expect(Array.from(frame.customerStart)).toEqual([0, 1, 3]);
    expect(frame.lastOrderDay).toBe(day('2024-01-20'));
    expect(prepareFrame(columns, store.dictionaries, { asOf: day('2024-01-04') }).customerCount).toBe(0);
  });

  it('filters customers by their first order, keeping all their later orders', () => {
    const shop = prepareFrame(columns, store.dictionaries, { filters: { channels: ['shop'] } });
    expect(shop.customerCount).toBe(0); // ann and bob both came through the web first
    const web = prepareFrame(columns, store.dictionaries, { filters: { channels: ['web'], countries: ['JP'] } });
    expect(Array.from(web.customerIndex)).toEqual([customerNo(store, 'ann')]);
    expect(web.orderCount).toBe(3); // including her later 'shop' order
    const tea = prepareFrame(columns, store.dictionaries, { filters: { firstProducts: ['Tea', 'Cup'] } });
    expect(Array.from(tea.customerIndex)).toEqual([customerNo(store, 'bob')]);
    const unknown = prepareFrame(columns, store.dictionaries, { filters: { countries: ['FR'] } });
    expect(unknown.customerCount).toBe(0);
  });

  it('date range keeps customers acquired inside it and their orders up to its end, which caps as-of', () => {
    const frame = prepareFrame(columns, store.dictionaries, {
      filters: { dateRange: { from: day('2024-01-10'), to: day('2024-03-31') } },
    });
    expect(Array.from(frame.customerIndex)).toEqual([customerNo(store, 'ann')]);
    expect(Array.from(frame.day)).toEqual([day('2024-01-20'), day('2024-03-10')]);
    expect(frame.asOf).toBe(day('2024-03-31'));
  });

  it('segments by a mask or a set of store customer indexes', () => {
    const bob = customerNo(store, 'bob');
    const mask = new Uint8Array(3);
    mask[bob] = 1;
    expect(Array.from(prepareFrame(columns, store.dictionaries, { filters: { customers: mask } }).customerIndex)).toEqual([bob]);
    expect(Array.from(prepareFrame(columns, store.dictionaries, { filters: { customers: new Set([bob]) } }).customerIndex)).toEqual([bob]);
  });

  it('sorts correctly when days are spread too far for day buckets', () => {
    const far = build([
      { customer: 'x', date: '9999-01-01', amount: 1 },
      { customer: 'x', date: '1900-06-01', amount: 2 },
      { customer: 'y', date: '5000-01-01', amount: 3 },
      { customer: 'x', date: '2024-01-01', amount: 4 },
    ]);
    const frame = prepareFrame(far.columns, far.store.dictionaries, {});
    expect(Array.from(frame.amount)).toEqual([2, 4, 1, 3]);
    expect(frame.asOf).toBe(day('9999-01-01'));
  });

  it('sorts a long, reverse-chronological history by day, keeping same-day orders in file order', () => {
    const history = Array.from({ length: 100 }, (_, i) => ({
      customer: 'big', date: `2024-${String(12 - Math.floor(i / 10)).padStart(2, '0')}-01`, amount: i,
    }));
    const big = build(history);
    const frame = prepareFrame(big.columns, big.store.dictionaries, {});
    const expected = history.map((o, i) => ({ d: day(o.date), i })).sort((a, b) => a.d - b.d || a.i - b.i);
    expect(Array.from(frame.row)).toEqual(expected.map((e) => e.i));
    expect(Array.from(frame.day)).toEqual(expected.map((e) => e.d));
  });

  it('handles an empty store', () => {
    const empty = build([]);
    const frame = prepareFrame(empty.columns, empty.store.dictionaries, {});
    expect(frame).toMatchObject({ customerCount: 0, orderCount: 0, firstOrderDay: null, lastOrderDay: null, asOf: 0 });
  });
});
