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

export type LocaleTree = { [key: string]: string | LocaleTree };

/**
 * Each feature keeps its strings beside it in features/<name>/locales/<lang>.json
 * (top-level key = the feature's namespace, e.g. { "cohorts": { … } }), so pages
 * can be added without every change touching one shared file. They are merged
 * into the one `translation` namespace here; the parity test covers them too.
 */
const featureLocales = import.meta.glob<LocaleTree>('../features/*/locales/*.json', { eager: true, import: 'default' });

function mergeLocale(target: LocaleTree, source: LocaleTree, path: string): LocaleTree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'string' || typeof existing === 'string') {
      if (existing !== undefined) throw new Error(`Duplicate translation key ${path}${key}`);
      target[key] = value;
    } else {
      target[key] = mergeLocale(existing ?? {}, value, `${path}${key}.`);
    }
  }
  return target;
}

function localeFor(language: 'en' | 'ja' | 'ru', base: LocaleTree): LocaleTree {
  const merged = mergeLocale({}, base, '');
  for (const [file, tree] of Object.entries(featureLocales)) {
    if (file.endsWith(`/locales/${language}.json`)) mergeLocale(merged, tree, '');
  }
  return merged;
}

export const resources = {
  en: { translation: localeFor('en', en) },
  ja: { translation: localeFor('ja', ja) },
  ru: { translation: localeFor('ru', ru) },
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
