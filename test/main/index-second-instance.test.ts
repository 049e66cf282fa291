import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeAll(async () => {
  resetFakeElectron();
  app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../src-main/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('main process start-up (second instance)', () => {
  it('quits at once without opening a window or listening for anything', () => {
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
