/**
 * The projection as the page shows it: labelled figures, the assumptions in
 * words, the power hint, and the profit-curve chart option. Pure.
 */
import type { TFunction } from 'i18next';
import type { ProjectionAssumption } from '../../../src-core/campaigns';
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { CampaignPlanAnswer } from '../../worker/campaigns/campaign-answers';
import type { CampaignFormat } from './campaign-words';

export interface FigureRow {
  /** Stable id (test ids, React keys). */
  id: string;
  labelKey: string;
  value: string;
  /** A second line under the value (e.g. the cost's parts). */
  detail?: string;
}

export function projectionRows(answer: CampaignPlanAnswer, format: CampaignFormat, t: TFunction): FigureRow[] {
  const { projection, groups } = answer;
  const rows: FigureRow[] = [
    { id: 'contacted', labelKey: 'campaigns.projection.contacted', value: format.count(groups.targeted) },
    { id: 'holdout', labelKey: 'campaigns.projection.holdout', value: format.count(groups.holdout) },
    {
      id: 'responders',
      labelKey: 'campaigns.projection.responders',
      value: format.count(Math.round(projection.expectedResponders)),
      detail: t('campaigns.projection.respondersDetail', {
        rate: format.percent(projection.expectedResponseRate),
        anyway: format.count(Math.round(projection.expectedBuyersAnyway)),
      }),
    },
    { id: 'incrementalOrders', labelKey: 'campaigns.projection.incrementalOrders', value: format.count(Math.round(projection.incrementalOrders)) },
    { id: 'incrementalRevenue', labelKey: 'campaigns.projection.incrementalRevenue', value: format.money(projection.incrementalRevenue) },
    {
      id: 'cost',
      labelKey: 'campaigns.projection.cost',
      value: format.money(projection.cost.total),
      detail: t('campaigns.projection.costDetail', {
        contact: format.money(projection.cost.contact),
        offer: format.money(projection.cost.offer),
        fixed: format.money(projection.cost.fixed),
      }),
    },
    { id: 'netProfit', labelKey: 'campaigns.projection.netProfit', value: format.money(projection.netProfit) },
    { id: 'roi', labelKey: 'campaigns.projection.roi', value: projection.roi === null ? t('campaigns.projection.noCost') : format.percent(projection.roi) },
    {
      id: 'breakEven',
      labelKey: 'campaigns.projection.breakEven',
      value: projection.breakEvenResponseRate === null ? t('campaigns.projection.neverBreaksEven') : format.percent(projection.breakEvenResponseRate),
    },
  ];
  return rows;
}

/** An assumption in the user's language: shares as percentages, the margin as a number. */
export function assumptionText(assumption: ProjectionAssumption, format: CampaignFormat, t: TFunction): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(assumption.params)) {
    if (typeof value === 'string') params[name] = value;
    else if (name === 'responseRate' || name === 'meanBaseline') params[name] = format.percent(value);
    else params[name] = format.count(value);
  }
  return t(assumption.key, params);
}

/** Before launch: can the groups show the planned effect at all? */
export function powerHint(answer: CampaignPlanAnswer, format: CampaignFormat, t: TFunction): { text: string; warning: boolean } {
  const detectable = answer.minimumDetectableUplift;
  if (detectable === null) return { text: t('campaigns.power.none'), warning: true };
  const text = t('campaigns.power.hint', {
    targeted: format.count(answer.groups.targeted),
    holdout: format.count(answer.groups.holdout),
    uplift: format.points(detectable * 100),
  });
  const expected = answer.projection.expectedUplift;
  if (expected >= detectable) return { text, warning: false };
  return { text: `${text} ${t('campaigns.power.tooSmall', { expected: format.points(expected * 100) })}`, warning: true };
}

export interface CurveColors {
  text: string;
  grid: string;
  line: string;
  marker: string;
  fontFamily: string;
}

export interface CurveLabels {
  xAxis: string;
  yAxis: string;
  planned: string;
  breakEven: string;
}

/** Net profit against the response rate, with the planned rate and the break-even rate marked. */
export function profitCurveOption(
  answer: CampaignPlanAnswer,
  plannedRate: number,
  labels: CurveLabels,
  format: CampaignFormat,
  colors: CurveColors,
): EChartsCoreOption {
  const escape = echartsFormat.encodeHTML;
  const points = answer.profitCurve.map((point) => [point.responseRate, point.netProfit]);
  const breakEven = answer.projection.breakEvenResponseRate;
  const marks: { xAxis: number; name: string }[] = [{ xAxis: plannedRate, name: labels.planned }];
  if (breakEven !== null) marks.push({ xAxis: breakEven, name: labels.breakEven });
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: colors.fontFamily },
    grid: { left: 8, right: 24, top: 28, bottom: 28, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      // Numbers formatted by the app and names from translations: escaped before they become HTML.
      formatter: (items: { value: [number, number] } | { value: [number, number] }[]) => {
        const item = Array.isArray(items) ? items[0] : items;
        if (!item) return '';
        return `${escape(labels.xAxis)}: ${escape(format.percent(item.value[0]))}<br/>${escape(labels.yAxis)}: ${escape(format.money(item.value[1]))}`;
      },
    },
    xAxis: {
      type: 'value',
      name: labels.xAxis,
      nameLocation: 'middle',
      nameGap: 24,
      min: 0,
      max: answer.profitCurve[answer.profitCurve.length - 1]?.responseRate ?? 1,
      axisLabel: { color: colors.text, formatter: (value: number) => format.percent(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      name: labels.yAxis,
      axisLabel: { color: colors.text, formatter: (value: number) => format.moneyCompact(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      {
        type: 'line',
        name: labels.yAxis,
        data: points,
        showSymbol: false,
        lineStyle: { color: colors.line, width: 2 },
        itemStyle: { color: colors.line },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { formatter: '{b}', color: colors.text },
          lineStyle: { color: colors.marker, type: 'dashed' },
          data: [...marks, { yAxis: 0, name: '' }],
        },
      },
    ],
  };
}
