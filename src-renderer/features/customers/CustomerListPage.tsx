/** The table, segments and model views under one header; the table and segments share one answer. */
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { useFormat } from '../../format/use-format';
import { CustomerTable } from './CustomerTable';
import { CustomerTabs, type CustomerListView } from './CustomerTabs';
import { ModelPanel } from './ModelPanel';
import { SegmentsPanel } from './SegmentsPanel';
import { useCustomerTable } from './use-customer-data';

export function CustomerListPage({ view }: { view: CustomerListView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useCustomerTable();
  const table = answer.value;

  const title = t('customers.title');
  if (answer.error && !table) return <StatusMessage title={title} message={t('errors.reason', { reason: answer.error })} />;
  if (!table) return <StatusMessage title={title} message={t('customers.calculating')} busy />;

  const subtitle = table.asOf === null ? undefined : t('customers.subtitle', { number: format.count(table.rows), asOf: format.day(table.asOf) });
  return (
    <section className="page customers-page" aria-labelledby="customers-title" aria-busy={answer.busy}>
      <PageHeader id="customers-title" title={title} subtitle={subtitle} />
      <CustomerTabs current={view} />
      {answer.error ? (
        <p className="status-message" role="status">
          {t('errors.reason', { reason: answer.error })}
        </p>
      ) : null}
      {table.rows === 0 ? (
        <p className="empty-state">{t('customers.noCustomers')}</p>
      ) : view === 'table' ? (
        <CustomerTable table={table} />
      ) : view === 'segments' ? (
        <SegmentsPanel table={table} />
      ) : (
        <ModelPanel />
      )}
    </section>
  );
}
