/**
 * The engine makes every frame from the order index it built at load, and keeps
 * the last frame: asking again with the same options (a segment compared by
 * content) gives the same answer, any other options or a reload a fresh one.
 */
import { expect, it } from 'vitest';
import { appendOrders, concatChunks, emptyOrderStore, type OrderStore } from '../../src-core/data/columnar';
import { cohortMatrix, headlineKpis, prepareFrame, type FrameOptions } from '../../src-core/analytics';
import { epochDayFromYmd } from '../../src-core/model/orders';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

const COHORTS = { period: 'month' } as const;

function answered<T>(outcome: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

it('answers every sequence of queries as a fresh frame would', async () => {
  const store = appendOrders(emptyOrderStore('JPY'), TINY_SHOP_ORDERS, 2).store;
  const columns = concatChunks(store.chunks);
  const direct = (options: FrameOptions) => prepareFrame(columns, store.dictionaries, options);
  const engine = new AnalyticsEngine(() => Promise.resolve(store));
  await engine.openWorkspace('tiny');

  const january = { asOf: epochDayFromYmd(2024, 1, 31) };
  const annOnly = (): FrameOptions => ({ filters: { customers: new Set([0]) } });
  const sequence: FrameOptions[] = [{}, {}, january, january, {}, annOnly(), annOnly(), { filters: { customers: new Set([1]) } },
    { filters: { customers: Uint8Array.of(1, 0, 0) } }, { filters: { customers: Uint8Array.of(0, 1, 1) } }, { filters: { channels: ['shop'] } }];
  for (const options of sequence) {
    expect(answered(await engine.cohortMatrix(options, COHORTS))).toEqual(cohortMatrix(direct(options), COHORTS));
    expect(answered(await engine.headlineKpis(options))).toEqual(headlineKpis(direct(options)));
  }
});

it('a reopened workspace is answered from its new orders', async () => {
  let store: OrderStore = appendOrders(emptyOrderStore('JPY'), TINY_SHOP_ORDERS.slice(0, 2)).store;
  const engine = new AnalyticsEngine(() => Promise.resolve(store));
  await engine.openWorkspace('tiny');
  expect(answered(await engine.headlineKpis()).orders).toBe(2);
  store = appendOrders(emptyOrderStore('JPY'), TINY_SHOP_ORDERS).store;
  await engine.openWorkspace('tiny');
  expect(answered(await engine.headlineKpis()).orders).toBe(4);
});
