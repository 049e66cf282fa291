/** The fit matrix: the axes toggle, the chart, and the customers picked with the brush. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitMatrixAxes, FitStatus } from '../../../src-core/analytics/fit';
import { EChart } from '../../charts/EChart';
import type { ECharts } from '../../charts/echarts-setup';
import { useChartColors } from '../../charts/use-chart-colors';
import { ExportButtons } from '../../components/ExportButtons';
import type { FitAnswer, FitRow } from '../../worker/fit/fit-answers';
import { fitMatrixOption, LARGE_POINTS } from './fit-matrix-option';
import { fitRowsTable } from './StatusTables';
import { useFitFormat } from './use-fit-format';

interface FitMatrixPanelProps {
  matrix: FitAnswer['matrix'];
  axes: FitMatrixAxes;
  onAxes(axes: FitMatrixAxes): void;
  /** The customers inside the brushed rectangle (empty when it is cleared). */
  onBrush(rows: FitRow[]): void;
  busy: boolean;
}

interface BrushSelected {
  batch?: { selected?: { seriesIndex: number; dataIndex: number[] }[] }[];
}

function statusColours(): Record<FitStatus, string> {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { keep: read('--fit-keep', '#2f6fed'), grow: read('--fit-grow', '#1f9d55'), depart: read('--fit-depart', '#c4321f') };
}

const AXES: readonly FitMatrixAxes[] = ['score-profitability', 'value-cost'];

export function FitMatrixPanel({ matrix, axes, onAxes, onBrush, busy }: FitMatrixPanelProps) {
  const { t, i18n } = useTranslation();
  const format = useFitFormat();
  const theme = useChartColors();
  const chart = useRef<ECharts | null>(null);
  const built = useMemo(
    // statusColours reads the same theme variables useChartColors tracks.
    () => fitMatrixOption(matrix, t, format, { text: theme.text, grid: theme.grid, fontFamily: theme.fontFamily, status: statusColours() }),
    [matrix, t, format, theme],
  );

  // The customers drawn (the what-if's statuses when previewing), numbers as numbers.
  const table = useCallback(() => fitRowsTable(matrix.points.map((point) => point.row), t), [matrix, t]);
  const title = t('fit.matrix.title');

  const brushHandler = useRef<(event: BrushSelected) => void>(() => undefined);
  useEffect(() => {
    brushHandler.current = (event) => {
      const rows: FitRow[] = [];
      for (const selected of event.batch?.[0]?.selected ?? []) {
        for (const dataIndex of selected.dataIndex) {
          const point = matrix.points[built.pointIndex[selected.seriesIndex]?.[dataIndex] ?? -1];
          if (point) rows.push(point.row);
        }
      }
      onBrush(rows);
    };
  }, [matrix, built, onBrush]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const listener = (event: unknown) => brushHandler.current(event as BrushSelected); // ECharts' event payload
    instance.on('brushSelected', listener);
    return () => {
      instance.off('brushSelected', listener);
    };
  }, []);

  return (
    <section className="panel fit-matrix" aria-labelledby="fit-matrix-title" aria-busy={busy}>
      <div className="fit-panel-head">
        <h2 id="fit-matrix-title">{title}</h2>
        <div className="fit-toggle" role="radiogroup" aria-label={t('fit.matrix.axesLabel')}>
          {AXES.map((choice) => (
            <button key={choice} type="button" role="radio" aria-checked={axes === choice} className={axes === choice ? 'button button-primary' : 'button'} onClick={() => onAxes(choice)}>
              {t(`fit.matrix.axes.${choice}`)}
            </button>
          ))}
        </div>
        <ExportButtons what={title} chart={chart} table={matrix.points.length > 0 ? table : undefined} />
      </div>
      {matrix.preview ? <p className="fit-preview-note">{t('fit.matrix.preview')}</p> : null}
      <EChart option={built.option} label={t('fit.matrix.label', { count: matrix.points.length })} height={440} renderer="canvas" chartRef={chart} />
      <p className="muted fit-caption">
        {t(axes === 'value-cost' ? 'fit.matrix.captionValueCost' : 'fit.matrix.captionScore')}
        {matrix.omitted > 0 ? ` ${t('fit.matrix.omitted', { count: matrix.omitted })}` : ''}
        {matrix.points.length > LARGE_POINTS ? ` ${t('fit.matrix.largeNote', { count: LARGE_POINTS.toLocaleString(i18n.language) })}` : ''}
      </p>
    </section>
  );
}
