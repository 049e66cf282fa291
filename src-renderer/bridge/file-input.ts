/**
 * Chooses a file through an <input type=file>: in a browser its chooser, in
 * Electron the native open dialog (Electron answers a file input with one).
 * The answer is a File, a handle on the file on disk, not its bytes: the
 * import worker reads a large export a window at a time from it.
 */
import type { FileFilter } from '../../src-core/bridge/contract';

/** `accept` attribute for an <input type=file> from dialog-style filters. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',');
}

/** The chosen file, or null when the chooser is closed without one. Call it from a user's click. */
export function chooseFile(filters: readonly FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    // Chromium fires 'cancel' when the user closes the chooser without a file.
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}
