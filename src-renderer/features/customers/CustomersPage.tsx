/**
 * The Customers page: every customer in a table, the RFM segments, the model behind the
 * predictions, and one customer's page — which of them is in the URL hash (customer-route.ts).
 */
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/StatusMessage';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CustomerListPage } from './CustomerListPage';
import { CustomerProfilePage } from './CustomerProfilePage';
import { useCustomerRoute } from './customer-route';
import './customers.css';

export function CustomersPage() {
  const { t } = useTranslation();
  const route = useCustomerRoute();
  const workspaceStatus = useAppStore(selectors.workspaceStatus);

  const title = t('customers.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('customers.unavailable')} />;
  if (workspaceStatus === 'installingDemo') return <StatusMessage title={title} message={t('workspace.installingDemo')} busy />;

  if (route.view === 'customer') return <CustomerProfilePage customer={route.customer} />;
  return <CustomerListPage view={route.view} />;
}
