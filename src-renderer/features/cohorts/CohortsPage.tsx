/**
 * The Cohorts page: pickers and filters, the heatmap, the customers behind a
 * clicked cell, retention and LTV curves, and the saved segments. Every number
 * is computed by the analytics worker; this page only asks and renders.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { useFormat } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { CellCustomers, type SelectedCell } from './CellCustomers';
import { CohortCurves } from './CohortCurves';
import { CohortFilters } from './CohortFilters';
import { CohortHeatmap } from './CohortHeatmap';
import { CohortPickers } from './CohortPickers';
import { cellMeasure } from './cohort-metrics';
import { DEFAULT_VIEW, frameOptionsFor, type CohortView } from './cohort-query';
import { cohortName, offsetName } from './cohort-words';
import { SavedSegments } from './SavedSegments';
import './cohorts.css';

const askFilterChoices = (api: AnalyticsApi) => api.filterChoices();

export function CohortsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const activeWorkspaceId = useAppStore(selectors.activeWorkspaceId);
  const segments = useAppStore(selectors.segments);
  const loadSegments = useAppStore((state) => state.loadSegments);
  const [view, setView] = useState<CohortView>(DEFAULT_VIEW);
  const [selected, setSelected] = useState<SelectedCell | null>(null);

  useEffect(() => {
    void loadSegments();
    setView(DEFAULT_VIEW);
    setSelected(null);
  }, [activeWorkspaceId, loadSegments]);

  // A deleted segment stops filtering instead of filtering to nobody.
  const segmentId = view.filters.segmentId;
  const segmentGone = segmentId !== null && !segments.some((segment) => segment.id === segmentId);
  useEffect(() => {
    if (segmentGone) setView((current) => ({ ...current, filters: { ...current.filters, segmentId: null } }));
  }, [segmentGone]);

  const frame = useMemo(() => frameOptionsFor(view.filters, segments), [view.filters, segments]);
  const cohorts = useMemo(() => ({ period: view.period, cohortKey: view.cohortKey }), [view.period, view.cohortKey]);
  const askMatrix = useCallback((api: AnalyticsApi) => api.cohortMatrix(frame, cohorts), [frame, cohorts]);
  const matrix = useLatestAnswer(askMatrix);
  const choices = useLatestAnswer(askFilterChoices);

  const change = (patch: Partial<CohortView>) => {
    setView((current) => ({ ...current, ...patch }));
    // The listed customers belong to the old question.
    if (!('metric' in patch) || cellMeasure(patch.metric ?? view.metric) !== cellMeasure(view.metric)) setSelected(null);
  };

  const selectCell = useCallback(
    (rowIndex: number, offset: number) => {
      const row = matrix.value?.rows[rowIndex];
      if (!row || !matrix.value) return;
      setSelected({
        cohortName: cohortName(row, t),
        cohortLabel: row.cohort,
        offsetName: offsetName(offset, matrix.value.period, t),
        cell: { cohort: row.key, offset, measure: cellMeasure(view.metric) },
        frame,
        cohorts: { period: matrix.value.period, cohortKey: matrix.value.cohortKey },
      });
    },
    [matrix.value, t, view.metric, frame],
  );

  const title = t('cohorts.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('cohorts.unavailable')} />;
  if (workspaceStatus === 'installingDemo') return <StatusMessage title={title} message={t('workspace.installingDemo')} busy />;
  if (!matrix.value && matrix.error) return <StatusMessage title={title} message={t('errors.reason', { reason: matrix.error })} />;
  if (!matrix.value) return <StatusMessage title={title} message={t('cohorts.calculating')} busy />;

  const result = matrix.value;
  const customers = result.rows.reduce((sum, row) => sum + row.customers, 0);
  return (
    <section className="page cohorts-page" aria-labelledby="cohorts-title">
      <PageHeader
        id="cohorts-title"
        title={title}
        subtitle={t('cohorts.subtitle', { cohorts: format.count(result.rows.length), customers: format.count(customers), asOf: format.day(result.asOf) })}
      />
      <div className="panel cohort-controls">
        <CohortPickers
          metric={view.metric}
          period={view.period}
          cohortKey={view.cohortKey}
          onMetric={(metric) => change({ metric })}
          onPeriod={(period) => change({ period })}
          onCohortKey={(cohortKey) => change({ cohortKey })}
        />
        <CohortFilters value={view.filters} choices={choices.value} segments={segments} onChange={(filters) => change({ filters })} />
      </div>
      {matrix.error ? (
        <p className="notice notice-error" role="alert">
          {t('errors.reason', { reason: matrix.error })}
        </p>
      ) : null}
      {result.rows.length === 0 ? (
        <p className="empty-state">{t('cohorts.noOrders')}</p>
      ) : (
        <>
          <CohortHeatmap matrix={result} metric={view.metric} busy={matrix.busy} onSelectCell={selectCell} />
          {selected ? <CellCustomers key={JSON.stringify(selected.cell)} selected={selected} onClose={() => setSelected(null)} /> : null}
          <CohortCurves matrix={result} metric={view.metric} />
        </>
      )}
      <SavedSegments
        segments={segments}
        activeSegmentId={view.filters.segmentId}
        onFilter={(id) => change({ filters: { ...view.filters, segmentId: id } })}
      />
    </section>
  );
}
