/**
 * The end-to-end fixtures: every test gets a fresh browser context (Playwright's
 * default) whose every request is recorded; after the test, any request that
 * left the app's own origin fails it. The app must never touch the network.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect as baseExpect, type Page } from '@playwright/test';

/**
 * Assertions wait up to 30 s: the machines that run these tests are small and
 * shared, and a first launch installs the demo shop before anything shows.
 */
export const expect = baseExpect.configure({ timeout: 30_000 });

export interface DemoExpected {
  customers: number;
  orders: number;
  revenue: number;
  repeatRate: number;
  averageOrderValue: number;
  firstOrderDate: string;
  lastOrderDate: string;
  currency: string;
}

/** The headline numbers the demo generator defines (counted orders only). */
export const demoExpected: DemoExpected = JSON.parse(
  readFileSync(new URL('../../resources/demo/demo-shop.expected.json', import.meta.url), 'utf8'),
);

export const test = base.extend<{ requests: string[] }>({
  requests: [
    async ({ context, baseURL }, use) => {
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== appOrigin);
      expect(foreign, 'requests outside the app’s own origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app and waits for the first launch (demo install + worker load) to show the KPIs. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('kpi-customers')).toBeVisible({ timeout: 45_000 });
}

export type UiLanguage = 'en' | 'ja' | 'ru';
const LOCALES: Record<UiLanguage, string> = { en: 'en-US', ja: 'ja-JP', ru: 'ru-RU' };

/**
 * The demo's KPIs formatted as the UI formats them (src-renderer/format/format.ts),
 * computed with the browser's own Intl so ICU versions cannot disagree.
 */
export async function expectedKpiTexts(page: Page, language: UiLanguage): Promise<Record<string, string>> {
  return page.evaluate(
    ({ locale, demo }) => {
      const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: demo.currency });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return {
        customers: count.format(demo.customers),
        orders: count.format(demo.orders),
        revenue: money.format(demo.revenue),
        repeatRate: percent.format(demo.repeatRate),
        averageOrderValue: money.format(demo.averageOrderValue),
      };
    },
    { locale: LOCALES[language], demo: demoExpected },
  );
}

export const KPI_NAMES = ['customers', 'orders', 'revenue', 'repeatRate', 'averageOrderValue'] as const;

export async function expectDemoKpis(page: Page, language: UiLanguage): Promise<void> {
  const expected = await expectedKpiTexts(page, language);
  for (const kpi of KPI_NAMES) await expect(page.getByTestId(`kpi-${kpi}`)).toHaveText(expected[kpi]!);
}
