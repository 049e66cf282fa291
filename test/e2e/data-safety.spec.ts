/**
 * Settings → Data safety in a real browser (browser bridge, real Web Workers, real
 * IndexedDB): back up the demo workspace (a download), restore the downloaded file
 * through the page's file input, and see the restored workspace's Overview equal the
 * demo's; the same with a passphrase, refusing a wrong one first.
 */
import type { Page } from '@playwright/test';
import { expect, expectDemoKpis, openApp, test } from './fixtures';

// First launch installs the demo; a backup and a restore each run a worker over it.
test.describe.configure({ timeout: 180_000 });

async function goToSettings(page: Page) {
  await page.getByRole('link', { name: /Settings/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Data safety' })).toBeVisible();
}

/** Backs up the open workspace and returns where the download landed. */
async function backUp(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up this workspace' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^Demo .*-\d{4}-\d{2}-\d{2}\.rwbackup$/);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved:' })).toContainText(saved.suggestedFilename());
  return saved.path();
}

async function chooseBackup(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  await (await chooser).setFiles(file);
}

async function expectRestoredAndOpen(page: Page, workspaceCount: number) {
  await expect(page.getByRole('status').filter({ hasText: 'Restored as the workspace' })).toContainText(/“Demo .* \(\d\)”, now open\./);
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.getByRole('option')).toHaveCount(workspaceCount);
  // The copy is the open workspace, not the demo it came from.
  await expect(switcher.locator('option:checked')).toHaveText(/\(\d\) \(demo\)$/);
  await page.getByRole('link', { name: /Overview/ }).first().click();
  await expectDemoKpis(page, 'en');
}

test('backs up the demo and restores it as a new workspace with the same numbers', async ({ page }) => {
  await openApp(page);
  await expectDemoKpis(page, 'en');
  await goToSettings(page);
  await expect(page.getByText('AES-256-GCM')).toContainText('PBKDF2-SHA-256 and 600,000 iterations');
  await expect(page.getByTestId('storage-usage')).toHaveText(/^\d[\d.,]* [kMGT]B used of \d[\d.,]* [kMGT]B available to this app$/);
  await expect(page.getByTestId('storage-persistence')).not.toBeEmpty();

  const file = await backUp(page);
  await page.screenshot({ path: '/tmp/rw-data-safety-backup.png', fullPage: true });
  await chooseBackup(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'Restored as the workspace' })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: '/tmp/rw-data-safety-restored.png', fullPage: true });
  await expectRestoredAndOpen(page, 2);

  // The original is still there, unchanged.
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ index: 0 });
  await expectDemoKpis(page, 'en');
});

test('a passphrase-protected backup asks for it, refuses a wrong one, and restores with the right one', async ({ page }) => {
  await openApp(page);
  await goToSettings(page);
  await page.getByRole('checkbox', { name: 'Protect the file with a passphrase' }).check();
  const backUpButton = page.getByRole('button', { name: 'Back up this workspace' });
  await page.getByLabel('Passphrase', { exact: true }).fill('чай и 抹茶 2025');
  await page.getByLabel('Type the passphrase again').fill('чай и 抹茶 2024');
  await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await expect(backUpButton).toBeDisabled();
  await page.getByLabel('Type the passphrase again').fill('чай и 抹茶 2025');
  await expect(backUpButton).toBeEnabled();
  const file = await backUp(page);

  await chooseBackup(page, file);
  await expect(page.getByText(/is protected with a passphrase\.$/)).toBeVisible({ timeout: 60_000 });
  const prompt = page.getByLabel('Passphrase of this backup');
  await prompt.fill('wrong');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('The passphrase does not open this backup. Check it and try again.', { timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Workspace' }).getByRole('option')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/rw-data-safety-wrong-passphrase.png', fullPage: true });

  await prompt.fill('чай и 抹茶 2025');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored as the workspace' })).toBeVisible({ timeout: 60_000 });
  await expectRestoredAndOpen(page, 2);
});
