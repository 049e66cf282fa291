/**
 * Step 1: drop a file on the zone or choose one (a file input: in Electron it
 * opens the native dialog). Either way the import worker gets the File, a
 * handle on the file on disk, and reads it a window at a time.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseFile } from '../../bridge/file-input';
import { describeError } from '../../db/outcome';
import type { ChosenFile } from '../../worker/import-api';

const ORDER_FILES = [{ name: 'Order exports', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }];

interface FileDropZoneProps {
  onFile(file: ChosenFile): void;
  /** Why the last file could not be used, already in words. */
  failure: { fileName: string; message: string } | null;
}

export function FileDropZone({ onFile, failure }: FileDropZoneProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [readError, setReadError] = useState('');

  const pick = () => {
    setReadError('');
    chooseFile(ORDER_FILES).then(
      (file) => file && onFile({ name: file.name, blob: file }),
      (error: unknown) => setReadError(describeError(error)),
    );
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    setReadError('');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    onFile({ name: file.name, blob: file });
  };

  return (
    <div className="panel import-choose">
      <div
        className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
        role="region"
        aria-label={t('importWizard.drop.zoneLabel')}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p className="drop-title">{t('importWizard.drop.title')}</p>
        <p className="muted">{t('importWizard.drop.hint')}</p>
        <button type="button" className="button button-primary" onClick={pick}>
          {t('importWizard.drop.choose')}
        </button>
      </div>
      {failure ? (
        <div className="import-alert" role="alert">
          <p className="import-alert-title">{t('importWizard.drop.failed', { name: failure.fileName })}</p>
          <p>{failure.message}</p>
        </div>
      ) : null}
      {readError ? (
        <div className="import-alert" role="alert">
          <p className="import-alert-title">{t('importWizard.drop.readFailed')}</p>
          <p>{readError}</p>
        </div>
      ) : null}
    </div>
  );
}
