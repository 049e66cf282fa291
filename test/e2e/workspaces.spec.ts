import { demoExpected, expect, expectDemoKpis, openApp, test } from './fixtures';

test('creates, renames and deletes a workspace; everything survives a reload', async ({ page }) => {
  await openApp(page);
  const switcher = page.getByRole('combobox', { name: 'Workspace' });

  // Create: a new, empty workspace in yen becomes the active one.
  await page.getByRole('button', { name: 'New workspace' }).click();
  const create = page.getByRole('dialog', { name: 'New workspace' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Kyoto client');
  await create.getByRole('combobox', { name: 'Currency' }).selectOption('JPY');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  await expect(switcher.locator('option:checked')).toHaveText('Kyoto client');
  await expect(page.getByText('This workspace has no orders yet.', { exact: false })).toBeVisible();

  // Reload: both workspaces are still there (IndexedDB), the demo was not installed twice.
  await page.reload();
  await expect(switcher.locator('option')).toHaveText([/^Demo shop.*\(demo\)$/, 'Kyoto client']);
  await expect(switcher.locator('option:checked')).toHaveText('Kyoto client');
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? '').sort());
  expect(databases.filter((name) => name.startsWith('rw-ws-'))).toHaveLength(2);
  expect(databases).toContain('rw-registry');

  // Rename.
  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename workspace' });
  await rename.getByRole('textbox', { name: 'Name' }).fill('Kyoto Tea House');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(switcher.locator('option:checked')).toHaveText('Kyoto Tea House');

  // Delete asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Kyoto Tea House”?' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(switcher.locator('option')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(switcher.locator('option')).toHaveCount(1);
  await expectDemoKpis(page, 'en'); // back on the demo shop, its numbers intact

  // After another reload the deleted workspace is gone for good, its database too.
  await page.reload();
  await expect(switcher.locator('option')).toHaveText([/^Demo shop/]);
  await expect(page.getByTestId('kpi-orders')).toHaveText(demoExpected.orders.toLocaleString('en-US'));
  const after = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
  expect(after.filter((name) => name.startsWith('rw-ws-'))).toHaveLength(1);
});

test('switching workspaces switches the numbers', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New workspace' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Empty shop');
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('kpi-orders')).toBeHidden();

  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ index: 0 });
  await expectDemoKpis(page, 'en');
});
