/**
 * One running copy: two windows on the same IndexedDB workspaces would race each
 * other's writes. A second launch hands over to the first, which comes to the front.
 */
import type { App } from 'electron';

/** True when this process is the one to run; otherwise it has already asked to quit. */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
