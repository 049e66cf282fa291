/** The hold-out and the schedule: share and seed (fixed once drawn), start date, window, derived status. */
import { useTranslation } from 'react-i18next';
import { campaignStatus, type CampaignPlan } from '../../../src-core/campaigns';
import { isoDate, parseIsoDate, type EpochDay } from '../../../src-core/model/orders';
import { useFormat } from '../../format/use-format';
import type { CampaignPlanAnswer } from '../../worker/campaigns/campaign-answers';
import { NumberField } from './NumberField';
import { isLocked, type PlanAction } from './plan-form';

interface HoldoutSectionProps {
  plan: CampaignPlan;
  answer: CampaignPlanAnswer | undefined;
  today: EpochDay;
  dispatch(action: PlanAction): void;
  onClearAssignment(): void;
}

export function HoldoutSection({ plan, answer, today, dispatch, onClearAssignment }: HoldoutSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = campaignStatus(plan.schedule, today);
  const drift = answer?.drift;
  return (
    <section className="panel" aria-labelledby="campaign-holdout-title">
      <h2 id="campaign-holdout-title" className="panel-title">
        {t('campaigns.holdout.title')}
      </h2>
      <div className="campaign-fields">
        <NumberField label={t('campaigns.holdout.share')} suffix="%" scale={100} value={plan.holdoutShare} disabled={isLocked(plan, 'holdoutShare')}
          onChange={(value) => dispatch({ type: 'holdoutShare', value })} />
        <label className="field">
          <span className="field-label">{t('campaigns.holdout.seed')}</span>
          <input value={plan.seed} disabled={isLocked(plan, 'seed')} onChange={(event) => dispatch({ type: 'seed', value: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">{t('campaigns.schedule.start')}</span>
          <input type="date" value={plan.schedule.startDay === null ? '' : isoDate(plan.schedule.startDay)}
            onChange={(event) => dispatch({ type: 'start', day: parseIsoDate(event.target.value) })} />
        </label>
        <NumberField label={t('campaigns.schedule.window')} value={plan.schedule.windowDays} onChange={(days) => dispatch({ type: 'window', days })} />
        <div className="field">
          <span className="field-label">{t('campaigns.schedule.status')}</span>
          <span className={`status-chip status-${status}`} data-testid="campaign-status">
            {t(`campaigns.status.${status}`)}
          </span>
        </div>
      </div>
      <p className="muted">{t('campaigns.holdout.explain')}</p>
      {plan.assignment ? (
        <div className="holdout-stored">
          <p data-testid="campaign-holdout-stored">
            {t('campaigns.holdout.stored', {
              targeted: format.count(plan.assignment.targetGroup.length),
              holdout: format.count(plan.assignment.holdoutGroup.length),
              seed: plan.assignment.seed,
            })}
          </p>
          {drift && (drift.newcomers > 0 || drift.leftTargetGroup > 0 || drift.leftHoldoutGroup > 0) ? (
            <p className="notice">
              {t('campaigns.holdout.drift', {
                newcomers: format.count(drift.newcomers),
                left: format.count(drift.leftTargetGroup + drift.leftHoldoutGroup),
              })}
            </p>
          ) : null}
          <button type="button" className="button button-danger-quiet" onClick={onClearAssignment}>
            {t('campaigns.holdout.clear')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('campaigns.holdout.notDrawn')}</p>
      )}
    </section>
  );
}
