/** Shared inputs of the report tests: the demo shop, and a shop whose names are hostile HTML. */
import { readFileSync } from 'node:fs';
import { concatChunks, orderStoreFrom, type OrderStore } from '../../../src-core/data/columnar';
import type { NormalizedOrder } from '../../../src-core/model/orders';
import { DEFAULT_SCORING, customerFit, customerValues, defaultFitRules } from '../../../src-core/analytics/fit';
import { newCampaignPlan } from '../../../src-core/campaigns';
import { buildReportData, type ReportData, type ReportDataOptions } from '../../../src-core/report';

export const DEMO_CSV = new URL('../../../resources/demo/demo-shop.csv', import.meta.url);

interface DemoFile {
  name: string;
  currency: string;
  orders: NormalizedOrder[];
}

export function demoStore(): { name: string; store: OrderStore } {
  const demo: DemoFile = JSON.parse(readFileSync(new URL('../../../resources/demo/demo-shop.json', import.meta.url), 'utf8'));
  return { name: demo.name, store: orderStoreFrom(demo.orders) };
}

export function reportDataFor(store: OrderStore, options: Partial<ReportDataOptions> = {}): ReportData {
  return buildReportData(concatChunks(store.chunks), store.dictionaries, store.customers, { currency: store.currency, ...options });
}

/** Every place user text can reach the report gets one of these. */
export const HOSTILE = {
  customer: '<img src=x onerror=alert(1)>',
  product: '<script>alert("p")</script> Beans & "Co"',
  business: '</style><b>Evil & Sons</b> "Ltd"',
  note: '<iframe src="https://evil.example/"></iframe> note',
  campaign: '<svg onload=alert(2)>',
} as const;

const day0 = 19_000; // 2022-01-08

function order(n: number, key: string, name: string, day: number, amount: number, product: string): NormalizedOrder {
  return { orderId: `#${n}`, customerKey: key, customerName: name, email: key, phone: '', day, amount, quantity: 1, product, channel: 'web', country: 'JP', discountCode: '', currency: 'JPY', cancelled: false, line: n + 1 };
}

/**
 * A small JPY shop: 60 ordinary customers with steady repeat orders, and two
 * hostile ones: a big spender who went silent (at risk, top of the list) and
 * one whose first product is hostile too.
 */
export function hostileStore(): OrderStore {
  const orders: NormalizedOrder[] = [];
  let n = 1;
  for (let c = 0; c < 60; c++) {
    const visits = 1 + (c % 5);
    for (let v = 0; v < visits; v++) orders.push(order(n++, `c${c}@example.com`, `Customer ${c}`, day0 + c * 3 + v * 45, 1200 + 100 * (c % 7), 'Green tea'));
  }
  for (let v = 0; v < 4; v++) orders.push(order(n++, 'hostile@example.com', HOSTILE.customer, day0 + v * 20, 250_000, HOSTILE.product));
  orders.push(order(n++, 'second@example.com', HOSTILE.customer, day0 + 5, 3000, HOSTILE.product));
  return orderStoreFrom(orders);
}

/** Fit with default rules, the hostile customer overridden to Depart (so the Depart table names them). */
export function hostileFit(store: OrderStore, asOf: number) {
  const columns = concatChunks(store.chunks);
  const values = customerValues(columns, store.dictionaries, store.customers, { asOf, margins: { defaultMargin: 0.4 } });
  return customerFit({ values }, { rules: defaultFitRules(), scoring: DEFAULT_SCORING }, [
    { customerKey: 'hostile@example.com', status: 'depart', reason: 'test', at: '2024-01-01T00:00:00Z' },
  ]);
}

export function hostileCampaign() {
  const plan = newCampaignPlan({ id: 'c1', tacticId: 'winBack', currency: 'JPY', name: HOSTILE.campaign });
  return { plan: { ...plan, notes: HOSTILE.note }, projection: null, measurement: null };
}
