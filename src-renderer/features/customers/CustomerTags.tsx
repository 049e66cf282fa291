/** The user's tags on one customer: add with Enter or the button, remove with ×. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { useCustomerNotes } from './use-customer-data';

const NO_TAGS: readonly string[] = [];

export function CustomerTags({ customerKey }: { customerKey: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const { tags: allTags } = useCustomerNotes();
  const setTags = useAppStore((state) => state.setCustomerTags);
  const tags = allTags.find((row) => row.customerKey === customerKey)?.tags ?? NO_TAGS;
  const [draft, setDraft] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    if (await setTags(customerKey, [...tags, draft])) setDraft('');
  };

  return (
    <section className="panel" aria-labelledby="tags-title">
      <h2 id="tags-title" className="panel-title">
        {t('customers.tags.title')}
      </h2>
      {tags.length === 0 ? (
        <p className="muted">{t('customers.tags.empty')}</p>
      ) : (
        <ul className="tag-list" aria-labelledby="tags-title">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('customers.tags.remove', { tag })}
                onClick={() => void setTags(customerKey, tags.filter((other) => other !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-form" onSubmit={(event) => void submit(event)}>
        <label className="visually-hidden" htmlFor={fieldId}>
          {t('customers.tags.newTag')}
        </label>
        <input id={fieldId} value={draft} maxLength={40} placeholder={t('customers.tags.newTag')} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button" disabled={!draft.trim()}>
          {t('customers.tags.add')}
        </button>
      </form>
    </section>
  );
}
