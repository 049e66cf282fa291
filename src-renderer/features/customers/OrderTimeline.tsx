/** The customer's orders: a small chart of amounts over time and the full list (cancelled ones marked). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochDay } from '../../../src-core/model/orders';
import { EChart } from '../../charts/EChart';
import { useChartColors } from '../../charts/use-chart-colors';
import { useFormat } from '../../format/use-format';
import type { CustomerProfile } from '../../worker/customers/customer-answers';
import { orderTimelineOption } from './customer-chart-options';

export function OrderTimeline({ profile, asOf }: { profile: CustomerProfile; asOf: EpochDay | null }) {
  const { t } = useTranslation();
  const formatters = useFormat();
  const colors = useChartColors();
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
  const name = profile.name || profile.key;
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="panel-title">
        {t('customers.profile.timelineTitle')}
      </h2>
      <EChart option={option} label={t('customers.profile.timelineDescription')} height={160} />
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
