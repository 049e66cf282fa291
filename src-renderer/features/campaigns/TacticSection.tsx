/** The play: tactic (with its rationale), channel, offer, costs, expected response and margin. */
import { useTranslation } from 'react-i18next';
import { CHANNELS, TACTICS, channelById, isChannelId, isTacticId, tacticById, type CampaignPlan } from '../../../src-core/campaigns';
import { OfferFields } from './OfferFields';
import { NumberField } from './NumberField';
import { isLocked, type PlanAction } from './plan-form';

export function TacticSection({ plan, currency, dispatch }: { plan: CampaignPlan; currency: string; dispatch(action: PlanAction): void }) {
  const { t } = useTranslation();
  const tactic = tacticById(plan.tacticId);
  const channel = channelById(plan.channel);
  return (
    <section className="panel" aria-labelledby="campaign-tactic-title">
      <h2 id="campaign-tactic-title" className="panel-title">
        {t('campaigns.tacticSection.title')}
      </h2>
      <div className="campaign-fields">
        <label className="field">
          <span className="field-label">{t('campaigns.tacticSection.tactic')}</span>
          <select value={plan.tacticId} onChange={(event) => isTacticId(event.target.value) && dispatch({ type: 'tactic', tacticId: event.target.value, currency })}>
            {TACTICS.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {t(entry.nameKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('campaigns.tacticSection.channel')}</span>
          <select value={plan.channel} disabled={isLocked(plan, 'channel')}
            onChange={(event) => isChannelId(event.target.value) && dispatch({ type: 'channel', channel: event.target.value, currency })}>
            {CHANNELS.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {t(entry.labelKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="rationale">{t(tactic.rationaleKey)}</p>
      {channel.uncheckedNoteKey ? <p className="muted">{t(channel.uncheckedNoteKey)}</p> : null}
      <div className="campaign-fields">
        <OfferFields offer={plan.offer} currency={currency} onChange={(offer) => dispatch({ type: 'offer', offer })} />
      </div>
      <div className="campaign-fields">
        <NumberField label={t('campaigns.tacticSection.contactCost')} suffix={currency} value={plan.contactCostPerCustomer} onChange={(value) => dispatch({ type: 'contactCost', value })} />
        <NumberField label={t('campaigns.tacticSection.fixedCost')} suffix={currency} value={plan.fixedCost} onChange={(value) => dispatch({ type: 'fixedCost', value })} />
        <NumberField label={t('campaigns.tacticSection.responseRate')} suffix="%" scale={100} value={plan.responseRate} testId="campaign-response-rate"
          onChange={(value) => dispatch({ type: 'responseRate', value })} />
        <NumberField label={t('campaigns.tacticSection.margin')} suffix="%" value={plan.marginPct} onChange={(value) => dispatch({ type: 'margin', value })} />
      </div>
      <p className="muted">{t('campaigns.tacticSection.responseRateHelp')}</p>
    </section>
  );
}
