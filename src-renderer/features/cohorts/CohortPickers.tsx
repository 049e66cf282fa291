/** The three choices of what the heatmap shows: metric, period length, and how customers are grouped. */
import { useTranslation } from 'react-i18next';
import { COHORT_KEYS, PERIOD_KINDS, isPeriodKind, type CohortKey, type PeriodKind } from '../../../src-core/analytics';
import { COHORT_METRICS, isCohortMetric, type CohortMetric } from './cohort-metrics';

interface CohortPickersProps {
  metric: CohortMetric;
  period: PeriodKind;
  cohortKey: CohortKey;
  onMetric(metric: CohortMetric): void;
  onPeriod(period: PeriodKind): void;
  onCohortKey(cohortKey: CohortKey): void;
}

export function CohortPickers({ metric, period, cohortKey, onMetric, onPeriod, onCohortKey }: CohortPickersProps) {
  const { t } = useTranslation();
  return (
    <div className="cohort-pickers">
      <label className="field">
        <span className="field-label">{t('cohorts.pickers.metric')}</span>
        <select value={metric} onChange={(event) => isCohortMetric(event.target.value) && onMetric(event.target.value)}>
          {COHORT_METRICS.map((option) => (
            <option key={option} value={option}>
              {t(`cohorts.metrics.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field">
        <legend className="field-label">{t('cohorts.pickers.period')}</legend>
        <div className="segmented cohort-periods">
          {PERIOD_KINDS.map((option) => (
            <label key={option} className="segmented-option">
              <input
                type="radio"
                name="cohort-period"
                value={option}
                checked={period === option}
                onChange={(event) => isPeriodKind(event.target.value) && onPeriod(event.target.value)}
              />
              {t(`cohorts.periods.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field-label">{t('cohorts.pickers.cohortKey')}</span>
        <select
          value={cohortKey}
          onChange={(event) => {
            const chosen = COHORT_KEYS.find((key) => key === event.target.value);
            if (chosen) onCohortKey(chosen);
          }}
        >
          {COHORT_KEYS.map((option) => (
            <option key={option} value={option}>
              {t(`cohorts.cohortKeys.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
