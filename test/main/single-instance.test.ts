import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../src-main/main/single-instance';
import { asElectron } from './fake-electron';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => gotLock), quit: vi.fn() });
}

describe('single instance', () => {
  it('the first instance runs and focuses its window when a second one starts', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(asElectron(app), focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['rw'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('a second instance quits at once and never focuses anything', () => {
    const app = fakeApp(false);
    const focus = vi.fn();
    expect(claimSingleInstance(asElectron(app), focus)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
