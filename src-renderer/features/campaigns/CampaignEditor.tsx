/**
 * One campaign open for planning: the plan is edited through planReducer and
 * saved behind each change; the worker answers the target, projection and
 * measurement. The hold-out is drawn and stored when the list is first exported.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_COLUMNS, planProblems } from '../../../src-core/campaigns';
import type { EpochDay } from '../../../src-core/model/orders';
import { bridge } from '../../bridge';
import type { CampaignRecord } from '../../db/campaign-records';
import type { SegmentRecord } from '../../db/records';
import { exportFileName } from '../../export/export-file';
import { useFormat } from '../../format/use-format';
import { useAppStore } from '../../state/store';
import type { AnalyticsApi } from '../../worker/analytics-api';
import { analytics } from '../../worker/analytics-client';
import type { CampaignContext, CampaignMeasureAnswer } from '../../worker/campaigns/campaign-answers';
import { useLatestAnswer } from '../../worker/use-latest-answer';
import type { FitSelection } from '../fit/fit-slice';
import { offerText, segmentNames } from './campaign-words';
import { ExportSection } from './ExportSection';
import { HoldoutSection } from './HoldoutSection';
import { MeasurementSection } from './MeasurementSection';
import { planReducer, type PlanAction } from './plan-form';
import { ProjectionSection } from './ProjectionSection';
import { TacticSection } from './TacticSection';
import { TargetSection } from './TargetSection';

interface CampaignEditorProps {
  record: CampaignRecord;
  context: CampaignContext;
  currency: string;
  segments: readonly SegmentRecord[];
  fitSelection: FitSelection | null;
  today: EpochDay;
}

type Measured = Extract<CampaignMeasureAnswer, { status: 'measured' }>;

export function CampaignEditor({ record, context, currency, segments, fitSelection, today }: CampaignEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const saveCampaign = useAppStore((state) => state.saveCampaign);
  const [plan, dispatch] = useReducer(planReducer, record.plan);
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const latest = useRef(record);
  latest.current = record;

  // Saved behind the edit, a moment after typing stops.
  useEffect(() => {
    if (plan === latest.current.plan) return;
    const timer = setTimeout(() => void saveCampaign({ ...latest.current, plan, updatedAt: Date.now() }), 300);
    return () => clearTimeout(timer);
  }, [plan, saveCampaign]);

  const question = useMemo(() => ({ plan, context }), [plan, context]);
  const askPlan = useCallback((api: AnalyticsApi) => api.campaignPlan(question), [question]);
  const answer = useLatestAnswer(askPlan);

  const problems = [...planProblems(plan), ...(plan.schedule.startDay === null ? ['campaigns.export.needsStart'] : [])];

  const exportList = async (withHoldout: boolean) => {
    setExporting(true);
    setExportMessage(null);
    try {
      let current = plan;
      if (!current.assignment) {
        const drawn = await analytics().campaignDraw({ plan: current, context });
        if (!drawn.ok) return setExportMessage(t('errors.reason', { reason: drawn.message }));
        if (!drawn.value.ok) return setExportMessage(t(`campaigns.export.${drawn.value.problem}`));
        const action: PlanAction = { type: 'assignment', assignment: drawn.value.assignment };
        current = planReducer(current, action);
        dispatch(action);
        // Stored before the list leaves the app: the groups are fixed from here on.
        if (!(await saveCampaign({ ...latest.current, plan: current, updatedAt: Date.now() }))) return;
      }
      const labels = Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, t(`campaigns.export.columns.${column}`)]));
      const csv = await analytics().campaignContactList({ plan: current, withHoldout, offerText: offerText(current.offer, t, format), segmentNames: segmentNames(t), labels });
      if (!csv.ok) return setExportMessage(t('errors.reason', { reason: csv.message }));
      const suffix = withHoldout ? t('campaigns.export.fileFull') : t('campaigns.export.fileMailing');
      const saved = await bridge.saveFile({ suggestedName: exportFileName(`${current.name} ${suffix}`, 'csv'), data: csv.value, filters: [{ name: 'CSV', extensions: ['csv'] }] });
      setExportMessage(saved.saved ? t('campaigns.export.saved') : t('campaigns.export.cancelled'));
    } finally {
      setExporting(false);
    }
  };

  const clearAssignment = async () => {
    if (!window.confirm(t('campaigns.holdout.clearConfirm'))) return;
    const next = planReducer(plan, { type: 'clearAssignment' });
    dispatch({ type: 'clearAssignment' });
    await saveCampaign({ ...latest.current, plan: next, updatedAt: Date.now() }, { replaceAssignment: true });
  };

  const onMeasured = useCallback(
    (measured: Measured) => {
      const stored = latest.current.measured;
      const same = stored && stored.dataThrough === measured.dataThrough && JSON.stringify(stored.measurement) === JSON.stringify(measured.measurement);
      if (same) return;
      void saveCampaign({
        ...latest.current,
        measured: { measuredAt: Date.now(), dataThrough: measured.dataThrough, windowComplete: measured.windowComplete, measurement: measured.measurement },
      });
    },
    [saveCampaign],
  );

  return (
    <div className="campaign-editor" aria-busy={answer.busy}>
      <div className="panel campaign-name">
        <label className="field">
          <span className="field-label">{t('campaigns.editor.name')}</span>
          <input value={plan.name} onChange={(event) => dispatch({ type: 'rename', name: event.target.value })} />
        </label>
        {answer.value?.asOf != null ? <p className="muted">{t('campaigns.editor.asOf', { asOf: format.day(answer.value.asOf) })}</p> : null}
      </div>
      {answer.error ? (
        <p className="notice notice-error" role="alert">
          {t('errors.reason', { reason: answer.error })}
        </p>
      ) : null}
      <TargetSection plan={plan} answer={answer.value} segments={segments} fitSelection={fitSelection} dispatch={dispatch} />
      <TacticSection plan={plan} currency={currency} dispatch={dispatch} />
      {answer.value ? <ProjectionSection answer={answer.value} responseRate={plan.responseRate} /> : <p className="status-message status-busy">{t('campaigns.calculating')}</p>}
      <HoldoutSection plan={plan} answer={answer.value} today={today} dispatch={dispatch} onClearAssignment={() => void clearAssignment()} />
      <ExportSection plan={plan} problems={problems} busy={exporting} message={exportMessage} dispatch={dispatch} onExport={(withHoldout) => void exportList(withHoldout)} />
      <MeasurementSection plan={plan} onMeasured={onMeasured} />
    </div>
  );
}
