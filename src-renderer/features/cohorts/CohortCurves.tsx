/** Retention curves and LTV curves per cohort, with the average, side by side. */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortMatrix } from '../../../src-core/analytics';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { ExportButtons } from '../../components/ExportButtons';
import { useFormat } from '../../format/use-format';
import type { CohortMetric } from './cohort-metrics';
import { curveMetric, curveOption, type CurveKind } from './curve-option';
import { useCohortChartColors } from './use-heatmap-colors';

interface CurveProps {
  matrix: CohortMatrix;
  kind: CurveKind;
  metric: CohortMetric;
}

function CurveChart({ matrix, kind, metric }: CurveProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const colors = useCohortChartColors();
  const chart = useRef<ECharts | null>(null);
  // Keyed on what the chart plots: switching the page between metrics it does not plot leaves it as it is.
  const plotted = curveMetric(kind, metric);
  const option = useMemo(() => curveOption(matrix, kind, plotted, t, format, colors.curves), [matrix, kind, plotted, t, format, colors]);
  const title = t(`cohorts.curves.${kind}Title`);
  const titleId = `cohort-curve-${kind}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel-head">
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        <ExportButtons what={title} chart={chart} />
      </div>
      <EChart option={option} label={t(`cohorts.curves.${kind}Description`)} height={320} chartRef={chart} />
    </section>
  );
}

export function CohortCurves({ matrix, metric }: Omit<CurveProps, 'kind'>) {
  return (
    <div className="cohort-curves">
      <CurveChart matrix={matrix} kind="retention" metric={metric} />
      <CurveChart matrix={matrix} kind="ltv" metric={metric} />
    </div>
  );
}
