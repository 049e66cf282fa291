/** After the start: targeted against hold-out in the window, the uplift with its intervals, and the verdict. */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignPlan } from '../../../src-core/campaigns';
import { ExportButtons } from '../../components/ExportButtons';
import type { AnalyticsApi } from '../../worker/analytics-api';
import type { CampaignMeasureAnswer } from '../../worker/campaigns/campaign-answers';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { groupRows, upliftRows, verdictText } from './measurement-view';
import { useCampaignFormat } from './use-campaign-format';

interface MeasurementSectionProps {
  plan: CampaignPlan;
  onMeasured(answer: Extract<CampaignMeasureAnswer, { status: 'measured' }>): void;
}

export function MeasurementSection({ plan, onMeasured }: MeasurementSectionProps) {
  const { t } = useTranslation();
  const format = useCampaignFormat();
  const ask = useCallback((api: AnalyticsApi) => api.campaignMeasure(plan), [plan]);
  const answer = useLatestAnswer(plan.assignment ? ask : null);
  const value = plan.assignment ? answer.value : undefined;
  useEffect(() => {
    if (value?.status === 'measured') onMeasured(value);
  }, [value, onMeasured]);
  const measurement = value?.status === 'measured' ? value.measurement : null;
  // The groups table with its numbers unformatted (rates as fractions).
  const table = useCallback(() => {
    if (!measurement) return [];
    return [
      [t('campaigns.measure.metric'), t('campaigns.measure.targeted'), t('campaigns.measure.holdout')],
      ...groupRows(measurement, format).map((row) => [t(row.labelKey), measurement.targeted[row.id], measurement.holdout[row.id]]),
    ];
  }, [measurement, format, t]);
  const title = t('campaigns.measure.title');

  let body;
  if (!plan.assignment || !value || value.status === 'notDrawn') body = <p className="muted">{t('campaigns.measure.notDrawn')}</p>;
  else if (value.status === 'noStart') body = <p className="muted">{t('campaigns.measure.noStart')}</p>;
  else if (value.status === 'noOrdersYet') {
    body = (
      <p className="muted" data-testid="campaign-measure-waiting">
        {t('campaigns.measure.noOrdersYet', { start: format.day(value.startDay), through: value.dataThrough === null ? '—' : format.day(value.dataThrough) })}
      </p>
    );
  } else {
    const { measurement } = value;
    body = (
      <>
        <p className="muted">
          {value.windowComplete
            ? t('campaigns.measure.windowComplete', { end: format.day(value.windowEnd - 1) })
            : t('campaigns.measure.windowPartial', { end: format.day(value.windowEnd - 1), through: format.day(value.dataThrough) })}
        </p>
        <table className="campaign-table" aria-label={t('campaigns.measure.groupsLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.measure.metric')}</th>
              <th scope="col">{t('campaigns.measure.targeted')}</th>
              <th scope="col">{t('campaigns.measure.holdout')}</th>
            </tr>
          </thead>
          <tbody>
            {groupRows(measurement, format).map((row) => (
              <tr key={row.id}>
                <th scope="row">{t(row.labelKey)}</th>
                <td data-testid={`measure-targeted-${row.id}`}>{row.targeted}</td>
                <td data-testid={`measure-holdout-${row.id}`}>{row.holdout}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="figure-list">
          {upliftRows(measurement, format, t).map((row) => (
            <div key={row.id} className="figure">
              <dt>{t(row.labelKey)}</dt>
              <dd data-testid={`measure-uplift-${row.id}`}>
                {row.value}
                {row.interval ? <span className="muted figure-detail">{row.interval}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        <p className={`verdict verdict-${measurement.verdict.code}`} data-testid="campaign-verdict">
          {verdictText(measurement.verdict, format, t)}
        </p>
      </>
    );
  }
  return (
    <section className="panel" aria-labelledby="campaign-measure-title" aria-busy={answer.busy && !!plan.assignment}>
      <div className="panel-head">
        <h2 id="campaign-measure-title" className="panel-title">
          {title}
        </h2>
        {measurement ? <ExportButtons what={title} table={table} /> : null}
      </div>
      {answer.error ? (
        <p className="notice notice-error" role="alert">
          {t('errors.reason', { reason: answer.error })}
        </p>
      ) : null}
      {body}
    </section>
  );
}
