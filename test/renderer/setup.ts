/**
 * DOM test setup: an in-memory IndexedDB (fake-indexeddb), English UI, and a
 * clean slate after every test: unmounted components, the store back to its
 * first-launch state, no analytics engine, every database deleted.
 */
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll } from 'vitest';
import { closeAllDatabases } from '../../src-renderer/db/workspace-repository';
import { initI18n } from '../../src-renderer/i18n';
import { resetAppStore } from '../../src-renderer/state/store';
import { setAnalyticsInstance } from '../../src-renderer/worker/analytics-client';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(async () => {
  cleanup();
  window.history.replaceState(null, '', window.location.pathname); // no page left in the hash
  resetAppStore();
  setAnalyticsInstance(null);
  closeAllDatabases();
  for (const { name } of await indexedDB.databases()) if (name) await Dexie.delete(name);
  await initI18n('en');
});
