import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../i18n/languages';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const language = useAppStore(selectors.language);
  const setLanguage = useAppStore((state) => state.setLanguage);

  return (
    <label className="field field-compact">
      <span className="field-label">{t('settings.language')}</span>
      <select
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((entry) => (
          <option key={entry.code} value={entry.code} lang={entry.code}>
            {entry.nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
