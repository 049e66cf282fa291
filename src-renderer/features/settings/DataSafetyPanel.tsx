/** Settings → Data safety: back up, restore, and the storage the workspaces live in. */
import { useTranslation } from 'react-i18next';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';
import './data-safety.css';

export function DataSafetyPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel data-safety" aria-labelledby="data-safety-title">
      <h2 id="data-safety-title" className="panel-title">
        {t('dataSafety.title')}
      </h2>
      <p className="muted">{t('dataSafety.intro')}</p>
      <BackupSection />
      <RestoreSection />
      <StorageSection />
    </section>
  );
}
