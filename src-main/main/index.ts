/**
 * Composition root of the Electron main process: wires the security policy, the
 * app:// protocol, the bridge handlers, the menu and the window together.
 */
import { fileURLToPath } from 'node:url';
import { Menu, app, ipcMain, screen, session, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../preload/menu-commands';
import { APP_ENTRY_URL, devServerUrl, isDevServerUrl } from './app-origin';
import { createBridgeActions } from './bridge-actions';
import { APP_CSP, devServerCsp } from './csp';
import { registerBridgeIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { ReportPrinter } from './report-printing';
import { hardenSession, hardenWebContents, isAllowedRequest } from './security';
import { isTrustedSender } from './sender';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, focusWindow } from './window';
import { loadWindowState, rememberWindowState, windowStateFile } from './window-state';

const devServer = devServerUrl(process.env, app.isPackaged);
const isDev = !app.isPackaged;
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const stateFile = windowStateFile(app.getPath('userData'));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    preloadPath,
    entryUrl: devServer?.href ?? APP_ENTRY_URL,
    state: loadWindowState(stateFile, workAreas),
    devTools: isDev,
  });
  rememberWindowState(window, stateFile);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function start(): void {
  hardenSession(session.defaultSession, {
    isAllowedRequest: (url) => isAllowedRequest(url, devServer),
    cspFor: (url) => (devServer !== null && isDevServerUrl(url, devServer) ? devServerCsp(devServer) : url.startsWith('app:') ? APP_CSP : null),
  });
  serveRenderer(session.defaultSession.protocol, rendererRoot);
  registerBridgeIpc(ipcMain, (event) => isTrustedSender(event, devServer), createBridgeActions(new ReportPrinter()));

  app.setAboutPanelOptions({ applicationName: 'Retention Workbench', applicationVersion: app.getVersion() });
  const menu = buildMenuTemplate({
    appName: 'Retention Workbench',
    isMac: process.platform === 'darwin',
    isDev,
    onImport: () => {
      focusWindow(mainWindow);
      mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, 'import');
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

  openMainWindow();
}

// Both must happen before 'ready': the scheme's privileges, and sandboxing every renderer.
registerAppScheme();
app.enableSandbox();

/** A second launch brings the window forward, or reopens it (macOS keeps running windowless). */
function showMainWindow(): void {
  if (mainWindow !== null) focusWindow(mainWindow);
  else if (app.isReady()) openMainWindow();
}

if (claimSingleInstance(app, showMainWindow)) {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServer));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  void app.whenReady().then(start);
}
