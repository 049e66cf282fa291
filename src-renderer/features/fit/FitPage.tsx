/**
 * The Fit page (issue 6): which customers make money once the cost to serve
 * them is counted, and whether to Keep, Grow or let them Depart. Every number
 * comes from the analytics worker (fitAnalysis); this page holds what the
 * user is looking at and hands edits to the fit slice.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FitMatrixAxes } from '../../../src-core/analytics/fit';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import type { FitQuestion, FitRow } from '../../worker/fit/fit-answers';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { CostFileImport } from './CostFileImport';
import { CustomerFitPanel } from './CustomerFitPanel';
import type { FitSettingsValue } from './fit-settings';
import { fitQuestionInputs } from './fit-slice';
import { FitMatrixPanel } from './FitMatrixPanel';
import { RulesEditor } from './RulesEditor';
import { SegmentCosts } from './SegmentCosts';
import { SelectionBar } from './SelectionBar';
import { SettingsPanel } from './SettingsPanel';
import { StatusTables } from './StatusTables';
import { useFitFormat } from './use-fit-format';
import { WhatIfPanel } from './WhatIfPanel';
import './fit.css';

const ROWS_PER_STATUS = 25;

export function FitPage() {
  const { t } = useTranslation();
  const format = useFitFormat();
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const activeWorkspaceId = useAppStore(selectors.activeWorkspaceId);
  const data = useAppStore(selectors.fitData);
  const loadFit = useAppStore((state) => state.loadFit);
  const applyFitSettings = useAppStore((state) => state.applyFitSettings);
  const [axes, setAxes] = useState<FitMatrixAxes>('score-profitability');
  const [search, setSearch] = useState('');
  const [customerKey, setCustomerKey] = useState<string | null>(null);
  const [draft, setDraft] = useState<FitSettingsValue | null>(null);
  const [brushed, setBrushed] = useState<FitRow[]>([]);

  useEffect(() => {
    void loadFit();
    setCustomerKey(null);
    setDraft(null);
    setBrushed([]);
  }, [activeWorkspaceId, loadFit]);

  const question = useMemo((): FitQuestion | null => {
    if (!data) return null;
    return {
      inputs: fitQuestionInputs(data),
      axes,
      draft: draft ? { scoring: draft.scoring, rules: draft.rules } : null,
      search,
      rowsPerStatus: ROWS_PER_STATUS,
      customerKey,
    };
  }, [data, axes, draft, search, customerKey]);
  const ask = useMemo(() => (question ? (api: AnalyticsApi) => api.fitAnalysis(question) : null), [question]);
  const answer = useLatestAnswer(ask);
  const onBrush = useCallback((rows: FitRow[]) => setBrushed(rows), []);

  const title = t('fit.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('fit.unavailable')} />;
  if (workspaceStatus === 'installingDemo') return <StatusMessage title={title} message={t('workspace.installingDemo')} busy />;
  if (!answer.value && answer.error) return <StatusMessage title={title} message={t('errors.reason', { reason: answer.error })} />;
  if (!answer.value || !data) return <StatusMessage title={title} message={t('fit.calculating')} busy />;

  const result = answer.value;
  if (result.customers === 0) return <StatusMessage title={title} message={t('fit.noCustomers')} />;
  const counts = { keep: result.tables.keep.totals.customers, grow: result.tables.grow.totals.customers, depart: result.tables.depart.totals.customers };
  return (
    <section className="page fit-page" aria-labelledby="fit-title" aria-busy={answer.busy}>
      <PageHeader
        id="fit-title"
        title={title}
        subtitle={t('fit.subtitle', {
          customers: format.number(result.customers, 0),
          keep: format.number(counts.keep, 0),
          grow: format.number(counts.grow, 0),
          depart: format.number(counts.depart, 0),
          margin: format.percent(data.settings.margins.defaultMargin, 1),
        })}
      />
      {answer.error ? (
        <p className="fit-error" role="alert">
          {t('errors.reason', { reason: answer.error })}
        </p>
      ) : null}
      <div className="fit-layout">
        <div className="fit-main">
          <FitMatrixPanel
            matrix={result.matrix}
            axes={axes}
            onAxes={(next) => {
              // A rectangle on the other axes means other customers.
              setAxes(next);
              setBrushed([]);
            }} onBrush={onBrush} busy={answer.busy} />
          <SelectionBar rows={brushed} onClear={() => setBrushed([])} />
          {result.detail && result.detail.row.key === customerKey ? (
            <CustomerFitPanel detail={result.detail} data={data} onClose={() => setCustomerKey(null)} />
          ) : null}
          <StatusTables answer={result} search={search} onSearch={setSearch} selectedKey={customerKey} onSelect={setCustomerKey} />
        </div>
        <div className="fit-side">
          <WhatIfPanel
            settings={data.settings}
            draft={draft}
            answer={result.whatIf}
            onDraft={setDraft}
            onApply={(next) => {
              void applyFitSettings(next);
              setDraft(null);
            }}
          />
          <SettingsPanel settings={data.settings} products={result.products} clvAvailable={result.clvAvailable} />
          <RulesEditor settings={data.settings} />
          <SegmentCosts data={data} segments={result.segments} />
          <CostFileImport />
        </div>
      </div>
    </section>
  );
}
