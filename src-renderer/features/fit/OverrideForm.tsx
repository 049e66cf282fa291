/** Setting a customer's status by hand (a reason is required), handing them back to the rules, and the history of both. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIT_STATUSES, overrideHistory, type FitOverrideEvent, type FitStatus } from '../../../src-core/analytics/fit';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';

interface OverrideFormProps {
  customerKey: string;
  status: FitStatus;
  overridden: boolean;
  overrides: readonly FitOverrideEvent[];
}

export function OverrideForm({ customerKey, status, overridden, overrides }: OverrideFormProps) {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const overrideFitStatus = useAppStore((state) => state.overrideFitStatus);
  const liftFitOverride = useAppStore((state) => state.liftFitOverride);
  const [chosen, setChosen] = useState<FitStatus>(status === 'depart' ? 'keep' : 'depart');
  const [reason, setReason] = useState('');
  // The proposed status follows the current one (a reason being typed is kept).
  useEffect(() => setChosen(status === 'depart' ? 'keep' : 'depart'), [status]);
  const [missingReason, setMissingReason] = useState(false);
  const history = overrideHistory(overrides, customerKey);
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const submit = async (lift: boolean) => {
    const problem = lift ? await liftFitOverride(customerKey, reason) : await overrideFitStatus(customerKey, chosen, reason);
    setMissingReason(problem?.field === 'reason');
    if (!problem) setReason('');
  };

  return (
    <div className="fit-override">
      <h3>{t('fit.override.title')}</h3>
      <form
        className="fit-fields"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <label className="fit-field">
          <span>{t('fit.override.status')}</span>
          <select value={chosen} onChange={(event) => setChosen(FIT_STATUSES.find((s) => s === event.target.value) ?? 'keep')} data-testid="fit-override-status">
            {FIT_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`fit.status.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="fit-field fit-field-wide">
          <span>{t('fit.override.reason')}</span>
          <input
            type="text"
            value={reason}
            // Not `required`: the browser's own bubble would hide our sentence saying why a reason matters.
            aria-required="true"
            aria-invalid={missingReason}
            data-testid="fit-override-reason"
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <div className="fit-actions">
          <button type="submit" className="button button-primary" data-testid="fit-override-save">
            {t('fit.override.save')}
          </button>
          {overridden ? (
            <button type="button" className="button" onClick={() => void submit(true)}>
              {t('fit.override.lift')}
            </button>
          ) : null}
        </div>
      </form>
      {missingReason ? (
        <p className="fit-error" role="alert">
          {t('fit.override.reasonRequired')}
        </p>
      ) : null}
      <h4>{t('fit.override.history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('fit.override.noHistory')}</p>
      ) : (
        <ol className="fit-history" data-testid="fit-override-history">
          {[...history].reverse().map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <time dateTime={event.at}>{when.format(new Date(event.at))}</time>{' '}
              <strong>{event.status === null ? t('fit.override.lifted') : t('fit.override.setTo', { status: t(`fit.status.${event.status}`) })}</strong>
              {event.reason ? <> — {event.reason}</> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
