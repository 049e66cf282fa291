/**
 * The table view: filters and export above the virtualised grid. Sorting and searching run on
 * the typed columns the worker sent (customer-table-model.ts); the search is deferred so typing
 * stays responsive with 100,000 rows.
 */
import { useDeferredValue, useMemo } from 'react';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { CustomerTable as CustomerTableData } from '../../worker/customers/customer-answers';
import { CustomerGrid } from './CustomerGrid';
import { CustomerToolbar } from './CustomerToolbar';
import { filterRows, searchIndex, sortOrder } from './customer-table-model';

export function CustomerTable({ table }: { table: CustomerTableData }) {
  const view = useAppStore(selectors.customersView);
  const language = useAppStore(selectors.language);
  const search = useDeferredValue(view.search);

  const index = useMemo(() => searchIndex(table), [table]);
  const collator = useMemo(() => new Intl.Collator(language, { sensitivity: 'base', numeric: true }), [language]);
  const order = useMemo(() => sortOrder(table, view.sort, collator), [table, view.sort, collator]);
  const rows = useMemo(
    () => filterRows(table, order, { search, segment: view.segment, flag: view.flag }, index),
    [table, order, search, view.segment, view.flag, index],
  );

  return (
    <div className="customer-table">
      <CustomerToolbar table={table} rows={rows} />
      <CustomerGrid table={table} rows={rows} sort={view.sort} />
    </div>
  );
}
