/** The customer's figures and what the model predicts for them. */
import { useTranslation } from 'react-i18next';
import type { CustomerMetrics, CustomerProfile } from '../../worker/customers/customer-answers';
import { useCustomerFormat } from './use-customer-format';

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="figure">
      <dt className="field-label">{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

export function CustomerMetricsPanel({ profile, metrics }: { profile: CustomerProfile; metrics: CustomerMetrics }) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const flags = [metrics.lapsed ? t('customers.profile.lapsed') : null, metrics.atRisk ? t('customers.profile.atRisk') : null].filter(
    (flag) => flag !== null,
  );
  const modelled = Number.isFinite(metrics.probabilityAlive);
  return (
    <>
      <section className="panel" aria-labelledby="figures-title">
        <h2 id="figures-title" className="panel-title">
          {t('customers.profile.metricsTitle')}
        </h2>
        <dl className="figure-grid">
          <Figure label={t('customers.profile.ordersCount')} value={format.count(metrics.orders)} testId="customer-orders" />
          <Figure label={t('customers.profile.revenue')} value={format.money(metrics.revenue)} testId="customer-revenue" />
          <Figure label={t('customers.profile.averageOrderValue')} value={format.moneyOrNone(metrics.averageOrderValue)} />
          <Figure label={t('customers.profile.purchaseDays')} value={format.count(metrics.purchaseDays)} />
          <Figure label={t('customers.profile.firstOrder')} value={format.day(metrics.firstOrderDay)} />
          <Figure label={t('customers.profile.lastOrder')} value={format.day(metrics.lastOrderDay)} />
          <Figure label={t('customers.profile.daysSinceLastOrder')} value={format.count(metrics.daysSinceLastOrder)} />
          <Figure label={t('customers.profile.typicalInterval')} value={format.days(metrics.typicalIntervalDays)} />
          <Figure label={t('customers.profile.scores')} value={`${metrics.recencyScore} / ${metrics.frequencyScore} / ${metrics.monetaryScore}`} />
          <Figure label={t('customers.profile.segment')} value={format.segmentName(metrics.segment)} testId="customer-segment" />
          <Figure label={t('customers.profile.flags')} value={flags.length ? flags.join(', ') : t('customers.profile.noFlags')} />
        </dl>
      </section>
      <section className="panel" aria-labelledby="model-view-title">
        <h2 id="model-view-title" className="panel-title">
          {t('customers.profile.modelTitle')}
        </h2>
        {modelled ? (
          <dl className="figure-grid">
            <Figure label={t('customers.profile.probabilityAlive')} value={format.share(metrics.probabilityAlive)} testId="customer-alive" />
            <Figure label={t('customers.profile.expectedPurchases90')} value={format.decimal(metrics.expectedPurchases90)} />
            <Figure label={t('customers.profile.expectedPurchases365')} value={format.decimal(metrics.expectedPurchases365)} />
            <Figure label={t('customers.profile.expectedOrderValue')} value={format.moneyOrNone(metrics.expectedAverageOrderValue)} />
            <Figure label={t('customers.profile.predictedClv', { days: metrics.horizonDays })} value={format.moneyOrNone(metrics.predictedClv)} />
          </dl>
        ) : (
          <p className="muted">{t('customers.profile.noModel')}</p>
        )}
        {modelled && profile.aliveOverTime.length > 0 && metrics.purchaseDays < 2 ? <p className="muted">{t('customers.profile.aliveNote')}</p> : null}
      </section>
    </>
  );
}
