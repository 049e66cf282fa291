/** Saved report definitions of the workspace: save (or save as new), open, rename, delete. */
import { useTranslation } from 'react-i18next';
import type { SavedReportRecord } from '../../db/report-records';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { ReportDraft } from './report-editor';

interface SavedReportsProps {
  draft: ReportDraft;
  onName: (name: string) => void;
  onSave: (asNew: boolean) => void;
  onOpen: (report: SavedReportRecord) => void;
  onNew: () => void;
}

export function SavedReports({ draft, onName, onSave, onOpen, onNew }: SavedReportsProps) {
  const { t, i18n } = useTranslation();
  const reports = useAppStore(selectors.savedReports);
  const unreadable = useAppStore(selectors.unreadableReports);
  const { renameSavedReport, deleteSavedReport } = useAppStore.getState();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const rename = (report: SavedReportRecord) => {
    const name = window.prompt(t('reports.saved.renamePrompt', { name: report.definition.name }), report.definition.name);
    if (name === null || name.trim() === '') return;
    void renameSavedReport(report.id, name.trim()).then((renamed) => {
      if (renamed && renamed.id === draft.savedId) onName(renamed.definition.name);
    });
  };

  const remove = (report: SavedReportRecord) => {
    if (window.confirm(t('reports.saved.deleteConfirm', { name: report.definition.name }))) void deleteSavedReport(report.id);
  };

  return (
    <section className="panel" aria-labelledby="report-saved-title">
      <h2 id="report-saved-title" className="panel-title">
        {t('reports.saved.title')}
      </h2>
      <div className="field-inline report-save">
        <label className="field">
          <span className="field-label">{t('reports.saved.name')}</span>
          <input type="text" value={draft.settings.name} maxLength={500} onChange={(event) => onName(event.target.value)} />
        </label>
        <button type="button" className="button button-primary" disabled={draft.settings.name.trim() === ''} onClick={() => onSave(false)}>
          {t('reports.saved.save')}
        </button>
        {draft.savedId ? (
          <button type="button" className="button" disabled={draft.settings.name.trim() === ''} onClick={() => onSave(true)}>
            {t('reports.saved.saveAsNew')}
          </button>
        ) : null}
        <button type="button" className="button button-quiet" onClick={onNew}>
          {t('reports.saved.newReport')}
        </button>
      </div>
      {draft.dirty ? <p className="muted">{t('reports.saved.unsaved')}</p> : null}
      {reports.length === 0 ? (
        <p className="muted">{t('reports.saved.empty')}</p>
      ) : (
        <ul className="report-saved-list" aria-label={t('reports.saved.title')}>
          {reports.map((report) => {
            const name = report.definition.name;
            return (
              <li key={report.id} aria-current={report.id === draft.savedId ? 'true' : undefined}>
                <span className="report-saved-name">{name}</span>
                <span className="muted">{t('reports.saved.savedAt', { date: when.format(report.updatedAt) })}</span>
                <span className="report-saved-actions">
                  <button type="button" className="button" aria-label={t('reports.saved.openLabel', { name })} onClick={() => onOpen(report)}>
                    {t('reports.saved.open')}
                  </button>
                  <button type="button" className="button button-quiet" aria-label={t('reports.saved.renameLabel', { name })} onClick={() => rename(report)}>
                    {t('reports.saved.rename')}
                  </button>
                  <button type="button" className="button button-quiet button-danger-quiet" aria-label={t('reports.saved.deleteLabel', { name })} onClick={() => remove(report)}>
                    {t('reports.saved.delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {unreadable > 0 ? <p className="muted">{t('reports.saved.unreadable', { count: unreadable })}</p> : null}
    </section>
  );
}
