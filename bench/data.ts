/**
 * The benchmark's data, generated deterministically into bench/.data/ (gitignored)
 * the first time it is needed:
 * - orders-1m.bin: 1,000,000 orders of 100,000 customers over 36 months as
 *   columns (what the analytics worker holds), from a BG/NBD-like process;
 * - orders-1m.csv: the same orders as plain CSV, for loading into DuckDB;
 * - shopify-1m.csv: a 1,000,000-row Shopify-shaped line-item export of the
 *   first of those orders (~100 MB).
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mulberry32, shopTimestamp } from '../scripts/generate-demo';
import type { OrderColumns, OrderDictionaries } from '../src-core/data/columnar';
import { epochDayFromYmd } from '../src-core/model/orders';

export const DATA_DIR = resolve(import.meta.dirname, '.data');
export const ORDER_COUNT = 1_000_000;
export const CUSTOMER_COUNT = 100_000;
export const CSV_ROWS = 1_000_000;
export const FIRST_DAY = epochDayFromYmd(2023, 1, 1);
export const LAST_DAY = epochDayFromYmd(2025, 12, 31);
const SEED = 7_2025;
const FORMAT_VERSION = 1;

const PRODUCTS = ['', 'Espresso 12oz', 'Ethiopia 12oz', 'Colombia 12oz', 'Decaf 12oz', 'Cold Brew 2lb', 'Sencha 80g', 'Earl Grey 100g', 'Darjeeling 100g', 'Dripper', 'Kettle', 'Filters x100', 'Gift Box'];
const PRICES = [0, 1650, 1950, 1700, 1800, 3800, 1600, 1400, 2200, 2800, 6500, 800, 4800];
const CHANNELS = ['', 'web', 'amazon', 'pos', 'wholesale'];
const COUNTRIES = ['', 'US', 'CA', 'GB', 'AU', 'DE', 'JP'];
const CODES = ['', 'WELCOME10', 'BFCM20', 'LOYAL15'];
const FIRST_NAMES = 'Emma Liam Olivia Noah Ava Mateo Mia Lucas Zoe Ethan Priya Omar Chloe Ryan Nora Caleb Aisha Isaac Leah Owen'.split(' ');
const LAST_NAMES = 'Smith Garcia Chen Patel Brown Kim Lopez Walker Young Baker Reed Cook Price Evans Scott Turner Hill Ross Ward Diaz'.split(' ');

export interface BenchOrders {
  columns: OrderColumns;
  dictionaries: OrderDictionaries;
  customers: number;
}

function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = Math.pow(1 + c * z, 3);
    if (v > 0 && Math.log(1 - random()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Purchase days of every customer: acquisition spread over the 36 months (growing),
 * Poisson purchases at a gamma-distributed rate, dropout after each purchase with
 * a beta-distributed chance. The total is then trimmed to exactly ORDER_COUNT by
 * leaving out randomly chosen repeat purchases (first purchases always stay).
 */
function simulatePurchases(random: () => number): { customer: Uint32Array; day: Int32Array } {
  const span = LAST_DAY - FIRST_DAY + 1;
  const customerOf: number[] = [];
  const dayOf: number[] = [];
  for (let c = 0; c < CUSTOMER_COUNT; c++) {
    // Density rising linearly from 1 to 2 across the span: inverse CDF of a trapezoid.
    const u = random();
    const first = FIRST_DAY + Math.floor(span * (Math.sqrt(1 + 3 * u) - 1));
    const rate = gamma(random, 0.9) / (0.9 * 20);
    const x = gamma(random, 0.6);
    const dropout = x / (x + gamma(random, 5));
    let time = first + 0.5;
    customerOf.push(c);
    dayOf.push(first);
    while (random() >= dropout) {
      time += -Math.log(1 - random()) / rate;
      if (time > LAST_DAY + 1) break;
      customerOf.push(c);
      dayOf.push(Math.floor(time));
    }
  }
  // Keep all first purchases, then a random subset of the repeats (partial Fisher–Yates).
  const repeats: number[] = [];
  for (let i = 0, previous = -1; i < customerOf.length; i++) {
    if (customerOf[i] === previous) repeats.push(i);
    previous = customerOf[i]!;
  }
  const keepRepeats = ORDER_COUNT - CUSTOMER_COUNT;
  if (repeats.length < keepRepeats) throw new Error(`bench data: only ${repeats.length} repeat purchases simulated`);
  for (let i = 0; i < keepRepeats; i++) {
    const j = i + Math.floor(random() * (repeats.length - i));
    [repeats[i], repeats[j]] = [repeats[j]!, repeats[i]!];
  }
  const kept = new Uint8Array(customerOf.length);
  for (let i = 0; i < customerOf.length; i++) if (i === 0 || customerOf[i] !== customerOf[i - 1]) kept[i] = 1;
  for (let i = 0; i < keepRepeats; i++) kept[repeats[i]!] = 1;
  // Chronological, as an export lists them; customers numbered by first appearance, as the store does.
  const indexes: number[] = [];
  for (let i = 0; i < kept.length; i++) if (kept[i]) indexes.push(i);
  indexes.sort((a, b) => dayOf[a]! - dayOf[b]! || a - b);
  const renumber = new Int32Array(CUSTOMER_COUNT).fill(-1);
  let next = 0;
  const customer = new Uint32Array(ORDER_COUNT);
  const day = new Int32Array(ORDER_COUNT);
  indexes.forEach((source, i) => {
    const original = customerOf[source]!;
    if (renumber[original] === -1) renumber[original] = next++;
    customer[i] = renumber[original]!;
    day[i] = dayOf[source]!;
  });
  return { customer, day };
}

function generateOrders(): BenchOrders {
  const random = mulberry32(SEED);
  const { customer, day } = simulatePurchases(random);
  const n = ORDER_COUNT;
  const columns: OrderColumns = {
    count: n,
    orderId: [],
    customer,
    day,
    amount: new Float64Array(n),
    quantity: new Float64Array(n),
    product: new Uint32Array(n),
    channel: new Uint32Array(n),
    country: new Uint32Array(n),
    discountCode: new Uint32Array(n),
    cancelled: new Uint8Array(n),
    line: new Uint32Array(n),
  };
  const homeChannel = new Uint8Array(CUSTOMER_COUNT);
  const homeCountry = new Uint8Array(CUSTOMER_COUNT);
  for (let c = 0; c < CUSTOMER_COUNT; c++) {
    homeChannel[c] = 1 + Math.min(3, Math.floor(-Math.log(1 - random()) * 0.9));
    homeCountry[c] = random() < 0.7 ? 1 : 2 + Math.floor(random() * 5);
  }
  const seen = new Uint8Array(CUSTOMER_COUNT);
  for (let i = 0; i < n; i++) {
    const c = customer[i]!;
    const product = 1 + Math.floor(random() * random() * (PRODUCTS.length - 1));
    const quantity = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
    // Whole cents, so the CSV copies for DuckDB and the Shopify export are exact.
    columns.amount[i] = Math.round(PRICES[product]! * quantity * (0.9 + 0.5 * random())) / 100;
    columns.quantity[i] = quantity;
    columns.product[i] = product;
    columns.channel[i] = homeChannel[c]!;
    columns.country[i] = homeCountry[c]!;
    columns.discountCode[i] = !seen[c] && random() < 0.2 ? 1 : random() < 0.03 ? 2 + Math.floor(random() * 2) : 0;
    columns.cancelled[i] = random() < 0.01 ? 1 : 0;
    columns.line[i] = i + 2;
    seen[c] = 1;
  }
  columns.orderId = Array.from({ length: n }, (_, i) => `#${100001 + i}`);
  return {
    columns,
    dictionaries: { products: PRODUCTS, channels: CHANNELS, countries: COUNTRIES, discountCodes: CODES },
    customers: CUSTOMER_COUNT,
  };
}

type NumericColumn = Exclude<keyof OrderColumns, 'count' | 'orderId'>;
const NUMERIC_COLUMNS: readonly NumericColumn[] = ['customer', 'day', 'amount', 'quantity', 'product', 'channel', 'country', 'discountCode', 'cancelled', 'line'];

const ordersPath = (): string => join(DATA_DIR, 'orders-1m.bin');
export const duckdbCsvPath = (): string => join(DATA_DIR, 'orders-1m.csv');
export const shopifyCsvPath = (): string => join(DATA_DIR, 'shopify-1m.csv');

/** Binary layout: u32 header length, JSON header, then each numeric column's bytes in NUMERIC_COLUMNS order. */
function saveOrders(orders: BenchOrders): void {
  const header = Buffer.from(JSON.stringify({ version: FORMAT_VERSION, count: orders.columns.count, customers: orders.customers, dictionaries: orders.dictionaries }));
  const fd = openSync(ordersPath(), 'w');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  writeSync(fd, length);
  writeSync(fd, header);
  for (const name of NUMERIC_COLUMNS) {
    const array = orders.columns[name];
    writeSync(fd, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  closeSync(fd);
}

function loadOrders(): BenchOrders | null {
  if (!existsSync(ordersPath())) return null;
  const file = readFileSync(ordersPath());
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as { version: number; count: number; customers: number; dictionaries: OrderDictionaries };
  if (header.version !== FORMAT_VERSION || header.count !== ORDER_COUNT) return null;
  let offset = 4 + headerLength;
  const n = header.count;
  // Copy each column out: the file's offsets are not aligned for Float64Array views.
  const take = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T): T => {
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(file.subarray(offset, offset + array.byteLength));
    offset += array.byteLength;
    return array;
  };
  const columns: OrderColumns = {
    count: n,
    orderId: Array.from({ length: n }, (_, i) => `#${100001 + i}`),
    customer: take(new Uint32Array(n)),
    day: take(new Int32Array(n)),
    amount: take(new Float64Array(n)),
    quantity: take(new Float64Array(n)),
    product: take(new Uint32Array(n)),
    channel: take(new Uint32Array(n)),
    country: take(new Uint32Array(n)),
    discountCode: take(new Uint32Array(n)),
    cancelled: take(new Uint8Array(n)),
    line: take(new Uint32Array(n)),
  };
  return { columns, dictionaries: header.dictionaries, customers: header.customers };
}

/**
 * Writes text in pieces, so a 100 MB file never sits in memory as one string;
 * to a temporary name first, so a killed run leaves no half file behind.
 */
export function writeLines(path: string, lines: Iterable<string>): void {
  const fd = openSync(`${path}.partial`, 'w');
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length === 20_000) {
      writeSync(fd, `${buffer.join('\n')}\n`);
      buffer = [];
    }
  }
  if (buffer.length) writeSync(fd, `${buffer.join('\n')}\n`);
  closeSync(fd);
  renameSync(`${path}.partial`, path);
}

function* duckdbRows(columns: OrderColumns): Generator<string> {
  yield 'customer,day,amount,cancelled';
  for (let i = 0; i < columns.count; i++) yield `${columns.customer[i]},${columns.day[i]},${columns.amount[i]!.toFixed(2)},${columns.cancelled[i]}`;
}

/**
 * A subset of Shopify's columns, in Shopify's order: the ones an order import
 * reads. (All 79 would make 1,000,000 rows about 200 MB instead of ~100 MB.)
 */
export const BENCH_SHOPIFY_COLUMNS = ['Name', 'Email', 'Financial Status', 'Currency', 'Total', 'Discount Code', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Billing Name', 'Billing Country', 'Cancelled at', 'Refunded Amount', 'Source'] as const;

function* shopifyRows(orders: BenchOrders): Generator<string> {
  const { columns, dictionaries } = orders;
  const random = mulberry32(SEED + 1);
  yield BENCH_SHOPIFY_COLUMNS.join(',');
  let rows = 0;
  for (let i = 0; rows < CSV_ROWS; i++) {
    const c = columns.customer[i]!;
    const first = FIRST_NAMES[c % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(c / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const email = `${first.toLowerCase()}${c}@example.com`;
    const created = shopTimestamp(columns.day[i]!, Math.floor(random() * 86_400));
    const lineCount = Math.min(CSV_ROWS - rows, random() < 0.55 ? 1 : random() < 0.75 ? 2 : 3);
    const lines: [number, number][] = [[columns.product[i]!, columns.quantity[i]!]];
    for (let l = 1; l < lineCount; l++) lines.push([1 + Math.floor(random() * (PRODUCTS.length - 1)), 1]);
    const totalCents = lines.reduce((sum, [product, quantity]) => sum + PRICES[product]! * quantity, 0);
    const cancelled = columns.cancelled[i] === 1;
    const refund = !cancelled && random() < 0.015 ? PRICES[lines[0]![0]]! : 0;
    const status = cancelled ? 'voided' : refund ? 'partially_refunded' : 'paid';
    for (let l = 0; l < lines.length; l++) {
      const [product, quantity] = lines[l]!;
      const item = `${quantity},${PRODUCTS[product]},${(PRICES[product]! / 100).toFixed(2)}`;
      yield l === 0
        ? `#${100001 + i},${email},${status},USD,${(totalCents / 100).toFixed(2)},${dictionaries.discountCodes[columns.discountCode[i]!]},${created},${item},${first} ${last},${dictionaries.countries[columns.country[i]!]},${cancelled ? created : ''},${(refund / 100).toFixed(2)},${dictionaries.channels[columns.channel[i]!]}`
        : `#${100001 + i},${email},,,,,${created},${item},,,,,`;
      rows++;
    }
  }
}

/** The columnar orders (run.ts generates them first). */
export function benchOrders(): BenchOrders {
  const loaded = loadOrders();
  if (!loaded) throw new Error(`bench data missing or stale: run \`npm run bench\` to generate ${ordersPath()}`);
  return loaded;
}

/** Makes sure every data file exists; returns the Shopify export's size in bytes. */
export function ensureBenchData(log: (message: string) => void): { shopifyBytes: number } {
  mkdirSync(DATA_DIR, { recursive: true });
  let orders = loadOrders();
  if (!orders) {
    log('generating 1,000,000 columnar orders in bench/.data (once) …');
    orders = generateOrders();
    saveOrders(orders);
    writeLines(duckdbCsvPath(), duckdbRows(orders.columns));
  }
  if (!existsSync(duckdbCsvPath())) writeLines(duckdbCsvPath(), duckdbRows(orders.columns));
  if (!existsSync(shopifyCsvPath())) {
    log('generating the 1,000,000-row Shopify export in bench/.data (once) …');
    writeLines(shopifyCsvPath(), shopifyRows(orders));
  }
  return { shopifyBytes: statSync(shopifyCsvPath()).size };
}
