/** The repeat-purchase funnel on the Overview: 1st → 2nd → 3rd → 4th order, and the median wait for a second order. */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { DefinitionHint } from './DefinitionHint';
import { funnelTable, repeatFunnelOption } from './repeat-funnel-option';

const askKpis = (api: AnalyticsApi) => api.headlineKpis();

export function RepeatFunnel() {
  const { t } = useTranslation();
  const format = useFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const answer = useLatestAnswer(askKpis);
  const kpis = answer.value;
  const option = useMemo(
    () => (kpis ? repeatFunnelOption(kpis.repeatFunnel, t, format, { text: colors.text, grid: colors.grid, bar: colors.accent }) : null),
    [kpis, t, format, colors],
  );
  const table = useCallback(() => (kpis ? funnelTable(kpis.repeatFunnel, t) : []), [kpis, t]);
  const title = t('overview.funnel.title');
  const medianTitle = t('overview.funnel.median');

  return (
    <section className="panel" aria-labelledby="repeat-funnel-title" aria-busy={answer.busy}>
      <div className="panel-head">
        <h2 id="repeat-funnel-title" className="panel-title">
          {title} <DefinitionHint label={t('overview.definitionOf', { name: title })} definition={t('overview.funnel.definition')} />
        </h2>
        {kpis ? <ExportButtons what={title} chart={chart} table={table} /> : null}
      </div>
      {answer.error ? <p className="status-message">{t('errors.reason', { reason: answer.error })}</p> : null}
      {option ? (
        <EChart option={option} label={t('overview.funnel.description')} chartRef={chart} />
      ) : (
        <p className="status-message status-busy">{t('overview.calculating')}</p>
      )}
      {kpis ? (
        <p className="trend-note">
          {medianTitle}:{' '}
          <strong data-testid="median-days-to-second-order">
            {kpis.medianDaysToSecondOrder === null ? t('overview.funnel.noRepeat') : t('overview.funnel.days', { days: format.count(kpis.medianDaysToSecondOrder) })}
          </strong>{' '}
          <DefinitionHint label={t('overview.definitionOf', { name: medianTitle })} definition={t('overview.funnel.medianDefinition')} />
        </p>
      ) : null}
    </section>
  );
}
