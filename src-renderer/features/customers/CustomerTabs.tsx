/** Links between the table, the segments and the model (each its own hash, so back works). */
import { useTranslation } from 'react-i18next';
import { customerRouteHash } from './customer-route';

export type CustomerListView = 'table' | 'segments' | 'model';
const VIEWS: readonly CustomerListView[] = ['table', 'segments', 'model'];

export function CustomerTabs({ current }: { current: CustomerListView }) {
  const { t } = useTranslation();
  return (
    <nav className="customer-tabs" aria-label={t('customers.tabs.label')}>
      {VIEWS.map((view) => (
        <a key={view} className="customer-tab" href={customerRouteHash({ view })} aria-current={view === current ? 'page' : undefined}>
          {t(`customers.tabs.${view}`)}
        </a>
      ))}
    </nav>
  );
}
