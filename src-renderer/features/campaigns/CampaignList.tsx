/** Every campaign of the workspace: status from its dates, groups, and the last measured uplift. */
import { useTranslation } from 'react-i18next';
import { campaignStatus } from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';
import type { CampaignRecord } from '../../db/campaign-records';
import { useCampaignFormat } from './use-campaign-format';

interface CampaignListProps {
  campaigns: readonly CampaignRecord[];
  today: EpochDay;
  selectedId: string | null;
  onSelect(id: string): void;
  onDelete(id: string): void;
}

export function CampaignList({ campaigns, today, selectedId, onSelect, onDelete }: CampaignListProps) {
  const { t } = useTranslation();
  const format = useCampaignFormat();
  if (campaigns.length === 0) return <p className="empty-state">{t('campaigns.list.empty')}</p>;
  return (
    <table className="campaign-table" aria-label={t('campaigns.list.title')}>
      <thead>
        <tr>
          <th scope="col">{t('campaigns.list.name')}</th>
          <th scope="col">{t('campaigns.list.status')}</th>
          <th scope="col">{t('campaigns.list.start')}</th>
          <th scope="col">{t('campaigns.list.groups')}</th>
          <th scope="col">{t('campaigns.list.uplift')}</th>
          <th scope="col">
            {t('campaigns.list.actions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map(({ id, plan, measured }) => {
          const status = campaignStatus(plan.schedule, today);
          const uplift = measured?.measurement.uplift.responseRate;
          return (
            <tr key={id} aria-selected={id === selectedId} className={id === selectedId ? 'selected' : undefined}>
              <td>
                <button type="button" className="button-quiet link-button" onClick={() => onSelect(id)}>
                  {plan.name || t('campaigns.list.unnamed')}
                </button>
              </td>
              <td>
                <span className={`status-chip status-${status}`}>{t(`campaigns.status.${status}`)}</span>
              </td>
              <td>{plan.schedule.startDay === null ? '—' : format.day(plan.schedule.startDay)}</td>
              <td>
                {plan.assignment
                  ? t('campaigns.list.groupSizes', { targeted: format.count(plan.assignment.targetGroup.length), holdout: format.count(plan.assignment.holdoutGroup.length) })
                  : t('campaigns.list.notDrawn')}
              </td>
              <td>{uplift === undefined ? '—' : t('campaigns.measure.points', { value: `${uplift > 0 ? '+' : ''}${format.points(uplift * 100)}` })}</td>
              <td>
                <button type="button" className="button button-danger-quiet" onClick={() => onDelete(id)} aria-label={t('campaigns.list.deleteLabel', { name: plan.name })}>
                  {t('campaigns.list.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
