/** The user's notes on one customer, newest last; stored in the workspace and included in the CSV. */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../format/format';
import { selectors } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useCustomerNotes } from './use-customer-data';

const MS_PER_DAY = 86_400_000;

/** The calendar day, on this computer's clock, of an instant (notes keep when they were written). */
function localDayOf(ms: number): number {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / MS_PER_DAY);
}

export function CustomerNotes({ customerKey }: { customerKey: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const language = useAppStore(selectors.language);
  const { notes } = useCustomerNotes();
  const addNote = useAppStore((state) => state.addCustomerNote);
  const deleteNote = useAppStore((state) => state.deleteCustomerNote);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const mine = useMemo(() => notes.filter((note) => note.customerKey === customerKey), [notes, customerKey]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    setSaving(true);
    if (await addNote(customerKey, draft)) setDraft('');
    setSaving(false);
  };

  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title" className="panel-title">
        {t('customers.notes.title')}
      </h2>
      {mine.length === 0 ? (
        <p className="muted">{t('customers.notes.empty')}</p>
      ) : (
        <ul className="note-list" aria-labelledby="notes-title">
          {mine.map((note) => (
            <li key={note.id} className="note">
              <p className="note-text">{note.text}</p>
              <div className="note-meta">
                <span className="muted">{t('customers.notes.written', { date: formatDay(localDayOf(note.createdAt), language) })}</span>
                <button type="button" className="button button-quiet button-danger-quiet" onClick={() => note.id !== undefined && void deleteNote(note.id)}>
                  {t('customers.notes.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className="note-form" onSubmit={(event) => void submit(event)}>
        <label className="field-label" htmlFor={fieldId}>
          {t('customers.notes.newNote')}
        </label>
        <textarea id={fieldId} value={draft} rows={3} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button button-primary" disabled={saving || !draft.trim()}>
          {t('customers.notes.add')}
        </button>
      </form>
    </section>
  );
}
