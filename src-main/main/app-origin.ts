/**
 * Where the renderer comes from, and how the main process recognises it.
 *
 * Packaged and preview builds load the UI from our own `app://workbench/` origin
 * (served by protocol.ts from out/renderer), never from file://. Only an unpackaged
 * app under `electron-vite dev` may use the Vite dev server instead, and only when
 * it is on this machine.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The Vite dev server's URL, or null when the app must load its own files. */
export function devServerUrl(env: Record<string, string | undefined>, isPackaged: boolean): URL | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || raw === undefined) return null;
  try {
    const url = new URL(raw);
    const local = (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
    return local ? url : null;
  } catch {
    return null;
  }
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for a URL on our app:// origin (Node gives custom schemes an opaque origin, so compare parts). */
export function isAppOriginUrl(value: string): boolean {
  const url = parse(value);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** True for a URL on the dev server's origin (scheme, host and port). */
export function isDevServerUrl(value: string, devServer: URL | null): boolean {
  if (devServer === null) return false;
  const url = parse(value);
  return url !== null && url.origin === devServer.origin;
}

/** The renderer's own pages: the only place that may call the bridge or be navigated to. */
export function isRendererUrl(value: string, devServer: URL | null): boolean {
  return isAppOriginUrl(value) || isDevServerUrl(value, devServer);
}
