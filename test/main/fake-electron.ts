/**
 * A small stand-in for the 'electron' module, used with
 *   vi.mock('electron', () => import('./fake-electron'))
 * It records what the main process asks of Electron (window options, handlers,
 * listeners) so tests can assert on them and call them, without the Electron binary.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions, Rectangle } from 'electron';

/** The one place a test double is handed over as the Electron type it imitates. */
export function asElectron<T>(fake: object): T {
  return fake as T;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  printToPDF = vi.fn(async (_options: { pageSize: string; printBackground: boolean }) => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  print = vi.fn((_options: object, callback: (printed: boolean, failureReason: string) => void) => callback(true, ''));
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static fromWebContents = vi.fn(
    (contents: unknown) => FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => this.minimized;
  isMaximized = (): boolean => this.maximized;
  getNormalBounds = (): Rectangle => this.normalBounds;
}

type Listener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: object) => void) => void;

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  readonly protocolHandlers = new Map<string, (request: { url: string; method: string }) => Response | Promise<Response>>();

  setPermissionRequestHandler = vi.fn((handler: FakeSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: FakeSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: FakeSession['devicePermissionHandler']) => {
    this.devicePermissionHandler = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn((listener: Listener) => {
      this.beforeRequest = listener;
    }),
    onHeadersReceived: vi.fn((listener: Listener) => {
      this.headersReceived = listener;
    }),
  };
  protocol = {
    handle: vi.fn((scheme: string, handler: (request: { url: string; method: string }) => Response | Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    }),
  };

  /** Runs onBeforeRequest for a URL and says whether it was let through. */
  allows(url: string): boolean {
    let cancelled = true;
    this.beforeRequest?.({ url }, (response) => {
      cancelled = 'cancel' in response && response.cancel === true;
    });
    return !cancelled;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  enableSandbox = vi.fn();
  setAboutPanelOptions = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  isReady = vi.fn(() => true);
  getName = vi.fn(() => 'Retention Workbench');
  getVersion = vi.fn(() => '0.1.0');
  getLocale = vi.fn(() => 'en-US');
  getPreferredSystemLanguages = vi.fn((): string[] => ['ja-JP', 'en-US']);
  getPath = vi.fn((_name: string) => '/tmp/retention-workbench-test-user-data');
}

export const app = new FakeApp();

export const BrowserWindow = FakeBrowserWindow;

type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    ipcMain.handlers.set(channel, handler);
  }),
};

export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const session = {
  defaultSession: new FakeSession(),
  partitions: new Map<string, FakeSession>(),
  fromPartition: vi.fn((partition: string): FakeSession => {
    const existing = session.partitions.get(partition) ?? new FakeSession();
    session.partitions.set(partition, existing);
    return existing;
  }),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => undefined), on: vi.fn() };

/** Forget everything recorded by earlier tests. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  session.defaultSession = new FakeSession();
  session.partitions.clear();
  app.removeAllListeners();
  app.isPackaged = false;
}
