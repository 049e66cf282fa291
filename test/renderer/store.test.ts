import { describe, expect, it, vi } from 'vitest';
import * as repository from '../../src-renderer/db/workspace-repository';
import { i18n } from '../../src-renderer/i18n';
import { selectors } from '../../src-renderer/state/selectors';
import { resetAppStore, useAppStore } from '../../src-renderer/state/store';
import { AnalyticsEngine } from '../../src-renderer/worker/analytics-engine';
import { setAnalyticsInstance } from '../../src-renderer/worker/analytics-client';
import type { AnalyticsApi } from '../../src-renderer/worker/analytics-api';
import { tinyShopBytes } from './fixtures/tiny-shop';

// The demo file is fetched from the app's origin in the browser; here it is the tiny shop.
const demo = { bytes: null as Uint8Array | null };
const loadDemo = () => (demo.bytes ? Promise.resolve(demo.bytes) : Promise.reject(new Error('the demo must not be loaded again')));

const store = () => useAppStore.getState();

async function bootWithTinyDemo() {
  demo.bytes = tinyShopBytes();
  setAnalyticsInstance(new AnalyticsEngine());
  await store().boot(loadDemo);
}

describe('workspace slice', () => {
  it('first launch installs the demo workspace and opens it in the analytics engine', async () => {
    await bootWithTinyDemo();
    const state = store();
    expect(state.workspaces).toHaveLength(1);
    expect(state.workspaces[0]).toMatchObject({ name: 'Tiny tea shop', currency: 'JPY', isDemo: true });
    expect(selectors.activeWorkspace(state)?.name).toBe('Tiny tea shop');
    expect(selectors.currency(state)).toBe('JPY');
    expect(state.workspaceStatus).toBe('ready');
    expect(state.dataRevision).toBe(1);
    expect(await repository.getPreference('activeWorkspace')).toBe(state.activeWorkspaceId);
  });

  it('a later launch does not install the demo again and reopens the last workspace', async () => {
    await bootWithTinyDemo();
    await store().createWorkspace('Client B', 'EUR');
    const clientB = store().activeWorkspaceId;

    resetAppStore();
    demo.bytes = null; // would crash if the demo were installed again
    setAnalyticsInstance(new AnalyticsEngine());
    await store().boot(loadDemo);
    expect(store().workspaces.map((workspace) => workspace.name)).toEqual(['Tiny tea shop', 'Client B']);
    expect(store().activeWorkspaceId).toBe(clientB);
  });

  it('creates, renames and deletes workspaces; deleting the active one opens another', async () => {
    await bootWithTinyDemo();
    const demoId = store().activeWorkspaceId;
    await store().createWorkspace('  Client A  ', 'EUR');
    const created = selectors.activeWorkspace(store());
    expect(created).toMatchObject({ name: 'Client A', currency: 'EUR', isDemo: false });

    await store().renameWorkspace(created!.id, 'Client A (Osaka)');
    expect(selectors.activeWorkspace(store())?.name).toBe('Client A (Osaka)');

    await store().deleteWorkspace(created!.id);
    expect(store().workspaces.map((workspace) => workspace.id)).toEqual([demoId]);
    expect(store().activeWorkspaceId).toBe(demoId);

    await store().deleteWorkspace(demoId!);
    expect(store()).toMatchObject({ workspaces: [], activeWorkspaceId: null, workspaceStatus: 'none' });
  });

  it('turns a broken demo file into a notice instead of a crash', async () => {
    demo.bytes = new TextEncoder().encode('{"name": "x"}');
    setAnalyticsInstance(new AnalyticsEngine());
    await store().boot(loadDemo);
    expect(store().workspaceStatus).toBe('none');
    expect(store().notices).toEqual([
      expect.objectContaining({ kind: 'error', messageKey: 'errors.installDemo', detail: expect.stringMatching(/currency/) }),
    ]);
    expect(await repository.listWorkspaces()).toEqual([]); // no half-made workspace
  });

  it('turns a failed load in the worker into a notice', async () => {
    await bootWithTinyDemo();
    setAnalyticsInstance(new AnalyticsEngine(() => Promise.reject(new Error('quota exceeded'))));
    await store().reloadWorkspaceData();
    expect(store().workspaceStatus).toBe('failed');
    expect(store().notices.at(-1)).toMatchObject({ messageKey: 'errors.openWorkspace', detail: 'quota exceeded' });
  });

  it('turns a worker that cannot start, or throws instead of answering, into the same notice', async () => {
    await bootWithTinyDemo();
    setAnalyticsInstance({ openWorkspace: () => Promise.reject(new Error('worker crashed')) } as unknown as AnalyticsApi);
    await store().reloadWorkspaceData();
    expect(store().workspaceStatus).toBe('failed');
    expect(store().notices.at(-1)).toMatchObject({ messageKey: 'errors.openWorkspace', detail: 'worker crashed' });

    // No worker at all (a test environment, or a blocked worker script): analytics() itself throws.
    setAnalyticsInstance(null);
    vi.stubGlobal('Worker', undefined);
    try {
      await store().reloadWorkspaceData();
      expect(store().workspaceStatus).toBe('failed');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('settings slice', () => {
  it('starts in the system language and remembers the chosen one', async () => {
    await store().loadSettings(['ru-RU', 'en-US']);
    expect(store().language).toBe('ru');
    expect(i18n.language).toBe('ru');

    await store().setLanguage('ja');
    expect(i18n.t('nav.overview')).toBe('概要');
    resetAppStore();
    await store().loadSettings(['en-US']);
    expect(store().language).toBe('ja');
  });

  it('remembers the theme', async () => {
    await store().setTheme('dark');
    resetAppStore();
    expect(store().theme).toBe('system');
    await store().loadSettings([]);
    expect(store().theme).toBe('dark');
  });
});

describe('ui slice', () => {
  it('keeps notices until dismissed and switches pages', () => {
    store().notify({ kind: 'error', messageKey: 'errors.startup', detail: 'x' });
    store().notify({ kind: 'info', messageKey: 'errors.saveSettings' });
    const [first, second] = store().notices;
    expect(first!.id).not.toBe(second!.id);
    store().dismissNotice(first!.id);
    expect(store().notices).toEqual([second]);

    store().showPage('cohorts');
    expect(selectors.page(store())).toBe('cohorts');
  });

  it('is back to its first state in every test (reset between tests)', () => {
    expect(store()).toMatchObject({ page: 'overview', notices: [], workspaces: [], language: 'en', workspaceStatus: 'starting' });
  });
});
