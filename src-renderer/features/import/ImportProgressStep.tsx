/** Step 5: the running import — a progress bar with rows and rows/s, and Cancel while rows are still being read. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { rowsPerSecond, shareDone } from './progress';
import type { RunProgress } from './wizard-machine';

interface ImportProgressStepProps {
  fileName: string;
  progress: RunProgress;
  cancelling: boolean;
  onCancel(): void;
}

export function ImportProgressStep({ fileName, progress, cancelling, onCancel }: ImportProgressStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = progress.phase === 'saving' ? 1 : shareDone(progress.bytesDone, progress.bytesTotal);
  const rate = rowsPerSecond(progress.records, progress.startedAt, progress.at);

  return (
    <div className="panel import-step" aria-busy="true">
      <h2 className="panel-title">{fileName}</h2>
      <p role="status">{t(progress.phase === 'saving' ? 'importWizard.progress.saving' : 'importWizard.progress.reading')}</p>
      <div
        className="import-progress"
        role="progressbar"
        aria-label={t('importWizard.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <div className="import-progress-bar" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="import-progress-figures">
        <span data-testid="import-rows">{t('importWizard.progress.rows', { rows: format.count(progress.records) })}</span>
        {rate !== null ? <span>{t('importWizard.progress.rate', { rate: format.count(Math.round(rate)) })}</span> : null}
        <span>{t('importWizard.progress.percent', { percent: format.percent(share) })}</span>
      </p>
      <div className="import-actions">
        <span />
        <span />
        <button type="button" className="button button-danger-quiet" disabled={cancelling || progress.phase === 'saving'} onClick={onCancel}>
          {cancelling ? t('importWizard.actions.cancelling') : t('importWizard.actions.cancel')}
        </button>
      </div>
    </div>
  );
}
