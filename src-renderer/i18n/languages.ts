/** The UI languages, their own names (never translated) and the Intl locale each formats with. */
export const LANGUAGES = [
  { code: 'en', nativeName: 'English', locale: 'en-US' },
  { code: 'ja', nativeName: '日本語', locale: 'ja-JP' },
  { code: 'ru', nativeName: 'Русский', locale: 'ru-RU' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

export function localeOf(language: Language): string {
  return LANGUAGES.find((entry) => entry.code === language)?.locale ?? 'en-US';
}

/** The first UI language matching the system's preferred locales ('ja-JP' → 'ja'), else English. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const code = locale.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}
