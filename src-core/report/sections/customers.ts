/** Sections about customers: the repeat-purchase funnel, RFM segments, valuable customers at risk. */
import { horizontalBarsSvg } from '../charts';
import { dataTable, html, type SafeHtml } from '../html';
import type { RfmSegmentId } from '../locales';
import { figure, intro, section, type SectionContext } from './context';

export function funnelSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const steps = data.headline.repeatFunnel;
  const all = steps[0];
  const rows = steps.map((customers, i) => [
    t.funnel.step(i + 1),
    f.integer(customers),
    all === 0 ? t.notAvailable : f.percent(customers / all),
    i === 0 || steps[i - 1] === 0 ? t.notAvailable : f.percent(customers / steps[i - 1]!),
  ]);
  const chart = horizontalBarsSvg(
    steps.map((customers, i) => ({ label: t.funnel.step(i + 1), value: customers })),
    (value) => f.integer(value),
  );
  const median = data.headline.medianDaysToSecondOrder;
  const products = data.firstProducts.map((row) => [row.product.trim() || t.funnel.noneRecorded, f.integer(row.customers), f.integer(row.repeatCustomers), f.percent(row.repeatRate)]);
  const body = html`${intro(t.funnel.intro)}${figure(t.sections.funnel, chart)}${dataTable([t.funnel.stepColumn, t.funnel.customers, t.funnel.shareOfAll, t.funnel.fromPrevious], rows, {
    numeric: [1, 2, 3],
  })}${median === null ? '' : html`<p class="caption">${t.funnel.medianDaysToSecondOrder(f.decimal(median, 0))}</p>`}${
    products.length > 0
      ? html`<h3>${t.funnel.firstProductsTitle}</h3>${dataTable([t.funnel.firstProduct, t.funnel.customers, t.funnel.cameBack, t.funnel.repeatRate], products, { numeric: [1, 2, 3] })}`
      : ''
  }`;
  return section('funnel', context, notes, body);
}

const isSegmentId = (id: string, names: Record<RfmSegmentId, string>): id is RfmSegmentId => Object.hasOwn(names, id);

export function segmentsSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const name = (id: string) => (isSegmentId(id, t.segments.names) ? t.segments.names[id] : id);
  const customers = data.segments.reduce((sum, row) => sum + row.customers, 0);
  const revenue = data.segments.reduce((sum, row) => sum + row.revenue, 0);
  const share = (part: number, whole: number) => (whole === 0 ? t.notAvailable : f.percent(part / whole));
  const chart = horizontalBarsSvg(
    data.segments.map((row) => ({ label: name(row.id), value: row.customers })),
    (value) => f.integer(value),
  );
  const rows = data.segments.map((row) => [name(row.id), f.integer(row.customers), share(row.customers, customers), f.money(row.revenue), share(row.revenue, revenue)]);
  const body = html`${intro(t.segments.intro)}${figure(t.sections.segments, chart)}${dataTable(
    [t.segments.segment, t.segments.customers, t.segments.share, t.segments.revenue, t.segments.revenueShare],
    rows,
    { numeric: [1, 2, 3, 4] },
  )}`;
  return section('segments', context, notes, body);
}

export function atRiskSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  const { flagged, flaggedRevenue, rows } = data.atRisk;
  if (flagged === 0) return section('atRisk', context, notes, intro(t.atRisk.none));
  const table = dataTable(
    [t.atRisk.customer, t.atRisk.orders, t.atRisk.revenue, t.atRisk.lastOrder, t.atRisk.daysSince, t.atRisk.usualGap, t.atRisk.probabilityAlive, t.atRisk.predictedClv],
    rows.map((row) => [
      html`<span class="name">${row.name}</span>`,
      f.integer(row.orders),
      f.money(row.revenue),
      f.date(row.lastOrderDay),
      f.integer(row.daysSinceLastOrder),
      Number.isFinite(row.typicalIntervalDays) ? f.decimal(row.typicalIntervalDays, 0) : t.notAvailable,
      row.probabilityAlive === null ? t.notAvailable : f.percent(row.probabilityAlive, 0),
      row.predictedClv === null ? t.notAvailable : f.money(row.predictedClv),
    ]),
    { numeric: [1, 2, 3, 4, 5, 6, 7], className: 'customers' },
  );
  return section('atRisk', context, notes, html`${intro(t.atRisk.intro(f.integer(flagged), f.money(flaggedRevenue)))}${table}`);
}
