/** Step 4: good and rejected rows of what was read so far, before anything is stored. */
import { useTranslation } from 'react-i18next';
import { succeeded } from '../../db/outcome';
import { useFormat } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { formatBytes } from '../settings/format-bytes';
import { ImportNotes } from './ImportNotes';
import { RejectedRowsTable } from './RejectedRowsTable';
import { rejectedRowsCsv } from './rejected-rows';
import { useSaveRejectedRows } from './use-save-rejected-rows';
import { useStorageFit } from './use-storage-fit';
import { canContinue, type Review } from './wizard-machine';

interface ValidationStepProps {
  review: Review;
  onBack(): void;
  onImport(): void;
}

export function ValidationStep({ review, onBack, onImport }: ValidationStepProps) {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const format = useFormat();
  const room = useStorageFit(review.file.size);
  const download = useSaveRejectedRows();
  const { source, warnings } = review.preview;
  const good = Math.max(0, source.records - source.rejected);

  return (
    <div className="panel import-step">
      <h2 className="panel-title">{t('importWizard.validation.title')}</h2>
      <p className="muted">
        {source.sampled ? t('importWizard.validation.sampled', { rows: format.count(source.records) }) : t('importWizard.validation.complete')}
      </p>
      <dl className="import-counts">
        <div>
          <dt>{t('importWizard.validation.rowsRead')}</dt>
          <dd data-testid="check-rows">{format.count(source.records)}</dd>
        </div>
        <div>
          <dt>{t('importWizard.validation.goodRows')}</dt>
          <dd data-testid="check-good">{format.count(good)}</dd>
        </div>
        <div>
          <dt>{t('importWizard.validation.rejectedRows')}</dt>
          <dd data-testid="check-rejected">{format.count(source.rejected)}</dd>
        </div>
      </dl>
      <RejectedRowsTable rows={source.errors} total={source.errors.length} />
      {source.errors.length > 0 ? (
        <div>
          {/* A few hundred sampled issues at most: small enough to write here. */}
          <button type="button" className="button" onClick={() => void download.save(review.file.name, async () => succeeded(rejectedRowsCsv(source.errors)))}>
            {t('importWizard.actions.download')}
          </button>
          {download.error ? (
            <p className="import-alert" role="alert">
              {t('importWizard.downloadFailed')} {download.error}
            </p>
          ) : null}
        </div>
      ) : null}
      {room && room.fits === false ? (
        <p className="import-alert" role="alert" data-testid="storage-too-small">
          {t('importWizard.validation.noRoom', {
            needed: formatBytes(room.needed, language),
            available: formatBytes(room.available, language),
          })}
        </p>
      ) : null}
      <ImportNotes title={t('importWizard.validation.warnings')} notes={warnings} />
      <div className="import-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('importWizard.actions.back')}
        </button>
        <span />
        <button type="button" className="button button-primary" disabled={!canContinue(review)} onClick={onImport}>
          {source.sampled ? t('importWizard.actions.importAll') : t('importWizard.actions.import', { rows: format.count(good) })}
        </button>
      </div>
    </div>
  );
}
