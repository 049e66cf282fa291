// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noDomOrFrameworks = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src-core is pure: no Electron.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src-core is pure: no React.' },
    { group: ['dexie', 'dexie/*'], message: 'src-core is pure: no Dexie.' },
    { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-core depends on nothing above it.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'resources/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // src-core runs in Node, workers, the main process and the CLI: no DOM, no frameworks.
    files: ['src-core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', noDomOrFrameworks],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to the main process only through the bridge.' },
            { group: ['**/src-main/**'], message: 'The renderer talks to the main process only through the bridge.' },
          ],
        },
      ],
    },
  },
  {
    // Components and pages go through the store and the bridge, never to the database directly.
    files: ['src-renderer/components/**/*.{ts,tsx}', 'src-renderer/features/**/*.{ts,tsx}', 'src-renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Components talk to the main process only through the bridge.' },
            { group: ['dexie', 'dexie/*'], message: 'Components reach storage only through the store (src-renderer/state).' },
            { group: ['**/src-main/**'], message: 'Components talk to the main process only through the bridge.' },
          ],
        },
      ],
    },
  },
);
