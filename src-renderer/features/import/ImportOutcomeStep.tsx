/** After the import: what it added and skipped, or why nothing was stored. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { importer } from '../../worker/import-client';
import { ImportNotes } from './ImportNotes';
import { RejectedRowsTable } from './RejectedRowsTable';
import { useSaveRejectedRows } from './use-save-rejected-rows';
import type { WizardState } from './wizard-machine';

type Ended = Extract<WizardState, { step: 'done' | 'failed' | 'cancelled' }>;

interface ImportOutcomeStepProps {
  state: Ended;
  onBack(): void;
  onRestart(): void;
}

/** The browser's and Dexie's words for a full disk. */
const isQuotaMessage = (message: string) => /quota/i.test(message);

export function ImportOutcomeStep({ state, onBack, onRestart }: ImportOutcomeStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const workspaceId = useAppStore(selectors.activeWorkspaceId);
  const download = useSaveRejectedRows();

  const again = (
    <button type="button" className="button" onClick={onRestart}>
      {t('importWizard.actions.another')}
    </button>
  );

  if (state.step === 'cancelled') {
    return (
      <div className="panel import-step">
        <h2 className="panel-title">{t('importWizard.cancelled.title')}</h2>
        <p role="status">{t('importWizard.cancelled.message')}</p>
        <div className="import-actions">
          <button type="button" className="button" onClick={onBack}>
            {t('importWizard.actions.back')}
          </button>
          <span />
          {again}
        </div>
      </div>
    );
  }

  if (state.step === 'failed') {
    return (
      <div className="panel import-step">
        <h2 className="panel-title">{t(state.stage === 'save' ? 'importWizard.failed.saveTitle' : 'importWizard.failed.readTitle')}</h2>
        <div className="import-alert" role="alert">
          <p className="import-alert-title">{t('importWizard.failed.nothingStored')}</p>
          {isQuotaMessage(state.message) ? <p>{t('importWizard.failed.quota')}</p> : null}
          <p>{t('errors.reason', { reason: state.message })}</p>
        </div>
        <div className="import-actions">
          <button type="button" className="button" onClick={onBack}>
            {t('importWizard.actions.back')}
          </button>
          <span />
          {again}
        </div>
      </div>
    );
  }

  const { result } = state;
  return (
    <div className="panel import-step">
      <h2 className="panel-title">{t('importWizard.result.title')}</h2>
      <p>{t('importWizard.result.summary', { name: result.fileName, rows: format.count(result.rows) })}</p>
      <dl className="import-counts">
        <div>
          <dt>{t('importWizard.result.added')}</dt>
          <dd data-testid="result-added">{format.count(result.added)}</dd>
        </div>
        <div>
          <dt>{t('importWizard.result.alreadyPresent')}</dt>
          <dd data-testid="result-already-present">{format.count(result.alreadyPresent)}</dd>
        </div>
        <div>
          <dt>{t('importWizard.result.rejected')}</dt>
          <dd data-testid="result-rejected">{format.count(result.rejected)}</dd>
        </div>
      </dl>
      {result.alreadyPresent > 0 ? <p className="muted">{t('importWizard.result.alreadyPresentHint')}</p> : null}
      <RejectedRowsTable rows={result.rejectedRows} total={result.issues} />
      {result.rejected > 0 && workspaceId ? (
        <div>
          <button type="button" className="button" onClick={() => void download.save(result.fileName, () => importer().rejectedRowsCsv(workspaceId, result.datasetId))}>
            {t('importWizard.actions.download')}
          </button>
          {download.error ? (
            <p className="import-alert" role="alert">
              {t('importWizard.downloadFailed')} {download.error}
            </p>
          ) : null}
        </div>
      ) : null}
      <ImportNotes title={t('importWizard.validation.warnings')} notes={result.warnings} />
      <div className="import-actions">
        {again}
        <span />
        <a className="button button-primary" href="#/overview">
          {t('importWizard.actions.toOverview')}
        </a>
      </div>
    </div>
  );
}
