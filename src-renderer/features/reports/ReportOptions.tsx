/** Period (summary length, cohort granularity, as-of date), page size and the report's language. */
import { useTranslation } from 'react-i18next';
import { isPeriodKind, PERIOD_KINDS } from '../../../src-core/analytics/periods';
import { epochDayFromYmd, type EpochDay } from '../../../src-core/model/orders';
import { REPORT_PAGE_SIZES, isReportLanguage, isReportPageSize, type ReportDefinition } from '../../../src-core/report';
import { LANGUAGES } from '../../i18n/languages';
import type { ReportEditAction } from './report-editor';

const SUMMARY_DAYS = [30, 90, 182, 365] as const;

interface ReportOptionsProps {
  settings: Omit<ReportDefinition, 'sections'>;
  dispatch: (action: ReportEditAction) => void;
  asOf: EpochDay | null;
  onAsOf: (day: EpochDay | null) => void;
}

function isoOf(day: EpochDay): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dayOf(iso: string): EpochDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? epochDayFromYmd(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export function ReportOptions({ settings, dispatch, asOf, onAsOf }: ReportOptionsProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="report-options-title">
      <h2 id="report-options-title" className="panel-title">
        {t('reports.period.title')}
      </h2>
      <div className="report-fields">
        <label className="field">
          <span className="field-label">{t('reports.period.summaryDays')}</span>
          <select value={settings.summaryDays} onChange={(event) => dispatch({ type: 'summaryDays', days: Number(event.target.value) })}>
            {[...new Set([...SUMMARY_DAYS, settings.summaryDays])].map((days) => (
              <option key={days} value={days}>
                {t('reports.period.days', { count: days })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('reports.period.cohorts')}</span>
          <select
            value={settings.period}
            onChange={(event) => {
              if (isPeriodKind(event.target.value)) dispatch({ type: 'period', period: event.target.value });
            }}
          >
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`reports.period.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('reports.period.asOf')}</span>
          <input type="date" value={asOf === null ? '' : isoOf(asOf)} title={t('reports.period.asOfHint')} onChange={(event) => onAsOf(dayOf(event.target.value))} />
        </label>
      </div>
      <h2 className="panel-title">{t('reports.output.title')}</h2>
      <div className="report-fields">
        <label className="field">
          <span className="field-label">{t('reports.output.pageSize')}</span>
          <select
            value={settings.pageSize}
            onChange={(event) => {
              if (isReportPageSize(event.target.value)) dispatch({ type: 'pageSize', pageSize: event.target.value });
            }}
          >
            {REPORT_PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('reports.output.language')}</span>
          <select
            value={settings.language}
            onChange={(event) => {
              if (isReportLanguage(event.target.value)) dispatch({ type: 'language', language: event.target.value });
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.nativeName}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
