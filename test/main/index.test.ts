import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../src-core/bridge/contract';
import { FakeBrowserWindow, Menu, app, asElectron, ipcMain, protocol, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeAll(async () => {
  resetFakeElectron();
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  await import('../../src-main/main/index');
  // Let app.whenReady().then(start) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main process start-up (first instance)', () => {
  it('registers the app:// scheme and sandboxes every renderer before ready', () => {
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.enableSandbox).toHaveBeenCalledTimes(1);
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const ready = app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(registered).toBeLessThan(ready);
  });

  it('takes the single-instance lock and focuses the window on a second launch', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    const window = FakeBrowserWindow.instances[0];
    window?.focus.mockClear();
    app.emit('second-instance');
    expect(window?.focus).toHaveBeenCalledTimes(1);
  });

  it('hardens every webContents Electron creates', () => {
    const contents = new FakeBrowserWindow({}).webContents;
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('locks the default session and serves the renderer on app://', () => {
    const defaultSession = session.defaultSession;
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(defaultSession.allows('https://example.com/')).toBe(false);
    expect(defaultSession.allows('app://workbench/index.html')).toBe(true);
    expect(defaultSession.protocolHandlers.has('app')).toBe(true);
  });

  it('registers every bridge channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });

  it('sets the native menu and opens one window on app://workbench with the CommonJS preload', () => {
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(FakeBrowserWindow.instances[0]?.options.webPreferences?.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
  });

  it('reopens the window on a second launch after it was closed (macOS keeps running)', () => {
    FakeBrowserWindow.instances[0]?.emit('closed');
    app.emit('second-instance');
    expect(FakeBrowserWindow.instances.filter((window) => window.loadURL.mock.calls.length > 0)).toHaveLength(2);
  });

  it('File → Import… focuses the window and tells the page', () => {
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    const fileMenu = template.find((item) => item.label === 'File')?.submenu;
    const importItem = Array.isArray(fileMenu) ? fileMenu.find((item) => item.id === 'import') : undefined;
    if (typeof importItem?.click !== 'function') throw new Error('no File → Import… item');
    importItem.click(asElectron(importItem), undefined, asElectron({}));
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.webContents.send).toHaveBeenCalledWith('rw:menuCommand', 'import');
  });
});
