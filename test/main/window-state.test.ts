import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  loadWindowState,
  parseWindowState,
  rememberWindowState,
  saveWindowState,
  windowStateFile,
} from '../../src-main/main/window-state';
import { FakeBrowserWindow, asElectron } from './fake-electron';

const laptop = [{ x: 0, y: 0, width: 1440, height: 860 }];
const twoScreens = [...laptop, { x: 1440, y: 0, width: 1920, height: 1040 }];

describe('parseWindowState', () => {
  it('keeps a valid size and position on a visible display', () => {
    const text = JSON.stringify({ width: 1200, height: 800, x: 100, y: 50, maximized: true });
    expect(parseWindowState(text, laptop)).toEqual({ width: 1200, height: 800, x: 100, y: 50, maximized: true });
  });

  it('keeps a position on the second display while it is connected', () => {
    const text = JSON.stringify({ width: 1200, height: 800, x: 2000, y: 100, maximized: false });
    expect(parseWindowState(text, twoScreens)).toMatchObject({ x: 2000, y: 100 });
  });

  it.each([
    ['a display that is gone', { x: 2000, y: 100 }],
    ['far off to the left', { x: -5000, y: 100 }],
    ['title bar above the screen', { x: 100, y: -600 }],
    ['only a sliver visible', { x: 1400, y: 100 }],
  ])('drops a position on %s, so the window is centred', (_case, position) => {
    const state = parseWindowState(JSON.stringify({ width: 1000, height: 700, ...position }), laptop);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state).toMatchObject({ width: 1000, height: 700 });
  });

  it.each(['', '{', 'null', '[]', '"text"', '42', '{"width":"wide"}', '\u0000\u0001binary'])('falls back to defaults for %j', (text) => {
    expect(parseWindowState(text, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('clamps sizes and ignores non-numbers', () => {
    const state = parseWindowState(JSON.stringify({ width: 10, height: 1e9, x: 1.5, y: 'top', maximized: 'yes' }), laptop);
    expect(state).toEqual({ width: MIN_WINDOW_SIZE.width, height: 16_384, maximized: false });
    const notFinite = parseWindowState('{"width": 1e999, "height": -1e999}', laptop);
    expect(notFinite).toMatchObject({ width: DEFAULT_WINDOW_STATE.width, height: DEFAULT_WINDOW_STATE.height });
  });

  it('does not let a __proto__ key change anything', () => {
    const state = parseWindowState('{"__proto__": {"maximized": true}, "width": 1000, "height": 700}', laptop);
    expect(state.maximized).toBe(false);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  });
});

describe('window state file', () => {
  it('round-trips through <userData>/window-state.json without leaving a temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rw-window-state-'));
    const file = windowStateFile(dir);
    expect(file).toBe(join(dir, 'window-state.json'));
    saveWindowState(file, { width: 1100, height: 750, x: 30, y: 40, maximized: false });
    expect(loadWindowState(file, laptop)).toEqual({ width: 1100, height: 750, x: 30, y: 40, maximized: false });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('uses defaults when the file is missing or corrupt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rw-window-state-'));
    const file = windowStateFile(dir);
    expect(loadWindowState(file, laptop)).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(file, '{"width": 1100, "height":');
    expect(loadWindowState(file, laptop)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('does not throw when the folder cannot be written, but says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => saveWindowState('/nonexistent-folder/for/sure/window-state.json', DEFAULT_WINDOW_STATE)).not.toThrow();
    expect(warn).toHaveBeenCalledWith('Could not save the window position:', expect.any(Error));
    warn.mockRestore();
  });

  it('saves the normal bounds and the maximized flag when the window closes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rw-window-state-'));
    const file = windowStateFile(dir);
    const window = new FakeBrowserWindow({});
    window.normalBounds = { x: 12, y: 34, width: 1111, height: 777 };
    window.maximized = true;
    rememberWindowState(asElectron(window), file);
    window.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 12, y: 34, width: 1111, height: 777, maximized: true });
  });
});
