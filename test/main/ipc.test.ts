import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type Bridge } from '../../src-core/bridge/contract';
import type { BridgeActions } from '../../src-main/main/bridge-actions';
import { FakeBrowserWindow, asElectron, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { registerBridgeIpc } = await import('../../src-main/main/ipc');
const { isTrustedSender, trustRendererContents } = await import('../../src-main/main/sender');

const devServer = new URL('http://localhost:5173/');

/** A valid call for each bridge method, and payloads its guard must refuse. */
const CALLS: Record<keyof Bridge, { valid: unknown[]; malformed: unknown[][] }> = {
  getAppInfo: { valid: [], malformed: [['surprise']] },
  pickFile: {
    valid: [[{ name: 'Orders', extensions: ['csv', 'xlsx'] }]],
    malformed: [[], ['csv'], [[{ name: 'Orders', extensions: ['../csv'] }]], [[{ name: 'Orders' }]], [null], [[], 'extra']],
  },
  saveFile: {
    valid: [{ suggestedName: 'contacts.csv', data: 'a,b\n' }],
    malformed: [
      [],
      [{ suggestedName: '../../.bashrc', data: 'x' }],
      [{ suggestedName: 'C:\\Windows\\evil.dll', data: 'x' }],
      [{ suggestedName: 'a.csv', data: 42 }],
      [{ suggestedName: 'a.csv', data: 'x', filters: 'csv' }],
      [{ suggestedName: 'a.csv', data: 'x' }, 'extra'],
    ],
  },
  savePdf: {
    valid: [{ suggestedName: 'report.pdf', pageSize: 'A4', html: '<p>Hi</p>' }],
    malformed: [[], [{ suggestedName: 'report.pdf', pageSize: 'A5', html: '' }], [{ suggestedName: '/tmp/x.pdf', pageSize: 'A4', html: '' }], [{ suggestedName: 'r.pdf', pageSize: 'A4', html: 7 }]],
  },
  print: {
    valid: [{ pageSize: 'Letter', html: '<p>Hi</p>' }],
    malformed: [[], [{ pageSize: 'Tabloid', html: '' }], [{ pageSize: 'A4' }], ['<p>Hi</p>']],
  },
  openExternal: {
    valid: ['https://example.com/help'],
    malformed: [[], ['file:///etc/passwd'], ['javascript:alert(1)'], ['https://user:pw@example.com/'], [{ href: 'https://example.com' }]],
  },
};
const METHODS = Object.keys(CALLS) as (keyof Bridge)[];

let actions: { [Name in keyof Bridge]: ReturnType<typeof vi.fn> };
let window: FakeBrowserWindow;

beforeEach(() => {
  resetFakeElectron();
  window = new FakeBrowserWindow({});
  trustRendererContents(asElectron(window.webContents));
  actions = {
    getAppInfo: vi.fn(async () => ({ name: 'RW' })),
    pickFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ saved: false })),
    savePdf: vi.fn(async () => ({ saved: false })),
    print: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => true),
  };
  registerBridgeIpc(ipcMain, (event) => isTrustedSender(event, devServer), asElectron<BridgeActions>(actions));
});

interface FrameShape {
  url: string;
  parent: object | null;
}

function sentBy(frame: FrameShape | null, sender: object = window.webContents): object {
  return { sender, senderFrame: frame };
}
const topFrame = (url = 'app://workbench/index.html'): FrameShape => ({ url, parent: null });

function invoke(method: keyof Bridge, event: object, args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(BRIDGE_CHANNELS[method]);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(event, ...args);
}

describe('bridge IPC', () => {
  it('registers exactly one handler per bridge channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(METHODS.length);
  });

  describe.each(METHODS)('%s', (method) => {
    const { valid, malformed } = CALLS[method];

    it('runs for the top frame of our window on app://workbench', async () => {
      await invoke(method, sentBy(topFrame()), valid);
      expect(actions[method]).toHaveBeenCalledTimes(1);
      expect(actions[method].mock.calls[0]?.[0]).toBe(window);
      expect(actions[method].mock.calls[0]?.slice(1)).toEqual(valid);
    });

    it('runs for the dev server page in development', async () => {
      await invoke(method, sentBy(topFrame('http://localhost:5173/')), valid);
      expect(actions[method]).toHaveBeenCalledTimes(1);
    });

    // Built lazily: the window exists only once beforeEach has run.
    it.each([
      ['a foreign origin', () => sentBy(topFrame('https://evil.example/'))],
      ['another app:// host', () => sentBy(topFrame('app://evil/index.html'))],
      ['a file:// page', () => sentBy(topFrame('file:///tmp/index.html'))],
      ['another dev server port', () => sentBy(topFrame('http://localhost:5174/'))],
      ['a subframe on our origin', () => sentBy({ url: 'app://workbench/frame.html', parent: topFrame() })],
      ['a missing frame', () => sentBy(null)],
      ['a window we did not create', () => sentBy(topFrame(), new FakeBrowserWindow({}).webContents)],
    ])('is refused from %s, and does nothing', async (_case, event) => {
      await expect(invoke(method, event(), valid)).rejects.toThrow(/did not come from the app's own window/);
      expect(actions[method]).not.toHaveBeenCalled();
    });

    it.each(malformed.map((args) => [JSON.stringify(args), args] as const))('refuses the payload %s, and does nothing', async (_label, args) => {
      await expect(invoke(method, sentBy(topFrame()), args)).rejects.toThrow(/invalid arguments|takes no arguments/);
      expect(actions[method]).not.toHaveBeenCalled();
    });
  });
});
