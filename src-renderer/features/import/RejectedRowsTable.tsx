/** Rejected rows with their line and reason; the full list is in the CSV. */
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../src-core/model/orders';
import { useFormat } from '../../format/use-format';

interface RejectedRowsTableProps {
  rows: readonly ImportIssue[];
  /** All rejected rows, of which `rows` are the first. */
  total: number;
}

export function RejectedRowsTable({ rows, total }: RejectedRowsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (total === 0) return <p className="muted">{t('importWizard.validation.noneRejected')}</p>;
  return (
    <>
      <div className="table-scroll rejected-scroll">
        <table className="import-table" aria-label={t('importWizard.validation.rejectedTitle')}>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t('importWizard.validation.lineColumn')}
              </th>
              <th scope="col">{t('importWizard.validation.columnColumn')}</th>
              <th scope="col">{t('importWizard.validation.reasonColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${row.line}-${index}`}>
                <td className="number">{row.line}</td>
                <td>{row.column}</td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > rows.length ? <p className="muted">{t('importWizard.validation.moreRejected', { rows: format.count(total - rows.length) })}</p> : null}
    </>
  );
}
