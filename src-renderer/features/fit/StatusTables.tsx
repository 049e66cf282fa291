/** One table per status with its totals: how much revenue, margin, cost and profit sits in Keep, Grow and Depart. */
import { useTranslation } from 'react-i18next';
import type { FitAnswer } from '../../worker/fit/fit-answers';
import { statusTables, type StatusTableView } from './fit-table';
import { useFitFormat } from './use-fit-format';

interface StatusTablesProps {
  answer: FitAnswer;
  search: string;
  onSearch(search: string): void;
  selectedKey: string | null;
  onSelect(customerKey: string): void;
}

function StatusTable({ view, selectedKey, onSelect }: { view: StatusTableView; selectedKey: string | null; onSelect(key: string): void }) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const { totals } = view;
  const percent = (value: number | null) => (value === null ? '—' : format.percent(value, 1));
  return (
    <section className={`fit-status-table fit-status-${view.status}`} aria-labelledby={`fit-table-${view.status}`} data-testid={`fit-table-${view.status}`}>
      <h3 id={`fit-table-${view.status}`}>
        <span className={`fit-badge fit-badge-${view.status}`}>{t(`fit.status.${view.status}`)}</span>{' '}
        {t('fit.tables.summary', { customers: format.number(totals.customers, 0), share: percent(totals.revenueShare) })}
      </h3>
      <div className="fit-scroll">
        <table className="fit-table">
          <thead>
            <tr>
              <th scope="col">{t('fit.columns.customer')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.revenue')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.margin')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.cost')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.profit')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.profitability')}</th>
              <th scope="col" className="fit-num">{t('fit.columns.score')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.key} className={row.key === selectedKey ? 'fit-row-selected' : undefined} data-testid="fit-row" data-key={row.key}>
                <th scope="row">
                  <button type="button" className="fit-link" onClick={() => onSelect(row.key)} aria-pressed={row.key === selectedKey}>
                    {row.name || row.key}
                  </button>
                  {row.overridden ? <span className="fit-hand" title={t('fit.tables.overridden')}> ✎</span> : null}
                </th>
                <td className="fit-num">{format.money(row.lifetimeRevenue)}</td>
                <td className="fit-num">{format.money(row.grossMargin)}</td>
                <td className="fit-num">{format.money(row.costToServe)}</td>
                <td className="fit-num">{format.money(row.profit)}</td>
                <td className="fit-num">{percent(row.profitability)}</td>
                <td className="fit-num">{format.number(row.score, 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid={`fit-totals-${view.status}`}>
              <th scope="row">{t('fit.tables.total')}</th>
              <td className="fit-num">{format.money(totals.revenue)}</td>
              <td className="fit-num">{format.money(totals.grossMargin)}</td>
              <td className="fit-num">{format.money(totals.costToServe)}</td>
              <td className="fit-num">{format.money(totals.profit)}</td>
              <td className="fit-num">{percent(totals.profitability)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {view.hidden > 0 ? <p className="muted">{t('fit.tables.hidden', { count: view.hidden })}</p> : null}
    </section>
  );
}

export function StatusTables({ answer, search, onSearch, selectedKey, onSelect }: StatusTablesProps) {
  const { t } = useTranslation();
  return (
    <section className="panel fit-tables" aria-labelledby="fit-tables-title">
      <div className="fit-panel-head">
        <h2 id="fit-tables-title">{t('fit.tables.title')}</h2>
        <input
          type="search"
          className="fit-search"
          value={search}
          placeholder={t('fit.tables.searchPlaceholder')}
          aria-label={t('fit.tables.search')}
          onChange={(event) => onSearch(event.target.value)}
        />
      </div>
      {statusTables(answer).map((view) => (
        <StatusTable key={view.status} view={view} selectedKey={selectedKey} onSelect={onSelect} />
      ))}
    </section>
  );
}
