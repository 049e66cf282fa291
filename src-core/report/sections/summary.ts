/** Executive summary: this period against the one before it, then the all-time headline KPIs. */
import { html, type SafeHtml } from '../html';
import { dataTable } from '../html';
import type { SummaryKpi } from '../locales';
import { intro, section, type SectionContext } from './context';

const KPI_ORDER: readonly SummaryKpi[] = ['revenue', 'orders', 'activeCustomers', 'newCustomers', 'returningCustomers', 'averageOrderValue', 'crr'];

export function summarySection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const { current, previous } = data.summary;
  const value = (kpi: SummaryKpi, side: typeof current): string => {
    if (kpi === 'crr') return side.crr === null ? t.notAvailable : f.percent(side.crr);
    if (kpi === 'revenue' || kpi === 'averageOrderValue') return f.money(side[kpi]);
    return f.integer(side[kpi]);
  };
  const change = (kpi: SummaryKpi): { text: string; direction: 'up' | 'down' | 'flat' } => {
    let text: string | null;
    let delta: number;
    if (kpi === 'crr') {
      if (current.crr === null || previous.crr === null) return { text: t.notAvailable, direction: 'flat' };
      text = f.pointChange(current.crr, previous.crr);
      delta = current.crr - previous.crr;
    } else {
      text = f.relativeChange(current[kpi], previous[kpi]);
      delta = current[kpi] - previous[kpi];
    }
    if (text === null) return { text: t.notAvailable, direction: 'flat' };
    return { text, direction: Math.abs(delta) < 1e-9 ? 'flat' : delta > 0 ? 'up' : 'down' };
  };
  const cards = KPI_ORDER.map((kpi) => {
    const { text, direction } = change(kpi);
    return html`<div class="kpi"><div class="kpi-label">${t.summary.kpis[kpi]}</div><div class="kpi-value">${value(kpi, current)}</div><div class="kpi-change ${direction}">${text}</div><div class="kpi-previous">${t.summary.previous}: ${value(kpi, previous)}</div></div>`;
  });
  const { headline, clv } = data;
  const horizon = f.integer(clv.horizonDays);
  const allTime: [string, string][] = [
    [t.summary.customers, f.integer(headline.customers)],
    [t.summary.kpis.orders, f.integer(headline.orders)],
    [t.summary.kpis.revenue, f.money(headline.revenue)],
    [t.summary.repeatRate, f.percent(headline.repeatRate)],
    [t.summary.oneTimeBuyerShare, f.percent(headline.oneTimeBuyerShare)],
    [t.summary.ordersPerCustomer, f.decimal(headline.ordersPerCustomer, 2)],
    [t.summary.kpis.averageOrderValue, f.money(headline.averageOrderValue)],
    [t.summary.medianDaysToSecondOrder, headline.medianDaysToSecondOrder === null ? t.notAvailable : t.summary.days(f.decimal(headline.medianDaysToSecondOrder, 0))],
    [t.summary.expectedRepeatPurchases(horizon), clv.expectedRepeatPurchases === null ? t.summary.modelNotFitted : f.integer(clv.expectedRepeatPurchases)],
    [t.summary.predictedClv(horizon), clv.predictedClv === null ? t.summary.modelNotFitted : f.money(clv.predictedClv)],
  ];
  const body = html`${intro(t.summary.intro(f.date(current.from), f.date(current.to), f.date(previous.from), f.date(previous.to)))}<div class="kpis">${cards}</div><h3>${t.summary.allTime}</h3>${dataTable(
    [t.summary.measure, ''],
    allTime,
    { numeric: [1], className: 'compact' },
  )}`;
  return section('summary', context, notes, body);
}
