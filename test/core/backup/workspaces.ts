/** Workspaces shaped like the renderer's database, for the backup tests. */
import { orderStoreFrom, type OrderStore } from '../../../src-core/data/columnar';
import type { NormalizedOrder } from '../../../src-core/model/orders';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type SnapshotTables, type WorkspaceSnapshot } from '../../../src-core/backup';

/** Small deterministic generator (mulberry32), so a failing case can be rerun. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = ['Sencha 100g', 'Гречка 1 кг', 'Gift box', 'Matcha latte kit', 'Дрип-кофе'];
const CHANNELS = ['online', 'shop', 'marketplace'];
const COUNTRIES = ['JP', 'RU', 'GB', 'US'];

export function orders(count: number, seed = 1): NormalizedOrder[] {
  const random = seededRandom(seed);
  const customers = Math.max(1, Math.floor(count / 5));
  return Array.from({ length: count }, (_, i): NormalizedOrder => {
    const customer = Math.floor(random() * customers);
    return {
      orderId: `#${1000 + i}`,
      customerKey: `c${customer}@example.jp`,
      customerName: customer % 3 === 0 ? `山田 ${customer}` : `Иванов ${customer}`,
      email: `c${customer}@example.jp`,
      phone: '',
      day: 19_000 + Math.floor((i / count) * 900),
      amount: Math.round(random() * 2_000_000) / 100,
      quantity: 1 + Math.floor(random() * 3),
      product: PRODUCTS[i % PRODUCTS.length]!,
      channel: CHANNELS[i % CHANNELS.length]!,
      country: COUNTRIES[customer % COUNTRIES.length]!,
      discountCode: i % 7 === 0 ? 'SPRING10' : '',
      currency: 'JPY',
      cancelled: random() < 0.02,
      line: i + 2,
    };
  });
}

/** The tables the renderer's workspace database holds (schema 2), from an order store. */
export function workspaceTables(store: OrderStore): SnapshotTables {
  return {
    orderChunks: store.chunks,
    customers: store.customers.map((customer, index) => ({ ...customer, index })),
    dictionaries: Object.entries(store.dictionaries).map(([name, values]) => ({ name, values })),
    datasets: [
      {
        id: 1,
        fileName: '注文データ 2024.csv',
        size: 123_456,
        hash: 'ab'.repeat(32),
        encoding: 'shift_jis',
        delimiter: ',',
        headers: ['注文番号', 'メール', '金額'],
        mapping: { orderId: '注文番号', email: 'メール', amount: '金額' },
        importedAt: 1_717_000_000_000,
        counts: { rows: 10, orders: 9, added: 9, alreadyPresent: 0, rejected: 1 },
        rejectedRows: [{ line: 7, column: '金額', message: 'not a number: "=1+1"' }],
        headerSignature: '注文番号\u001fメール\u001f金額',
      },
    ],
    settings: [
      { key: 'fitRules', value: { depart: { profitabilityBelow: 0.3, growthHeadroom: false }, weights: [0.5, 0.3, 0.2] } },
      { key: 'asOf', value: null },
    ],
    notes: [{ id: 1, createdAt: 1_717_000_000_000, text: 'Ask the client about <b>May</b> returns.\n=SUM(A1)' }],
  };
}

export function snapshotOf(tables: SnapshotTables, schemaVersion = 2): WorkspaceSnapshot {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion,
    createdAt: '2024-06-01T09:30:00.000Z',
    workspace: { name: 'Tea & Kasha Ltd', currency: 'JPY', createdAt: 1_700_000_000_000, isDemo: false },
    tables,
  };
}

export function workspaceSnapshot(orderCount: number, seed = 1): WorkspaceSnapshot {
  return snapshotOf(workspaceTables(orderStoreFrom(orders(orderCount, seed), 'JPY')));
}

/** The built-in kind of every value, recursively: equality matchers may not tell a Uint8Array from an Int8Array. */
export function kindsOf(value: unknown): unknown {
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  if (Array.isArray(value)) return value.map(kindsOf);
  if (kind === 'Object') {
    const object = value as Record<string, unknown>;
    return { kind, prototype: Object.getPrototypeOf(object) === Object.prototype, entries: Object.keys(object).map((key) => [key, kindsOf(object[key])]) };
  }
  return kind;
}
