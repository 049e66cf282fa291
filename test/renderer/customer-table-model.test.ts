/** The Customers table's pure model: sort, search, filters, CSV rows, segment tiles and the R × F map, route parsing. */
import { describe, expect, it } from 'vitest';
import { NO_SEGMENT, RFM_SEGMENTS } from '../../src-core/analytics';
import { toCsv } from '../../src-core/export/csv';
import { epochDayFromYmd } from '../../src-core/model/orders';
import type { CustomerTable } from '../../src-renderer/worker/customers/customer-answers';
import { CSV_COLUMN_IDS, annotationIndex, customerCsvRows } from '../../src-renderer/features/customers/customer-csv';
import { csvFileName } from '../../src-renderer/features/customers/customer-export';
import { customerRouteFromHash, customerRouteHash } from '../../src-renderer/features/customers/customer-route';
import { filterRows, searchIndex, sortOrder, type CustomerFilter } from '../../src-renderer/features/customers/customer-table-model';
import { rfMap, segmentTiles } from '../../src-renderer/features/customers/segment-grid';

interface Person {
  key: string;
  name: string;
  email: string;
  revenue: number;
  orders: number;
  clv: number;
  segment: string;
  r: number;
  f: number;
  lapsed?: boolean;
  atRisk?: boolean;
}

const segmentIndex = (id: string) => RFM_SEGMENTS.findIndex((rule) => rule.id === id);

/** A CustomerTable built from a few people, columns in the order given. */
function tableOf(people: readonly Person[]): CustomerTable {
  const day = epochDayFromYmd(2024, 1, 1);
  const n = people.length;
  return {
    asOf: day + 100,
    horizonDays: 365,
    marginPct: 100,
    annualDiscountRate: 0.1,
    lapsedAfterDays: 180,
    atRiskFactor: 2,
    rows: n,
    customer: Uint32Array.from(people, (_, i) => i * 10),
    key: people.map((p) => p.key),
    name: people.map((p) => p.name),
    email: people.map((p) => p.email),
    firstOrderDay: Int32Array.from(people, (_, i) => day + i),
    lastOrderDay: Int32Array.from(people, (_, i) => day + 50 + i),
    orders: Uint32Array.from(people, (p) => p.orders),
    revenue: Float64Array.from(people, (p) => p.revenue),
    averageOrderValue: Float64Array.from(people, (p) => p.revenue / p.orders),
    daysSinceLastOrder: Int32Array.from(people, (_, i) => 50 - i),
    typicalIntervalDays: Float64Array.from(people, (p) => (p.orders > 1 ? 30 : Number.NaN)),
    recencyScore: Uint8Array.from(people, (p) => p.r),
    frequencyScore: Uint8Array.from(people, (p) => p.f),
    monetaryScore: Uint8Array.from(people, () => 3),
    segment: Uint8Array.from(people, (p) => segmentIndex(p.segment)),
    lapsed: Uint8Array.from(people, (p) => (p.lapsed ? 1 : 0)),
    atRisk: Uint8Array.from(people, (p) => (p.atRisk ? 1 : 0)),
    probabilityAlive: Float64Array.from(people, (p) => (Number.isNaN(p.clv) ? Number.NaN : 0.5)),
    expectedPurchases90: Float64Array.from(people, () => 0.25),
    expectedPurchases365: Float64Array.from(people, () => 1.123456),
    predictedClv: Float64Array.from(people, (p) => p.clv),
    bgnbd: { ok: false, code: 'too-few-customers', reason: 'test', customers: n },
    gammaGamma: { ok: false, code: 'too-few-customers', reason: 'test', customers: n },
  };
}

const PEOPLE: Person[] = [
  { key: 'c-1', name: 'Émile Zola', email: 'emile@example.fr', revenue: 120, orders: 3, clv: 80, segment: 'loyal', r: 4, f: 4 },
  { key: 'c-2', name: 'ann lee', email: 'ann@example.com', revenue: 500.5, orders: 6, clv: Number.NaN, segment: 'champions', r: 5, f: 5 },
  { key: 'c-3', name: '', email: 'nobody@example.com', revenue: 120, orders: 1, clv: 10, segment: 'new', r: 5, f: 1, lapsed: true },
  { key: 'c-4', name: 'Bob Stone', email: 'BOB@Example.com', revenue: 35, orders: 2, clv: 200, segment: 'atRisk', r: 1, f: 3, atRisk: true },
  { key: 'c-5', name: '山田 太郎', email: 'yamada@example.jp', revenue: 800, orders: 1, clv: 5, segment: 'new', r: 5, f: 1, lapsed: true },
];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const all: CustomerFilter = { search: '', segment: null, flag: 'all' };
const keysOf = (table: CustomerTable, rows: ArrayLike<number>) => Array.from(rows, (row) => table.key[row]);

describe('sortOrder', () => {
  const table = tableOf(PEOPLE);

  it('sorts by revenue high to low, ties in table order', () => {
    expect(keysOf(table, sortOrder(table, { column: 'revenue', descending: true }, collator))).toEqual(['c-5', 'c-2', 'c-1', 'c-3', 'c-4']);
    expect(keysOf(table, sortOrder(table, { column: 'revenue', descending: false }, collator))).toEqual(['c-4', 'c-1', 'c-3', 'c-2', 'c-5']);
  });

  it('puts customers without a model value last in both directions', () => {
    expect(keysOf(table, sortOrder(table, { column: 'predictedClv', descending: true }, collator))).toEqual(['c-4', 'c-1', 'c-3', 'c-5', 'c-2']);
    expect(keysOf(table, sortOrder(table, { column: 'predictedClv', descending: false }, collator))).toEqual(['c-5', 'c-3', 'c-1', 'c-4', 'c-2']);
  });

  it('sorts by name ignoring case and accents, falling back to the customer id when there is no name', () => {
    // "c-3" (no name) sorts as its id; "Émile" sorts with E; "ann" before "Bob".
    expect(keysOf(table, sortOrder(table, { column: 'customer', descending: false }, collator))).toEqual(['c-2', 'c-4', 'c-3', 'c-1', 'c-5']);
  });

  it('sorts by segment, flags and dates', () => {
    expect(keysOf(table, sortOrder(table, { column: 'segment', descending: false }, collator))).toEqual(['c-2', 'c-1', 'c-3', 'c-5', 'c-4']);
    expect(keysOf(table, sortOrder(table, { column: 'lapsed', descending: true }, collator))).toEqual(['c-3', 'c-5', 'c-1', 'c-2', 'c-4']);
    expect(keysOf(table, sortOrder(table, { column: 'lastOrder', descending: true }, collator))).toEqual(['c-5', 'c-4', 'c-3', 'c-2', 'c-1']);
  });

  it('sorts 100,000 rows', () => {
    const many = tableOf(Array.from({ length: 100_000 }, (_, i) => ({ ...PEOPLE[i % 5]!, key: `k${i}`, revenue: (i * 7919) % 100_003 })));
    const order = sortOrder(many, { column: 'revenue', descending: true }, collator);
    expect(order).toHaveLength(100_000);
    for (let i = 1; i < order.length; i++) expect(many.revenue[order[i - 1]!]! >= many.revenue[order[i]!]!).toBe(true);
  });
});

describe('filterRows', () => {
  const table = tableOf(PEOPLE);
  const index = searchIndex(table);
  const order = sortOrder(table, { column: 'revenue', descending: true }, collator);
  const run = (filter: Partial<CustomerFilter>) => keysOf(table, filterRows(table, order, { ...all, ...filter }, index));

  it('keeps every row, in sort order, without a filter', () => {
    expect(run({})).toEqual(['c-5', 'c-2', 'c-1', 'c-3', 'c-4']);
  });

  it.each([
    ['bob', ['c-4']], // name, case-insensitive
    ['example.com', ['c-2', 'c-3', 'c-4']], // e-mail, upper-case in the data
    ['C-1', ['c-1']], // customer id
    ['山田', ['c-5']],
    ['  ann  ', ['c-2']], // surrounding spaces ignored
    ['nobody-here', []],
  ])('search %j finds %j', (search, keys) => {
    expect(run({ search })).toEqual(keys);
  });

  it('filters by segment and by flag, together with the search', () => {
    expect(run({ segment: segmentIndex('new') })).toEqual(['c-5', 'c-3']);
    expect(run({ flag: 'lapsed' })).toEqual(['c-5', 'c-3']);
    expect(run({ flag: 'atRisk' })).toEqual(['c-4']);
    expect(run({ segment: segmentIndex('new'), search: 'nobody' })).toEqual(['c-3']);
  });
});

describe('customerCsvRows', () => {
  const hostile: Person[] = [
    { ...PEOPLE[0]!, key: 'evil-1', name: '=HYPERLINK("http://evil.example","click")' },
    { ...PEOPLE[1]!, key: 'evil-2', name: '<img src=x onerror=alert(1)>, "Ltd"', email: '+1 555 0100' },
  ];
  const table = tableOf(hostile);
  const words = { header: (id: string) => `H:${id}`, segmentName: (index: number) => `S${index}` };
  const notes = [
    { id: 2, customerKey: 'evil-1', createdAt: 1, text: '@SUM(A1)' },
    { id: 1, customerKey: 'evil-1', createdAt: 2, text: 'second' },
  ];
  const annotations = annotationIndex(notes, [{ customerKey: 'evil-2', tags: ['vip', '-wholesale'] }]);

  it('has a header row and one row per customer in view order, numbers as numbers', () => {
    const rows = customerCsvRows(table, Uint32Array.of(1, 0), words, annotations);
    expect(rows[0]).toEqual(CSV_COLUMN_IDS.map((id) => `H:${id}`));
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 9)).toEqual(['evil-2', hostile[1]!.name, '+1 555 0100', '2024-01-02', '2024-02-21', 6, 500.5, 83.42, 49]);
    expect(rows[1]![CSV_COLUMN_IDS.indexOf('segment')]).toBe(`S${segmentIndex('champions')}`);
    expect(rows[1]![CSV_COLUMN_IDS.indexOf('predictedClv')]).toBeNull(); // no model value: empty, not "NaN"
    expect(rows[1]![CSV_COLUMN_IDS.indexOf('expectedPurchases365')]).toBe(1.1235);
    expect(rows[1]![CSV_COLUMN_IDS.indexOf('tags')]).toBe('vip; -wholesale');
    expect(rows[2]![CSV_COLUMN_IDS.indexOf('notes')]).toBe('@SUM(A1)\n\nsecond');
  });

  it('becomes CSV in which no cell can run as a formula and the hostile name stays one quoted cell', () => {
    const text = toCsv(customerCsvRows(table, Uint32Array.of(0, 1), words, annotations));
    const lines = text.split('\r\n');
    expect(lines[1]!.startsWith(`evil-1,"'=HYPERLINK(""http://evil.example"",""click"")",`)).toBe(true);
    // Notes join with blank lines inside one quoted cell; the cell starting with @ is neutralised.
    expect(lines[1]!.endsWith(`,"'@SUM(A1)\n\nsecond"`)).toBe(true);
    expect(lines[2]).toContain(`"<img src=x onerror=alert(1)>, ""Ltd""",'+1 555 0100,`);
    expect(lines[2]).toContain(`vip; -wholesale`);
    expect(text).not.toMatch(/(^|,)[=+@-][^0-9]/m);
  });

  it('makes a safe file name', () => {
    expect(csvFileName('Customers: a/b', '2025-12-31')).toBe('Customers- a-b 2025-12-31.csv');
    expect(csvFileName('  ', '2025-12-31')).toBe('customers 2025-12-31.csv');
  });
});

describe('segmentTiles and rfMap', () => {
  const table = tableOf(PEOPLE);

  it('sizes, shares and value of every segment, in rule order, empty ones included', () => {
    const tiles = segmentTiles(table);
    expect(tiles.map((tile) => tile.rule.id)).toEqual(RFM_SEGMENTS.map((rule) => rule.id));
    const byId = Object.fromEntries(tiles.map((tile) => [tile.rule.id, tile]));
    expect(byId.new).toMatchObject({ customers: 2, share: 0.4, revenue: 920, averageClv: 7.5 });
    expect(byId.new!.revenueShare).toBeCloseTo(920 / 1575.5, 12);
    expect(byId.champions).toMatchObject({ customers: 1, revenue: 500.5 });
    expect(byId.champions!.averageClv).toBeNaN(); // its only customer has no model value
    expect(byId.lost).toMatchObject({ customers: 0, share: 0, revenue: 0 });
    expect(tiles.reduce((sum, tile) => sum + tile.customers, 0)).toBe(PEOPLE.length);
  });

  it('ignores rows without a segment and an empty table', () => {
    const table2 = tableOf(PEOPLE.slice(0, 2));
    table2.segment[0] = NO_SEGMENT;
    expect(segmentTiles(table2).reduce((sum, tile) => sum + tile.customers, 0)).toBe(1);
    expect(segmentTiles(tableOf([])).every((tile) => tile.share === 0 && Number.isNaN(tile.averageClv))).toBe(true);
  });

  it('maps the 25 R × F cells, R = 5 first, to the segment whose rule covers them', () => {
    const cells = rfMap(table);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ recency: 5, frequency: 1, segment: segmentIndex('new'), customers: 2 });
    expect(cells[4]).toMatchObject({ recency: 5, frequency: 5, segment: segmentIndex('champions'), customers: 1 });
    expect(cells[20]).toMatchObject({ recency: 1, frequency: 1, segment: segmentIndex('lost'), customers: 0 });
    expect(cells.find((cell) => cell.recency === 1 && cell.frequency === 3)).toMatchObject({ segment: segmentIndex('atRisk'), customers: 1 });
    expect(cells.every((cell) => cell.segment >= 0)).toBe(true);
    expect(cells.reduce((sum, cell) => sum + cell.customers, 0)).toBe(PEOPLE.length);
  });
});

describe('customer routes', () => {
  it.each([
    ['#/customers', { view: 'table' }],
    ['#/customers/segments', { view: 'segments' }],
    ['#/customers/model', { view: 'model' }],
    ['#/customers/customer/42', { view: 'customer', customer: 42 }],
    ['#/customers/customer/-1', { view: 'table' }],
    ['#/customers/customer/4x', { view: 'table' }],
    ['#/cohorts/customer/1', { view: 'table' }],
  ] as const)('%s', (hash, route) => {
    expect(customerRouteFromHash(hash)).toEqual(route);
    if (hash === customerRouteHash(route)) expect(customerRouteFromHash(customerRouteHash(route))).toEqual(route);
  });
});
