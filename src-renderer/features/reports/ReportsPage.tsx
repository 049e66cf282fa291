/**
 * The report builder (issue 8): sections, cover, period, page and language on
 * the left; the live preview of the very document that prints on the right.
 * The analytics worker builds the document; this page only edits the
 * definition, asks, and hands the answer to the bridge.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochDay } from '../../../src-core/model/orders';
import { reportStrings, standardReport, type ReportDefinition } from '../../../src-core/report';
import { PageHeader } from '../../components/PageHeader';
import { StatusMessage } from '../../components/StatusMessage';
import type { SavedReportRecord } from '../../db/report-records';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import { campaignContext, fitInputsOf, todayEpochDay } from '../campaigns/campaign-context';
import { CoverFields } from './CoverFields';
import { ReportActions } from './ReportActions';
import { ReportOptions } from './ReportOptions';
import { ReportPreview } from './ReportPreview';
import { SavedReports } from './SavedReports';
import { SectionList } from './SectionList';
import { definitionOf, draftOf, reportEditReducer } from './report-editor';
import { reportFileName } from './report-file-name';
import { reportQuestion } from './report-question';
import { useDebounced } from './use-debounced';
import './reports.css';

export function ReportsPage() {
  const { t } = useTranslation();
  const workspaceStatus = useAppStore(selectors.workspaceStatus);
  const workspace = useAppStore(selectors.activeWorkspace);
  const currency = useAppStore(selectors.currency);
  const language = useAppStore(selectors.language);
  const fitData = useAppStore(selectors.fitData);
  const campaigns = useAppStore(selectors.campaigns);
  const segments = useAppStore(selectors.segments);
  const tags = useAppStore(selectors.customerTags);
  const { loadSavedReports, loadFit, loadCampaigns, loadSegments, loadCustomerNotes, saveReportDefinition } = useAppStore.getState();
  const workspaceId = workspace?.id ?? null;
  const workspaceName = workspace?.name ?? '';

  const fresh = useCallback((): ReportDefinition => standardReport({ language, businessName: workspaceName }), [language, workspaceName]);
  const [draft, dispatch] = useReducer(reportEditReducer, null, () => draftOf(fresh()));
  const [asOf, setAsOf] = useState<EpochDay | null>(null);
  const today = useMemo(() => todayEpochDay(), []);

  useEffect(() => {
    // Another workspace: its own saved reports and inputs, and a fresh report for its business.
    dispatch({ type: 'open', definition: fresh(), savedId: null });
    setAsOf(null);
    void loadSavedReports();
    void loadFit();
    void loadCampaigns();
    void loadSegments();
    void loadCustomerNotes();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a workspace switch starts over, not a language change
  }, [workspaceId, loadSavedReports, loadFit, loadCampaigns, loadSegments, loadCustomerNotes]);

  const definition = useMemo(() => definitionOf(draft), [draft]);
  const context = useMemo(() => campaignContext({ today, segments, fit: fitData, tags, campaigns }), [today, segments, fitData, tags, campaigns]);
  const question = useMemo(
    () => reportQuestion({ definition, currency, asOf, fit: fitInputsOf(fitData), campaigns, context }),
    [definition, currency, asOf, fitData, campaigns, context],
  );
  const settled = useDebounced(question, 350);
  const ask = useMemo(() => (settled.definition.sections.length > 0 ? (api: AnalyticsApi) => api.reportDocument(settled) : null), [settled]);
  const answer = useLatestAnswer(ask);

  const title = t('reports.title');
  if (workspaceStatus === 'none') return <StatusMessage title={title} message={t('workspace.noneYet')} />;
  if (workspaceStatus === 'failed') return <StatusMessage title={title} message={t('reports.unavailable')} />;

  const save = async (asNew: boolean) => {
    const saved = await saveReportDefinition(asNew ? null : draft.savedId, { ...definition, name: definition.name.trim() });
    if (saved) dispatch({ type: 'saved', savedId: saved.id });
  };
  const open = (report: SavedReportRecord) => dispatch({ type: 'open', definition: report.definition, savedId: report.id });
  const noSections = definition.sections.length === 0;
  const html = noSections ? null : (answer.value?.html ?? null);
  const printTitle = definition.cover.title.trim() || reportStrings(definition.language).defaultTitle;

  return (
    <section className="page reports-page" aria-labelledby="reports-title">
      <PageHeader id="reports-title" title={title} subtitle={t('reports.subtitle')} />
      <div className="reports-layout">
        <div className="reports-editor">
          <SavedReports
            draft={draft}
            onName={(name) => dispatch({ type: 'name', name })}
            onSave={(asNew) => void save(asNew)}
            onOpen={open}
            onNew={() => dispatch({ type: 'open', definition: fresh(), savedId: null })}
          />
          <SectionList sections={draft.sections} dispatch={dispatch} />
          <CoverFields cover={draft.settings.cover} dispatch={dispatch} />
          <ReportOptions settings={draft.settings} dispatch={dispatch} asOf={asOf} onAsOf={setAsOf} />
        </div>
        <div className="reports-output">
          <ReportActions
            html={html}
            pageSize={definition.pageSize}
            fileName={reportFileName({ businessName: definition.cover.businessName, title: printTitle, date: new Date() })}
            stale={question !== settled || answer.busy}
          />
          <ReportPreview html={html} pageSize={definition.pageSize} busy={!noSections && answer.busy} error={answer.error} noSections={noSections} />
        </div>
      </div>
    </section>
  );
}
