/**
 * The customers behind the selected cohort cell, a page at a time, with CSV
 * export and "Save as segment". The list comes from the worker (store indexes
 * with names and e-mails); React escapes every name.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortOptions, FrameOptions } from '../../../src-core/analytics';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi, CohortCell } from '../../worker/analytics-api';
import { useAnalyticsQuery } from '../../worker/use-analytics-query';
import { customerListTable } from './cohort-table';
import { SaveSegmentDialog } from './SaveSegmentDialog';

export const CUSTOMERS_PER_PAGE = 25;

export interface SelectedCell {
  /** The cohort's name as shown and as the matrix wrote it. */
  cohortName: string;
  cohortLabel: string;
  offsetName: string;
  cell: CohortCell;
  frame: FrameOptions;
  cohorts: Required<CohortOptions>;
}

interface CellCustomersProps {
  selected: SelectedCell;
  onClose(): void;
}

export function CellCustomers({ selected, onClose }: CellCustomersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const saveSegment = useAppStore((state) => state.saveSegment);
  const [page, setPage] = useState(0);
  const [naming, setNaming] = useState(false);
  const [savedAs, setSavedAs] = useState<{ name: string; count: number } | null>(null);

  const ask = useCallback(
    (api: AnalyticsApi) => api.cohortCellCustomers(selected.frame, selected.cohorts, selected.cell),
    [selected],
  );
  const query = useAnalyticsQuery(ask);
  const customers = useMemo(() => (query.status === 'ready' ? query.value : []), [query]);
  const table = useCallback(() => customerListTable(customers, t), [customers, t]);

  const title = t('cohorts.cell.title', { cohort: selected.cohortName, offset: selected.offsetName });
  const suggestedName = `${selected.cohortName} · ${selected.offsetName}`;
  const pages = Math.max(1, Math.ceil(customers.length / CUSTOMERS_PER_PAGE));
  const shown = customers.slice(page * CUSTOMERS_PER_PAGE, (page + 1) * CUSTOMERS_PER_PAGE);

  const save = async (name: string) => {
    setNaming(false);
    const saved = await saveSegment({
      name,
      customers: customers.map((customer) => customer.index),
      source: {
        kind: 'cohortCell',
        period: selected.cohorts.period,
        cohortKey: selected.cohorts.cohortKey,
        cohort: selected.cohortLabel,
        offset: selected.cell.offset,
      },
    });
    if (saved) setSavedAs({ name, count: customers.length });
  };

  return (
    <section className="panel" aria-labelledby="cohort-cell-title">
      <div className="panel-head">
        <h2 id="cohort-cell-title" className="panel-title">
          {title}
        </h2>
        {query.status === 'ready' ? <span className="muted">{t('cohorts.cell.count', { count: format.count(customers.length) })}</span> : null}
        <div className="panel-actions">
          <button type="button" className="button button-primary" disabled={customers.length === 0} onClick={() => setNaming(true)}>
            {t('cohorts.cell.saveAsSegment')}
          </button>
          <ExportButtons what={title} table={customers.length > 0 ? table : undefined} />
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('cohorts.cell.close')}
          </button>
        </div>
      </div>
      {savedAs ? (
        <p className="cohort-saved" role="status">
          {t('cohorts.segments.saved', { name: savedAs.name, count: format.count(savedAs.count) })}
        </p>
      ) : null}
      {query.status === 'waiting' ? <p className="status-message status-busy">{t('cohorts.cell.loading')}</p> : null}
      {query.status === 'failed' ? <p className="status-message">{t('errors.reason', { reason: query.message })}</p> : null}
      {query.status === 'ready' && customers.length === 0 ? <p className="empty-state">{t('cohorts.cell.empty')}</p> : null}
      {shown.length > 0 ? (
        <>
          <table className="data-table" aria-label={t('cohorts.customers.listLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('cohorts.customers.name')}</th>
                <th scope="col">{t('cohorts.customers.email')}</th>
                <th scope="col">{t('cohorts.customers.key')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((customer) => (
                <tr key={customer.index}>
                  <td>{customer.name}</td>
                  <td>{customer.email}</td>
                  <td className="muted">{customer.key}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 ? (
            <div className="pager">
              <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('cohorts.cell.previous')}
              </button>
              <span className="muted">
                {t('cohorts.cell.page', {
                  from: format.count(page * CUSTOMERS_PER_PAGE + 1),
                  to: format.count(page * CUSTOMERS_PER_PAGE + shown.length),
                  total: format.count(customers.length),
                })}
              </span>
              <button type="button" className="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('cohorts.cell.next')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {naming ? <SaveSegmentDialog suggestedName={suggestedName} onSave={(name) => void save(name)} onClose={() => setNaming(false)} /> : null}
    </section>
  );
}
