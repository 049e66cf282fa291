/**
 * The main window: a sandboxed, context-isolated renderer with only the preload's
 * typed bridge, shown once it has painted so the user never sees a blank frame.
 */
import { BrowserWindow, type WebPreferences } from 'electron';
import { trustRendererContents } from './sender';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

export function mainWindowPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    // Middle-click would otherwise try to open links in new windows (denied anyway).
    disableBlinkFeatures: 'Auxclick',
    // DevTools only for unpackaged builds: a packaged app has no use for them.
    devTools,
  } satisfies WebPreferences;
}

export interface MainWindowOptions {
  preloadPath: string;
  entryUrl: string;
  state: WindowState;
  devTools: boolean;
}

export function createMainWindow({ preloadPath, entryUrl, state, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Retention Workbench',
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    webPreferences: mainWindowPreferences(preloadPath, devTools),
  });
  trustRendererContents(window.webContents);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(entryUrl);
  return window;
}

/** Brings the window to the front (second instance, menu commands). */
export function focusWindow(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
