/**
 * The repeat-purchase funnel: customers with at least 1, 2, 3 and 4 counted
 * orders, as bars, each labelled with its share of all customers; the tooltip
 * adds the share of the step before (the conversion to the next order).
 */
import { format as echartsFormat, type EChartsCoreOption } from '../../charts/echarts-setup';
import type { Formatters } from '../../format/use-format';
import type { Translate } from '../cohorts/cohort-words';

/** Locale keys of the steps, in order. */
const STEP_NAMES = ['first', 'second', 'third', 'fourth'] as const;

export type RepeatFunnel = readonly [number, number, number, number];

export interface FunnelStep {
  /** 1 … 4: customers with at least this many orders. */
  orders: number;
  customers: number;
  shareOfAll: number;
  /** Of the customers at the step before (1 for the first step). */
  shareOfPrevious: number;
}

export function funnelSteps(funnel: RepeatFunnel): FunnelStep[] {
  const all = funnel[0];
  return funnel.map((customers, i) => {
    const previous = i === 0 ? customers : funnel[i - 1]!;
    return {
      orders: i + 1,
      customers,
      shareOfAll: all === 0 ? 0 : customers / all,
      shareOfPrevious: previous === 0 ? 0 : customers / previous,
    };
  });
}

interface TooltipItem {
  dataIndex: number;
}

export function funnelSentence(step: FunnelStep, t: Translate, format: Formatters): string {
  return t('overview.funnel.tooltip', {
    step: t(`overview.funnel.steps.${STEP_NAMES[step.orders - 1]}`),
    customers: format.count(step.customers),
    shareOfAll: format.percent(step.shareOfAll),
    shareOfPrevious: format.percent(step.shareOfPrevious),
  });
}

export function repeatFunnelOption(funnel: RepeatFunnel, t: Translate, format: Formatters, colors: { text: string; grid: string; bar: string }): EChartsCoreOption {
  const escape = echartsFormat.encodeHTML;
  const steps = funnelSteps(funnel);
  return {
    animation: false,
    textStyle: { color: colors.text, fontFamily: 'inherit' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (item: TooltipItem) => {
        const step = steps[item.dataIndex];
        return step ? escape(funnelSentence(step, t, format)) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((step) => t(`overview.funnel.steps.${STEP_NAMES[step.orders - 1]}`)),
      axisLabel: { color: colors.text },
      axisLine: { lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: colors.text, formatter: (value: number) => format.count(value) },
      splitLine: { lineStyle: { color: colors.grid } },
    },
    series: [
      {
        type: 'bar',
        data: steps.map((step) => step.customers),
        barMaxWidth: 56,
        itemStyle: { color: colors.bar, borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          color: colors.text,
          formatter: (item: TooltipItem) => {
            const step = steps[item.dataIndex];
            return step ? `${format.count(step.customers)} · ${format.percent(step.shareOfAll)}` : '';
          },
        },
      },
    ],
  };
}

export function funnelTable(funnel: RepeatFunnel, t: Translate): (string | number)[][] {
  return [
    [t('overview.funnel.columns.step'), t('overview.funnel.columns.customers'), t('overview.funnel.columns.shareOfAll'), t('overview.funnel.columns.shareOfPrevious')],
    ...funnelSteps(funnel).map((step) => [t(`overview.funnel.steps.${STEP_NAMES[step.orders - 1]}`), step.customers, step.shareOfAll, step.shareOfPrevious]),
  ];
}
