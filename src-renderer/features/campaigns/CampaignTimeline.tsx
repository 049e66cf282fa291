/** All dated campaigns on one time axis, one lane per set of non-overlapping windows, overlaps named. */
import { useTranslation } from 'react-i18next';
import { campaignTimeline } from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';
import type { CampaignRecord } from '../../db/campaign-records';
import { useFormat } from '../../format/use-format';

export function CampaignTimeline({ campaigns, today }: { campaigns: readonly CampaignRecord[]; today: EpochDay }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = campaignTimeline(
    campaigns.map(({ plan }) => ({ id: plan.id, name: plan.name, schedule: plan.schedule, ...(plan.assignment ? { customerKeys: plan.assignment.targetGroup } : {}) })),
    today,
  );
  if (timeline.entries.length === 0) return null;
  const first = Math.min(...timeline.entries.map((entry) => entry.startDay));
  const last = Math.max(...timeline.entries.map((entry) => entry.endDay));
  const span = Math.max(1, last - first);
  const lanes = Math.max(...timeline.entries.map((entry) => entry.lane)) + 1;
  const nameOf = (id: string) => campaigns.find((campaign) => campaign.id === id)?.plan.name ?? id;
  return (
    <section className="panel" aria-labelledby="campaign-timeline-title">
      <h2 id="campaign-timeline-title" className="panel-title">
        {t('campaigns.timeline.title')}
      </h2>
      <div className="campaign-timeline" style={{ height: lanes * 34 + 8 }}>
        {timeline.entries.map((entry) => (
          <div
            key={entry.id}
            className={`timeline-bar status-${entry.status}`}
            style={{ left: `${((entry.startDay - first) / span) * 100}%`, width: `${Math.max(2, ((entry.endDay - entry.startDay) / span) * 100)}%`, top: entry.lane * 34 + 4 }}
            title={t('campaigns.timeline.window', { name: entry.name, from: format.day(entry.startDay), to: format.day(entry.endDay - 1) })}
          >
            {entry.name}
          </div>
        ))}
      </div>
      <p className="muted timeline-axis">
        <span>{format.day(first)}</span>
        <span>{format.day(last - 1)}</span>
      </p>
      {timeline.overlaps.map((overlap) => (
        <p key={`${overlap.first}-${overlap.second}`} className="notice">
          {overlap.sharedCustomers === null
            ? t('campaigns.timeline.overlap', { first: nameOf(overlap.first), second: nameOf(overlap.second) })
            : t('campaigns.timeline.overlapShared', { first: nameOf(overlap.first), second: nameOf(overlap.second), shared: format.count(overlap.sharedCustomers) })}
        </p>
      ))}
    </section>
  );
}
