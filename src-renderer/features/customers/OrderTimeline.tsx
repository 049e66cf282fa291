/** The customer's orders: a small chart of amounts over time and the full list (cancelled ones marked). */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate, type EpochDay } from '../../../src-core/model/orders';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import type { CustomerProfile } from '../../worker/customers/customer-answers';
import { orderTimelineOption } from './customer-chart-options';

export function OrderTimeline({ profile, asOf }: { profile: CustomerProfile; asOf: EpochDay | null }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const lastDay = profile.orders[profile.orders.length - 1]?.day ?? 0;
  const option = useMemo(
    () =>
      orderTimelineOption(profile.orders, asOf ?? lastDay, t('customers.profile.amountSeries'), formatters, {
        text: colors.text,
        grid: colors.grid,
        primary: colors.accent,
        secondary: colors.accentSecondary,
        fontFamily: colors.fontFamily,
      }),
    [profile.orders, asOf, lastDay, t, formatters, colors],
  );
  // Every order, cancelled ones included and marked, as the list shows them; ISO dates, amounts as numbers.
  const table = useCallback(
    () => [
      [
        t('customers.profile.orderDate'),
        t('customers.profile.orderId'),
        t('customers.profile.product'),
        t('customers.profile.channel'),
        t('customers.profile.amount'),
        t('customers.profile.status'),
      ],
      ...profile.orders.map((order) => [
        isoDate(order.day),
        order.orderId,
        order.product,
        order.channel,
        order.amount,
        order.cancelled ? t('customers.profile.cancelled') : t('customers.profile.counted'),
      ]),
    ],
    [profile.orders, t],
  );
  const name = profile.name || profile.key;
  const title = t('customers.profile.timelineTitle');
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <div className="panel-head">
        <h2 id="timeline-title" className="panel-title">
          {title}
        </h2>
        <ExportButtons what={title} chart={chart} table={profile.orders.length > 0 ? table : undefined} />
      </div>
      <EChart option={option} label={t('customers.profile.timelineDescription')} height={160} chartRef={chart} />
      <div className="order-list-scroller">
        <table className="order-list">
          <caption className="visually-hidden">{t('customers.profile.orderTable', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('customers.profile.orderDate')}</th>
              <th scope="col">{t('customers.profile.orderId')}</th>
              <th scope="col">{t('customers.profile.product')}</th>
              <th scope="col">{t('customers.profile.channel')}</th>
              <th scope="col" className="cell-money">
                {t('customers.profile.amount')}
              </th>
              <th scope="col">{t('customers.profile.status')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.orders.map((order, index) => (
              <tr key={`${order.orderId}-${index}`} className={order.cancelled ? 'order-cancelled' : undefined}>
                <td>{formatters.day(order.day)}</td>
                <td>{order.orderId}</td>
                <td>{order.product}</td>
                <td>{order.channel}</td>
                <td className="cell-money">{formatters.money(order.amount)}</td>
                <td>{order.cancelled ? t('customers.profile.cancelled') : t('customers.profile.counted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
