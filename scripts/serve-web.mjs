#!/usr/bin/env node
/**
 * `npm run web`: serves the built renderer (out/renderer) on 127.0.0.1 so the
 * app runs in a plain browser with the browser bridge. This is what the
 * end-to-end tests drive. No dependencies, no directory listings, nothing
 * outside out/renderer, and the same Content-Security-Policy as the app.
 *
 *   node scripts/serve-web.mjs [--port 4517]      (or PORT=4517)
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), 'out', 'renderer');
const host = '127.0.0.1';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

function parsePort(argv, env) {
  const flag = argv.indexOf('--port');
  const text = flag >= 0 ? argv[flag + 1] : env.PORT;
  if (text === undefined) return 4517;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`serve-web: "${text}" is not a port number (1-65535).`);
    process.exit(1);
  }
  return port;
}

/** The file a URL path names inside root, or null when it tries to leave root. */
function resolveInsideRoot(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = resolve(join(root, decoded));
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

async function regularFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(), ...headers });
  response.end(body);
}

function securityHeaders() {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  }
  const { pathname } = new URL(request.url ?? '/', `http://${host}`);
  const target = resolveInsideRoot(pathname);
  if (target === null) return send(response, 403, 'Forbidden\n');

  let file = target;
  if (!(await regularFile(file))) {
    // Directories are never listed; a path without an extension is a page of the app.
    if (extname(pathname) !== '') return send(response, 404, 'Not found\n');
    file = join(root, 'index.html');
  }
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { size } = await stat(file);
  response.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-cache', ...securityHeaders() });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file).pipe(response);
}

if (!existsSync(join(root, 'index.html'))) {
  console.error('serve-web: out/renderer/index.html is missing. Run `npm run build` first, then `npm run web`.');
  process.exit(1);
}

const port = parsePort(process.argv.slice(2), process.env);
const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error('serve-web:', error);
    if (!response.headersSent) send(response, 500, 'Internal error\n');
    else response.destroy();
  });
});
server.on('error', (error) => {
  console.error(`serve-web: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Retention Workbench (web mode) at http://${host}:${port}/  — serving ${root}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
