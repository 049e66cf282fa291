/**
 * The cohort heatmap panel: the chart, its export buttons, a note on partial
 * cells, and a click on a cohort cell selecting it. While a new matrix is
 * computed the previous one stays, marked busy.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortMatrix } from '../../../src-core/analytics';
import { EChart, type ChartItemClick } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { ExportButtons } from '../../components/ExportButtons';
import type { PngImage } from '../../export/save-export';
import { useFormat } from '../../format/use-format';
import type { CohortMetric } from './cohort-metrics';
import { cohortMatrixTable } from './cohort-table';
import { DenseHeatmap } from './DenseHeatmap';
import { heatmapOption, isLabelledHeatmap } from './heatmap-option';
import { useCohortChartColors } from './use-heatmap-colors';

interface CohortHeatmapProps {
  matrix: CohortMatrix;
  metric: CohortMetric;
  busy: boolean;
  onSelectCell(row: number, offset: number): void;
}

export function CohortHeatmap({ matrix, metric, busy, onSelectCell }: CohortHeatmapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const colors = useCohortChartColors();
  const echart = useRef<ECharts | null>(null);
  const image = useRef<PngImage | null>(null);
  const dense = !isLabelledHeatmap(matrix);
  const heatmap = useMemo(() => (dense ? null : heatmapOption(matrix, metric, t, format, colors.heatmap)), [dense, matrix, metric, t, format, colors]);
  const metricName = t(`cohorts.metrics.${metric}`);
  const title = t('cohorts.heatmap.title', { metric: metricName });
  const description = t('cohorts.heatmap.description', { metric: metricName });
  const hasPartial = matrix.rows.some((row) => row.partial.some(Boolean));

  const select = useCallback(
    (item: ChartItemClick) => {
      const cell = heatmap?.cells[item.dataIndex];
      if (cell && cell.row >= 0) onSelectCell(cell.row, cell.offset);
    },
    [heatmap, onSelectCell],
  );
  const table = useCallback(() => cohortMatrixTable(matrix, metric, t), [matrix, metric, t]);

  return (
    <section className="panel" aria-labelledby="cohort-heatmap-title" aria-busy={busy}>
      <div className="panel-head">
        <h2 id="cohort-heatmap-title" className="panel-title">
          {title}
        </h2>
        {busy ? (
          <span className="cohort-busy" role="status">
            {t('cohorts.recalculating')}
          </span>
        ) : null}
        <ExportButtons what={title} chart={dense ? image : echart} table={table} />
      </div>
      <p className="muted cohort-note">{t(`cohorts.metricDefinitions.${metric}`)}</p>
      <div className={busy ? 'cohort-chart is-busy' : 'cohort-chart'}>
        {heatmap ? (
          <EChart option={heatmap.option} label={description} height={heatmap.height} onItemClick={select} chartRef={echart} />
        ) : (
          <DenseHeatmap matrix={matrix} metric={metric} colors={colors.heatmap} label={description} onSelectCell={onSelectCell} imageRef={image} />
        )}
      </div>
      <p className="muted cohort-note">
        {hasPartial ? `${t('cohorts.heatmap.partialNote')} ` : ''}
        {t('cohorts.heatmap.clickHint')}
      </p>
    </section>
  );
}
