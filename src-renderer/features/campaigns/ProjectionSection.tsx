/** What the plan is expected to bring: figures, the profit curve, the assumptions and the power hint. */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import type { CampaignPlanAnswer } from '../../worker/campaigns/campaign-answers';
import { assumptionText, powerHint, profitCurveOption, projectionRows } from './projection-view';
import { useCampaignFormat } from './use-campaign-format';

export function ProjectionSection({ answer, responseRate }: { answer: CampaignPlanAnswer; responseRate: number }) {
  const { t } = useTranslation();
  const format = useCampaignFormat();
  const colors = useChartColors();
  const chart = useRef<ECharts | null>(null);
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
  // The figures unrounded, rates as fractions, the cost with its parts; empty where there is no ROI or break-even.
  const table = useCallback(() => {
    const { projection, groups } = answer;
    return [
      [t('campaigns.projection.figure'), t('campaigns.projection.value')],
      [t('campaigns.projection.contacted'), groups.targeted],
      [t('campaigns.projection.holdout'), groups.holdout],
      [t('campaigns.projection.responders'), projection.expectedResponders],
      [t('campaigns.projection.responseRate'), projection.expectedResponseRate],
      [t('campaigns.projection.buyersAnyway'), projection.expectedBuyersAnyway],
      [t('campaigns.projection.incrementalOrders'), projection.incrementalOrders],
      [t('campaigns.projection.incrementalRevenue'), projection.incrementalRevenue],
      [t('campaigns.projection.costContact'), projection.cost.contact],
      [t('campaigns.projection.costOffer'), projection.cost.offer],
      [t('campaigns.projection.costFixed'), projection.cost.fixed],
      [t('campaigns.projection.cost'), projection.cost.total],
      [t('campaigns.projection.netProfit'), projection.netProfit],
      [t('campaigns.projection.roi'), projection.roi],
      [t('campaigns.projection.breakEven'), projection.breakEvenResponseRate],
    ];
  }, [answer, t]);
  const hint = powerHint(answer, format, t);
  const title = t('campaigns.projection.title');
  return (
    <section className="panel" aria-labelledby="campaign-projection-title">
      <div className="panel-head">
        <h2 id="campaign-projection-title" className="panel-title">
          {title}
        </h2>
        <ExportButtons what={title} chart={chart} table={table} />
      </div>
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
        <EChart option={option} label={t('campaigns.projection.chartLabel')} height={240} chartRef={chart} />
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
