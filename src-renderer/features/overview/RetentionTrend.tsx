/**
 * The CRR / churn trend on the Overview, with its period and activity window
 * (default 365 days). The worker computes it; the last chart stays while a new
 * window or period is computed.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ACTIVITY_WINDOW_DAYS, PERIOD_KINDS, isPeriodKind, type PeriodKind } from '../../../src-core/analytics';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { crrTable, crrTrendOption } from './crr-trend-option';
import { DefinitionHint } from './DefinitionHint';

const MIN_WINDOW = 1;
const MAX_WINDOW = 3650;

export function RetentionTrend() {
  const { t } = useTranslation();
  const format = useFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const [period, setPeriod] = useState<PeriodKind>('month');
  const [windowDays, setWindowDays] = useState(DEFAULT_ACTIVITY_WINDOW_DAYS);
  const [windowText, setWindowText] = useState(String(DEFAULT_ACTIVITY_WINDOW_DAYS));

  const ask = useCallback((api: AnalyticsApi) => api.crrTrend({}, period, windowDays), [period, windowDays]);
  const answer = useLatestAnswer(ask);
  const rows = answer.value;
  const option = useMemo(
    () => (rows ? crrTrendOption(rows, t, format, { text: colors.text, grid: colors.grid, crr: colors.accent, churn: colors.accentSecondary }) : null),
    [rows, t, format, colors],
  );
  const table = useCallback(() => crrTable(rows ?? [], t), [rows, t]);

  // The window takes effect once it is a whole number of days in range (not on every keystroke).
  const commitWindow = () => {
    const days = Number(windowText);
    if (Number.isInteger(days) && days >= MIN_WINDOW && days <= MAX_WINDOW) setWindowDays(days);
    else setWindowText(String(windowDays));
  };

  const title = t('overview.crr.title');
  return (
    <section className="panel" aria-labelledby="crr-trend-title" aria-busy={answer.busy}>
      <div className="panel-head">
        <h2 id="crr-trend-title" className="panel-title">
          {title} <DefinitionHint label={t('overview.definitionOf', { name: title })} definition={t('overview.crr.definition', { days: windowDays })} />
        </h2>
        {rows ? <ExportButtons what={title} chart={chart} table={table} /> : null}
      </div>
      <div className="trend-controls">
        <label className="field">
          <span className="field-label">{t('overview.crr.period')}</span>
          <select value={period} onChange={(event) => isPeriodKind(event.target.value) && setPeriod(event.target.value)}>
            {PERIOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`overview.crr.periods.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('overview.crr.window')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={MIN_WINDOW}
            max={MAX_WINDOW}
            value={windowText}
            onChange={(event) => setWindowText(event.target.value)}
            onBlur={commitWindow}
            onKeyDown={(event) => event.key === 'Enter' && commitWindow()}
          />
        </label>
        {answer.busy && rows ? (
          <span className="muted" role="status">
            {t('overview.calculating')}
          </span>
        ) : null}
      </div>
      {answer.error ? <p className="status-message">{t('errors.reason', { reason: answer.error })}</p> : null}
      {option ? (
        <EChart option={option} label={t('overview.crr.description')} chartRef={chart} />
      ) : (
        <p className="status-message status-busy">{t('overview.calculating')}</p>
      )}
      <p className="muted trend-note">{t('overview.crr.note')}</p>
    </section>
  );
}
