/** The Customers page on the demo workspace: sort, search, open a customer, write a note that survives a reload. */
import { readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

interface DemoOrder {
  customerKey: string;
  customerName: string;
  email: string;
  amount: number;
  cancelled: boolean;
}

const demo: { orders: DemoOrder[] } = JSON.parse(readFileSync(new URL('../../resources/demo/demo-shop.json', import.meta.url), 'utf8'));

/** Per customer key: name, e-mail, counted orders and revenue (DESIGN.md: cancelled orders do not count). */
function demoCustomers() {
  const customers = new Map<string, { key: string; name: string; email: string; orders: number; revenue: number }>();
  for (const order of demo.orders) {
    const customer = customers.get(order.customerKey) ?? { key: order.customerKey, name: '', email: '', orders: 0, revenue: 0 };
    customer.name ||= order.customerName;
    customer.email ||= order.email;
    if (!order.cancelled) {
      customer.orders++;
      customer.revenue += order.amount;
    }
    customers.set(order.customerKey, customer);
  }
  return [...customers.values()].filter((customer) => customer.orders > 0);
}

test('sorts by revenue, searches by name, opens a customer and keeps a note across a reload', async ({ page }) => {
  const customers = demoCustomers();
  const topSpender = customers.reduce((top, customer) => (customer.revenue > top.revenue ? customer : top));
  const total = customers.length.toLocaleString('en-US');

  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page).toHaveURL(/#\/customers$/);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(page.getByRole('status').filter({ hasText: `Showing ${total} of ${total}` })).toBeVisible({ timeout: 45_000 });

  // Sort by revenue, highest first: the first row is the top spender.
  const revenueHeader = table.getByRole('columnheader', { name: /Revenue/ });
  await revenueHeader.getByRole('button').click();
  await expect(revenueHeader).toHaveAttribute('aria-sort', 'descending');
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.getByRole('link')).toHaveText(topSpender.name || topSpender.key);
  await expect(firstRow).toContainText(topSpender.revenue.toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
  await page.screenshot({ path: '/tmp/rw-customers-table-en.png' });

  // Search by a name: as many rows as customers whose id, name or e-mail contain it.
  // Someone whose name no other customer has, so the customer opened is certainly them.
  const nameCount = new Map<string, number>();
  for (const customer of customers) nameCount.set(customer.name, (nameCount.get(customer.name) ?? 0) + 1);
  const someone = customers.find((customer) => customer.name && customer.orders >= 3 && nameCount.get(customer.name) === 1)!;
  const needle = someone.name.toLowerCase();
  const matching = customers.filter((customer) => `${customer.key}\0${customer.name}\0${customer.email}`.toLowerCase().includes(needle));
  await page.getByRole('searchbox', { name: 'Search' }).fill(someone.name);
  await expect(page.getByRole('status').filter({ hasText: `Showing ${matching.length} of ${total}` })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(matching.length + 1);

  // Open them: their orders count is what the demo file says.
  await table.getByRole('link', { name: someone.name }).first().click();
  await expect(page).toHaveURL(/#\/customers\/customer\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(someone.name);
  await expect(page.getByTestId('customer-orders')).toHaveText(String(someone.orders));
  await expect(page.getByRole('img', { name: /probability that this customer is still active/ })).toBeVisible();
  // Every stored order is listed, cancelled ones too (marked), under one header row.
  const stored = demo.orders.filter((order) => order.customerKey === someone.key).length;
  await expect(page.getByRole('table', { name: `Orders of ${someone.name}` }).getByRole('row')).toHaveCount(stored + 1);

  // A note, written and still there after a reload.
  const note = `Asked about the winter blend <b>not bold</b> ${Date.now()}`;
  await page.getByRole('textbox', { name: 'New note' }).fill(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  // In the list of notes (the box may still hold the text for a moment after saving).
  await expect(page.getByRole('list', { name: 'Notes' }).getByText(note)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'New note' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'New tag' }).fill('wholesale');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('button', { name: 'Remove tag wholesale' })).toBeVisible();
  await page.screenshot({ path: '/tmp/rw-customer-profile-en.png', fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(someone.name, { timeout: 45_000 });
  await expect(page.getByRole('list', { name: 'Notes' }).getByText(note)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove tag wholesale' })).toBeVisible();

  // Back to the table: the search is still there.
  await page.getByRole('link', { name: 'All customers' }).first().click();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

test('segments filter the table; the model tab shows the fit and the backtest', async ({ page }) => {
  await openApp(page);
  await page.goto('/#/customers/segments');
  const champions = page.getByRole('button', { name: /^Show the [\d,]+ customers in Champions$/ });
  await expect(champions).toBeVisible({ timeout: 45_000 });
  await page.screenshot({ path: '/tmp/rw-customers-segments-en.png', fullPage: true });
  const count = (await champions.getAttribute('aria-label'))!.match(/[\d,]+/)![0];
  await champions.click();
  await expect(page).toHaveURL(/#\/customers$/);
  await expect(page.getByRole('combobox', { name: 'Segment' })).toHaveValue('0');
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Showing ${count} of `) })).toBeVisible();

  await page.getByRole('link', { name: 'Model' }).click();
  await expect(page.getByTestId('parameter-alpha')).toHaveText(/^\d[\d,]*\.\d{4}$/, { timeout: 45_000 });
  await expect(page.getByTestId('backtest-totals')).toContainText(/predicted [\d,.]+ repeat purchases, actual [\d,]+/);
  await expect(page.getByRole('img', { name: /cumulative repeat purchases/ }).locator('svg')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/rw-customers-model-en.png', fullPage: true });
});

test.describe('Japanese, dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the table, a customer and the segments in Japanese', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.goto('/#/customers');
    await expect(page.getByRole('table', { name: '顧客' })).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('columnheader', { name: /予測 CLV/ })).toHaveAttribute('aria-sort', 'descending');
    await page.screenshot({ path: '/tmp/rw-customers-table-ja-dark.png' });
    await page.getByRole('table', { name: '顧客' }).getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'モデルによる見立て' })).toBeVisible();
    await page.screenshot({ path: '/tmp/rw-customer-profile-ja-dark.png', fullPage: true });
    await page.goto('/#/customers/segments');
    await expect(page.getByRole('heading', { name: 'RFM セグメント' })).toBeVisible();
    await page.screenshot({ path: '/tmp/rw-customers-segments-ja-dark.png', fullPage: true });
    await page.goto('/#/customers/model');
    await expect(page.getByText('対数尤度').first()).toBeVisible({ timeout: 45_000 });
    await page.screenshot({ path: '/tmp/rw-customers-model-ja-dark.png', fullPage: true });
  });
});
