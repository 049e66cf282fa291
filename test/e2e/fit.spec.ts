/**
 * The Fit page on the demo shop: costs entered for two customers move them to
 * Depart (profit ≤ 0), one is set back to Keep by hand with a reason, and after
 * a reload the override, its reason and the costs are still there.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function openFit(page: Page): Promise<void> {
  await page.goto('/#/fit');
  await expect(page.getByTestId('fit-table-keep')).toBeVisible({ timeout: 45_000 });
}

/** Clicks an export button and returns the saved file's bytes. */
async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!);
}

/** Opens a customer's panel by searching for their key. */
async function openCustomer(page: Page, key: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find a customer' }).fill(key);
  const row = page.locator(`[data-testid="fit-row"][data-key="${key}"]`);
  await expect(row).toHaveCount(1);
  await row.getByRole('button').click();
  await expect(page.getByTestId('fit-customer')).toBeVisible();
  await expect(page.getByTestId('fit-customer').getByRole('heading', { level: 2 })).toBeVisible();
}

test('costs move two demo customers to Depart; an override with its reason survives a reload', async ({ page }) => {
  test.setTimeout(150_000); // first launch installs the demo; then a dozen re-scorings and a reload
  await openApp(page);
  await openFit(page);
  const keepRows = page.getByTestId('fit-table-keep').getByTestId('fit-row');
  await expect(keepRows.first()).toBeVisible();
  // The two largest Keep customers: the most revenue, so the clearest move.
  const keys = [await keepRows.nth(0).getAttribute('data-key'), await keepRows.nth(1).getAttribute('data-key')];
  expect(keys.every((key) => key !== null && key !== '')).toBe(true);
  const [first, second] = keys as [string, string];
  const departBefore = await page.getByTestId('fit-table-depart').getByRole('heading', { level: 3 }).textContent();

  for (const key of [first, second]) {
    await openCustomer(page, key);
    const status = page.getByTestId('fit-customer-status');
    await expect(status).toHaveAttribute('data-status', 'keep');
    await page.getByTestId('fit-cost-labourHours').fill('400');
    await page.getByTestId('fit-cost-hourlyRate').fill('60');
    await page.getByTestId('fit-cost-communication').fill('150');
    await page.getByTestId('fit-cost-save').click();
    // 400 h × 60 + 150 = 24,150 of cost: far more than any demo customer's margin.
    await expect(status).toHaveAttribute('data-status', 'depart');
    await expect(page.getByTestId('fit-customer-reason')).toContainText('Depart: profit');
    await expect(page.locator(`[data-testid="fit-table-depart"] [data-testid="fit-row"][data-key="${key}"]`)).toBeVisible();
  }
  await page.getByRole('searchbox', { name: 'Find a customer' }).fill('');
  await expect(page.getByTestId('fit-table-depart').getByRole('heading', { level: 3 })).not.toHaveText(departBefore ?? '');

  // The value × cost view puts them under the break-even diagonal (the chart is a canvas: check its label and caption).
  await page.getByRole('radio', { name: 'Value × cost to serve' }).click();
  await expect(page.getByText('Under the diagonal a customer’s cost to serve is larger')).toBeVisible();

  // Override the first back to Keep: a reason is required.
  await openCustomer(page, first);
  await page.getByTestId('fit-override-status').selectOption('keep');
  await page.getByTestId('fit-override-save').click();
  await expect(page.getByText('Give a reason: an override nobody can explain is a guess.')).toBeVisible();
  await expect(page.getByTestId('fit-customer-status')).toHaveAttribute('data-status', 'depart');
  const reason = 'Flagship client: the owner’s first wholesale partner';
  await page.getByTestId('fit-override-reason').fill(reason);
  await page.getByTestId('fit-override-save').click();
  await expect(page.getByTestId('fit-customer-status')).toHaveAttribute('data-status', 'keep');
  await expect(page.getByTestId('fit-override-history')).toContainText(reason);
  await expect(page.getByTestId('fit-customer-reason')).toContainText('Keep (set by hand)');
  await expect(page.getByTestId('fit-customer-reason')).toContainText('The rules say Depart');

  // Reload: everything comes back from IndexedDB.
  await page.reload();
  await expect(page.getByTestId('fit-table-keep')).toBeVisible({ timeout: 45_000 });
  await openCustomer(page, first);
  await expect(page.getByTestId('fit-customer-status')).toHaveAttribute('data-status', 'keep');
  await expect(page.getByTestId('fit-override-history')).toContainText(reason);
  await expect(page.getByTestId('fit-customer-reason')).toContainText(reason);
  await expect(page.getByTestId('fit-cost-labourHours')).toHaveValue('400');
  await openCustomer(page, second);
  await expect(page.getByTestId('fit-customer-status')).toHaveAttribute('data-status', 'depart');
  await expect(page.getByTestId('fit-cost-hourlyRate')).toHaveValue('60');
});

test('the what-if panel shows who moves and the revenue at stake before anything is applied', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openFit(page);

  // The Keep table exports every Keep customer as CSV, not only the rows shown; the matrix exports as PNG.
  const keepHeading = await page.getByTestId('fit-table-keep').getByRole('heading', { level: 3 }).textContent();
  const keepCount = Number(/Customers: ([\d,]+)/.exec(keepHeading ?? '')?.[1]?.replace(/,/g, ''));
  const shownKeys = await page.getByTestId('fit-table-keep').getByTestId('fit-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
  expect(keepCount).toBeGreaterThan(shownKeys.length);
  const csv = (await download(page, 'Save “Customers by status — Keep” as a CSV table')).toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toBe('Customer ID,Customer,Status,Status set by hand,Revenue,Gross margin,Cost to serve,Profit,Profitability,Fit score');
  expect(lines).toHaveLength(keepCount + 1);
  expect(lines.slice(1, shownKeys.length + 1).map((line) => line.split(',')[0])).toEqual(shownKeys);
  const png = await download(page, 'Save “Fit matrix” as a PNG image');
  expect(Array.from(png.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);

  const departHeading = page.getByTestId('fit-table-depart').getByRole('heading', { level: 3 });
  const before = await departHeading.textContent();
  // Depart below 80 % profitability: with the default 40 % margin, every non-growing customer qualifies.
  await page.getByTestId('fit-what-if-threshold').fill('80');
  await expect(page.getByTestId('fit-what-if-result')).toContainText('Customers who would change status');
  await expect(page.getByTestId('fit-what-if-result')).toContainText('Revenue at stake');
  await expect(page.getByText('Showing the what-if scenario')).toBeVisible();
  await expect(departHeading).toHaveText(before ?? '');
  await page.getByTestId('fit-what-if-apply').click();
  await expect(departHeading).not.toHaveText(before ?? '');
});

test('a cost file with problems changes nothing and names each line; a clean one is applied whole', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openFit(page);
  const rows = page.getByTestId('fit-table-keep').getByTestId('fit-row');
  const first = (await rows.nth(0).getAttribute('data-key'))!;
  const second = (await rows.nth(1).getAttribute('data-key'))!;
  const choose = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose a cost file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  };

  await choose('bad-costs.csv', `customer_id,labour_hours,hard_cost\n${first},300,10\nnobody-at-all,1,1\n${second},lots,1\n`);
  const result = page.getByTestId('fit-cost-file-result');
  await expect(result).toContainText('Nothing was applied: rows with problems: 2.');
  await expect(result).toContainText('nobody-at-all');
  await expect(result.getByRole('row', { name: /^3 customer_id/ })).toBeVisible();
  await expect(result.getByRole('row', { name: /^4 labour_hours/ })).toBeVisible();
  await expect(result.getByRole('button', { name: /Apply these costs/ })).toHaveCount(0);
  await openCustomer(page, first);
  await expect(page.getByTestId('fit-cost-labourHours')).toHaveValue('');

  await choose('costs.csv', `customer_id,labour_hours,hourly_rate,hard_cost\n${first},300,50,10\n`);
  await result.getByRole('button', { name: 'Apply these costs (customers: 1)' }).click();
  await expect(page.getByText('Costs from costs.csv applied to customers: 1.')).toBeVisible();
  await expect(page.getByTestId('fit-customer-status')).toHaveAttribute('data-status', 'depart');
  await expect(page.getByTestId('fit-customer')).toContainText('(from the cost file)');
  await expect(page.getByTestId('fit-cost-labourHours')).toHaveValue('300');
});
