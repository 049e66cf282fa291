/**
 * The window and session policy: what a page may navigate to, open, load and ask for.
 * The app never needs the network, a second window, a webview or a permission prompt,
 * so every one of them is refused here, for every webContents Electron creates.
 */
import { shell, type Session, type WebContents } from 'electron';
import { isExternalUrl } from '../../src-core/bridge/contract';
import { isDevServerUrl, isRendererUrl } from './app-origin';
import { isRendererContents } from './sender';

/** Links to http(s) leave for the system browser after the URL check; nothing else leaves. */
export function openInSystemBrowser(url: string): boolean {
  if (!isExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/**
 * Applied to every webContents ('web-contents-created'), including the main window's.
 * Only our own main window may hand a link to the system browser: a hidden report
 * window (or anything else) that tries to navigate is simply stopped.
 */
export function hardenWebContents(contents: WebContents, devServer: URL | null): void {
  const followLink = (url: string): void => {
    if (isRendererContents(contents)) openInSystemBrowser(url);
  };

  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (event) => {
    if (isRendererUrl(event.url, devServer)) return;
    event.preventDefault();
    followLink(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (!isRendererUrl(event.url, devServer)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    followLink(url);
    return { action: 'deny' };
  });
}

const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

/**
 * Requests the app may make: its own app:// files, data:/blob: objects it created,
 * DevTools, and in development the local dev server (HTTP and its hot-reload socket).
 */
export function isAllowedRequest(value: string, devServer: URL | null): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  if (devServer === null) return false;
  const socket = url.protocol === 'ws:' || url.protocol === 'wss:';
  return socket ? url.host === devServer.host : isDevServerUrl(value, devServer);
}

export interface SessionPolicy {
  isAllowedRequest(url: string): boolean;
  /** The CSP header to put on a response, or null to leave the response as it is. */
  cspFor(url: string): string | null;
}

/** Denies every permission and device, cancels every request the policy does not allow. */
export function hardenSession(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.isAllowedRequest(details.url) });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    const csp = policy.cspFor(details.url);
    if (csp === null) {
      callback({});
      return;
    }
    const responseHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
