/** Who the campaign is for: the target, the exclusions with what each removed, and the Fit page's hand-off. */
import { useTranslation } from 'react-i18next';
import { RFM_SEGMENTS } from '../../../src-core/analytics';
import type { CampaignPlan, CampaignTarget, ExclusionReason, FitStatus } from '../../../src-core/campaigns';
import type { SegmentRecord } from '../../db/records';
import { useFormat } from '../../format/use-format';
import type { FitSelection } from '../fit/fit-slice';
import type { CampaignPlanAnswer } from '../../worker/campaigns/campaign-answers';
import { segmentNames } from './campaign-words';
import { NumberField } from './NumberField';
import { isLocked, keysFromText, type PlanAction } from './plan-form';

const KINDS = ['lapsed', 'rfmSegments', 'fitStatus', 'savedSegments', 'replenishmentDue', 'filter', 'list'] as const;
const FIT_STATUSES: FitStatus[] = ['keep', 'grow', 'depart'];

function targetOfKind(kind: (typeof KINDS)[number]): CampaignTarget {
  switch (kind) {
    case 'lapsed':
      return { kind, days: 180 };
    case 'rfmSegments':
      return { kind, segmentIds: [] };
    case 'fitStatus':
      return { kind, statuses: ['grow'] };
    case 'savedSegments':
      return { kind, segmentIds: [] };
    case 'replenishmentDue':
      return { kind, withinDays: 7 };
    case 'filter':
      return { kind, filter: {} };
    case 'list':
      return { kind, customerKeys: [] };
  }
}

interface TargetSectionProps {
  plan: CampaignPlan;
  answer: CampaignPlanAnswer | undefined;
  segments: readonly SegmentRecord[];
  fitSelection: FitSelection | null;
  dispatch(action: PlanAction): void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...new Set([...list, item])] : list.filter((entry) => entry !== item);
}

export function TargetSection({ plan, answer, segments, fitSelection, dispatch }: TargetSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const locked = isLocked(plan, 'target');
  const { target, exclusions } = plan;
  const setTarget = (next: CampaignTarget) => dispatch({ type: 'target', target: next });
  const names = segmentNames(t);
  const removed = (reason: ExclusionReason) => answer?.resolution.excluded.find((entry) => entry.reason === reason)?.removed;
  const removedText = (reason: ExclusionReason) => {
    const count = removed(reason);
    return count === undefined ? '' : t('campaigns.target.removed', { count, formatted: format.count(count) });
  };

  return (
    <section className="panel" aria-labelledby="campaign-target-title">
      <h2 id="campaign-target-title" className="panel-title">
        {t('campaigns.target.title')}
      </h2>
      {locked ? <p className="muted">{t('campaigns.target.locked')}</p> : null}
      {fitSelection && fitSelection.keys.length > 0 && !locked ? (
        <p className="notice">
          {t('campaigns.target.fitHandOff', { count: fitSelection.keys.length, formatted: format.count(fitSelection.keys.length) })}{' '}
          <button
            type="button"
            className="button"
            onClick={() =>
              setTarget(fitSelection.segmentId !== null ? { kind: 'savedSegments', segmentIds: [String(fitSelection.segmentId)] } : { kind: 'list', customerKeys: fitSelection.keys })
            }
          >
            {t('campaigns.target.useFitSelection')}
          </button>
        </p>
      ) : null}
      <div className="campaign-fields">
        <label className="field">
          <span className="field-label">{t('campaigns.target.kind')}</span>
          <select value={target.kind === 'cohortCell' ? 'list' : target.kind} disabled={locked} onChange={(event) => {
            const kind = KINDS.find((candidate) => candidate === event.target.value);
            if (kind) setTarget(targetOfKind(kind));
          }}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`campaigns.target.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {target.kind === 'lapsed' ? (
          <NumberField label={t('campaigns.target.lapsedDays')} value={target.days} disabled={locked} onChange={(days) => setTarget({ kind: 'lapsed', days })} />
        ) : null}
        {target.kind === 'replenishmentDue' ? (
          <NumberField label={t('campaigns.target.withinDays')} value={target.withinDays} disabled={locked} onChange={(withinDays) => setTarget({ kind: 'replenishmentDue', withinDays })} />
        ) : null}
        {target.kind === 'filter' ? (
          <>
            <NumberField label={t('campaigns.target.firstOrderWithinDays')} value={target.filter.firstOrderWithinDays ?? Number.NaN} disabled={locked}
              onChange={(value) => setTarget({ kind: 'filter', filter: { ...target.filter, firstOrderWithinDays: Number.isFinite(value) ? value : undefined } })} />
            <NumberField label={t('campaigns.target.minOrders')} value={target.filter.minOrders ?? Number.NaN} disabled={locked}
              onChange={(value) => setTarget({ kind: 'filter', filter: { ...target.filter, minOrders: Number.isFinite(value) ? value : undefined } })} />
            <NumberField label={t('campaigns.target.maxOrders')} value={target.filter.maxOrders ?? Number.NaN} disabled={locked}
              onChange={(value) => setTarget({ kind: 'filter', filter: { ...target.filter, maxOrders: Number.isFinite(value) ? value : undefined } })} />
            <NumberField label={t('campaigns.target.minDaysSinceLastOrder')} value={target.filter.minDaysSinceLastOrder ?? Number.NaN} disabled={locked}
              onChange={(value) => setTarget({ kind: 'filter', filter: { ...target.filter, minDaysSinceLastOrder: Number.isFinite(value) ? value : undefined } })} />
          </>
        ) : null}
      </div>
      {target.kind === 'rfmSegments' ? (
        <fieldset className="choice-list" disabled={locked}>
          <legend>{t('campaigns.target.kinds.rfmSegments')}</legend>
          {RFM_SEGMENTS.map((segment) => (
            <label key={segment.id}>
              <input type="checkbox" checked={target.segmentIds.includes(segment.id)}
                onChange={(event) => setTarget({ kind: 'rfmSegments', segmentIds: toggled(target.segmentIds, segment.id, event.target.checked) })} />
              {names[segment.id]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {target.kind === 'fitStatus' ? (
        <fieldset className="choice-list" disabled={locked}>
          <legend>{t('campaigns.target.kinds.fitStatus')}</legend>
          {FIT_STATUSES.map((status) => (
            <label key={status}>
              <input type="checkbox" checked={target.statuses.includes(status)}
                onChange={(event) => setTarget({ kind: 'fitStatus', statuses: toggled(target.statuses, status, event.target.checked) })} />
              {t(`campaigns.fitStatus.${status}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {target.kind === 'savedSegments' ? (
        segments.length === 0 ? (
          <p className="muted">{t('campaigns.target.noSavedSegments')}</p>
        ) : (
          <fieldset className="choice-list" disabled={locked}>
            <legend>{t('campaigns.target.kinds.savedSegments')}</legend>
            {segments.map((segment) => (
              <label key={segment.id}>
                <input type="checkbox" checked={target.segmentIds.includes(String(segment.id))}
                  onChange={(event) => setTarget({ kind: 'savedSegments', segmentIds: toggled(target.segmentIds, String(segment.id), event.target.checked) })} />
                {segment.name} ({format.count(segment.customers.length)})
              </label>
            ))}
          </fieldset>
        )
      ) : null}
      {target.kind === 'list' || target.kind === 'cohortCell' ? (
        <label className="field">
          <span className="field-label">{t('campaigns.target.pasteKeys')}</span>
          <textarea rows={4} disabled={locked} defaultValue={target.customerKeys.join('\n')}
            onChange={(event) => setTarget({ kind: 'list', customerKeys: keysFromText(event.target.value) })} />
        </label>
      ) : null}

      <fieldset className="choice-list exclusions" disabled={isLocked(plan, 'exclusions')}>
        <legend>{t('campaigns.target.exclusions')}</legend>
        <label>
          <input type="checkbox" checked={exclusions.depart} onChange={(event) => dispatch({ type: 'exclusions', patch: { depart: event.target.checked } })} />
          {t('campaigns.target.excludeDepart')} <span className="muted">{removedText('depart')}</span>
        </label>
        <label>
          <input type="checkbox" checked={exclusions.contactedWithinDays !== null}
            onChange={(event) => dispatch({ type: 'exclusions', patch: { contactedWithinDays: event.target.checked ? 30 : null } })} />
          {t('campaigns.target.excludeContacted', { days: exclusions.contactedWithinDays ?? 30 })} <span className="muted">{removedText('contactedRecently')}</span>
        </label>
        <label>
          <input type="checkbox" checked={exclusions.optedOut} onChange={(event) => dispatch({ type: 'exclusions', patch: { optedOut: event.target.checked } })} />
          {t('campaigns.target.excludeOptedOut')} <span className="muted">{removedText('optedOut')}</span>
        </label>
        <label>
          <input type="checkbox" checked={exclusions.missingContactDetail}
            onChange={(event) => dispatch({ type: 'exclusions', patch: { missingContactDetail: event.target.checked } })} />
          {t('campaigns.target.excludeMissingContact')} <span className="muted">{removedText('missingContactDetail')}</span>
        </label>
      </fieldset>
      {answer ? (
        <p data-testid="campaign-target-summary">
          {t('campaigns.target.summary', {
            matched: format.count(answer.resolution.matched),
            eligible: format.count(answer.resolution.eligible),
          })}
          {answer.resolution.unknownKeys > 0 ? ` ${t('campaigns.target.unknownKeys', { count: answer.resolution.unknownKeys, formatted: format.count(answer.resolution.unknownKeys) })}` : ''}
        </p>
      ) : null}
      {answer?.resolution.notes.map((note) => (
        <p key={note} className="muted">
          {t(note)}
        </p>
      ))}
    </section>
  );
}
