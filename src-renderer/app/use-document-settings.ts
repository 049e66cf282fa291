/** Reflects the language and theme onto <html> (lang for fonts and screen readers, data-theme for CSS). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';

export function useDocumentSettings(): void {
  const language = useAppStore(selectors.language);
  const theme = useAppStore(selectors.theme);
  const { t } = useTranslation();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  useEffect(() => {
    // 'system' leaves it to prefers-color-scheme in the CSS.
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
