/** Cost to serve for one customer or one segment: labour hours × rate, communication, hard costs and named other costs. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostEntry } from '../../../src-core/analytics/fit';
import { costDraftOf, costEntryOf, type CostDraft } from './cost-entry';

interface CostFormProps {
  /** What is stored now (undefined: nothing). */
  entry: CostEntry | undefined;
  onSave(entry: CostEntry | null): void;
  /** Prefix of the inputs' test ids. */
  testId: string;
}

const FIELDS = ['labourHours', 'hourlyRate', 'communication', 'hard'] as const;

export function CostForm({ entry, onSave, testId }: CostFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CostDraft>(() => costDraftOf(entry));
  const [invalid, setInvalid] = useState<string | null>(null);
  useEffect(() => {
    setDraft(costDraftOf(entry));
    setInvalid(null);
  }, [entry]);

  const save = () => {
    const outcome = costEntryOf(draft);
    if (!outcome.ok) {
      setInvalid(outcome.field);
      return;
    }
    setInvalid(null);
    onSave(outcome.entry);
  };
  const setOther = (index: number, patch: Partial<CostDraft['other'][number]>) =>
    setDraft((current) => ({ ...current, other: current.other.map((line, i) => (i === index ? { ...line, ...patch } : line)) }));

  return (
    <form
      className="fit-cost-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="fit-fields">
        {FIELDS.map((field) => (
          <label key={field} className="fit-field">
            <span>{t(`fit.costs.${field}`)}</span>
            <input
              type="text"
              inputMode="decimal"
              value={draft[field]}
              aria-invalid={invalid === field}
              data-testid={`${testId}-${field}`}
              onChange={(event) => setDraft((current) => ({ ...current, [field]: event.target.value }))}
            />
          </label>
        ))}
      </div>
      {draft.other.map((line, index) => (
        <div className="fit-fields fit-other-cost" key={index}>
          <label className="fit-field">
            <span>{t('fit.costs.otherName')}</span>
            <input type="text" value={line.name} aria-invalid={invalid === `other.${index}`} onChange={(event) => setOther(index, { name: event.target.value })} />
          </label>
          <label className="fit-field">
            <span>{t('fit.costs.otherAmount')}</span>
            <input type="text" inputMode="decimal" value={line.amount} aria-invalid={invalid === `other.${index}`} onChange={(event) => setOther(index, { amount: event.target.value })} />
          </label>
          <button type="button" className="button button-quiet" onClick={() => setDraft((current) => ({ ...current, other: current.other.filter((_, i) => i !== index) }))}>
            {t('fit.costs.removeOther')}
          </button>
        </div>
      ))}
      {invalid ? (
        <p className="fit-error" role="alert">
          {t('fit.costs.invalid')}
        </p>
      ) : null}
      <div className="fit-actions">
        <button type="button" className="button" onClick={() => setDraft((current) => ({ ...current, other: [...current.other, { name: '', amount: '' }] }))}>
          {t('fit.costs.addOther')}
        </button>
        <button type="submit" className="button button-primary" data-testid={`${testId}-save`}>
          {t('fit.costs.save')}
        </button>
        {entry ? (
          <button type="button" className="button button-quiet" onClick={() => onSave(null)}>
            {t('fit.costs.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
