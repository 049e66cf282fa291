/** A passphrase typed twice, so a typo cannot lock someone out of their own backup. */
import { useTranslation } from 'react-i18next';

export interface PassphraseEntry {
  passphrase: string;
  confirmation: string;
}

/** What is wrong with the entry, as an i18n key, or null when it can be used. */
export function passphraseProblem({ passphrase, confirmation }: PassphraseEntry): string | null {
  if (passphrase === '') return 'dataSafety.backup.emptyPassphrase';
  if (passphrase !== confirmation) return 'dataSafety.backup.mismatch';
  return null;
}

interface PassphraseFieldsProps {
  entry: PassphraseEntry;
  onChange(entry: PassphraseEntry): void;
}

export function PassphraseFields({ entry, onChange }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  const mismatch = entry.confirmation !== '' && entry.passphrase !== entry.confirmation;
  return (
    <div className="data-safety-passphrase">
      <label className="field">
        <span className="field-label">{t('dataSafety.backup.passphrase')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={entry.passphrase}
          onChange={(event) => onChange({ ...entry, passphrase: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('dataSafety.backup.confirm')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={entry.confirmation}
          aria-invalid={mismatch}
          onChange={(event) => onChange({ ...entry, confirmation: event.target.value })}
        />
      </label>
      {mismatch ? (
        <p className="data-safety-error" role="alert">
          {t('dataSafety.backup.mismatch')}
        </p>
      ) : null}
    </div>
  );
}
