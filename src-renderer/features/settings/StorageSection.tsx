/** How much room the workspaces take on this computer, and whether the browser may clear them. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { formatBytes } from './format-bytes';

export function StorageSection() {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const status = useAppStore((state) => state.storageStatus);
  const refreshStorageStatus = useAppStore((state) => state.refreshStorageStatus);
  const requestStoragePersistence = useAppStore((state) => state.requestStoragePersistence);

  useEffect(() => {
    void refreshStorageStatus();
  }, [refreshStorageStatus]);

  const persistence =
    status?.persisted === true ? 'persisted' : status?.persisted === false ? 'notPersisted' : 'persistenceUnknown';

  return (
    <div className="data-safety-part" role="group" aria-labelledby="storage-title">
      <h3 id="storage-title">{t('dataSafety.storage.title')}</h3>
      <p data-testid="storage-persistence">{t(`dataSafety.storage.${persistence}`)}</p>
      <p data-testid="storage-usage">
        {status && status.usage !== null && status.quota !== null
          ? t('dataSafety.storage.usage', { usage: formatBytes(status.usage, language), quota: formatBytes(status.quota, language) })
          : t('dataSafety.storage.usageUnknown')}
      </p>
      <div className="toolbar">
        {status?.persisted !== true ? (
          <button type="button" className="button" onClick={() => void requestStoragePersistence()}>
            {t('dataSafety.storage.ask')}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={() => void refreshStorageStatus()}>
          {t('dataSafety.storage.refresh')}
        </button>
      </div>
    </div>
  );
}
