import { describe, expect, it } from 'vitest';
import { resources } from '../../src-renderer/i18n';
import { LANGUAGES, languageFromLocales } from '../../src-renderer/i18n/languages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

const english = flatten(resources.en.translation);

describe('locales', () => {
  it('every UI language has a locale file', () => {
    expect(Object.keys(resources).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it.each(['ja', 'ru'] as const)('%s has exactly the English keys', (code) => {
    const translated = flatten(resources[code].translation);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(['en', 'ja', 'ru'] as const)('%s has no empty values', (code) => {
    const empty = [...flatten(resources[code].translation)].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['ja', 'ru'] as const)('%s uses the same {{placeholders}} as English', (code) => {
    const translated = flatten(resources[code].translation);
    for (const [key, text] of english) expect({ key, vars: placeholders(translated.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
  });

  it('every literal key the code asks for exists', () => {
    const sources = import.meta.glob('../../src-renderer/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      if (typeof text !== 'string' || file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
      for (const match of text.matchAll(/\b(?:t|messageKey:|labelKey:)\(?\s*'([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) {
        asked++;
        if (!english.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(asked).toBeGreaterThan(30); // the pattern really finds the keys
    expect(missing).toEqual([]);
  });
});

describe('languageFromLocales', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ru'], 'ru'],
    [['de-DE', 'ru-RU'], 'ru'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (locales, language) => expect(languageFromLocales(locales)).toBe(language));
});
