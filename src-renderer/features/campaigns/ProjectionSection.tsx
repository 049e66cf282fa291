/** What the plan is expected to bring: figures, the profit curve, the assumptions and the power hint. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../charts/EChart';
import { useChartColors } from '../../charts/use-chart-colors';
import type { CampaignPlanAnswer } from '../../worker/campaigns/campaign-answers';
import { assumptionText, powerHint, profitCurveOption, projectionRows } from './projection-view';
import { useCampaignFormat } from './use-campaign-format';

export function ProjectionSection({ answer, responseRate }: { answer: CampaignPlanAnswer; responseRate: number }) {
  const { t } = useTranslation();
  const format = useCampaignFormat();
  const colors = useChartColors();
  const option = useMemo(
    () =>
      profitCurveOption(
        answer,
        responseRate,
        {
          xAxis: t('campaigns.projection.chartX'),
          yAxis: t('campaigns.projection.chartY'),
          planned: t('campaigns.projection.planned'),
          breakEven: t('campaigns.projection.breakEvenMark'),
        },
        format,
        { text: colors.text, grid: colors.grid, line: colors.accent, marker: colors.accentSecondary, fontFamily: colors.fontFamily },
      ),
    [answer, responseRate, t, format, colors],
  );
  const hint = powerHint(answer, format, t);
  return (
    <section className="panel" aria-labelledby="campaign-projection-title">
      <h2 id="campaign-projection-title" className="panel-title">
        {t('campaigns.projection.title')}
      </h2>
      <div className="projection-layout">
        <dl className="figure-list">
          {projectionRows(answer, format, t).map((row) => (
            <div key={row.id} className="figure">
              <dt>{t(row.labelKey)}</dt>
              <dd data-testid={`projection-${row.id}`}>
                {row.value}
                {row.detail ? <span className="muted figure-detail">{row.detail}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        <EChart option={option} label={t('campaigns.projection.chartLabel')} height={240} />
      </div>
      <p className={hint.warning ? 'notice power-hint' : 'power-hint'} data-testid="campaign-power-hint">
        {hint.text}
      </p>
      <h3>{t('campaigns.projection.assumptions')}</h3>
      <ul className="assumptions">
        {answer.projection.assumptions.map((assumption) => (
          <li key={assumption.key}>{assumptionText(assumption, format, t)}</li>
        ))}
      </ul>
    </section>
  );
}
