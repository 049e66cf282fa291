/**
 * Generates the bundled demo workspace: a specialty coffee & tea roaster selling
 * online, on Amazon, at weekend pop-up markets and wholesale to cafés, 2023–2025.
 *
 * Each customer follows a BG/NBD-like process (purchase rate from a gamma,
 * dropout chance after each purchase from a beta), with seasonal thinning, so
 * the CLV models have something realistic to find. Everything is driven by one
 * seeded PRNG and integer cents: `npx tsx scripts/generate-demo.ts` rewrites
 * resources/demo/* byte for byte. The headline numbers in demo-shop.expected.json
 * are computed here from the simulation itself, never by src-core/analytics,
 * so the tests check the app against an independent answer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { epochDayFromYmd, isoDate, ymdFromEpochDay, type NormalizedOrder } from '../src-core/model/orders';

export const DEMO_SHOP_NAME = 'Demo shop — Lantern Hill Coffee & Tea';
const SEED = 20230101;
const FIRST_DAY = epochDayFromYmd(2023, 1, 1);
const LAST_DAY = epochDayFromYmd(2025, 12, 31);
const ACQUIRED_CUSTOMERS = 3150;
const WHOLESALE_ACCOUNTS = 45;
/** Relative demand by calendar month: holiday peak, summer dip. */
const SEASON = [0.95, 0.85, 0.95, 1.0, 1.0, 0.8, 0.7, 0.72, 0.95, 1.05, 1.4, 1.65];
/** Acquisition grows about 30% a year. */
const YEARLY_GROWTH = 1.3;
/**
 * Buying behaviour. Purchase rate per day ~ Gamma(shape, 1 / mean interval); dropout chance
 * after each purchase ~ Beta(a, b). The retail beta puts most shoppers near 1
 * (one-time buyers) and a loyal core near 0.
 */
export const BEHAVIOUR = {
  retail: { rateShape: 3, meanIntervalDays: 41, dropoutA: 0.5, dropoutB: 0.36 },
  wholesale: { rateShape: 8, meanIntervalDays: 14, dropoutA: 1, dropoutB: 90 },
};

// ---------------------------------------------------------------- randomness

/** mulberry32: tiny, fast, and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  uniform(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let u = this.next() * total;
    for (const item of items) {
      u -= weight(item);
      if (u < 0) return item;
    }
    return items[items.length - 1]!;
  }
  exponential(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  /** Marsaglia–Tsang; shapes below 1 via the usual u^(1/shape) boost. */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(1 - this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = this.normal();
      const v = Math.pow(1 + c * z, 3);
      if (v <= 0) continue;
      if (Math.log(1 - this.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  }
  beta(a: number, b: number): number {
    const x = this.gamma(a, 1);
    return x / (x + this.gamma(b, 1));
  }
}

// ---------------------------------------------------------------- the shop

export type Category = 'coffee' | 'tea' | 'gear' | 'gift' | 'wholesale';
export interface Product {
  name: string;
  sku: string;
  cents: number;
  category: Category;
  /** Relative popularity in a retail basket. */
  weight: number;
}

const PRODUCTS: readonly Product[] = [
  { name: 'Ethiopia Yirgacheffe 12 oz', sku: 'COF-ETH-12', cents: 1950, category: 'coffee', weight: 14 },
  { name: 'Colombia Huila 12 oz', sku: 'COF-COL-12', cents: 1700, category: 'coffee', weight: 12 },
  { name: 'House Espresso Blend 12 oz', sku: 'COF-ESP-12', cents: 1650, category: 'coffee', weight: 16 },
  { name: 'Swiss Water Decaf 12 oz', sku: 'COF-DEC-12', cents: 1800, category: 'coffee', weight: 5 },
  { name: 'Cold Brew Coarse Grind 2 lb', sku: 'COF-CB-32', cents: 3800, category: 'coffee', weight: 4 },
  { name: 'Sencha Kyoto Loose Leaf 80 g', sku: 'TEA-SEN-80', cents: 1600, category: 'tea', weight: 6 },
  { name: 'Darjeeling First Flush 100 g', sku: 'TEA-DAR-100', cents: 2200, category: 'tea', weight: 4 },
  { name: 'Earl Grey Crème 100 g', sku: 'TEA-EGC-100', cents: 1400, category: 'tea', weight: 7 },
  { name: 'Hojicha Roasted Tea 80 g', sku: 'TEA-HOJ-80', cents: 1500, category: 'tea', weight: 3 },
  { name: 'Ceramic Pour-Over Dripper', sku: 'GEAR-DRIP', cents: 2800, category: 'gear', weight: 2.5 },
  { name: 'Gooseneck Kettle 1 L', sku: 'GEAR-KETTLE', cents: 6500, category: 'gear', weight: 1.2 },
  { name: 'Unbleached Paper Filters (100)', sku: 'GEAR-FILT', cents: 800, category: 'gear', weight: 4 },
  { name: 'Holiday Gift Box', sku: 'GIFT-HOLIDAY', cents: 4800, category: 'gift', weight: 0 },
  { name: 'Espresso Blend 5 lb (Wholesale)', sku: 'WHL-ESP-5LB', cents: 7200, category: 'wholesale', weight: 0 },
  { name: 'Single Origin 5 lb (Wholesale)', sku: 'WHL-SO-5LB', cents: 8400, category: 'wholesale', weight: 0 },
];
const RETAIL = PRODUCTS.filter((p) => p.category !== 'wholesale');
const WHOLESALE = PRODUCTS.filter((p) => p.category === 'wholesale');

/** Bag prices went up a dollar in 2025 (green coffee costs), as real roasters' did. */
function unitCents(product: Product, day: number): number {
  return product.category === 'coffee' && day >= epochDayFromYmd(2025, 1, 1) ? product.cents + 100 : product.cents;
}

/** Shopify's `Source` column: how the order came in. */
export type Channel = 'web' | 'amazon' | 'pos' | 'wholesale';

export interface Place {
  country: string;
  city: string;
  province: string;
  provinceName: string;
  zip: string;
  /** Sales tax on taxable goods (gear, gift boxes); coffee and tea are groceries. */
  tax: number;
}
const PLACES: readonly (Place & { weight: number })[] = [
  { country: 'US', city: 'Asheville', province: 'NC', provinceName: 'North Carolina', zip: '28801', tax: 0.07, weight: 14 },
  { country: 'US', city: 'Brooklyn', province: 'NY', provinceName: 'New York', zip: '11215', tax: 0.08875, weight: 9 },
  { country: 'US', city: 'Austin', province: 'TX', provinceName: 'Texas', zip: '78704', tax: 0.0825, weight: 6 },
  { country: 'US', city: 'Portland', province: 'OR', provinceName: 'Oregon', zip: '97214', tax: 0, weight: 5 },
  { country: 'US', city: 'Chicago', province: 'IL', provinceName: 'Illinois', zip: '60614', tax: 0.1025, weight: 6 },
  { country: 'US', city: 'Denver', province: 'CO', provinceName: 'Colorado', zip: '80205', tax: 0.0881, weight: 4 },
  { country: 'US', city: 'Seattle', province: 'WA', provinceName: 'Washington', zip: '98103', tax: 0.1035, weight: 5 },
  { country: 'US', city: 'Atlanta', province: 'GA', provinceName: 'Georgia', zip: '30307', tax: 0.089, weight: 5 },
  { country: 'US', city: 'Boston', province: 'MA', provinceName: 'Massachusetts', zip: '02130', tax: 0.0625, weight: 4 },
  { country: 'US', city: 'San Diego', province: 'CA', provinceName: 'California', zip: '92104', tax: 0.0775, weight: 6 },
  { country: 'US', city: 'Raleigh', province: 'NC', provinceName: 'North Carolina', zip: '27601', tax: 0.0725, weight: 6 },
  { country: 'US', city: 'Philadelphia', province: 'PA', provinceName: 'Pennsylvania', zip: '19147', tax: 0.08, weight: 4 },
  { country: 'CA', city: 'Toronto', province: 'ON', provinceName: 'Ontario', zip: 'M5V 2T6', tax: 0, weight: 5 },
  { country: 'CA', city: 'Vancouver', province: 'BC', provinceName: 'British Columbia', zip: 'V6B 1A1', tax: 0, weight: 3 },
  { country: 'CA', city: 'Montréal', province: 'QC', provinceName: 'Quebec', zip: 'H2X 1Y4', tax: 0, weight: 2 },
  { country: 'GB', city: 'London', province: '', provinceName: '', zip: 'E1 6AN', tax: 0, weight: 4 },
  { country: 'GB', city: 'Manchester', province: '', provinceName: '', zip: 'M1 1AE', tax: 0, weight: 1.5 },
  { country: 'AU', city: 'Melbourne', province: 'VIC', provinceName: 'Victoria', zip: '3000', tax: 0, weight: 2 },
  { country: 'DE', city: 'Berlin', province: '', provinceName: '', zip: '10115', tax: 0, weight: 1.5 },
  { country: 'JP', city: 'Shibuya-ku', province: 'JP-13', provinceName: 'Tokyo', zip: '150-0001', tax: 0, weight: 0 },
  { country: 'JP', city: 'Kyoto-shi', province: 'JP-26', provinceName: 'Kyoto', zip: '604-8001', tax: 0, weight: 0 },
];
const WEIGHTED_PLACES = PLACES.filter((p) => p.weight > 0);
const US_PLACES = PLACES.filter((p) => p.country === 'US');
const JAPAN = PLACES.filter((p) => p.country === 'JP');
const DIASPORA = PLACES.filter((p) => ['Brooklyn', 'Berlin', 'London', 'Toronto', 'Seattle'].includes(p.city));
/** The pop-up market stalls are at home, in western North Carolina. */
const LOCAL = PLACES.filter((p) => p.province === 'NC');

// Names: [as written, as romanised for the e-mail address].
const FIRST = 'Emma Olivia Ava Sophia Mia Charlotte Amelia Harper Evelyn Abigail Emily Ella Grace Chloe Lily Hannah Zoe Nora Riley Leah Liam Noah Oliver Elijah James William Benjamin Lucas Henry Alexander Mason Michael Ethan Daniel Jacob Logan Jackson Samuel Owen Ryan Nathan Caleb Isaac Julian Aaron Dylan Priya Wei Ji-woo Aisha Omar Mateo Lucía Sofía Diego Camila Andrés Chloé Mathieu Zoë Nikhil'.split(' ');
const LAST = 'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Carter Roberts Turner Phillips Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Reed Bailey Patel Chen Kim Nguyen García Hernández Martínez López Dubois Tremblay Müller Schmidt O\'Brien Okafor'.split(' ');
const JAPANESE_FAMILY: readonly [string, string][] = [
  ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'], ['渡辺', 'watanabe'],
  ['山本', 'yamamoto'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'], ['吉田', 'yoshida'], ['山田', 'yamada'],
];
const JAPANESE_GIVEN: readonly [string, string][] = [
  ['美咲', 'misaki'], ['陽菜', 'hina'], ['結衣', 'yui'], ['翔太', 'shota'], ['健', 'ken'], ['大輔', 'daisuke'],
  ['彩', 'aya'], ['直樹', 'naoki'], ['恵', 'megumi'], ['拓海', 'takumi'], ['優子', 'yuko'], ['浩二', 'koji'],
];
const RUSSIAN_GIVEN: readonly [string, string, 'f' | 'm'][] = [
  ['Анна', 'anna', 'f'], ['Мария', 'maria', 'f'], ['Екатерина', 'ekaterina', 'f'], ['Ольга', 'olga', 'f'],
  ['Наталья', 'natalya', 'f'], ['Татьяна', 'tatyana', 'f'], ['Дмитрий', 'dmitry', 'm'], ['Алексей', 'alexey', 'm'],
  ['Сергей', 'sergey', 'm'], ['Иван', 'ivan', 'm'], ['Михаил', 'mikhail', 'm'], ['Андрей', 'andrey', 'm'],
];
const RUSSIAN_FAMILY: readonly [string, string][] = [
  ['Иванов', 'ivanov'], ['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Соколов', 'sokolov'],
  ['Лебедев', 'lebedev'], ['Новиков', 'novikov'], ['Морозов', 'morozov'], ['Волков', 'volkov'], ['Павлов', 'pavlov'],
];
const CAFES = 'Bluebird Café,Common Grounds,The Daily Grind,Copper Pot Bakery,Fernwood Kitchen,Little Owl Espresso,Harbor Street Deli,Maple & Rye,Tidewater Books,North Fork Diner,Sunday Supply Co,Wild Clover Café'.split(',');
const EMAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com'];

// ---------------------------------------------------------------- simulation

export interface Customer {
  name: string;
  email: string;
  place: Place;
  company: string;
  acceptsMarketing: boolean;
  channel: Channel;
  favourite: Product;
}

export interface OrderLine {
  product: Product;
  quantity: number;
  cents: number;
}

export interface SimOrder {
  customer: Customer;
  day: number;
  /** Seconds after local midnight. */
  second: number;
  channel: Channel;
  lines: OrderLine[];
  discountCode: string;
  discountCents: number;
  subtotalCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  refundCents: number;
  cancelled: boolean;
}

function seasonOf(day: number): number {
  return SEASON[ymdFromEpochDay(day).month - 1]!;
}

/** Day 0 = Thursday 1970-01-01; returns 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function acquisitionDays(random: Random, count: number): number[] {
  const weights: number[] = [];
  for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
    weights.push(seasonOf(day) * Math.pow(YEARLY_GROWTH, (day - FIRST_DAY) / 365.25));
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) cumulative.push((sum += weight));
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    const u = random.uniform() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    days.push(FIRST_DAY + lo);
  }
  return days.sort((a, b) => a - b);
}

function makeCustomer(random: Random, channel: Channel, usedEmails: Set<string>): Customer {
  let name: string;
  let local: string;
  let place: Place;
  let domain = random.pick(EMAIL_DOMAINS);
  let company = '';
  const origin = random.uniform();
  if (channel !== 'wholesale' && origin < 0.02) {
    const [family, familyLatin] = random.pick(JAPANESE_FAMILY);
    const [given, givenLatin] = random.pick(JAPANESE_GIVEN);
    const inKanji = random.chance(0.8);
    name = inKanji ? `${family} ${given}` : `${capitalise(givenLatin)} ${capitalise(familyLatin)}`;
    local = random.chance(0.5) ? `${givenLatin}.${familyLatin}` : `${familyLatin}${givenLatin}${random.int(1, 99)}`;
    place = random.chance(0.75) ? random.pick(JAPAN) : random.pick(DIASPORA);
    if (place.country === 'JP') domain = random.pick(['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp']);
  } else if (channel !== 'wholesale' && origin < 0.035) {
    const [given, givenLatin, gender] = random.pick(RUSSIAN_GIVEN);
    const [family, familyLatin] = random.pick(RUSSIAN_FAMILY);
    name = `${given} ${gender === 'f' ? `${family}а` : family}`;
    local = `${givenLatin}.${gender === 'f' ? `${familyLatin}a` : familyLatin}`;
    place = random.pick(DIASPORA);
    domain = random.pick(['gmail.com', 'yandex.ru', 'mail.ru']);
  } else {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    name = `${first} ${last}`;
    const [f, l] = [latinLocal(first), latinLocal(last)];
    local = random.pick([`${f}.${l}`, `${f}${l}`, `${f[0]}${l}`, `${f}_${l}${random.int(1, 99)}`, `${f}${random.int(70, 99)}`]);
    place = random.weighted(WEIGHTED_PLACES, (p) => p.weight);
  }
  // Market-stall shoppers live nearby; Amazon and wholesale serve the US only.
  if (channel === 'pos') place = random.weighted(LOCAL, (p) => p.weight);
  if ((channel === 'amazon' || channel === 'wholesale') && place.country !== 'US') place = random.weighted(US_PLACES, (p) => p.weight);
  if (channel === 'wholesale') {
    company = `${random.pick(CAFES)} ${place.city}`;
    local = `orders.${latinLocal(company.split(' ')[0]!)}${random.int(1, 9)}`;
    domain = 'gmail.com';
  }
  // Amazon hands the shop an anonymised relay address, unique per buyer.
  if (channel === 'amazon') {
    local = Array.from({ length: 14 }, () => 'abcdefghjkmnpqrstvwxyz0123456789'[random.int(0, 31)]).join('');
    domain = 'marketplace.amazon.com';
  }
  let email = `${local}@${domain}`;
  for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
  usedEmails.add(email);
  return {
    name,
    email,
    place,
    company,
    acceptsMarketing: channel !== 'amazon' && random.chance(0.55),
    channel,
    favourite: random.weighted(RETAIL, (p) => p.weight),
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** E-mail-safe ASCII for a Latin-script name part: "García" → "garcia", "O'Brien" → "obrien". */
function latinLocal(word: string): string {
  return word.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/**
 * Purchase days after the first. Gaps are Erlang-2 (people restock a bag when it
 * runs out, so gaps are more regular than Poisson), shortened in busy months;
 * after each purchase the customer drops out for good with chance `dropout`.
 */
function repeatDays(random: Random, firstDay: number, rate: number, dropout: number): number[] {
  const days: number[] = [];
  let day = firstDay;
  for (;;) {
    if (random.chance(dropout)) return days;
    const speed = 2 * rate * seasonOf(day);
    day += Math.max(1, Math.round(random.exponential(speed) + random.exponential(speed)));
    if (day > LAST_DAY) return days;
    days.push(day);
  }
}

function orderChannel(random: Random, customer: Customer, isFirst: boolean): Channel {
  if (isFirst || customer.channel === 'wholesale' || customer.channel === 'amazon') return customer.channel;
  if (customer.channel === 'pos') return random.chance(0.45) ? 'pos' : 'web';
  return customer.place.province === 'NC' && random.chance(0.15) ? 'pos' : 'web';
}

/** Pop-up markets run on weekends; cafés order on weekdays. */
function dayForChannel(day: number, channel: Channel): { day: number; channel: Channel } {
  const dow = weekday(day);
  if (channel === 'pos' && dow !== 0 && dow !== 6) {
    const saturday = day + (6 - dow);
    return saturday <= LAST_DAY ? { day: saturday, channel } : { day, channel: 'web' };
  }
  if (channel === 'wholesale' && (dow === 0 || dow === 6)) {
    const monday = day + (dow === 0 ? 1 : 2);
    return { day: monday <= LAST_DAY ? monday : day - (dow === 0 ? 2 : 1), channel };
  }
  return { day, channel };
}

function basket(random: Random, customer: Customer, day: number, channel: Channel, isFirst: boolean): OrderLine[] {
  const lines: OrderLine[] = [];
  const add = (product: Product, quantity: number): void => {
    const existing = lines.find((line) => line.product === product);
    if (existing) existing.quantity += quantity;
    else lines.push({ product, quantity, cents: unitCents(product, day) });
  };
  if (channel === 'wholesale') {
    add(WHOLESALE[0]!, random.int(2, 5));
    if (random.chance(0.5)) add(WHOLESALE[1]!, random.int(1, 2));
    if (random.chance(0.25)) add(PRODUCTS[11]!, random.int(2, 6));
    return lines;
  }
  const month = ymdFromEpochDay(day).month;
  const holiday = month === 11 || month === 12;
  const summer = month >= 6 && month <= 8;
  const first = !isFirst && random.chance(0.7) ? customer.favourite : random.weighted(RETAIL, (p) => productWeight(p, holiday, summer));
  add(first, random.chance(0.14) ? 2 : 1);
  const extra = random.weighted([0, 1, 2, 3], (n) => [0.56, 0.3, 0.11, 0.03][n]!);
  for (let i = 0; i < extra; i++) add(random.weighted(RETAIL, (p) => productWeight(p, holiday, summer)), 1);
  return lines;
}

function productWeight(product: Product, holiday: boolean, summer: boolean): number {
  if (product.category === 'gift') return holiday ? 14 : 0;
  if (product.sku === 'COF-CB-32') return summer ? product.weight * 4 : product.weight;
  return product.weight;
}

function price(random: Random, order: Omit<SimOrder, 'subtotalCents' | 'shippingCents' | 'taxCents' | 'totalCents' | 'discountCents'>, isFirst: boolean): SimOrder {
  const gross = order.lines.reduce((sum, line) => sum + line.cents * line.quantity, 0);
  const { month, day: dom } = ymdFromEpochDay(order.day);
  let code = '';
  let percent = 0;
  if (order.channel === 'web') {
    if (month === 11 && dom >= 24 && random.chance(0.35)) [code, percent] = ['BFCM20', 20];
    else if (isFirst && random.chance(0.3)) [code, percent] = ['WELCOME10', 10];
    else if (!isFirst && random.chance(0.03)) [code, percent] = ['LOYAL15', 15];
  }
  const discountCents = Math.round((gross * percent) / 100);
  const subtotalCents = gross - discountCents;
  const taxable = order.lines.reduce((sum, line) => sum + (['gear', 'gift'].includes(line.product.category) ? line.cents * line.quantity : 0), 0);
  const taxCents = order.channel === 'wholesale' ? 0 : Math.round(taxable * (1 - percent / 100) * order.customer.place.tax);
  let shippingCents = 0;
  if (order.channel === 'web') {
    const domestic = order.customer.place.country === 'US';
    shippingCents = domestic ? (subtotalCents >= 4500 ? 0 : 695) : order.customer.place.country === 'CA' ? 1495 : 1995;
  } else if (order.channel === 'wholesale') shippingCents = subtotalCents >= 30000 ? 0 : 1800;
  const totalCents = subtotalCents + shippingCents + taxCents;
  return { ...order, discountCode: code, discountCents, subtotalCents, shippingCents, taxCents, totalCents };
}

/** All orders of the three years, in the order Shopify numbers them. */
export function simulateShop(seed = SEED): SimOrder[] {
  const random = new Random(seed);
  const usedEmails = new Set<string>();
  const orders: SimOrder[] = [];
  const wholesaleStarts = new Set<number>();
  while (wholesaleStarts.size < WHOLESALE_ACCOUNTS) wholesaleStarts.add(random.int(0, ACQUIRED_CUSTOMERS - 1));
  const firstDays = acquisitionDays(random, ACQUIRED_CUSTOMERS);
  firstDays.forEach((firstDay, index) => {
    const channel: Channel = wholesaleStarts.has(index) ? 'wholesale' : random.weighted(['web', 'amazon', 'pos'] as const, (c) => ({ web: 0.58, amazon: 0.2, pos: 0.22 })[c]);
    const customer = makeCustomer(random, channel, usedEmails);
    // Cafés reorder every two to four weeks and rarely leave; shoppers vary widely.
    const behaviour = channel === 'wholesale' ? BEHAVIOUR.wholesale : BEHAVIOUR.retail;
    const rate = random.gamma(behaviour.rateShape, 1 / (behaviour.rateShape * behaviour.meanIntervalDays));
    const dropout = random.beta(behaviour.dropoutA, behaviour.dropoutB);
    const days = [firstDay, ...repeatDays(random, firstDay, rate, dropout)];
    days.forEach((rawDay, i) => {
      const placed = dayForChannel(rawDay, orderChannel(random, customer, i === 0));
      const second = placed.channel === 'pos' ? random.int(9 * 3600, 16 * 3600) : placed.channel === 'wholesale' ? random.int(7 * 3600, 17 * 3600) : Math.floor(24 * 3600 * Math.pow(random.uniform(), 0.8));
      const lines = basket(random, customer, placed.day, placed.channel, i === 0);
      const order = price(random, { customer, day: placed.day, second, channel: placed.channel, lines, discountCode: '', refundCents: 0, cancelled: false }, i === 0);
      order.cancelled = random.chance(0.01);
      // A partial refund: one unit of one line (a bag arrived split, a chipped dripper).
      if (!order.cancelled && random.chance(0.015)) {
        const line = random.pick(order.lines);
        order.refundCents = Math.min(line.cents, order.totalCents - 100);
      }
      orders.push(order);
    });
  });
  return orders.sort((a, b) => a.day - b.day || a.second - b.second);
}

// ---------------------------------------------------------------- outputs

export const SHOPIFY_HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency',
  'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at',
  'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku',
  'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street',
  'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province',
  'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2',
  'Shipping Company', 'Shipping City', 'Shipping Zip', 'Shipping Province', 'Shipping Country', 'Shipping Phone',
  'Notes', 'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor',
  'Outstanding Balance', 'Employee', 'Location', 'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount',
  'Tax 1 Name', 'Tax 1 Value', 'Tax 2 Name', 'Tax 2 Value', 'Tax 3 Name', 'Tax 3 Value', 'Tax 4 Name', 'Tax 4 Value',
  'Tax 5 Name', 'Tax 5 Value', 'Phone', 'Receipt Number', 'Duties', 'Billing Province Name', 'Shipping Province Name',
  'Payment ID', 'Payment Terms Name', 'Next Payment Due At', 'Payment References',
] as const;
type ShopifyColumn = (typeof SHOPIFY_HEADER)[number];
const VENDOR = 'Lantern Hill';
const FIRST_ORDER_NUMBER = 1001;

function money(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** Eastern time, as the shop's Shopify admin is set: DST from the 2nd Sunday of March to the 1st of November. */
export function shopTimestamp(day: number, second: number): string {
  const whole = day + Math.floor(second / 86400);
  const rest = second % 86400;
  const { year } = ymdFromEpochDay(whole);
  const march1 = epochDayFromYmd(year, 3, 1);
  const november1 = epochDayFromYmd(year, 11, 1);
  const dstStart = march1 + ((7 - weekday(march1)) % 7) + 7;
  const dstEnd = november1 + ((7 - weekday(november1)) % 7);
  const offset = whole >= dstStart && whole < dstEnd ? '-0400' : '-0500';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${isoDate(whole)} ${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)} ${offset}`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

interface RenderedOrder {
  rows: string[];
  normalized: NormalizedOrder;
}

/**
 * One order as Shopify exports it: order-level fields only on the first line-item row.
 * Street addresses stay blank: no analysis uses them and they would add a third to the file.
 */
function renderOrder(random: Random, order: SimOrder, number: number, firstLine: number): RenderedOrder {
  const { customer, channel } = order;
  const place = customer.place;
  const orderId = `#${number}`;
  const created = shopTimestamp(order.day, order.second);
  const shipped = channel !== 'pos';
  const fulfilledDay = order.day + (channel === 'pos' ? 0 : random.int(1, 3));
  const fulfilled = !order.cancelled && fulfilledDay <= LAST_DAY;
  const financial = order.cancelled ? 'voided' : order.refundCents > 0 ? 'partially_refunded' : 'paid';
  const payment = channel === 'amazon' ? 'Amazon' : channel === 'wholesale' ? 'Bank Deposit' : channel === 'pos' && random.chance(0.2) ? 'Cash' : random.chance(0.75) ? 'Shopify Payments' : 'PayPal Express Checkout';
  const shippingMethod = channel === 'pos' ? '' : channel === 'amazon' ? 'Standard' : channel === 'wholesale' ? 'Freight' : place.country === 'US' ? (order.shippingCents ? 'Standard Shipping' : 'Free Shipping') : 'International Shipping';
  const first: Partial<Record<ShopifyColumn, string>> = {
    'Financial Status': financial,
    'Paid at': order.cancelled ? '' : shopTimestamp(order.day, order.second + random.int(1, 30)),
    'Fulfillment Status': fulfilled ? 'fulfilled' : 'unfulfilled',
    'Fulfilled at': fulfilled ? shopTimestamp(fulfilledDay, channel === 'pos' ? order.second + 45 : random.int(9 * 3600, 17 * 3600)) : '',
    'Accepts Marketing': customer.acceptsMarketing ? 'yes' : 'no',
    Currency: 'USD',
    Subtotal: money(order.subtotalCents),
    Shipping: money(order.shippingCents),
    Taxes: money(order.taxCents),
    Total: money(order.totalCents),
    'Discount Code': order.discountCode,
    'Discount Amount': money(order.discountCents),
    'Shipping Method': shippingMethod,
    'Billing Name': customer.name,
    'Billing Company': customer.company,
    'Billing City': place.city,
    'Billing Zip': `'${place.zip}`,
    'Billing Province': place.province,
    'Billing Country': place.country,
    'Cancelled at': order.cancelled ? shopTimestamp(order.day, order.second + random.int(600, 20 * 3600)) : '',
    'Payment Method': payment,
    'Refunded Amount': money(order.refundCents),
    'Outstanding Balance': '0.00',
    Employee: channel === 'pos' ? random.pick(['Maya Ortiz', 'Sam Lee', 'Jordan Price']) : '',
    Location: channel === 'pos' ? 'Pop-up Market Stall' : '',
    Id: String(5_100_000_000_000 + number * 7919),
    Tags: channel === 'wholesale' ? 'wholesale' : '',
    'Risk Level': channel === 'web' ? 'Low' : '',
    Source: channel,
    'Tax 1 Name': order.taxCents > 0 ? `${place.province} Sales Tax ${+(place.tax * 100).toFixed(3)}%` : '',
    'Tax 1 Value': order.taxCents > 0 ? money(order.taxCents) : '',
    'Billing Province Name': place.provinceName,
  };
  if (shipped) {
    Object.assign(first, {
      'Shipping Name': customer.name, 'Shipping Company': customer.company,
      'Shipping City': place.city, 'Shipping Zip': `'${place.zip}`, 'Shipping Province': place.province,
      'Shipping Country': place.country, 'Shipping Province Name': place.provinceName,
    } satisfies Partial<Record<ShopifyColumn, string>>);
  }
  const rows = order.lines.map((line, i) => {
    const values: Partial<Record<ShopifyColumn, string>> = {
      ...(i === 0 ? first : {}),
      Name: orderId,
      Email: customer.email,
      'Created at': created,
      'Lineitem quantity': String(line.quantity),
      'Lineitem name': line.product.name,
      'Lineitem price': money(line.cents),
      'Lineitem sku': line.product.sku,
      'Lineitem requires shipping': shipped ? 'true' : 'false',
      'Lineitem taxable': ['gear', 'gift'].includes(line.product.category) ? 'true' : 'false',
      'Lineitem fulfillment status': fulfilled ? 'fulfilled' : 'pending',
      Vendor: VENDOR,
      'Lineitem discount': '0.00',
    };
    return SHOPIFY_HEADER.map((column) => csvField(values[column] ?? '')).join(',');
  });
  const normalized: NormalizedOrder = {
    orderId,
    customerKey: customer.email.trim().toLowerCase(),
    customerName: customer.name,
    email: customer.email,
    phone: '',
    day: order.day,
    amount: (order.totalCents - order.refundCents) / 100,
    quantity: order.lines.reduce((sum, line) => sum + line.quantity, 0),
    product: order.lines[0]!.product.name,
    channel,
    country: place.country,
    discountCode: order.discountCode,
    currency: 'USD',
    cancelled: order.cancelled,
    line: firstLine,
  };
  return { rows, normalized };
}

/** The headline numbers, from the simulation in integer cents (DESIGN.md definitions). */
export interface DemoExpected {
  customers: number;
  orders: number;
  revenue: number;
  repeatRate: number;
  averageOrderValue: number;
  ordersPerCustomer: number;
  oneTimeBuyerShare: number;
  firstOrderDate: string;
  lastOrderDate: string;
  currency: string;
}

function headlineNumbers(orders: readonly SimOrder[]): DemoExpected {
  const ordersByCustomer = new Map<Customer, number>();
  let revenueCents = 0;
  let counted = 0;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const order of orders) {
    if (order.cancelled) continue;
    counted++;
    revenueCents += order.totalCents - order.refundCents;
    ordersByCustomer.set(order.customer, (ordersByCustomer.get(order.customer) ?? 0) + 1);
    firstDay = Math.min(firstDay, order.day);
    lastDay = Math.max(lastDay, order.day);
  }
  const customers = ordersByCustomer.size;
  const repeaters = [...ordersByCustomer.values()].filter((n) => n >= 2).length;
  return {
    customers,
    orders: counted,
    revenue: revenueCents / 100,
    repeatRate: repeaters / customers,
    averageOrderValue: revenueCents / 100 / counted,
    ordersPerCustomer: counted / customers,
    oneTimeBuyerShare: (customers - repeaters) / customers,
    firstOrderDate: isoDate(firstDay),
    lastOrderDate: isoDate(lastDay),
    currency: 'USD',
  };
}

export interface DemoFiles {
  /** resources/demo/demo-shop.json */
  json: string;
  /** resources/demo/demo-shop.csv */
  csv: string;
  /** resources/demo/demo-shop.expected.json */
  expected: string;
}

export function generateDemo(seed = SEED): DemoFiles {
  const orders = simulateShop(seed);
  // A second stream for cosmetic detail, so styling the export never changes the simulation.
  const random = new Random(seed ^ 0x5f3759df);
  const csvLines: string[] = [SHOPIFY_HEADER.join(',')];
  const normalized: NormalizedOrder[] = [];
  orders.forEach((order, i) => {
    const rendered = renderOrder(random, order, FIRST_ORDER_NUMBER + i, csvLines.length + 1);
    csvLines.push(...rendered.rows);
    normalized.push(rendered.normalized);
  });
  const json = `{\n  "name": ${JSON.stringify(DEMO_SHOP_NAME)},\n  "currency": "USD",\n  "orders": [\n${normalized.map((o) => `    ${JSON.stringify(o)}`).join(',\n')}\n  ]\n}\n`;
  return {
    json,
    csv: `${csvLines.join('\n')}\n`,
    expected: `${JSON.stringify(headlineNumbers(orders), null, 2)}\n`,
  };
}

export const DEMO_FILE_NAMES = {
  json: 'demo-shop.json',
  csv: 'demo-shop.csv',
  expected: 'demo-shop.expected.json',
} as const satisfies Record<keyof DemoFiles, string>;

export function writeDemo(directory: string): void {
  mkdirSync(directory, { recursive: true });
  const files = generateDemo();
  for (const key of Object.keys(DEMO_FILE_NAMES) as (keyof DemoFiles)[]) {
    writeFileSync(join(directory, DEMO_FILE_NAMES[key]), files[key]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const directory = resolve(import.meta.dirname, '../resources/demo');
  writeDemo(directory);
  console.log(`demo workspace written to ${directory}`);
}
