/**
 * HTML and script injection, end to end: a workspace named with markup, a file whose
 * names, products, channels, countries and discount codes are all payloads, imported
 * through the wizard; then every page is visited and its charts hovered (ECharts
 * tooltips are HTML), and nothing may run or be injected: window.__xss stays unset,
 * no element the payloads describe exists (in the page or the report preview frame),
 * the payloads are visible as text, and (the fixture checks it) nothing leaves the origin.
 */
import { writeFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

test.describe.configure({ timeout: 240_000 });

const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=1</script>';
const SVG = '"><svg onload=window.__xss=1>';
const FORMULA = '=HYPERLINK("http://x")';
const PAYLOADS = [IMG, SCRIPT, SVG, FORMULA];
const WORKSPACE = `${SCRIPT} & ${IMG}`;

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Three orders for each payload customer, every text column a payload, across three months. */
function hostileCsv(): string {
  const header = ['Order ID', 'Created at', 'Email', 'Customer name', 'Total', 'Financial status', 'Product', 'Channel', 'Country', 'Discount code'];
  const rows = PAYLOADS.flatMap((payload, customer) =>
    [0, 1, 2].map((order) => {
      const other = PAYLOADS[(customer + order + 1) % PAYLOADS.length]!;
      return [
        `H-${customer}${order}`,
        `2025-${String(9 + order).padStart(2, '0')}-${String(3 + customer).padStart(2, '0')}`,
        `c${customer}@hostile.example`,
        payload,
        String(40 + customer * 10 + order * 5),
        'paid',
        other,
        payload,
        other,
        payload,
      ];
    }),
  );
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Elements the payloads would create, and any inline event handler at all: none may exist. */
async function injectedIn(frame: Frame): Promise<{ xss: unknown; img: number; handlers: string[]; scripts: number }> {
  return frame.evaluate(() => ({
    xss: Reflect.get(window, '__xss'),
    img: document.querySelectorAll('img[src="x"]').length,
    handlers: Array.from(document.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
        .map((attribute) => `${element.tagName}[${attribute.name}]`),
    ),
    // The app's own markup has one module script in <head>; a payload's would carry its text.
    scripts: Array.from(document.querySelectorAll('script')).filter((script) => script.textContent?.includes('__xss') || !script.src).length,
  }));
}

async function expectNothingInjected(page: Page, where: string) {
  for (const frame of page.frames()) {
    expect(await injectedIn(frame), `${where}: ${frame === page.mainFrame() ? 'page' : 'frame'}`).toEqual({ xss: undefined, img: 0, handlers: [], scripts: 0 });
  }
  expect(await page.locator('svg[onload], img[onerror], script:not([src])').count(), where).toBe(0);
}

/** Moves the mouse over a grid of points on every chart of the page, so every tooltip it has gets drawn. */
async function hoverCharts(page: Page) {
  const charts = page.locator('.chart[role="img"]');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const box = await charts.nth(i).boundingBox();
    if (!box) continue;
    for (let row = 1; row <= 4; row++) {
      for (let column = 1; column <= 8; column++) {
        await page.mouse.move(box.x + (box.width * column) / 9, box.y + (box.height * row) / 5);
      }
    }
  }
  return count;
}

async function visit(page: Page, name: RegExp, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 45_000 });
}

test('markup in every field renders as text on every page, and nothing runs', async ({ page }, testInfo) => {
  page.on('dialog', (dialog) => void dialog.dismiss()); // an alert() payload must not hang the test
  const file = testInfo.outputPath('hostile-orders.csv');
  writeFileSync(file, hostileCsv());

  await openApp(page);
  await page.getByRole('button', { name: 'New workspace' }).click();
  const create = page.getByRole('dialog', { name: 'New workspace' });
  await create.getByRole('textbox', { name: 'Name' }).fill(WORKSPACE);
  await create.getByRole('combobox', { name: 'Currency' }).selectOption('USD');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText(WORKSPACE);

  await visit(page, /Import/, 'Import orders');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Detected settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await expect(page.getByRole('combobox', { name: 'Customer name' })).toHaveValue('Customer name');
  await expect(page.getByRole('combobox', { name: 'Discount code' })).toHaveValue('Discount code');
  await page.getByRole('button', { name: 'Next: check rows' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check the rows' })).toBeVisible();
  await expectNothingInjected(page, 'import preview');
  await page.getByRole('button', { name: 'Import 12 rows' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import finished' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('result-added')).toHaveText('12');
  await expectNothingInjected(page, 'import');

  await visit(page, /Overview/, /Overview/);
  await expect(page.getByTestId('kpi-customers')).toHaveText('4');
  expect(await hoverCharts(page)).toBeGreaterThan(0);
  await expectNothingInjected(page, 'overview');

  await visit(page, /Cohorts/, /Cohorts/);
  await expect(page.locator('.chart[role="img"]').first()).toBeVisible();
  await hoverCharts(page);
  await expectNothingInjected(page, 'cohorts');

  await visit(page, /Customers/, /Customers/);
  const table = page.getByRole('table', { name: 'Customers' });
  for (const payload of PAYLOADS) await expect(table.getByRole('link', { name: payload, exact: true })).toBeVisible();
  await hoverCharts(page);
  await expectNothingInjected(page, 'customers');
  await page.screenshot({ path: '/tmp/rw-hostile-customers.png', fullPage: true });
  await table.getByRole('link', { name: IMG, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(IMG);
  await expect(page.getByText(SVG, { exact: true }).first()).toBeVisible(); // a product on its order timeline
  await hoverCharts(page);
  await expectNothingInjected(page, 'customer page');

  await visit(page, /Fit/, /Fit/);
  await expect(page.locator('.chart[role="img"]').first()).toBeVisible({ timeout: 45_000 });
  await hoverCharts(page);
  await expectNothingInjected(page, 'fit');
  await page.screenshot({ path: '/tmp/rw-hostile-fit.png', fullPage: true });

  await visit(page, /Campaigns/, /Campaigns/);
  await expectNothingInjected(page, 'campaigns');

  await visit(page, /Reports/, /Report/);
  const preview = page.frameLocator('.report-preview iframe');
  await expect(preview.locator('body')).toContainText(WORKSPACE, { timeout: 60_000 });
  await expectNothingInjected(page, 'reports');
  await page.screenshot({ path: '/tmp/rw-hostile-report.png', fullPage: true });

  await visit(page, /Settings/, 'Settings');
  await expect(page.getByText(`Saves “${WORKSPACE}” to one file`, { exact: false })).toBeVisible();
  await expectNothingInjected(page, 'settings');
});
