/** One customer: who they are, their figures, the model's view, their orders, and the user's notes and tags. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { AliveChart } from './AliveChart';
import { CustomerMetricsPanel } from './CustomerMetricsPanel';
import { CustomerNotes } from './CustomerNotes';
import { CustomerTags } from './CustomerTags';
import { OrderTimeline } from './OrderTimeline';
import { customerRouteHash } from './customer-route';
import { useCustomerProfile } from './use-customer-data';

export function CustomerProfilePage({ customer }: { customer: number }) {
  const { t } = useTranslation();
  const answer = useCustomerProfile(customer);
  // The last answer stays while the next is computed: never show another customer's.
  const profile = answer.value?.customer === customer ? answer.value : undefined;

  const back = (
    <a className="customer-back" href={customerRouteHash({ view: 'table' })}>
      ← {t('customers.profile.back')}
    </a>
  );
  const title = t('customers.title');
  if (answer.error && !profile) return <StatusMessage title={title} message={t('errors.reason', { reason: answer.error })} />;
  if (answer.value === null && !answer.busy) {
    return (
      <section className="page customers-page">
        {back}
        <StatusMessage title={title} message={t('customers.profile.notFound')} />
      </section>
    );
  }
  if (!profile) return <StatusMessage title={title} message={t('customers.profile.loading')} busy />;

  const name = profile.name || profile.key;
  return (
    <section className="page customers-page" aria-labelledby="customer-title">
      {back}
      <PageHeader id="customer-title" title={name} subtitle={profile.email && profile.email !== name ? profile.email : undefined} />
      <div className="profile-layout">
        <div className="profile-main">
          {profile.metrics ? <CustomerMetricsPanel profile={profile} metrics={profile.metrics} /> : <p className="empty-state">{t('customers.profile.noCountedOrders')}</p>}
          {profile.metrics && profile.aliveOverTime.length > 0 ? <AliveChart points={profile.aliveOverTime} /> : null}
          <OrderTimeline profile={profile} asOf={profile.metrics?.asOf ?? null} />
        </div>
        <aside className="profile-side">
          <section className="panel" aria-labelledby="contact-title">
            <h2 id="contact-title" className="panel-title">
              {t('customers.profile.contact')}
            </h2>
            <dl className="contact-list">
              <dt>{t('customers.profile.customerId')}</dt>
              <dd>{profile.key}</dd>
              {profile.email ? (
                <>
                  <dt>{t('customers.profile.email')}</dt>
                  <dd>{profile.email}</dd>
                </>
              ) : null}
              {profile.phone ? (
                <>
                  <dt>{t('customers.profile.phone')}</dt>
                  <dd>{profile.phone}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <CustomerTags customerKey={profile.key} />
          <CustomerNotes customerKey={profile.key} />
        </aside>
      </div>
    </section>
  );
}
