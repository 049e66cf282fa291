/**
 * Remembers the main window's size and position between runs in
 * <userData>/window-state.json. Whatever is in that file is treated as untrusted:
 * a corrupt or hand-edited file, or a monitor that is gone, falls back to defaults.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  width: number;
  height: number;
  /** Absent when the window should be centred on the primary display. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 };
const MAX_DIMENSION = 16_384;
/** How much of the title bar must be on a screen for the saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 };

export function windowStateFile(userDataPath: string): string {
  return join(userDataPath, 'window-state.json');
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 100_000;
}

function clampSize(value: unknown, min: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.min(Math.max(value, min), MAX_DIMENSION)) : fallback;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Turns saved JSON into a usable state: sizes clamped, a position kept only if the
 * top of the window lands on one of today's displays (work areas).
 */
export function parseWindowState(text: string, workAreas: Rectangle[]): WindowState {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { ...DEFAULT_WINDOW_STATE };
  const record = saved as Record<string, unknown>;
  const state: WindowState = {
    width: clampSize(record.width, MIN_WINDOW_SIZE.width, DEFAULT_WINDOW_STATE.width),
    height: clampSize(record.height, MIN_WINDOW_SIZE.height, DEFAULT_WINDOW_STATE.height),
    maximized: record.maximized === true,
  };
  const { x, y } = record;
  if (isCoordinate(x) && isCoordinate(y)) {
    const titleBar = { x, y, width: state.width, height: MIN_VISIBLE.height };
    const visible = workAreas.some((area) => {
      const shared = overlap(titleBar, area);
      return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height;
    });
    if (visible) Object.assign(state, { x, y });
  }
  return state;
}

export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'), workAreas);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Written whole to a temporary file then renamed, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    // Losing the window position is not worth interrupting quitting for.
    console.warn('Could not save the window position:', error);
  }
}

/** Saves the window's normal (un-maximized) bounds and maximized flag when it closes. */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    saveWindowState(file, { ...bounds, maximized: window.isMaximized() });
  });
}
