/** Cohort matrices of small hand-checkable shops, computed by src-core as the worker does. */
import { cohortMatrix, prepareFrame, type CohortKey, type CohortMatrix, type PeriodKind } from '../../src-core/analytics';
import { concatChunks, orderStoreFrom } from '../../src-core/data/columnar';
import { epochDayFromYmd, type NormalizedOrder } from '../../src-core/model/orders';
import { formatCount, formatDay, formatMoney, formatMoneyCompact, formatMonth, formatPercent } from '../../src-renderer/format/format';
import type { Formatters } from '../../src-renderer/format/use-format';
import { TINY_SHOP_ORDERS } from './fixtures/tiny-shop';

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** The tiny shop, with Bob (a January customer) and his product renamed to something hostile. */
export const HOSTILE_SHOP_ORDERS: NormalizedOrder[] = TINY_SHOP_ORDERS.map((order) =>
  order.customerKey === 'bob' ? { ...order, product: HOSTILE, customerName: HOSTILE } : order,
);

export function matrixOf(orders: readonly NormalizedOrder[], period: PeriodKind = 'month', cohortKey: CohortKey = 'firstPeriod'): CohortMatrix {
  const store = orderStoreFrom([...orders], 'JPY');
  return cohortMatrix(prepareFrame(concatChunks(store.chunks), store.dictionaries), { period, cohortKey });
}

export const englishYen: Formatters = {
  count: (value) => formatCount(value, 'en'),
  money: (value) => formatMoney(value, 'JPY', 'en'),
  moneyCompact: (value) => formatMoneyCompact(value, 'JPY', 'en'),
  percent: (share) => formatPercent(share, 'en'),
  day: (day) => formatDay(day, 'en'),
  month: (month) => formatMonth(month, 'en'),
};

/** A shop of 4 January customers: all 4 buy again in February, 1 in March (as of 31 March: every month complete). */
export const FOUR_CUSTOMER_ORDERS: NormalizedOrder[] = ['a', 'b', 'c', 'd'].flatMap((key, i) => {
  const order = (id: string, month: number, amount: number): NormalizedOrder => ({
    orderId: `${key}-${id}`,
    customerKey: key,
    customerName: key.toUpperCase(),
    email: `${key}@example.com`,
    phone: '',
    day: epochDayFromYmd(2024, month, 10 + i),
    amount,
    quantity: 1,
    product: 'Tea',
    channel: i < 2 ? 'web' : 'shop',
    country: 'JP',
    discountCode: '',
    currency: 'JPY',
    cancelled: false,
    line: 0,
  });
  const orders = [order('1', 1, 100), order('2', 2, 50)];
  if (key === 'a') orders.push(order('3', 3, 25), { ...order('4', 3, 0), day: epochDayFromYmd(2024, 3, 31) });
  return orders;
});
