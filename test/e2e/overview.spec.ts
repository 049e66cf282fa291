import { readFileSync } from 'node:fs';
import { demoExpected, expect, expectDemoKpis, openApp, test } from './fixtures';

test('first launch opens the demo workspace with the generator’s headline numbers', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Demo shop');
  await expect(page.getByRole('combobox', { name: 'Workspace' })).toContainText('(demo)');
  await expectDemoKpis(page, 'en');

  // Sanity of the comparison itself: the US-English texts are what a person would read.
  await expect(page.getByTestId('kpi-customers')).toHaveText(demoExpected.customers.toLocaleString('en-US'));
  await expect(page.getByTestId('kpi-revenue')).toHaveText(/^\$[\d,]+\.\d\d$/);

  // The date range comes from the same numbers.
  await expect(page.getByText(/Orders from Jan 1, 2023 to Dec 31, 2025/)).toBeVisible();

  // Definitions on hover, in the words of DESIGN.md.
  await page.getByRole('group', { name: 'Repeat rate' }).getByRole('button').hover();
  // Hidden tooltips are not in the accessibility tree: the one shown is the only match.
  await expect(page.getByRole('tooltip')).toHaveText(
    'Share of customers with two or more counted orders.',
  );

  // The monthly chart renders (SVG), one bar per month of the three years.
  const chart = page.getByRole('img', { name: /monthly revenue/i });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg')).toHaveCount(1);

  // Its numbers export as CSV: one row per month, adding up to the revenue KPI.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save “Revenue and new customers by month” as a CSV table' }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));
  expect(lines[0]).toEqual(['Month', 'Revenue', 'Orders', 'New customers', 'Customers who ordered']);
  expect(lines).toHaveLength(37);
  expect(lines[1]![0]).toBe('2023-01');
  const sum = (column: number) => lines.slice(1).reduce((total, cells) => total + Number(cells[column]), 0);
  expect(sum(1)).toBeCloseTo(demoExpected.revenue, 2);
  expect(sum(2)).toBe(demoExpected.orders);
  expect(sum(3)).toBe(demoExpected.customers);
  await page.screenshot({ path: '/tmp/rw-overview-light.png', fullPage: true });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system colour scheme', async ({ page }) => {
    await openApp(page);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(14, 19, 26)'); // --bg of the dark theme
    await page.getByRole('group', { name: 'Revenue' }).getByRole('button').hover();
    await page.screenshot({ path: '/tmp/rw-overview-dark.png', fullPage: true });
  });
});
