/** Every file imported into the active workspace, newest first, with its counts. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { PastImport } from '../../worker/import-api';
import { importer } from '../../worker/import-client';
import { timestamp } from './import-format';
import { useSaveRejectedRows } from './use-save-rejected-rows';

type Listing = { status: 'waiting' } | { status: 'ready'; imports: PastImport[] } | { status: 'failed'; message: string };

export function PastImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore(selectors.language);
  const workspaceId = useAppStore(selectors.activeWorkspaceId);
  // Re-read whenever the workspace's data changed (an import finished, another workspace opened).
  const revision = useAppStore(selectors.dataRevision);
  const [listing, setListing] = useState<Listing>({ status: 'waiting' });
  const download = useSaveRejectedRows();

  useEffect(() => {
    if (!workspaceId) return;
    let current = true;
    importer()
      .listImports(workspaceId)
      .then((answer) => {
        if (current) setListing(answer.ok ? { status: 'ready', imports: answer.value } : { status: 'failed', message: answer.message });
      });
    return () => {
      current = false;
    };
  }, [workspaceId, revision]);

  return (
    <section className="panel" aria-labelledby="past-imports-title">
      <h2 id="past-imports-title" className="panel-title">
        {t('importWizard.past.title')}
      </h2>
      {listing.status === 'failed' ? (
        <p className="import-alert" role="alert">
          {t('importWizard.past.failed')} {listing.message}
        </p>
      ) : listing.status === 'ready' && listing.imports.length === 0 ? (
        <p className="muted">{t('importWizard.past.empty')}</p>
      ) : listing.status === 'ready' ? (
        <div className="table-scroll">
          <table className="import-table" aria-labelledby="past-imports-title">
            <thead>
              <tr>
                <th scope="col">{t('importWizard.past.importedAt')}</th>
                <th scope="col">{t('importWizard.past.file')}</th>
                <th scope="col" className="number">
                  {t('importWizard.past.rows')}
                </th>
                <th scope="col" className="number">
                  {t('importWizard.past.added')}
                </th>
                <th scope="col" className="number">
                  {t('importWizard.past.alreadyPresent')}
                </th>
                <th scope="col" className="number">
                  {t('importWizard.past.rejected')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('importWizard.past.download')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {listing.imports.map((past) => (
                <tr key={past.id}>
                  <td>{timestamp(past.importedAt, language)}</td>
                  <td>{past.fileName}</td>
                  <td className="number">{format.count(past.rows)}</td>
                  <td className="number">{format.count(past.added)}</td>
                  <td className="number">{format.count(past.alreadyPresent)}</td>
                  <td className="number">{format.count(past.rejected)}</td>
                  <td>
                    {past.rejected > 0 && workspaceId ? (
                      <button
                        type="button"
                        className="button button-quiet"
                        aria-label={t('importWizard.past.downloadFor', { name: past.fileName })}
                        onClick={() => void download.save(past.fileName, () => importer().rejectedRowsCsv(workspaceId, past.id))}
                      >
                        {t('importWizard.past.download')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {download.error ? (
        <p className="import-alert" role="alert">
          {t('importWizard.downloadFailed')} {download.error}
        </p>
      ) : null}
    </section>
  );
}
