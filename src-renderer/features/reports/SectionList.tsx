/** The sections: include or leave out, move up or down (buttons, so the keyboard can do it), and the user's notes. */
import { useTranslation } from 'react-i18next';
import { reportStrings } from '../../../src-core/report';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { DraftSection, ReportEditAction } from './report-editor';

interface SectionListProps {
  sections: DraftSection[];
  dispatch: (action: ReportEditAction) => void;
}

export function SectionList({ sections, dispatch }: SectionListProps) {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  // The section names as the report prints them, in the UI's language.
  const names = reportStrings(language).sections;
  return (
    <section className="panel" aria-labelledby="report-sections-title">
      <h2 id="report-sections-title" className="panel-title">
        {t('reports.sections.title')}
      </h2>
      <p className="muted">{t('reports.sections.hint')}</p>
      <ol className="report-sections">
        {sections.map((section, i) => {
          const name = names[section.id];
          return (
            <li key={section.id} className="report-section" data-included={section.included}>
              <div className="report-section-head">
                <label className="field-inline">
                  <input
                    type="checkbox"
                    checked={section.included}
                    aria-label={t('reports.sections.include', { section: name })}
                    onChange={() => dispatch({ type: 'toggleSection', id: section.id })}
                  />
                  <span>{name}</span>
                </label>
                <span className="report-section-moves">
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('reports.sections.moveUp', { section: name })}
                    disabled={i === 0}
                    onClick={() => dispatch({ type: 'moveSection', id: section.id, by: -1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('reports.sections.moveDown', { section: name })}
                    disabled={i === sections.length - 1}
                    onClick={() => dispatch({ type: 'moveSection', id: section.id, by: 1 })}
                  >
                    ↓
                  </button>
                </span>
              </div>
              {section.included ? (
                <label className="field report-notes">
                  <span className="field-label">{t('reports.sections.notes', { section: name })}</span>
                  <textarea
                    rows={2}
                    value={section.notes}
                    title={t('reports.sections.notesHint')}
                    onChange={(event) => dispatch({ type: 'notes', id: section.id, notes: event.target.value })}
                  />
                </label>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
