/** The contact list: with the hold-out (the record, with a group column) or only those to contact; optional unique codes. */
import { useTranslation } from 'react-i18next';
import type { CampaignPlan } from '../../../src-core/campaigns';
import type { PlanAction } from './plan-form';

interface ExportSectionProps {
  plan: CampaignPlan;
  /** Translation keys of what must be fixed first (empty = ready). */
  problems: readonly string[];
  busy: boolean;
  message: string | null;
  dispatch(action: PlanAction): void;
  onExport(withHoldout: boolean): void;
}

export function ExportSection({ plan, problems, busy, message, dispatch, onExport }: ExportSectionProps) {
  const { t } = useTranslation();
  const blocked = problems.length > 0 || busy;
  return (
    <section className="panel" aria-labelledby="campaign-export-title">
      <h2 id="campaign-export-title" className="panel-title">
        {t('campaigns.export.title')}
      </h2>
      <div className="campaign-fields">
        <label className="field-inline">
          <input type="checkbox" checked={plan.useCodes} onChange={(event) => dispatch({ type: 'codes', useCodes: event.target.checked, codePrefix: plan.codePrefix })} />
          {t('campaigns.export.codes')}
        </label>
        {plan.useCodes ? (
          <label className="field">
            <span className="field-label">{t('campaigns.export.codePrefix')}</span>
            <input value={plan.codePrefix} maxLength={8} onChange={(event) => dispatch({ type: 'codes', useCodes: true, codePrefix: event.target.value.toUpperCase() })} />
          </label>
        ) : null}
      </div>
      {plan.assignment ? null : <p className="muted">{t('campaigns.export.drawsHoldout')}</p>}
      {problems.map((problem) => (
        <p key={problem} className="notice notice-error">
          {t(problem)}
        </p>
      ))}
      <div className="toolbar">
        <button type="button" className="button button-primary" disabled={blocked} onClick={() => onExport(true)}>
          {t('campaigns.export.full')}
        </button>
        <button type="button" className="button" disabled={blocked} onClick={() => onExport(false)}>
          {t('campaigns.export.mailing')}
        </button>
      </div>
      {message ? (
        <p className="muted" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
