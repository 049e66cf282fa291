import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type Bridge } from '../../src-core/bridge/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

// In a real preload the global is the page's window; here an EventTarget stands in for it.
const pageWindow = new EventTarget();
let exposed: Record<string, unknown> = {};

beforeAll(async () => {
  vi.stubGlobal('window', pageWindow);
  await import('../../src-main/preload/index');
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe(BRIDGE_GLOBAL);
  exposed = api as Record<string, unknown>;
});

const CALLS: [keyof Bridge, unknown[]][] = [
  ['getAppInfo', []],
  ['pickFile', [[{ name: 'Orders', extensions: ['csv'] }]]],
  ['saveFile', [{ suggestedName: 'a.csv', data: 'x' }]],
  ['savePdf', [{ suggestedName: 'r.pdf', pageSize: 'A4', html: '<p/>' }]],
  ['print', [{ pageSize: 'Letter', html: '<p/>' }]],
  ['openExternal', ['https://example.com/']],
];

describe('preload', () => {
  it('exposes the bridge once, under its global name', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('exposes exactly the bridge methods: no ipcRenderer, no send, no on', () => {
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.values(exposed)).not.toContain(ipcRenderer);
    expect(Object.values(exposed)).not.toContain(ipcRenderer.invoke);
  });

  it.each(CALLS)('%s invokes its own channel with the arguments as given', async (method, args) => {
    ipcRenderer.invoke.mockClear();
    const call = exposed[method];
    if (typeof call !== 'function') throw new Error(`${method} missing`);
    await call(...args);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(BRIDGE_CHANNELS[method], ...args);
  });

  it('turns a known menu command into a DOM event, and ignores anything else', () => {
    const [channel, listener] = ipcRenderer.on.mock.calls[0] ?? [];
    expect(channel).toBe('rw:menuCommand');
    if (typeof listener !== 'function') throw new Error('no menu listener');
    const heard = vi.fn();
    pageWindow.addEventListener('retention-workbench:import', heard);
    listener({}, 'import');
    listener({}, 'delete-everything');
    listener({}, { toString: () => 'import' });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
