/**
 * The Campaigns page on the demo workspace, end to end in a real browser
 * (browser bridge, real workers, real IndexedDB): plan a win-back campaign for
 * lapsed customers, export the contact list (the first export stores the
 * hold-out), import later orders in which more targeted than held-out
 * customers buy, and see the measured uplift and verdict on the campaign.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function openCampaigns(page: Page) {
  await page.getByRole('link', { name: /Campaigns/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible({ timeout: 30_000 });
}

interface ContactCsvRow {
  customer_key: string;
  email: string;
  offer: string;
  code: string;
  group: string;
}

test('a win-back campaign for lapsed customers: plan, export, import later orders, measure', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await openApp(page);
  await openCampaigns(page);
  await expect(page.getByText('No campaigns yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Plan a campaign: Win-back offer' }).click();
  await expect(page.getByLabel('Campaign name')).toHaveValue('Win-back offer');
  await expect(page.getByText('A lapsed customer already knows you')).toBeVisible();
  await expect(page.getByLabel('Target')).toHaveValue('lapsed');
  await expect(page.getByLabel('No order in the last (days)')).toHaveValue('180');
  await expect(page.getByTestId('campaign-target-summary')).toContainText('customers match the target', { timeout: 60_000 });

  await page.getByLabel('Campaign name').fill('January win-back');
  await page.getByLabel('Seed').fill('e2e-winback');
  await page.getByLabel('Start date').fill('2026-01-01');
  await expect(page.getByTestId('campaign-status')).toHaveText('Finished'); // 2026-01-01 + 14 days is behind today
  await expect(page.getByText('Not drawn yet: the figures above use the draw the current seed would make.')).toBeVisible();
  const contacted = Number((await page.getByTestId('projection-contacted').textContent())?.replace(/\D/g, ''));
  expect(contacted).toBeGreaterThan(100);
  await expect(page.getByTestId('campaign-power-hint')).toContainText('the measurement can detect an uplift in response of about');
  await expect(page.getByRole('img', { name: /net profit against the response rate/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/rw-campaign-plan.png', fullPage: true });

  // The first export draws the hold-out and stores it; the list records both groups.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the list with the hold-out (CSV)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('January win-back contact list.csv');
  const csv = readFileSync(await saved.path(), 'utf8');
  expect(csv.startsWith('\uFEFFcustomer_key,name,email,phone,segment,offer,code,group,lastOrderDate,daysSinceLastOrder,orders,totalSpent\r\n')).toBe(true);
  const rows = Papa.parse<ContactCsvRow>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
  const targeted = rows.filter((row) => row.group === 'targeted');
  const holdout = rows.filter((row) => row.group === 'holdout');
  expect(targeted).toHaveLength(contacted);
  expect(holdout.length).toBe(Math.round((targeted.length + holdout.length) * 0.1));
  expect(targeted.every((row) => row.offer === '20% off, valid 7 days' && /^[2-9A-Z]{8}$/.test(row.code))).toBe(true);
  expect(holdout.every((row) => row.offer === '' && row.code === '')).toBe(true);
  await expect(page.getByTestId('campaign-holdout-stored')).toHaveText(
    `Stored hold-out: ${targeted.length.toLocaleString('en-US')} to contact, ${holdout.length.toLocaleString('en-US')} held out (seed e2e-winback).`,
  );
  await expect(page.getByLabel('Target')).toBeDisabled();
  await expect(page.getByTestId('campaign-measure-waiting')).toContainText('No orders from Jan 1, 2026 on have been imported yet');

  // Later orders: 40% of the targeted customers and 10% of the hold-out buy in the window, plus one order after it.
  const buyers = [...targeted.filter((_, i) => i % 5 < 2), ...holdout.filter((_, i) => i % 10 === 0)];
  const lines = ['Order ID,Created at,Email,Total'];
  buyers.forEach((row, i) => lines.push(`CMP-${i + 1},2026-01-${String((i % 13) + 2).padStart(2, '0')},${row.email},40.00`));
  lines.push(`CMP-LATE,2026-01-20,${holdout[1]!.email},99.00`);
  const laterOrders = testInfo.outputPath('later-orders.csv');
  writeFileSync(laterOrders, lines.join('\n'));

  await page.getByRole('link', { name: /Import/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(laterOrders);
  await page.getByRole('button', { name: 'Next: columns' }).click();
  await expect(page.getByRole('combobox', { name: 'Order date' })).toHaveValue('Created at');
  await page.getByRole('button', { name: 'Next: check rows' }).click();
  await page.getByRole('button', { name: /^Import (the file|\d+ rows)$/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import finished' })).toBeVisible({ timeout: 60_000 });

  await openCampaigns(page);
  await page.getByRole('button', { name: 'January win-back', exact: true }).click();
  const targetedBuyers = targeted.filter((_, i) => i % 5 < 2).length;
  const holdoutBuyers = holdout.filter((_, i) => i % 10 === 0).length;
  await expect(page.getByTestId('measure-targeted-responders')).toHaveText(targetedBuyers.toLocaleString('en-US'), { timeout: 60_000 });
  await expect(page.getByTestId('measure-holdout-responders')).toHaveText(holdoutBuyers.toLocaleString('en-US'));
  await expect(page.getByTestId('measure-targeted-customers')).toHaveText(targeted.length.toLocaleString('en-US'));
  await expect(page.getByTestId('measure-holdout-revenue')).toHaveText(`$${(holdoutBuyers * 40).toLocaleString('en-US')}.00`); // the late order is outside the window
  const rate = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
  await expect(page.getByTestId('measure-targeted-responseRate')).toHaveText(rate(targetedBuyers / targeted.length));
  await expect(page.getByTestId('measure-uplift-responseRate')).toContainText(/^\+\d+\.\d pts95% interval \+\d+\.\d pts to \+\d+\.\d pts$/);
  await expect(page.getByTestId('campaign-verdict')).toContainText('The campaign raised the response');
  await expect(page.getByText('The imported orders cover the whole window, to Jan 14, 2026.')).toBeVisible();
  await page.screenshot({ path: '/tmp/rw-campaign-measured.png', fullPage: true });
  await page.getByRole('region', { name: 'Measured result' }).screenshot({ path: '/tmp/rw-campaign-measure-section.png' });
  await page.getByRole('region', { name: 'Projection' }).screenshot({ path: '/tmp/rw-campaign-projection-section.png' });

  // The stored groups did not move, and the list shows the measured uplift after a reload.
  await page.goto('/');
  await expect(page.getByTestId('kpi-customers')).toBeVisible({ timeout: 45_000 });
  await openCampaigns(page);
  await expect(page.getByRole('table', { name: 'Your campaigns' }).getByRole('row').nth(1)).toContainText(
    `${targeted.length.toLocaleString('en-US')} targeted · ${holdout.length.toLocaleString('en-US')} held out`,
  );
  await page.getByRole('button', { name: 'January win-back', exact: true }).click();
  await expect(page.getByTestId('campaign-holdout-stored')).toContainText(`${holdout.length.toLocaleString('en-US')} held out (seed e2e-winback)`);
});
