/**
 * The report builder on the demo workspace: the preview is the very document
 * that prints (a sandboxed srcdoc iframe), in English, Japanese and Russian;
 * saved definitions survive a reload; the previewed document printed by
 * Chromium (page.pdf(), the print engine of Electron's printToPDF) holds the
 * KPIs and customer names; a hostile business name stays text.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { demoExpected, expect, openApp, test } from './fixtures';

const SECTION_TITLES = {
  en: ['Executive summary', 'Retention by cohort', 'Repeat-purchase funnel', 'Methodology and definitions'],
  ja: ['エグゼクティブサマリー', 'コホート別リテンション', 'リピート購入ファネル', '分析方法と定義'],
  ru: [] as string[],
};

async function openReports(page: Page) {
  await openApp(page);
  await page.getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports', { timeout: 30_000 });
}

const preview = (page: Page) => page.frameLocator('iframe[title="Report preview"]');
const previewHtml = async (page: Page) => (await page.locator('iframe[title="Report preview"]').getAttribute('srcdoc')) ?? '';

/** Waits until the preview shows a document in this language (the worker rebuilds after each edit). */
async function previewIn(page: Page, language: string) {
  await expect(page.locator('iframe[title="Report preview"]')).toHaveAttribute('srcdoc', new RegExp(`<html lang="${language}">`), { timeout: 60_000 });
  await expect(page.getByRole('button', { name: /Save as PDF|PDF として保存|Сохранить в PDF/ })).toBeEnabled({ timeout: 60_000 });
}

test('builds the demo report in English, Japanese and Russian; the preview is sandboxed and shows the numbers', async ({ page }) => {
  test.setTimeout(180_000);
  await openReports(page);
  await previewIn(page, 'en');
  const frame = page.locator('iframe[title="Report preview"]');
  await expect(frame).toHaveAttribute('sandbox', '');

  for (const title of SECTION_TITLES.en) await expect(preview(page).getByRole('heading', { name: title, exact: true })).toBeVisible();
  const customers = demoExpected.customers.toLocaleString('en-US');
  await expect(preview(page).getByRole('row', { name: new RegExp(`^Customers ${customers}$`) }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/rw-reports-en.png', fullPage: true });

  // Leave a section out, move another, and write a note: the preview follows.
  await page.getByRole('checkbox', { name: 'Include Repeat-purchase funnel' }).uncheck();
  await page.getByRole('button', { name: 'Move Methodology and definitions up' }).click();
  await page.getByRole('textbox', { name: 'Your notes for Executive summary' }).fill('Retention improved after the loyalty launch.');
  await expect(preview(page).getByText('Retention improved after the loyalty launch.')).toBeVisible({ timeout: 60_000 });
  await expect(preview(page).getByRole('heading', { name: 'Repeat-purchase funnel' })).toHaveCount(0);
  const order = await preview(page).locator('section h2').allTextContents();
  expect(order.indexOf('Methodology and definitions')).toBe(order.length - 2);

  // Japanese: titles and numbers as Japanese readers write them.
  await page.getByRole('combobox', { name: 'Report language' }).selectOption({ label: '日本語' });
  await previewIn(page, 'ja');
  for (const title of SECTION_TITLES.ja.filter((title) => title !== 'リピート購入ファネル')) {
    await expect(preview(page).getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  await expect(preview(page).getByRole('row', { name: new RegExp(`^顧客数 ${demoExpected.customers.toLocaleString('ja-JP')}$`) }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/rw-reports-ja.png', fullPage: true });

  await page.getByRole('combobox', { name: 'Report language' }).selectOption({ label: 'Русский' });
  await previewIn(page, 'ru');
  await expect(preview(page).getByRole('heading', { name: 'Краткие итоги', exact: true })).toBeVisible();
  await expect(preview(page).getByRole('heading', { name: 'Методика и определения', exact: true })).toBeVisible();
});

test('a saved report definition is there after a reload and opens with its choices', async ({ page }) => {
  test.setTimeout(120_000);
  await openReports(page);
  await page.getByRole('textbox', { name: 'Business name' }).fill('Sakura Coffee');
  await page.getByRole('combobox', { name: 'Page size' }).selectOption('Letter');
  await page.getByRole('checkbox', { name: 'Include Retention campaigns' }).uncheck();
  await page.getByRole('textbox', { name: 'Name of this report' }).fill('Quarterly review');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('list', { name: 'Saved reports' });
  await expect(saved.getByText('Quarterly review')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports', { timeout: 45_000 });
  await expect(page.getByRole('textbox', { name: 'Business name' })).not.toHaveValue('Sakura Coffee');
  await page.getByRole('button', { name: 'Open Quarterly review' }).click();
  await expect(page.getByRole('textbox', { name: 'Business name' })).toHaveValue('Sakura Coffee');
  await expect(page.getByRole('combobox', { name: 'Page size' })).toHaveValue('Letter');
  await expect(page.getByRole('checkbox', { name: 'Include Retention campaigns' })).not.toBeChecked();
  await previewIn(page, 'en');
  await expect(preview(page).locator('.business')).toHaveText('Sakura Coffee');
});

test('the previewed document prints to PDF with the KPIs and customer names', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openReports(page);
  await previewIn(page, 'en');
  const html = await previewHtml(page);
  // A few of the at-risk customers the preview lists, to find again in the PDF.
  const names = (await preview(page).locator('#section-atRisk tbody tr td:first-child').allTextContents()).slice(0, 3);
  expect(names.length).toBeGreaterThan(0);

  const printer = await context.newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  await printer.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready));
  const pdf = new Uint8Array(await printer.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  const { totalPages, text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  expect(totalPages).toBeGreaterThanOrEqual(4);
  expect(totalPages).toBeLessThanOrEqual(30);
  expect(flat).toContain('Executive summary');
  expect(flat).toContain(demoExpected.customers.toLocaleString('en-US'));
  expect(flat).toContain(`Page 2 of ${totalPages}`);
  for (const name of names) expect(flat).toContain(name.trim());
});

test('a hostile business name is shown as text in the preview, never run', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openReports(page);
  const hostile = '<img src=x onerror=alert(1)>';
  await page.getByRole('textbox', { name: 'Business name' }).fill(hostile);
  await expect(preview(page).locator('.business')).toHaveText(hostile, { timeout: 60_000 });
  await expect(preview(page).locator('img[src="x"]')).toHaveCount(0);
  expect(await previewHtml(page)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(dialogs).toEqual([]);
});
