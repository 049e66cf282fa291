/**
 * The headless contract users' scripts rely on: `analyze FILE --json`.
 * Field names and meanings are fixed by the import issue; these tests hold
 * them to the demo shop's independently generated numbers and to CDNOW.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/index';
import type { AnalysisDocument } from '../../../src-main/cli/analyze';

const repoRoot = resolve(__dirname, '../../..');
const demoCsv = join(repoRoot, 'resources/demo/demo-shop.csv');
const expected = JSON.parse(readFileSync(join(repoRoot, 'resources/demo/demo-shop.expected.json'), 'utf8')) as Record<
  string,
  number | string
>;
const cdnowMaster = resolve(repoRoot, '../shared/data/cdnow/CDNOW_master.txt');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

async function analyzeJson(...argv: string[]): Promise<AnalysisDocument> {
  const { code, out, err } = await cli('analyze', ...argv, '--json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as AnalysisDocument;
}

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('analyze --json on the demo shop export', () => {
  it('reports the numbers the demo generator defines', async () => {
    const doc = await analyzeJson(demoCsv);
    expect(doc.source).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', sheet: null, rejected: 0, errors: [] });
    expect(doc.source.preset).toMatch(/shopify/i);
    expect(doc.mapping.orderId).toBe('Name');
    expect(doc.mapping.email).toBe('Email');
    expect(doc.dataset).toEqual({
      customers: expected.customers,
      orders: expected.orders,
      revenue: expected.revenue,
      currency: 'USD',
      firstOrderDate: expected.firstOrderDate,
      lastOrderDate: expected.lastOrderDate,
      asOf: expected.lastOrderDate,
    });
    expect(doc.kpis.repeatRate).toBeCloseTo(expected.repeatRate as number, 12);
    expect(doc.kpis.oneTimeBuyerShare).toBeCloseTo(expected.oneTimeBuyerShare as number, 12);
    expect(doc.kpis.ordersPerCustomer).toBeCloseTo(expected.ordersPerCustomer as number, 12);
    expect(doc.kpis.averageOrderValue).toBeCloseTo(expected.averageOrderValue as number, 2);
  });

  it('lays out monthly cohorts that add up to the dataset', async () => {
    const doc = await analyzeJson(demoCsv);
    expect(doc.cohorts.period).toBe('month');
    expect(doc.cohorts.rows[0]!.cohort).toBe('2023-01');
    expect(doc.cohorts.rows.at(-1)!.cohort).toBe('2025-12');
    expect(doc.cohorts.rows).toHaveLength(36);
    const customers = doc.cohorts.rows.reduce((sum, row) => sum + row.customers, 0);
    expect(customers).toBe(expected.customers);
    for (const row of doc.cohorts.rows) {
      // Offset 0 holds every cohort member by definition; the row runs to the as-of month.
      expect(row.active[0]).toBe(row.customers);
      expect(row.active.length).toBe(row.revenue.length);
    }
    const revenue = doc.cohorts.rows.reduce((sum, row) => sum + row.revenue.reduce((a, b) => a + b, 0), 0);
    expect(revenue).toBeCloseTo(expected.revenue as number, 0);
  });

  it.each([
    ['week', /^\d{4}-W\d{2}$/],
    ['quarter', /^\d{4}-Q[1-4]$/],
  ])('labels %s cohorts as the contract says', async (period, label) => {
    const doc = await analyzeJson(demoCsv, '--period', period);
    expect(doc.cohorts.period).toBe(period);
    for (const row of doc.cohorts.rows) expect(row.cohort).toMatch(label);
  });

  it('ignores orders after --as-of for every section', async () => {
    const doc = await analyzeJson(demoCsv, '--as-of', '2023-12-31');
    expect(doc.dataset.asOf).toBe('2023-12-31');
    expect(doc.dataset.lastOrderDate! <= '2023-12-31').toBe(true);
    expect(doc.dataset.orders).toBeLessThan(expected.orders as number);
    expect(doc.cohorts.rows.at(-1)!.cohort).toBe('2023-12');
    const segmentCustomers = doc.rfm.segments.reduce((sum, segment) => sum + segment.customers, 0);
    expect(segmentCustomers).toBe(doc.dataset.customers);
  });

  it('has RFM segments and fitted CLV models', async () => {
    const doc = await analyzeJson(demoCsv, '--horizon-days', '90');
    expect(doc.rfm.segments.map((s) => s.name)).toContain('Champions');
    expect(doc.rfm.segments.reduce((sum, s) => sum + s.customers, 0)).toBe(expected.customers);
    expect(doc.clv.model).toBe('bgnbd+gg');
    expect(doc.clv.horizonDays).toBe(90);
    expect(doc.clv.bgnbd).not.toBeNull();
    expect(doc.clv.expectedRepeatPurchases).toBeGreaterThan(0);
  });
});

describe('analyze on unusable input', () => {
  it.each([
    ['empty.csv', '', /empty\.csv: The file is empty\./],
    ['header-only.csv', 'Order ID,Date,Email,Total\n', /header-only\.csv: Only a header row/],
  ])('%s exits 2 with one line naming the file and the reason', async (name, content, message) => {
    const path = tempFile(name, content);
    const { code, out, err } = await cli('analyze', path, '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('names a missing file', async () => {
    const { code, err } = await cli('analyze', '/no/such/file.csv');
    expect(code).toBe(2);
    expect(err).toBe('/no/such/file.csv: The file does not exist.\n');
  });

  it('rejects bad arguments with usage', async () => {
    expect((await cli('analyze', demoCsv, '--period', 'year')).code).toBe(2);
    expect((await cli('analyze', demoCsv, '--as-of', '2024-02-30')).err).toMatch(/--as-of expects a date/);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('keeps going past rejected rows and lists them with their physical line', async () => {
    const path = tempFile(
      'orders.csv',
      'Order ID,Date,Email,Total\nA1,2024-01-05,a@example.com,10.00\nA2,not a date,b@example.com,5\nA3,2024-02-01,,7\nA4,2024-02-03,a@example.com,12.50\n',
    );
    const doc = await analyzeJson(path);
    expect(doc.dataset.orders).toBe(2);
    expect(doc.source.rejected).toBe(2);
    expect(doc.source.errors.map((error) => error.line)).toEqual([3, 4]);
    expect(doc.dataset.revenue).toBe(22.5);
  });

  it('uses a mapping file written in the same shape as the output mapping', async () => {
    const orders = tempFile('odd.csv', 'ref;when;who;paid\nX1;2024-03-01;c1;10,50\nX2;2024-04-01;c1;4,50\nX3;2024-04-02;c2;1,00\n');
    const mapping = tempFile('mapping.json', JSON.stringify({ orderId: 'ref', orderDate: 'when', customerId: 'who', orderTotal: 'paid' }));
    const doc = await analyzeJson(orders, '--mapping', mapping);
    expect(doc.mapping).toMatchObject({ orderId: 'ref', orderDate: 'when', customerId: 'who', orderTotal: 'paid' });
    expect(doc.dataset).toMatchObject({ customers: 2, orders: 3, revenue: 16 });
    expect(doc.kpis.repeatRate).toBe(0.5);
    const bad = tempFile('bad-mapping.json', JSON.stringify({ colour: 'ref' }));
    const { code, err } = await cli('analyze', orders, '--mapping', bad);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown field "colour"/);
  });
});

describe.skipIf(!existsSync(cdnowMaster))('analyze on the real CDNOW master file', () => {
  it('reads all 69,659 rows and 23,570 customers', async () => {
    const doc = await analyzeJson(cdnowMaster, '--period', 'quarter');
    expect(doc.source.records).toBe(69659);
    expect(doc.source.rejected).toBe(0);
    expect(doc.dataset).toMatchObject({ customers: 23570, orders: 69659, firstOrderDate: '1997-01-01', lastOrderDate: '1998-06-30' });
    // Every CDNOW customer made their first purchase in 1997-Q1.
    expect(doc.cohorts.rows.map((row) => row.cohort)).toEqual(['1997-Q1']);
    expect(doc.cohorts.rows[0]!.customers).toBe(23570);
  });
});
if (!existsSync(cdnowMaster)) console.log(`CDNOW tests skipped: ${cdnowMaster} is absent (a fresh clone without ../shared).`);

describe('the npm script', () => {
  it('prints only the JSON document on stdout', () => {
    const result = spawnSync('npm', ['run', '-s', 'cli', '--', 'analyze', demoCsv, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as AnalysisDocument;
    expect(doc.dataset.orders).toBe(expected.orders);
  });
});
