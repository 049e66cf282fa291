/** App-wide choices: language and theme, persisted in the registry database. */
import { getPreference, putPreference } from '../db/workspace-repository';
import { describeError } from '../db/outcome';
import { i18n } from '../i18n';
import { isLanguage, languageFromLocales, type Language } from '../i18n/languages';
import type { SliceCreator } from './app-state';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

function isTheme(value: unknown): value is Theme {
  return THEMES.some((theme) => theme === value);
}

export interface SettingsSlice {
  language: Language;
  theme: Theme;
  /** Reads the saved choices; without any, the system's language. */
  loadSettings(systemLocales: readonly string[]): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => ({
  language: 'en',
  theme: 'system',

  loadSettings: async (systemLocales) => {
    try {
      const [language, theme] = await Promise.all([getPreference('language'), getPreference('theme')]);
      const chosen = isLanguage(language) ? language : languageFromLocales(systemLocales);
      set({ language: chosen, theme: isTheme(theme) ? theme : 'system' });
      await i18n.changeLanguage(chosen);
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'errors.loadSettings', detail: describeError(error) });
    }
  },

  setLanguage: async (language) => {
    set({ language });
    await i18n.changeLanguage(language);
    try {
      await putPreference('language', language);
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'errors.saveSettings', detail: describeError(error) });
    }
  },

  setTheme: async (theme) => {
    set({ theme });
    try {
      await putPreference('theme', theme);
    } catch (error) {
      get().notify({ kind: 'error', messageKey: 'errors.saveSettings', detail: describeError(error) });
    }
  },
});
