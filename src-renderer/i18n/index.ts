/**
 * i18next with the three bundled locales. Every visible string goes through
 * `t()`; the locale files must keep the same keys (test/renderer/i18n.test.ts).
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ja from './locales/ja.json';
import ru from './locales/ru.json';
import { DEFAULT_LANGUAGE, type Language } from './languages';

export const resources = {
  en: { translation: en },
  ja: { translation: ja },
  ru: { translation: ru },
} as const;

export const i18n: I18n = i18next.createInstance();

/** Safe to call more than once (tests): later calls only switch the language. */
export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<void> {
  if (i18n.isInitialized) {
    await i18n.changeLanguage(language);
    return;
  }
  await i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
}
