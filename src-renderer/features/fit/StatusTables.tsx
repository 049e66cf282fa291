/**
 * One table per status with its totals: how much revenue, margin, cost and
 * profit sits in Keep, Grow and Depart. Each table exports as CSV with every
 * customer matching the search, not only the rows shown: the page asks the
 * worker for a few rows per status, so the export asks it for all of them
 * when the CSV is wanted (not on every search or data change).
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CsvCell } from '../../../src-core/export/csv';
import type { FitStatus } from '../../../src-core/analytics/fit';
import { ExportButtons } from '../../components/ExportButtons';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { FitAnswer, FitRow } from '../../worker/fit/fit-answers';
import { analytics } from '../../worker/analytics-client';
import { fitQuestionInputs } from './fit-slice';
import { statusTables, type StatusTableView } from './fit-table';
import { useFitFormat } from './use-fit-format';

/**
 * Customers as a CSV table, header first: numbers stay numbers (profitability
 * as a fraction, empty without revenue), the status in the reader's language.
 */
export function fitRowsTable(rows: readonly FitRow[], t: TFunction): CsvCell[][] {
  return [
    [
      t('fit.columns.key'),
      t('fit.columns.customer'),
      t('fit.columns.status'),
      t('fit.tables.overridden'),
      t('fit.columns.revenue'),
      t('fit.columns.margin'),
      t('fit.columns.cost'),
      t('fit.columns.profit'),
      t('fit.columns.profitability'),
      t('fit.columns.score'),
    ],
    ...rows.map((row) => [
      row.key,
      row.name,
      t(`fit.status.${row.status}`),
      row.overridden,
      row.lifetimeRevenue,
      row.grossMargin,
      row.costToServe,
      row.profit,
      row.profitability,
      row.score,
    ]),
  ];
}

/**
 * Asks the worker, when the CSV is wanted, for every row of one status matching
 * the search (the applied settings: the tables never show the what-if).
 */
function useAllRowsOf(search: string): ((status: FitStatus) => Promise<FitRow[]>) | null {
  const data = useAppStore(selectors.fitData);
  return useMemo(() => {
    if (!data) return null;
    return async (status: FitStatus) => {
      const outcome = await analytics().fitAnalysis({
        inputs: fitQuestionInputs(data),
        axes: 'score-profitability',
        draft: null,
        search,
        rowsPerStatus: Number.MAX_SAFE_INTEGER,
        customerKey: null,
      });
      if (!outcome.ok) throw new Error(outcome.message);
      return outcome.value.tables[status].rows;
    };
  }, [data, search]);
}

interface StatusTablesProps {
  answer: FitAnswer;
  search: string;
  onSearch(search: string): void;
  selectedKey: string | null;
  onSelect(customerKey: string): void;
}

interface StatusTableProps {
  view: StatusTableView;
  /** Every row of this status matching the search, fetched for the CSV (null before the data is loaded). */
  allRows: ((status: FitStatus) => Promise<FitRow[]>) | null;
  selectedKey: string | null;
  onSelect(key: string): void;
}

function StatusTable({ view, allRows, selectedKey, onSelect }: StatusTableProps) {
  const { t } = useTranslation();
  const format = useFitFormat();
  const { totals } = view;
  const percent = (value: number | null) => (value === null ? '—' : format.percent(value, 1));
  const table = useCallback(async () => fitRowsTable(allRows ? await allRows(view.status) : [], t), [allRows, view.status, t]);
  const what = `${t('fit.tables.title')} — ${t(`fit.status.${view.status}`)}`;
  return (
    <section className={`fit-status-table fit-status-${view.status}`} aria-labelledby={`fit-table-${view.status}`} data-testid={`fit-table-${view.status}`}>
      <div className="panel-head">
        <h3 id={`fit-table-${view.status}`} className="panel-title">
          <span className={`fit-badge fit-badge-${view.status}`}>{t(`fit.status.${view.status}`)}</span>{' '}
          {t('fit.tables.summary', { customers: format.number(totals.customers, 0), share: percent(totals.revenueShare) })}
        </h3>
        <ExportButtons what={what} table={allRows && view.rows.length + view.hidden > 0 ? table : undefined} />
      </div>
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
  const allRows = useAllRowsOf(search);
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
        <StatusTable key={view.status} view={view} allRows={allRows} selectedKey={selectedKey} onSelect={onSelect} />
      ))}
    </section>
  );
}
