import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from '../../src-main/main/window-state';
import { FakeBrowserWindow, asElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createMainWindow, focusWindow, mainWindowPreferences } = await import('../../src-main/main/window');
const { isRendererContents } = await import('../../src-main/main/sender');
const { APP_ENTRY_URL } = await import('../../src-main/main/app-origin');

beforeEach(() => resetFakeElectron());

function openWindow(state: WindowState = { width: 1200, height: 800, maximized: false }): FakeBrowserWindow {
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', entryUrl: APP_ENTRY_URL, state, devTools: false });
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

describe('main window', () => {
  it('locks the renderer down with every security flag', () => {
    const preferences = openWindow().options.webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('allows DevTools only when asked to (unpackaged builds)', () => {
    expect(mainWindowPreferences('/p.cjs', true).devTools).toBe(true);
    expect(mainWindowPreferences('/p.cjs', false).devTools).toBe(false);
  });

  it('preloads the CommonJS bundle, since a sandboxed preload cannot load ESM', () => {
    expect(mainWindowPreferences('/app/out/preload/index.cjs', false).preload).toMatch(/\.cjs$/);
  });

  it('loads the app from app://, not file://', () => {
    const window = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(APP_ENTRY_URL.startsWith('file:')).toBe(false);
  });

  it('stays hidden until ready-to-show, then shows (maximized when it was)', () => {
    const window = openWindow({ width: 1200, height: 800, maximized: true });
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('uses the remembered size and position', () => {
    const window = openWindow({ width: 1300, height: 900, x: 40, y: 50, maximized: false });
    expect(window.options).toMatchObject({ width: 1300, height: 900, x: 40, y: 50 });
  });

  it('marks its webContents as the one renderer allowed to use the bridge', () => {
    const window = openWindow();
    expect(isRendererContents(asElectron(window.webContents))).toBe(true);
    expect(isRendererContents(asElectron(new FakeBrowserWindow({}).webContents))).toBe(false);
  });

  it('focusWindow restores a minimized window and ignores a destroyed one', () => {
    const window = openWindow();
    window.minimized = true;
    focusWindow(asElectron(window));
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();

    window.destroyed = true;
    window.focus.mockClear();
    focusWindow(asElectron(window));
    expect(window.focus).not.toHaveBeenCalled();
    expect(() => focusWindow(null)).not.toThrow();
  });
});
