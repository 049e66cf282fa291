/**
 * The import wizard in a real browser (browser bridge, real Web Workers, real
 * IndexedDB): pick a file, walk the steps, see a rejected row with its line and
 * reason, import, see the Overview change; re-import and see nothing doubled;
 * cancel a large import and see nothing stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileChooser, Page } from '@playwright/test';
import { demoExpected, expect, openApp, test } from './fixtures';

const SHOP = fileURLToPath(new URL('./fixtures-import/e2e-shop.csv', import.meta.url));
const count = (value: number) => value.toLocaleString('en-US');

// First launch installs the demo and the machine is shared: give each test room.
test.describe.configure({ timeout: 150_000 });

async function goToImport(page: Page) {
  await page.getByRole('link', { name: /Import/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import orders' })).toBeVisible();
}

async function pick(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(files);
}

async function walkToCheck(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: 'Detected settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await expect(page.getByRole('combobox', { name: 'Order date' })).toHaveValue('Created at');
  await page.getByRole('button', { name: 'Next: check rows' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check the rows' })).toBeVisible();
}

async function expectOverview(page: Page, orders: number, customers: number) {
  await page.getByRole('link', { name: /Overview/ }).first().click();
  await expect(page.getByTestId('kpi-orders')).toHaveText(count(orders));
  await expect(page.getByTestId('kpi-customers')).toHaveText(count(customers));
}

test('imports a file through the wizard, then a re-import adds nothing', async ({ page }) => {
  await openApp(page);
  await goToImport(page);
  await pick(page, SHOP);
  await expect(page.getByText('e2e-shop.csv ·')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Delimiter' })).toContainText('Detected: Comma ( , )');
  await page.screenshot({ path: '/tmp/rw-import-settings.png', fullPage: true });
  await walkToCheck(page);

  await expect(page.getByTestId('check-rows')).toHaveText('6');
  await expect(page.getByTestId('check-good')).toHaveText('5');
  await expect(page.getByTestId('check-rejected')).toHaveText('1');
  const rejected = page.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.getByRole('row').nth(1)).toHaveText(/^5\s*Created at\s*Line 5: '31\/31\/2025' in 'Created at' is not a date; the row was skipped\.$/);

  // The rejected rows download as a formula-safe CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('e2e-shop-rejected-rows.csv');
  const csv = readFileSync(await saved.path(), 'utf8'); // Node keeps the BOM
  expect(csv).toBe("\uFEFFline,column,reason\r\n5,Created at,Line 5: '31/31/2025' in 'Created at' is not a date; the row was skipped.\r\n");
  await page.screenshot({ path: '/tmp/rw-import-check.png', fullPage: true });

  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import finished' })).toBeVisible();
  await expect(page.getByTestId('result-added')).toHaveText('5');
  await expect(page.getByTestId('result-already-present')).toHaveText('0');
  await expect(page.getByTestId('result-rejected')).toHaveText('1');
  await expect(page.getByRole('region', { name: 'Past imports' }).getByRole('row')).toHaveCount(3); // header, demo, this file
  await page.screenshot({ path: '/tmp/rw-import-done.png', fullPage: true });

  // Five new orders from three new customers (nora, omar, pia).
  await page.getByRole('link', { name: 'See the Overview' }).click();
  await expect(page.getByTestId('kpi-orders')).toHaveText(count(demoExpected.orders + 5));
  await expect(page.getByTestId('kpi-customers')).toHaveText(count(demoExpected.customers + 3));

  // The same file again: recognised, de-duplicated, nothing doubled.
  await goToImport(page);
  await page.getByRole('button', { name: 'Import another file' }).click();
  await pick(page, SHOP);
  await expect(page.getByRole('note')).toContainText('This exact file was imported on');
  await walkToCheck(page);
  await page.getByRole('button', { name: 'Import 5 rows' }).click();
  await expect(page.getByTestId('result-added')).toHaveText('0');
  await expect(page.getByTestId('result-already-present')).toHaveText('5');
  await expectOverview(page, demoExpected.orders + 5, demoExpected.customers + 3);
});

test('cancelling a large import stores nothing', async ({ page }, testInfo) => {
  await openApp(page);
  await goToImport(page);
  // ~600,000 rows (~40 MB): long enough to cancel while it is being read.
  const lines = ['Order ID,Created at,Email,Customer name,Total,Financial status,Product'];
  for (let i = 0; i < 600_000; i++) lines.push(`BIG-${i},2025-11-${String((i % 28) + 1).padStart(2, '0')},c${i % 20_000}@big.example,C ${i % 20_000},${(i % 97) + 0.5},paid,Tea`);
  // Written to disk: the browser reads a path directly, a 40 MB buffer through the protocol is slow.
  const big = testInfo.outputPath('big-export.csv');
  writeFileSync(big, lines.join('\n'));
  await pick(page, big);
  await walkToCheck(page);
  await expect(page.getByText(/Checked so far: the first/)).toBeVisible();
  await page.getByRole('button', { name: 'Import the file' }).click();

  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('import-rows')).not.toHaveText('0 rows'); // rows are being read, the window is responsive
  await page.screenshot({ path: '/tmp/rw-import-progress.png', fullPage: true });
  await page.getByRole('button', { name: 'Cancel import' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Import cancelled' })).toBeVisible();
  await expect(page.getByText('Nothing was stored: the workspace is exactly as it was before.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Past imports' }).getByText('big-export.csv')).toHaveCount(0);
  await expectOverview(page, demoExpected.orders, demoExpected.customers);
});

test.describe('Japanese, dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the wizard speaks Japanese: settings, columns and the preview of normalised orders', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
    await page.getByRole('link', { name: 'インポート' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '注文のインポート' })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'ファイルを選択…' }).click();
    await (await chooser).setFiles(SHOP);
    await expect(page.getByRole('combobox', { name: '文字コード' })).toContainText('検出：UTF-8');
    await page.screenshot({ path: '/tmp/rw-import-settings-ja-dark.png', fullPage: true });
    await page.getByRole('button', { name: '次へ：列の対応' }).click();
    await expect(page.getByRole('combobox', { name: '注文日' })).toHaveValue('Created at');
    const preview = page.getByRole('table', { name: '保存される形での最初の注文のプレビュー' });
    await expect(preview.getByRole('row')).toHaveCount(6); // header + five orders
    await expect(preview.getByRole('row').nth(1)).toHaveText(/^2E2E-20012025\/12\/01nora@e2e\.example\$120\.00Gift box集計対象$/);
    await page.screenshot({ path: '/tmp/rw-import-mapping-ja-dark.png', fullPage: true });
    await page.getByRole('button', { name: '次へ：行の確認' }).click();
    await expect(page.getByRole('table', { name: '除外された行' }).getByRole('row').nth(1)).toContainText('5');
    await page.screenshot({ path: '/tmp/rw-import-check-ja-dark.png', fullPage: true });
  });
});
