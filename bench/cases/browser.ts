/**
 * The 1,000,000-order workspace in Chromium (issues 4 and 9), in one browser
 * session driving the built renderer (out/renderer, served by
 * scripts/serve-web.mjs with the browser bridge) the way the e2e tests do:
 *
 * 0. import: a new workspace, then the real Import page with a generated
 *    1,000,000-order / 100,000-customer CSV (bench/.data/browser-orders-1m.csv,
 *    one row per order of bench/data.ts's orders: the Shopify export holds only
 *    640,105 orders, the targets speak of 1,000,000). Timed end to end: file
 *    picked → "Import finished".
 * (a) reload, and time the analytics worker's openWorkspace call (reading the
 *    columns from IndexedDB and concatenating them in the worker) as the page
 *    sees it: from the comlink request posted to the answer received, found by
 *    wrapping `Worker` in an init script, so the app is not changed. It includes
 *    the worker's own start-up (the request waits in the worker's queue while
 *    its script loads), so it is an upper bound of the load itself.
 * (b) the Cohorts page: switch period (week, quarter, month) and metric; the
 *    longest main-thread task (PerformanceObserver 'longtask') from each click
 *    until the heatmap is drawn again.
 * (c) every page (Overview, Cohorts, Customers, Fit, Campaigns, Reports,
 *    Settings), then the report printed to PDF with page.pdf() as the reports
 *    e2e test does; peak memory of all the browser's processes (the descendants
 *    of this process except the web server), sampled from /proc every 250 ms:
 *    sum of RSS (over-counts shared pages) and sum of PSS (smaps_rollup, shared
 *    pages divided among their sharers: what the machine actually gives up).
 *
 * The browser profile is a fresh on-disk directory (launchPersistentContext):
 * an incognito context keeps IndexedDB in memory, which is not what the app does.
 * Requires `npm run build` (run here when out/renderer is missing).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { report, round, type Metric } from '../child';
import { CUSTOMER_COUNT, DATA_DIR, ORDER_COUNT, benchOrders, writeLines } from '../data';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CSV_PATH = join(DATA_DIR, 'browser-orders-1m.csv');
const metrics: Record<string, Metric> = {};
/**
 * For working on one step: BENCH_BROWSER_PROFILE=dir keeps the browser profile
 * there and imports the 1M orders only the first time; BENCH_BROWSER_STOP=import|load|cohorts
 * ends the session after that step. `npm run bench` sets neither.
 */
const KEPT_PROFILE = process.env.BENCH_BROWSER_PROFILE || null;
const STOP_AFTER = process.env.BENCH_BROWSER_STOP || null;
const IMPORTED_MARK = 'rw-bench-imported';
const log = (message: string): void => console.error(`[browser] ${message}`);

if (!existsSync(EXECUTABLE)) {
  report({ name: 'browser', skipped: `skipped: no Chromium at ${EXECUTABLE} (set CHROMIUM_PATH)`, metrics: {} });
  process.exit(0);
}

// ---------------------------------------------------------------- data and server

const FIRST_NAMES = 'Emma Liam Olivia Noah Ava Mateo Mia Lucas Zoe Ethan Priya Omar Chloe Ryan Nora Caleb Aisha Isaac Leah Owen'.split(' ');
const LAST_NAMES = 'Smith Garcia Chen Patel Brown Kim Lopez Walker Young Baker Reed Cook Price Evans Scott Turner Hill Ross Ward Diaz'.split(' ');

function* orderRows(): Generator<string> {
  const { columns, dictionaries } = benchOrders();
  yield 'Order ID,Created at,Email,Customer name,Total,Financial status,Product,Quantity,Billing country,Source,Discount code';
  for (let i = 0; i < columns.count; i++) {
    const c = columns.customer[i]!;
    const first = FIRST_NAMES[c % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(c / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const date = new Date(columns.day[i]! * 86_400_000).toISOString().slice(0, 10);
    yield [
      `#${100001 + i}`,
      date,
      `${first.toLowerCase()}${c}@example.com`,
      `${first} ${last}`,
      columns.amount[i]!.toFixed(2),
      columns.cancelled[i] ? 'cancelled' : 'paid',
      dictionaries.products[columns.product[i]!] ?? '',
      columns.quantity[i]!,
      dictionaries.countries[columns.country[i]!] ?? '',
      dictionaries.channels[columns.channel[i]!] ?? '',
      dictionaries.discountCodes[columns.discountCode[i]!] ?? '',
    ].join(',');
  }
}

/** What the Overview counts: orders not cancelled, and the customers who placed them. */
function countedOrders(): { orders: number; customers: number } {
  const { columns } = benchOrders();
  const seen = new Uint8Array(CUSTOMER_COUNT);
  let orders = 0;
  for (let i = 0; i < columns.count; i++) {
    if (columns.cancelled[i]) continue;
    orders++;
    seen[columns.customer[i]!] = 1;
  }
  return { orders, customers: seen.reduce((sum, flag) => sum + flag, 0) };
}

if (!existsSync(CSV_PATH)) {
  log(`writing ${CSV_PATH} (once) …`);
  writeLines(CSV_PATH, orderRows());
}
metrics.csvMb = round(statSync(CSV_PATH).size / 1024 / 1024);

if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
  log('out/renderer is missing: npm run build …');
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve-web.mjs'), '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error('serve-web did not start');
}

// ---------------------------------------------------------------- memory from /proc

const PAGE_KB = 4;
function processTree(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  return children;
}

/** The browser's processes: every descendant of this process, except the web server's. */
function browserPids(serverPid: number | undefined): number[] {
  const children = processTree();
  const found: number[] = [];
  const queue = [...(children.get(process.pid) ?? [])].filter((pid) => pid !== serverPid);
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function memoryOf(pids: number[]): { rssMb: number; pssMb: number } {
  let rssKb = 0;
  let pssKb = 0;
  for (const pid of pids) {
    try {
      rssKb += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KB;
      const pss = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (pss) pssKb += Number(pss[1]);
    } catch {
      // gone
    }
  }
  return { rssMb: rssKb / 1024, pssMb: pssKb / 1024 };
}

class MemorySampler {
  peakRssMb = 0;
  peakPssMb = 0;
  phasePeak = new Map<string, { rssMb: number; pssMb: number }>();
  phase = 'start';
  private timer: NodeJS.Timeout;
  constructor(private readonly serverPid: number | undefined) {
    this.timer = setInterval(() => this.sample(), 250);
  }
  sample(): void {
    const { rssMb, pssMb } = memoryOf(browserPids(this.serverPid));
    this.peakRssMb = Math.max(this.peakRssMb, rssMb);
    this.peakPssMb = Math.max(this.peakPssMb, pssMb);
    const peak = this.phasePeak.get(this.phase) ?? { rssMb: 0, pssMb: 0 };
    this.phasePeak.set(this.phase, { rssMb: Math.max(peak.rssMb, rssMb), pssMb: Math.max(peak.pssMb, pssMb) });
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------- page hooks (init script, no app change)

declare global {
  interface Window {
    __bench?: {
      longTasks: { start: number; duration: number }[];
      openWorkspace: { posted: number; answered?: number; ok?: boolean }[];
    };
  }
}

/**
 * Plain JavaScript, not a serialised function: tsx's keepNames would put
 * `__name(...)` calls into it that do not exist in the page.
 */
const HOOKS = `(() => {
  if (window !== window.top) return;
  const bench = { longTasks: [], openWorkspace: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (!options || options.name !== 'analytics') return;
      const pending = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, transfer) => {
        if (message && message.path && message.path[0] === 'openWorkspace' && message.id) {
          const call = { posted: performance.now() };
          pending.set(message.id, call);
          bench.openWorkspace.push(call);
        }
        return post(message, transfer);
      };
      this.addEventListener('message', (event) => {
        const call = event.data && event.data.id ? pending.get(event.data.id) : undefined;
        if (!call) return;
        call.answered = performance.now();
        call.ok = event.data.value ? event.data.value.ok : undefined;
        pending.delete(event.data.id);
      });
    }
  };
})();`;

/** Reads every row of the biggest workspace database's column stores; plain JavaScript for the same reason as HOOKS. */
const RAW_IDB_READ = `(async () => {
  const request = (r) => new Promise((done, fail) => { r.onsuccess = () => done(r.result); r.onerror = () => fail(r.error); });
  let best = null;
  for (const info of await indexedDB.databases()) {
    const db = await request(indexedDB.open(info.name));
    if (db.objectStoreNames.contains('orderChunks')) {
      const chunks = await request(db.transaction('orderChunks').objectStore('orderChunks').count());
      if (!best || chunks > best.chunks) best = { name: info.name, chunks };
    }
    db.close();
  }
  if (!best) return { ms: null, chunks: 0 };
  const started = performance.now();
  const db = await request(indexedDB.open(best.name));
  const tx = db.transaction(['orderChunks', 'customers', 'dictionaries'], 'readonly');
  const [chunks, customers] = await Promise.all([
    request(tx.objectStore('orderChunks').getAll()),
    request(tx.objectStore('customers').getAll()),
    request(tx.objectStore('dictionaries').getAll()),
  ]);
  const ms = Math.round(performance.now() - started);
  db.close();
  return { ms, chunks: chunks.length, customers: customers.length };
})()`;

// ---------------------------------------------------------------- the session

const errors: string[] = [];
/** The Cohorts switch under way, for telling errors apart. */
let step = '';
const count = (value: number) => value.toLocaleString('en-US');
const seconds = (ms: number) => round(ms / 1000, 1);
const LONG = 600_000;

async function longestTaskSince(page: Page, since: number): Promise<{ longest: number; count: number; supported: boolean }> {
  return page.evaluate((since) => {
    const tasks = (window.__bench?.longTasks ?? []).filter((task) => task.start >= since);
    return { longest: Math.max(0, ...tasks.map((task) => task.duration)), count: tasks.length, supported: PerformanceObserver.supportedEntryTypes.includes('longtask') };
  }, since);
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits until nothing on the page says it is busy (and, first, briefly, for a change to start). */
async function settled(page: Page, timeout = LONG): Promise<void> {
  await page.waitForSelector('[aria-busy="true"], .status-busy', { timeout: 1_500 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .status-busy'), undefined, { timeout, polling: 100 });
  await page.waitForTimeout(500); // charts draw after the answer arrives
}

/** Clicks a page's link in the sidebar and waits for its route and its title (the Overview's is the workspace's name). */
async function openPage(page: Page, link: string, heading?: RegExp | string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).first().click();
  await page.waitForFunction((route) => location.hash.startsWith(`#/${route}`), link.toLowerCase(), { timeout: LONG });
  await page.getByRole('heading', heading ? { level: 1, name: heading } : { level: 1 }).first().waitFor({ timeout: LONG });
}

/** Diagnostic: runs `action` under the CPU profiler and names the main thread's top functions by self time (ms). */
async function mainThreadProfile(context: BrowserContext, page: Page, action: () => Promise<void>): Promise<string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const selfMs = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || ['(idle)', '(root)'].includes(frame.functionName)) return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  return [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([key, ms]) => `${key} ${Math.round(ms)}`).join('; ');
}

/** Step 0: a new workspace, then the Import page with the 1M-order CSV. */
async function importWorkspace(page: Page, memory: MemorySampler): Promise<void> {
  await page.getByRole('button', { name: 'New workspace' }).click();
  const create = page.getByRole('dialog', { name: 'New workspace' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Bench 1M');
  await create.getByRole('combobox', { name: 'Currency' }).selectOption('USD');
  await create.getByRole('button', { name: 'Create' }).click();
  await page.getByTestId('kpi-orders').waitFor({ state: 'hidden' });

  memory.phase = 'import';
  await openPage(page, 'Import', 'Import orders');
  const picked = performance.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(CSV_PATH);
  await page.getByRole('heading', { level: 2, name: 'Detected settings' }).waitFor();
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await page.getByRole('button', { name: 'Next: check rows' }).click();
  await page.getByRole('heading', { level: 2, name: 'Check the rows' }).waitFor();
  const importButton = page.getByRole('button', { name: /^Import (the file|[\d,]+ rows)$/ });
  await importButton.waitFor();
  const wizardSeconds = (performance.now() - picked) / 1000;
  const started = performance.now();
  await importButton.click();
  await page.getByRole('heading', { level: 2, name: 'Import finished' }).waitFor({ timeout: 1_800_000 });
  metrics.browserImportSeconds = seconds(performance.now() - started);
  metrics.browserImportWizardSeconds = round(wizardSeconds, 1);
  metrics.importedOrders = Number((await page.getByTestId('result-added').textContent())?.replace(/\D/g, '') ?? 'NaN');
  log(`imported ${metrics.importedOrders} orders in ${metrics.browserImportSeconds} s (wizard ${metrics.browserImportWizardSeconds} s)`);
  memory.sample();
  metrics.importPeakRssMb = Math.round(memory.phasePeak.get('import')?.rssMb ?? 0);
}

async function run(context: BrowserContext, baseUrl: string, memory: MemorySampler): Promise<void> {
  await context.addInitScript({ content: HOOKS });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(LONG);
  // Each error says during which step it came (the phase of the memory sampler).
  page.on('pageerror', (error) => errors.push(`${memory.phase}${step}: pageerror: ${error.message} @ ${(error.stack ?? '').split('\n')[1]?.trim() ?? ''}`));
  page.on('crash', () => errors.push(`${memory.phase}${step}: renderer crashed`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${memory.phase}${step}: console: ${message.text().slice(0, 200)}`);
  });

  // ---- 0. a new workspace, then the Import page with the 1M-order CSV
  memory.phase = 'start';
  await page.goto(baseUrl);
  await page.getByTestId('kpi-customers').waitFor({ timeout: 120_000 }); // first launch: the demo shop
  if (KEPT_PROFILE && existsSync(join(KEPT_PROFILE, IMPORTED_MARK))) {
    log(`reusing the workspace imported into ${KEPT_PROFILE}`);
  } else {
    await importWorkspace(page, memory);
    if (KEPT_PROFILE) writeFileSync(join(KEPT_PROFILE, IMPORTED_MARK), '');
  }
  if (STOP_AFTER === 'import') return;
  // ---- (a) reload: the worker loads the columns from IndexedDB
  memory.phase = 'load';
  const loads: number[] = [];
  const navToLoaded: number[] = [];
  const kpiShown: number[] = [];
  const loadSteps: string[] = [];
  await openPage(page, 'Overview'); // the reload opens the page in the URL's hash
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.reload();
    await page.getByTestId('kpi-customers').waitFor({ timeout: 120_000 });
    kpiShown.push(await now(page));
    const calls = await page.evaluate(() => window.__bench?.openWorkspace ?? []);
    const call = calls.at(-1);
    if (!call?.answered || !call.ok) {
      errors.push(`openWorkspace after reload ${attempt + 1}: ${JSON.stringify(calls)}`);
      continue;
    }
    loads.push(call.answered - call.posted);
    navToLoaded.push(call.answered); // performance.now() counts from the navigation
    // The worker's own account (load:* measures): when its read began (its start-up), and each step.
    const loader = page.workers().find((candidate) => candidate.url().includes('analytics'));
    const steps = loader ? await loader.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('load:')).map((m) => [m.name.slice(5), m.startTime, m.duration] as const)) : [];
    if (steps.length) loadSteps.push(`started ${Math.round(steps[0]![1])}, ${steps.map(([name, , ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
  }
  metrics.loadSteps = loadSteps.join(' | ');
  log(`load steps in the worker (ms): ${metrics.loadSteps}`);
  metrics.kpiOrders = await page.getByTestId('kpi-orders').textContent();
  metrics.kpiCustomers = await page.getByTestId('kpi-customers').textContent();
  const expected = countedOrders();
  if (metrics.kpiOrders !== count(expected.orders) || metrics.kpiCustomers !== count(expected.customers)) {
    errors.push(`Overview shows ${metrics.kpiOrders} orders / ${metrics.kpiCustomers} customers, not ${count(expected.orders)} / ${count(expected.customers)}`);
  }
  metrics.navToKpisMs = Math.round(Math.min(...kpiShown));
  if (loads.length) {
    metrics.idbLoadMs = Math.round(Math.min(...loads));
    metrics.idbLoadAllMs = loads.map(Math.round).join(' / ');
    metrics.navToLoadedMs = Math.round(Math.min(...navToLoaded));
  }
  log(`openWorkspace ${metrics.idbLoadAllMs} ms; navigation → loaded ${navToLoaded.map(Math.round).join(' / ')} ms`);

  // Where the load's time goes: the same three stores read with the bare IndexedDB
  // API inside the analytics worker (Playwright evaluates in the worker's scope),
  // no Dexie, no concatenation.
  const worker = page.workers().find((candidate) => candidate.url().includes('analytics'));
  if (worker) {
    const raw = (await worker.evaluate(RAW_IDB_READ)) as { ms: number | null; chunks: number; customers?: number };
    metrics.rawIdbReadMs = raw.ms;
    metrics.rawIdbChunks = raw.chunks;
    log(`bare IndexedDB read in the worker: ${JSON.stringify(raw)}`);
  }
  if (STOP_AFTER === 'load') return;
  await settled(page);
  metrics.loadLongestTaskMs = Math.round((await longestTaskSince(page, 0)).longest); // the last reload, navigation → Overview drawn

  // ---- (b) Cohorts: recompute on period and metric switches
  memory.phase = 'cohorts';
  const pagesVisited = new Set<string>(['Overview']);
  const pageSeconds: Record<string, number> = {};
  const pageLongest: Record<string, number> = {};
  let t0 = await now(page);
  await openPage(page, 'Cohorts', 'Cohorts');
  await settled(page);
  pageSeconds.Cohorts = seconds((await now(page)) - t0);
  pageLongest.Cohorts = Math.round((await longestTaskSince(page, t0)).longest);
  pagesVisited.add('Cohorts');
  const switches: [string, () => Promise<void>][] = [
    ['week', () => page.getByRole('radio', { name: 'Week' }).check()],
    ['quarter', () => page.getByRole('radio', { name: 'Quarter' }).check()],
    ['month', () => page.getByRole('radio', { name: 'Month' }).check()],
    ['revenue', () => page.getByRole('combobox', { name: 'Show' }).selectOption('revenue').then(() => undefined)],
    ['active', () => page.getByRole('combobox', { name: 'Show' }).selectOption('active').then(() => undefined)],
    ['retention', () => page.getByRole('combobox', { name: 'Show' }).selectOption('retention').then(() => undefined)],
    ['by first product', () => page.getByRole('combobox', { name: 'Group customers by' }).selectOption({ index: 1 }).then(() => undefined)],
    ['by first-order period', () => page.getByRole('combobox', { name: 'Group customers by' }).selectOption({ index: 0 }).then(() => undefined)],
    ['one channel', () => page.getByRole('combobox', { name: 'Channel' }).selectOption({ index: 1 }).then(() => undefined)],
    ['any channel', () => page.getByRole('combobox', { name: 'Channel' }).selectOption({ index: 0 }).then(() => undefined)],
  ];
  const recompute: string[] = [];
  let longestTask = 0;
  let supported = true;
  for (const [name, act] of switches) {
    step = ` ${name}`;
    const since = await now(page);
    await act();
    await settled(page);
    const done = await now(page);
    const tasks = await longestTaskSince(page, since);
    supported &&= tasks.supported;
    longestTask = Math.max(longestTask, tasks.longest);
    recompute.push(`${name} ${Math.round(tasks.longest)} ms/${tasks.count} (${seconds(done - since)} s)`);
  }
  metrics.longestTaskMs = supported ? Math.round(longestTask) : null;
  step = ' profiled';

  // Diagnostic, not timed: what the main thread does when the heatmap switches to
  // weeks (the heaviest switch), from a CPU profile: the top functions by self time.
  await page.getByRole('radio', { name: 'Month' }).check();
  await settled(page);
  const weekProfile = await mainThreadProfile(context, page, async () => {
    await page.getByRole('radio', { name: 'Week' }).check();
    await settled(page);
  });
  metrics.weekSwitchTopSelfMs = weekProfile;
  log(`week switch, main thread by self time: ${metrics.weekSwitchTopSelfMs}`);
  step = '';
  metrics.cohortSwitches = recompute.join('; ');
  log(`cohorts: ${metrics.cohortSwitches}`);
  if (STOP_AFTER === 'cohorts') return;

  // ---- (c) every other page, then the report to PDF
  const PAGES: [string, RegExp | string | undefined][] = [
    ['Overview', undefined],
    ['Customers', undefined],
    ['Fit', undefined],
    ['Campaigns', 'Campaigns'],
    ['Reports', 'Reports'],
    ['Settings', undefined],
  ];
  for (const [link, heading] of PAGES) {
    memory.phase = link;
    t0 = await now(page);
    const visit = async () => {
      await openPage(page, link, heading);
      if (link === 'Reports') {
        await page.getByRole('button', { name: 'Save as PDF' }).and(page.locator(':enabled')).waitFor({ timeout: LONG });
      }
      await settled(page);
    };
    // The Fit page has the longest main-thread task of the pages: profile it (the profiler slows it a little).
    if (link === 'Fit') metrics.fitPageTopSelfMs = await mainThreadProfile(context, page, visit);
    else await visit();
    pageSeconds[link] = seconds((await now(page)) - t0);
    pageLongest[link] = Math.round((await longestTaskSince(page, t0)).longest);
    const alerts = await page.locator('[role="alert"]').allTextContents();
    for (const alert of alerts) errors.push(`${link}: alert "${alert.slice(0, 200)}"`);
    pagesVisited.add(link);
    log(`${link}: ${pageSeconds[link]} s, longest task ${pageLongest[link]} ms`);

    if (link === 'Reports') {
      memory.phase = 'pdf';
      const html = (await page.locator('iframe[title="Report preview"]').getAttribute('srcdoc')) ?? '';
      const printer = await context.newPage();
      printer.on('crash', () => errors.push('report printer page crashed'));
      const printStarted = performance.now();
      await printer.setContent(html, { waitUntil: 'load' });
      await printer.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready));
      const pdf = new Uint8Array(await printer.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      metrics.pdfSeconds = seconds(performance.now() - printStarted);
      metrics.pdfKb = Math.round(pdf.byteLength / 1024); // before pdf.js takes the buffer
      const { getDocumentProxy } = await import('unpdf');
      metrics.pdfPages = (await getDocumentProxy(pdf)).numPages;
      metrics.reportHtmlKb = Math.round(html.length / 1024);
      await printer.close();
      log(`PDF: ${metrics.pdfPages} pages, ${metrics.pdfKb} KB in ${metrics.pdfSeconds} s`);
    }
  }
  metrics.pagesVisited = pagesVisited.size;
  metrics.pageSeconds = Object.entries(pageSeconds).map(([name, s]) => `${name} ${s}`).join(', ');
  metrics.pageLongestTaskMs = Object.entries(pageLongest).map(([name, ms]) => `${name} ${ms}`).join(', ');
}

// A kept profile needs the same origin every time (IndexedDB is per origin).
const port = KEPT_PROFILE ? 47_123 : await freePort();
const server = await startServer(port);
const profile = KEPT_PROFILE ?? mkdtempSync(join(os.tmpdir(), 'rw-bench-chromium-'));
const memory = new MemorySampler(server.pid);
const started = performance.now();
let context: BrowserContext | null = null;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  await run(context, `http://127.0.0.1:${port}/`, memory);
} catch (error) {
  errors.push(`bench stopped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  await context?.pages()[0]?.screenshot({ path: join(os.tmpdir(), 'rw-bench-browser-stopped.png'), fullPage: true }).catch(() => undefined);
} finally {
  memory.sample();
  memory.stop();
  await context?.close().catch(() => undefined);
  server.kill();
  if (!KEPT_PROFILE) rmSync(profile, { recursive: true, force: true });
}

metrics.peakBrowserRssMb = Math.round(memory.peakRssMb);
metrics.peakBrowserPssMb = Math.round(memory.peakPssMb);
metrics.peakByPhase = [...memory.phasePeak].map(([phase, peak]) => `${phase} ${Math.round(peak.pssMb)}/${Math.round(peak.rssMb)}`).join(', ');
metrics.crashes = errors.filter((error) => error.includes('crashed')).length;
metrics.errors = errors.length;
metrics.errorList = errors.slice(0, 10).join(' | ') || null;
metrics.expectedOrders = ORDER_COUNT;
metrics.seconds = seconds(performance.now() - started);
report({ name: 'browser', metrics });
