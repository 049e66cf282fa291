/**
 * The virtualised grid: only the rows in sight (plus a few) are in the DOM, so 100,000
 * customers scroll smoothly. ARIA table roles keep it a table for screen readers; the
 * column headers sort, a row (or its name link) opens the customer.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import type { CustomerTable } from '../../worker/customers/customer-answers';
import { CustomerCell } from './CustomerCell';
import { CUSTOMER_COLUMNS, type CustomerColumn } from './customer-columns';
import { customerRouteHash } from './customer-route';
import type { CustomerSort } from './customer-table-model';
import { useCustomerFormat } from './use-customer-format';

const ROW_HEIGHT = 48;
const TEMPLATE = CUSTOMER_COLUMNS.map((column) => `${column.width}px`).join(' ');
const TOTAL_WIDTH = CUSTOMER_COLUMNS.reduce((sum, column) => sum + column.width, 0);

interface CustomerGridProps {
  table: CustomerTable;
  rows: Uint32Array;
  sort: CustomerSort;
}

export function CustomerGrid({ table, rows, sort }: CustomerGridProps) {
  const { t } = useTranslation();
  const format = useCustomerFormat();
  const flagYes = t('customers.table.flagYes');
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });

  return (
    <div
      ref={scroller}
      className="customer-grid-scroller"
      role="table"
      aria-label={t('customers.table.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={CUSTOMER_COLUMNS.length}
    >
      <div className="customer-grid" style={{ width: TOTAL_WIDTH }}>
        <div className="customer-grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns: TEMPLATE }}>
          {CUSTOMER_COLUMNS.map((column) => (
            <HeaderCell key={column.id} column={column} sort={sort} table={table} />
          ))}
        </div>
        {rows.length === 0 ? (
          <p className="customer-grid-empty">{t('customers.table.empty')}</p>
        ) : (
          <div className="customer-grid-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const href = customerRouteHash({ view: 'customer', customer: table.customer[row]! });
              return (
                <div
                  key={item.key}
                  className="customer-grid-row"
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{ gridTemplateColumns: TEMPLATE, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  onClick={(event) => {
                    if (!(event.target instanceof HTMLAnchorElement)) window.location.hash = href;
                  }}
                >
                  {CUSTOMER_COLUMNS.map((column) => (
                    <CustomerCell key={column.id} column={column} table={table} row={row} href={href} format={format} flagYes={flagYes} />
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function HeaderCell({ column, sort, table }: { column: CustomerColumn; sort: CustomerSort; table: CustomerTable }) {
  const { t } = useTranslation();
  const setView = useAppStore((state) => state.setCustomersView);
  const active = sort.column === column.id;
  const label = t(`customers.columns.${column.id}`);
  const help = columnHelp(column, table, t);
  return (
    <div
      role="columnheader"
      className={`customer-grid-heading cell-${column.kind}`}
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="customer-sort"
        title={help}
        aria-label={t('customers.table.sortBy', { column: label })}
        onClick={() => setView({ sort: { column: column.id, descending: active ? !sort.descending : column.descendingFirst } })}
      >
        <span>{label}</span>
        <span className="customer-sort-mark" aria-hidden="true">
          {active ? (sort.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </div>
  );
}

function columnHelp(column: CustomerColumn, table: CustomerTable, t: (key: string, vars?: Record<string, unknown>) => string): string | undefined {
  switch (column.id) {
    case 'recency':
    case 'frequency':
    case 'monetary':
    case 'probabilityAlive':
    case 'expectedPurchases90':
    case 'expectedPurchases365':
      return t(`customers.columnHelp.${column.id}`);
    case 'lapsed':
      return t('customers.columnHelp.lapsed', { days: table.lapsedAfterDays });
    case 'atRisk':
      return t('customers.columnHelp.atRisk', { factor: table.atRiskFactor });
    case 'predictedClv':
      return t('customers.columnHelp.predictedClv', { days: table.horizonDays, rate: `${Math.round(table.annualDiscountRate * 100)}%` });
    default:
      return undefined;
  }
}
