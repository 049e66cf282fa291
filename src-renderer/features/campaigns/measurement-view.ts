/**
 * The measurement as the page shows it: the two groups side by side, the
 * uplift figures with their intervals, and the verdict in the user's language.
 * The verdict sentence comes from src-core's code and parameters, so it never
 * claims more than the interval supports. Pure.
 */
import type { TFunction } from 'i18next';
import type { GroupSummary, Measurement, Verdict } from '../../../src-core/campaigns';
import type { CampaignFormat } from './campaign-words';

export interface GroupRow {
  id: keyof GroupSummary;
  labelKey: string;
  targeted: string;
  holdout: string;
}

export function groupRows(measurement: Measurement, format: CampaignFormat): GroupRow[] {
  const { targeted, holdout } = measurement;
  const row = (id: keyof GroupSummary, labelKey: string, show: (value: number) => string): GroupRow => ({
    id,
    labelKey,
    targeted: show(targeted[id]),
    holdout: show(holdout[id]),
  });
  return [
    row('customers', 'campaigns.measure.customers', format.count),
    row('responders', 'campaigns.measure.responders', format.count),
    row('responseRate', 'campaigns.measure.responseRate', format.percent),
    row('orders', 'campaigns.measure.orders', format.count),
    row('revenue', 'campaigns.measure.revenue', format.money),
    row('revenuePerCustomer', 'campaigns.measure.revenuePerCustomer', format.money),
  ];
}

export interface UpliftRow {
  id: string;
  labelKey: string;
  value: string;
  /** The 95 % interval in words, when there is one. */
  interval: string | null;
}

/** A signed difference in points of a percentage ("+4.2 pts"). */
function signedPoints(share: number, format: CampaignFormat, t: TFunction): string {
  const sign = share > 0 ? '+' : share < 0 ? '−' : '';
  return t('campaigns.measure.points', { value: `${sign}${format.points(Math.abs(share) * 100)}` });
}

function signedMoney(value: number, format: CampaignFormat): string {
  return value > 0 ? `+${format.money(value)}` : format.money(value);
}

export function upliftRows(measurement: Measurement, format: CampaignFormat, t: TFunction): UpliftRow[] {
  const { uplift } = measurement;
  const interval = (range: [number, number] | null, show: (value: number) => string) =>
    range && Number.isFinite(range[0]) && Number.isFinite(range[1]) ? t('campaigns.measure.interval', { low: show(range[0]), high: show(range[1]) }) : null;
  const points = (value: number) => signedPoints(value, format, t);
  const money = (value: number) => signedMoney(value, format);
  return [
    { id: 'responseRate', labelKey: 'campaigns.measure.upliftResponseRate', value: points(uplift.responseRate), interval: interval(uplift.ci95, points) },
    {
      id: 'revenuePerCustomer',
      labelKey: 'campaigns.measure.upliftRevenuePerCustomer',
      value: money(uplift.revenuePerCustomer),
      interval: interval(uplift.revenuePerCustomerCi95, money),
    },
    {
      id: 'incrementalRevenue',
      labelKey: 'campaigns.measure.incrementalRevenue',
      value: money(uplift.incrementalRevenue),
      interval: interval(uplift.incrementalRevenueCi95, money),
    },
    { id: 'cost', labelKey: 'campaigns.measure.cost', value: measurement.cost === null ? '—' : format.money(measurement.cost), interval: null },
    { id: 'roi', labelKey: 'campaigns.measure.roi', value: measurement.roi === null ? '—' : format.percent(measurement.roi), interval: null },
  ];
}

/** The verdict sentence; every number in it formatted for the user's language. */
export function verdictText(verdict: Verdict, format: CampaignFormat, t: TFunction): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(verdict.params)) params[name] = format.points(value);
  const parts = [t(verdict.key, params)];
  if (verdict.code === 'inconclusive' && params['minimumUplift'] !== undefined) {
    parts.push(t('campaigns.verdict.detectable', { minimumUplift: params['minimumUplift'] }));
  }
  if (verdict.smallSample && verdict.code !== 'noData') parts.push(t('campaigns.verdict.smallSample'));
  return parts.join(' ');
}
