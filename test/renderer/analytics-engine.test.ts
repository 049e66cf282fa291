import { expect, it } from 'vitest';
import { appendOrders, emptyOrderStore } from '../../src-core/data/columnar';
import { epochDayFromYmd } from '../../src-core/model/orders';
import { createWorkspace, saveImport } from '../../src-renderer/db/workspace-repository';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { TINY_SHOP_EXPECTED, TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

async function tinyShopWorkspace(): Promise<string> {
  const workspace = await createWorkspace({ name: 'Tiny', currency: 'JPY' });
  const saved = await saveImport(workspace.id, appendOrders(emptyOrderStore('JPY'), TINY_SHOP_ORDERS, 2), {
    fileName: 'tiny.csv',
    size: 1,
    hash: '',
    encoding: 'utf-8',
    delimiter: ',',
    headers: [],
    mapping: {},
    importedAt: 0,
    counts: { rows: 5, orders: 5, added: 5, alreadyPresent: 0, rejected: 0 },
    rejectedRows: [],
  });
  expect(saved.ok).toBe(true);
  return workspace.id;
}

it('loads a workspace from IndexedDB and answers the Overview from its columns', async () => {
  const engine = new AnalyticsEngine();
  const workspaceId = await tinyShopWorkspace();

  expect(await engine.openWorkspace(workspaceId)).toEqual({ ok: true, value: { workspaceId, orders: 5, customers: 3 } });
  const answer = await engine.overview();
  if (!answer.ok) throw new Error(answer.message);
  const result = answer.value;
  expect(result).toMatchObject({
    customers: TINY_SHOP_EXPECTED.customers,
    orders: TINY_SHOP_EXPECTED.orders,
    revenue: TINY_SHOP_EXPECTED.revenue,
    averageOrderValue: TINY_SHOP_EXPECTED.averageOrderValue,
    firstOrderDate: TINY_SHOP_EXPECTED.firstOrderDate,
    lastOrderDate: TINY_SHOP_EXPECTED.lastOrderDate,
  });
  expect(result.repeatRate).toBeCloseTo(TINY_SHOP_EXPECTED.repeatRate, 12);
  expect(result.monthly.map((month) => month.month)).toEqual(TINY_SHOP_EXPECTED.months);
  expect(result.monthly.map((month) => month.newCustomers)).toEqual(TINY_SHOP_EXPECTED.newCustomersByMonth);
  expect(result.monthly.map((month) => month.revenue)).toEqual(TINY_SHOP_EXPECTED.revenueByMonth);

  // Options pass through to the frame: as of the end of January only ann and bob have bought.
  const january = await engine.overview({ asOf: epochDayFromYmd(2024, 1, 31) });
  expect(january.ok && january.value).toMatchObject({ customers: 2, orders: 2, revenue: 130 });
});

it('says so, as a message, when asked before a workspace is open or when loading fails', async () => {
  expect(await new AnalyticsEngine().overview()).toEqual({ ok: false, message: 'No workspace is open.' });

  const broken = new AnalyticsEngine(() => Promise.reject(new Error('disk on fire')));
  expect(await broken.openWorkspace('x')).toEqual({ ok: false, message: 'disk on fire' });
  expect(await broken.overview()).toEqual({ ok: false, message: 'disk on fire' });
});

it('an empty workspace has an Overview of zeros, not an error', async () => {
  const engine = new AnalyticsEngine();
  const workspace = await createWorkspace({ name: 'Empty' });
  await engine.openWorkspace(workspace.id);
  const answer = await engine.overview();
  expect(answer.ok && answer.value).toMatchObject({ customers: 0, orders: 0, revenue: 0, repeatRate: 0, monthly: [] });
});
