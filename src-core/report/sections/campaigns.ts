/** Campaign plans with their projection, and measured results against the hold-out. */
import { notesHtml } from '../escape';
import type { Offer } from '../../campaigns';
import type { ReportCampaign } from '../data';
import { dataTable, html, trusted, type SafeHtml } from '../html';
import type { ReportFormat } from '../format';
import type { ReportStrings } from '../locales';
import { intro, section, type SectionContext } from './context';

function offerText(offer: Offer, t: ReportStrings, f: ReportFormat): string {
  switch (offer.kind) {
    case 'none':
      return t.campaigns.offer.none;
    case 'percentOff':
      return t.campaigns.offer.percentOff(f.percent(offer.percent / 100, 0), f.integer(offer.validDays));
    case 'amountOff':
      return t.campaigns.offer.amountOff(f.money(offer.amount), f.integer(offer.validDays));
    case 'points':
      return t.campaigns.offer.points(f.percent(offer.percentBack / 100, 0));
    case 'gift':
      return offer.giftTo === 'everyone' ? t.campaigns.offer.giftEveryone(f.money(offer.giftCost)) : t.campaigns.offer.giftResponders(f.money(offer.giftCost));
  }
}

function campaignBlock(campaign: ReportCampaign, t: ReportStrings, f: ReportFormat): SafeHtml {
  const { plan, projection, measurement } = campaign;
  const c = t.campaigns;
  const start = plan.schedule.startDay;
  const facts: [string, string][] = [
    [c.tactic, c.tactics[plan.tacticId]],
    [c.channel, c.channels[plan.channel]],
    [c.offerLabel, offerText(plan.offer, t, f)],
    [c.windowLabel, start === null ? c.notScheduled : c.window(f.date(start), f.integer(plan.schedule.windowDays))],
  ];
  const optionalPercent = (value: number | null) => (value === null ? t.notAvailable : f.percent(value));
  const planned = projection
    ? dataTable(
        [c.plannedTitle, ''],
        [
          [c.contacted, f.integer(projection.contacted)],
          [c.expectedResponseRate, f.percent(projection.expectedResponseRate)],
          [c.incrementalRevenue, f.money(projection.incrementalRevenue)],
          [c.totalCost, f.money(projection.cost.total)],
          [c.roi, optionalPercent(projection.roi)],
          [c.breakEven, optionalPercent(projection.breakEvenResponseRate)],
        ],
        { numeric: [1], className: 'compact' },
      )
    : '';
  let measured: SafeHtml;
  if (!measurement) measured = html`<p class="caption">${c.measuredTitle}: ${c.notMeasured}</p>`;
  else {
    const { targeted, holdout, uplift, verdict } = measurement;
    const group = (name: string, g: typeof targeted) => [name, f.integer(g.customers), f.percent(g.responseRate), f.money(g.revenuePerCustomer)];
    measured = html`<h4>${c.measuredTitle}</h4>${dataTable([c.group, t.fit.customers, c.responseRate, c.revenuePerCustomer], [group(c.targeted, targeted), group(c.holdout, holdout)], {
      numeric: [1, 2, 3],
      className: 'compact',
    })}<p class="verdict ${verdict.code}">${c.verdicts[verdict.code]} ${c.uplift}: ${f.pointChange(uplift.responseRate, 0)} (${c.ci95(
      f.pointChange(uplift.ci95[0], 0),
      f.pointChange(uplift.ci95[1], 0),
    )}); ${c.incrementalRevenue}: ${f.money(uplift.incrementalRevenue)}; ${c.roi}: ${optionalPercent(measurement.roi)}.${verdict.smallSample ? ` ${c.smallSample}` : ''}</p>`;
  }
  return html`<article class="campaign"><h3>${campaign.name}</h3><dl class="facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>${
    campaign.notes.trim() ? html`<div class="campaign-notes">${trusted(notesHtml(campaign.notes))}</div>` : ''
  }${planned}${measured}</article>`;
}

export function campaignsSection(context: SectionContext, notes: string): SafeHtml {
  const { data, t, f } = context;
  if (data.campaigns.length === 0) return section('campaigns', context, notes, intro(t.campaigns.none));
  return section('campaigns', context, notes, html`${intro(t.campaigns.intro)}${data.campaigns.map((campaign) => campaignBlock(campaign, t, f))}`);
}
