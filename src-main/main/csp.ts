/**
 * Content Security Policies, sent as response headers (protocol.ts for app://,
 * security.ts for the dev server) so that module workers, which take their policy
 * from their own script response, are covered too.
 */

type Directives = Record<string, string[]>;

/** The app's policy: nothing but its own origin; no remote anything. */
const APP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // ECharts and React set style attributes at runtime; styles cannot run code. See SECURITY.md.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** A printed report: static HTML with inline styles, inline SVG and data: images or fonts. */
const REPORT_DIRECTIVES: Directives = {
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const APP_CSP = serialize(APP_DIRECTIVES);
export const REPORT_CSP = serialize(REPORT_DIRECTIVES);

/**
 * Development only: Vite's React refresh preamble is an inline script and hot reload
 * talks over a WebSocket to the dev server. Never used when the app is packaged.
 */
export function devServerCsp(devServer: URL): string {
  const socket = `${devServer.protocol === 'https:' ? 'wss:' : 'ws:'}//${devServer.host}`;
  return serialize({
    ...APP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", socket],
  });
}
