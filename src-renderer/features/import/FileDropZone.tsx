/** Step 1: drop a file on the zone or pick one through the bridge (native dialog or file input). */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
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
    bridge.pickFile(ORDER_FILES).then(
      (picked) => picked && onFile({ name: picked.name, size: picked.size, bytes: picked.bytes }),
      (error: unknown) => setReadError(describeError(error)),
    );
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    setReadError('');
    const file = event.dataTransfer.files[0];
    if (!file) return;
    // Reading is asynchronous and not parsing: the bytes go straight to the import worker.
    file.arrayBuffer().then(
      (buffer) => onFile({ name: file.name, size: file.size, bytes: new Uint8Array(buffer) }),
      (error: unknown) => setReadError(describeError(error)),
    );
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
