/**
 * Who may call the bridge: only the top frame of a window this process created,
 * showing a page from the app's own origin (or the local dev server in development).
 * An iframe, a page that navigated elsewhere, or a frame that has gone away is refused.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isRendererUrl } from './app-origin';

const rendererContents = new WeakSet<WebContents>();

/** Called by window.ts for each main window; print windows are never trusted. */
export function trustRendererContents(contents: WebContents): void {
  rendererContents.add(contents);
}

export function isRendererContents(contents: WebContents): boolean {
  return rendererContents.has(contents);
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, devServer: URL | null): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  if (!rendererContents.has(event.sender)) return false;
  return isRendererUrl(frame.url, devServer);
}
