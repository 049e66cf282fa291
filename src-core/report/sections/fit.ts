/** Customer fit: the revenue in Keep / Grow / Depart, the fit matrix, the largest customers in Depart. */
import { FIT_STATUSES } from '../../analytics/fit';
import { fitMatrixSvg } from '../charts';
import { dataTable, html, type SafeHtml } from '../html';
import { figure, intro, section, type SectionContext } from './context';

export function fitSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const fit = data.fit;
  if (!fit) return section('fit', context, notes, intro(t.fit.notSetUp));
  const totalsRow = (label: string, totals: typeof fit.all) => [
    label,
    f.integer(totals.customers),
    f.money(totals.lifetimeRevenue),
    f.money(totals.last12Revenue),
    f.money(totals.costToServe),
    f.money(totals.profit),
  ];
  const table = dataTable(
    [t.fit.status, t.fit.customers, t.fit.lifetimeRevenue, t.fit.last12Revenue, t.fit.costToServe, t.fit.profit],
    [...FIT_STATUSES.map((status) => totalsRow(t.fit.statuses[status], fit.totals[status])), totalsRow(t.fit.total, fit.all)],
    { numeric: [1, 2, 3, 4, 5] },
  );
  const chart = fitMatrixSvg(fit.points, t.fit.statuses, { x: t.fit.costToServe, y: t.fit.grossMargin }, (value) => f.money(value));
  const depart =
    fit.depart.length === 0
      ? ''
      : html`<h3>${t.fit.departTitle}</h3>${dataTable(
          [t.fit.customer, t.fit.lifetimeRevenue, t.fit.profit, t.fit.profitability],
          fit.depart.map((row) => [html`<span class="name">${row.name}</span>`, f.money(row.lifetimeRevenue), f.money(row.profit), row.profitability === null ? t.notAvailable : f.percent(row.profitability)]),
          { numeric: [1, 2, 3], className: 'customers' },
        )}`;
  return section('fit', context, notes, html`${intro(t.fit.intro)}${table}${figure(t.fit.matrixTitle, chart)}${depart}`);
}
