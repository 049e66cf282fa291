/**
 * The report's FontLoader in the app: the Noto Sans JP files in
 * resources/fonts/ are bundled as Vite assets and fetched from the app's own
 * origin (app:// in Electron, the local server in the browser) — never from
 * the network. Each file is read once per worker.
 */
import type { FontLoader } from '../../../src-core/report';

const BUNDLED = import.meta.glob<string>('../../../resources/fonts/noto-sans-jp/*.{woff2,json}', { query: '?url', import: 'default', eager: true });

/** 'noto-sans-jp/subsets.json' → its asset URL. */
export function fontUrls(bundled: Record<string, string> = BUNDLED): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [path, url] of Object.entries(bundled)) urls.set(path.slice(path.indexOf('resources/fonts/') + 'resources/fonts/'.length), url);
  return urls;
}

/** A small file may be inlined by Vite as a data: URL; the CSP refuses fetch of data:, so decode it here. */
function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function bundledFontLoader(urls: Map<string, string> = fontUrls(), fetchFile: typeof fetch = fetch): FontLoader {
  const read = new Map<string, Promise<Uint8Array>>();
  return (file) => {
    let bytes = read.get(file);
    if (!bytes) {
      const url = urls.get(file);
      if (url === undefined) return Promise.reject(new Error(`The report font ${file} is not bundled with the app.`));
      bytes = url.startsWith('data:')
        ? Promise.resolve(bytesOfDataUrl(url))
        : fetchFile(url).then(async (response) => {
            if (!response.ok) throw new Error(`The report font ${file} could not be read (${response.status}).`);
            return new Uint8Array(await response.arrayBuffer());
          });
      // A failed read is not kept: the next report tries again.
      bytes.catch(() => read.delete(file));
      read.set(file, bytes);
    }
    return bytes;
  };
}
