/** The first normalised orders, exactly as they will be stored (after folding line items). */
import { useTranslation } from 'react-i18next';
import type { NormalizedOrder } from '../../../src-core/model/orders';
import { formatDay, formatMoney } from '../../format/format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export function OrdersPreviewTable({ orders }: { orders: readonly NormalizedOrder[] }) {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  // A file without a currency column is stored in the workspace's currency.
  const workspaceCurrency = useAppStore(selectors.currency);

  return (
    <div className="table-scroll">
      <table className="import-table" aria-label={t('importWizard.mapping.previewTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('importWizard.preview.line')}</th>
            <th scope="col">{t('importWizard.preview.orderId')}</th>
            <th scope="col">{t('importWizard.preview.date')}</th>
            <th scope="col">{t('importWizard.preview.customer')}</th>
            <th scope="col" className="number">
              {t('importWizard.preview.amount')}
            </th>
            <th scope="col">{t('importWizard.preview.product')}</th>
            <th scope="col">{t('importWizard.preview.status')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={`${order.orderId}-${order.line}`}>
              <td className="number">{order.line}</td>
              <td>{order.orderId}</td>
              <td>{formatDay(order.day, language)}</td>
              <td>{order.customerKey}</td>
              <td className="number">{formatMoney(order.amount, order.currency || workspaceCurrency, language)}</td>
              <td>{order.product}</td>
              <td>{order.cancelled ? t('importWizard.preview.cancelled') : t('importWizard.preview.counted')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
