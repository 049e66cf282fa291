/**
 * Native open and save dialogs. The renderer never names a path: the user picks
 * one here, and only the suggested file name (already checked) comes from the page.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileFilter, PickedFile, SaveFileResult } from '../../src-core/bridge/contract';

/** Larger files would not fit comfortably in the renderer's memory as one array. */
export const MAX_PICKED_FILE_BYTES = 1024 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(name: string, size: number) {
    const gib = (size / MAX_PICKED_FILE_BYTES).toFixed(1);
    super(`"${name}" is ${gib} GiB; files up to 1 GiB can be imported. Export a shorter date range and import it in parts.`);
    this.name = 'FileTooLargeError';
  }
}

export async function pickFile(owner: BrowserWindow | null, filters: FileFilter[]): Promise<PickedFile | null> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return null;
  const name = basename(path);
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`"${name}" is not a file.`);
  if (info.size > MAX_PICKED_FILE_BYTES) throw new FileTooLargeError(name, info.size);
  const bytes = await readFile(path);
  return { name, size: bytes.byteLength, lastModified: Math.round(info.mtimeMs), bytes };
}

/** Asks where to save; null when the user cancels. */
export async function askSavePath(owner: BrowserWindow | null, suggestedName: string, filters: FileFilter[] | undefined): Promise<string | null> {
  const options: SaveDialogOptions = { defaultPath: suggestedName, ...(filters ? { filters } : {}) };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export async function saveFile(
  owner: BrowserWindow | null,
  request: { suggestedName: string; data: Uint8Array | string; filters?: FileFilter[] },
): Promise<SaveFileResult> {
  const path = await askSavePath(owner, request.suggestedName, request.filters);
  if (path === null) return { saved: false };
  await writeFile(path, request.data);
  return { saved: true, path };
}
