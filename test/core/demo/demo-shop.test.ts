/**
 * The bundled demo workspace: regenerates byte for byte, its headline numbers
 * re-derive from the orders by plain loops, the Shopify CSV holds exactly the
 * same orders, and the shop looks like the one the foundation issue describes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILE_NAMES, DEMO_SHOP_NAME, mulberry32, writeDemo, type DemoExpected } from '../../../scripts/generate-demo';
import { importOrders } from '../../../src-core/import/index';
import { epochDayFromYmd, isoDate, type NormalizedOrder } from '../../../src-core/model/orders';

const DEMO_DIR = resolve(import.meta.dirname, '../../../resources/demo');
const read = (file: string): Buffer => readFileSync(join(DEMO_DIR, file));

interface DemoWorkspace {
  name: string;
  currency: string;
  orders: NormalizedOrder[];
}
const demo = JSON.parse(read(DEMO_FILE_NAMES.json).toString('utf8')) as DemoWorkspace;
const expected = JSON.parse(read(DEMO_FILE_NAMES.expected).toString('utf8')) as DemoExpected;
const counted = demo.orders.filter((order) => !order.cancelled);

describe('demo generator', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-shop-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('regenerates all three committed files byte for byte', () => {
    writeDemo(scratch);
    for (const file of Object.values(DEMO_FILE_NAMES)) {
      expect(readFileSync(join(scratch, file)).equals(read(file)), file).toBe(true);
    }
  });

  it('uses a seeded PRNG whose stream is fixed', () => {
    const random = mulberry32(42);
    const first = [random(), random(), random()];
    const again = mulberry32(42);
    expect([again(), again(), again()]).toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });
});

describe('demo-shop.expected.json', () => {
  it('matches the orders, re-derived by plain loops (DESIGN.md definitions)', () => {
    const ordersPerCustomer = new Map<string, number>();
    let revenueCents = 0;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    for (const order of counted) {
      ordersPerCustomer.set(order.customerKey, (ordersPerCustomer.get(order.customerKey) ?? 0) + 1);
      revenueCents += Math.round(order.amount * 100);
      if (order.day < firstDay) firstDay = order.day;
      if (order.day > lastDay) lastDay = order.day;
    }
    let repeaters = 0;
    for (const count of ordersPerCustomer.values()) if (count >= 2) repeaters++;
    const customers = ordersPerCustomer.size;

    expect(expected).toEqual({
      customers,
      orders: counted.length,
      revenue: revenueCents / 100,
      repeatRate: repeaters / customers,
      averageOrderValue: revenueCents / 100 / counted.length,
      ordersPerCustomer: counted.length / customers,
      oneTimeBuyerShare: (customers - repeaters) / customers,
      firstOrderDate: isoDate(firstDay),
      lastOrderDate: isoDate(lastDay),
      currency: 'USD',
    } satisfies DemoExpected);
    // Summing the float amounts directly (what the app does) lands on the same cents.
    expect(counted.reduce((sum, order) => sum + order.amount, 0)).toBeCloseTo(expected.revenue, 2);
  });
});

describe('the demo shop is the one the issue describes', () => {
  it('has about 3,000 customers and 10,000+ counted orders over 2023–2025', () => {
    expect(demo.name).toBe(DEMO_SHOP_NAME);
    expect(demo.currency).toBe('USD');
    expect(expected.customers).toBeGreaterThanOrEqual(2800);
    expect(expected.customers).toBeLessThanOrEqual(3200);
    expect(expected.orders).toBeGreaterThanOrEqual(10_000);
    expect(expected.firstOrderDate).toBe('2023-01-01');
    expect(expected.lastOrderDate).toBe('2025-12-31');
    expect(expected.oneTimeBuyerShare).toBeGreaterThanOrEqual(0.55);
    expect(expected.oneTimeBuyerShare).toBeLessThanOrEqual(0.65);
  });

  it('has 8–15 products, several channels and countries, and discount codes on some first orders', () => {
    const products = new Set(demo.orders.map((order) => order.product));
    expect(products.size).toBeGreaterThanOrEqual(8);
    expect(products.size).toBeLessThanOrEqual(15);
    expect(new Set(demo.orders.map((order) => order.channel))).toEqual(new Set(['web', 'amazon', 'pos', 'wholesale']));
    expect(new Set(demo.orders.map((order) => order.country)).size).toBeGreaterThanOrEqual(5);
    const seen = new Set<string>();
    let discountedFirstOrders = 0;
    for (const order of counted) {
      if (!seen.has(order.customerKey) && order.discountCode) discountedFirstOrders++;
      seen.add(order.customerKey);
    }
    expect(discountedFirstOrders / seen.size).toBeGreaterThan(0.05);
    expect(discountedFirstOrders / seen.size).toBeLessThan(0.4);
  });

  it('cancels about 1% of orders', () => {
    const share = (demo.orders.length - counted.length) / demo.orders.length;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.02);
  });

  it('peaks in November–December, dips in summer, and acquires more customers each year', () => {
    const perMonth = new Array<number>(12).fill(0);
    const newPerYear = new Map<number, number>();
    const seen = new Set<string>();
    for (const order of counted) {
      const date = isoDate(order.day);
      const month = Number(date.slice(5, 7)) - 1;
      perMonth[month] = perMonth[month]! + 1;
      if (!seen.has(order.customerKey)) {
        const year = Number(date.slice(0, 4));
        newPerYear.set(year, (newPerYear.get(year) ?? 0) + 1);
        seen.add(order.customerKey);
      }
    }
    const average = (months: number[]): number => months.reduce((sum, m) => sum + perMonth[m]!, 0) / months.length;
    expect(average([10, 11])).toBeGreaterThan(1.4 * average([0, 1, 2, 3, 4, 8, 9]));
    expect(average([6, 7])).toBeLessThan(average([3, 4, 8]));
    expect(newPerYear.get(2024)!).toBeGreaterThan(newPerYear.get(2023)!);
    expect(newPerYear.get(2025)!).toBeGreaterThan(newPerYear.get(2024)!);
  });

  it('has a loyal core buying every 30–45 days', () => {
    const purchaseDays = new Map<string, number[]>();
    for (const order of counted) {
      if (order.channel === 'wholesale') continue;
      const days = purchaseDays.get(order.customerKey) ?? [];
      if (days[days.length - 1] !== order.day) days.push(order.day);
      purchaseDays.set(order.customerKey, days);
    }
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const typicalIntervals: number[] = [];
    for (const days of purchaseDays.values()) {
      if (days.length >= 5) typicalIntervals.push(median(days.slice(1).map((day, i) => day - days[i]!)));
    }
    expect(typicalIntervals.length).toBeGreaterThan(200);
    expect(median(typicalIntervals)).toBeGreaterThanOrEqual(30);
    expect(median(typicalIntervals)).toBeLessThanOrEqual(45);
  });

  it('has plausible, clean names, some in Japanese and Russian script, and one key per e-mail', () => {
    const names = new Set(demo.orders.map((order) => order.customerName));
    for (const name of names) expect(name).toMatch(/^[\p{L}][\p{L} .'&-]*$/u);
    expect([...names].filter((name) => /\p{Script=Han}/u.test(name)).length).toBeGreaterThanOrEqual(5);
    expect([...names].filter((name) => /\p{Script=Cyrillic}/u.test(name)).length).toBeGreaterThanOrEqual(5);
    for (const order of demo.orders) {
      expect(order.customerKey).toBe(order.email.trim().toLowerCase());
      expect(order.email).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });

  it('keeps each file a reasonable size', () => {
    // The CSV carries Shopify's full 79-column header on every row, so it is the larger one.
    expect(read(DEMO_FILE_NAMES.json).length).toBeLessThan(3.5e6);
    expect(read(DEMO_FILE_NAMES.csv).length).toBeLessThan(6.5e6);
  });
});

describe('demo-shop.csv', () => {
  const text = read(DEMO_FILE_NAMES.csv).toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  it('is a clean Shopify orders export: 79 columns, no parse errors, no line breaks inside fields', () => {
    expect(parsed.errors).toEqual([]);
    const header = parsed.meta.fields ?? [];
    expect(header).toHaveLength(79);
    expect(header.slice(0, 16)).toEqual([
      'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing',
      'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at',
    ]);
    for (const column of ['Billing Name', 'Billing Country', 'Cancelled at', 'Payment Method', 'Refunded Amount', 'Source']) {
      expect(header).toContain(column);
    }
    // One physical line per record, so record i starts on line i + 2.
    expect(text.split('\n').length - 2).toBe(parsed.data.length);
  });

  it('folds into exactly the orders of demo-shop.json', () => {
    const byId = new Map(demo.orders.map((order) => [order.orderId, order]));
    const folded = new Map<string, { line: number; quantity: number; rows: Record<string, string>[] }>();
    parsed.data.forEach((row, i) => {
      const name = row['Name']!;
      const entry = folded.get(name) ?? { line: i + 2, quantity: 0, rows: [] };
      entry.quantity += Number(row['Lineitem quantity']);
      entry.rows.push(row);
      folded.set(name, entry);
    });
    expect(folded.size).toBe(demo.orders.length);
    let partialRefunds = 0;
    for (const [orderId, { line, quantity, rows }] of folded) {
      const order = byId.get(orderId)!;
      const first = rows[0]!;
      const cents = (column: string): number => Math.round(Number(first[column]) * 100);
      // Order-level fields appear once, on the first line-item row.
      for (const row of rows.slice(1)) expect(row['Total']).toBe('');
      expect(cents('Subtotal') + cents('Shipping') + cents('Taxes')).toBe(cents('Total'));
      if (cents('Refunded Amount') > 0) partialRefunds++;
      const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2}) \d{2}:\d{2}:\d{2} -0[45]00$/.exec(first['Created at']!) ?? [];
      expect({
        orderId, customerKey: first['Email']!.toLowerCase(), customerName: first['Billing Name'], email: first['Email'], phone: first['Phone'],
        day: epochDayFromYmd(Number(y), Number(m), Number(d)), amount: (cents('Total') - cents('Refunded Amount')) / 100,
        quantity, product: first['Lineitem name'], channel: first['Source'], country: first['Billing Country'],
        discountCode: first['Discount Code'], currency: first['Currency'], line,
        cancelled: first['Financial Status'] === 'voided' && first['Cancelled at'] !== '',
      }).toEqual(order);
    }
    expect(partialRefunds).toBeGreaterThan(20);
  });

  it('imports with the app\'s own importer into exactly the orders of demo-shop.json', async () => {
    const bytes = read(DEMO_FILE_NAMES.csv);
    const outcome = await importOrders(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: DEMO_FILE_NAMES.csv });
    if (!outcome.ok) throw new Error(outcome.fatal.message);
    expect(outcome.source.preset).toBe('shopify-orders');
    expect(outcome.source.errors).toEqual([]);
    expect(outcome.orders).toEqual(demo.orders);
  });
});
