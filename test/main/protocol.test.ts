import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createAppRequestHandler, mimeTypeFor, registerAppScheme, resolveAppFile } = await import('../../src-main/main/protocol');
const { APP_CSP } = await import('../../src-main/main/csp');

let root = '';
let secret = '';

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'rw-protocol-'));
  root = join(base, 'renderer');
  secret = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Retention Workbench</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'analytics.worker-def.js'), 'self.onmessage = () => {};');
  await writeFile(join(root, 'assets', 'demo-shop.json'), '{"customers":3000}');
  await writeFile(join(root, 'assets', 'demo-orders.csv'), 'order_id,amount\n1,10\n');
  await writeFile(secret, 'do not serve');
});

describe('app:// scheme registration', () => {
  it('is standard, secure and fetchable, but not readable cross-origin', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('resolveAppFile', () => {
  it.each([
    ['app://workbench/', 'index.html'],
    ['app://workbench/index.html', 'index.html'],
    ['app://workbench/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://workbench/assets/a%20b.png', 'assets/a b.png'],
  ])('%s → %s under the renderer folder', (url, relativePath) => {
    expect(resolveAppFile(root, url)).toBe(join(root, relativePath));
  });

  it.each(['app://workbench/../secret.txt', 'app://workbench/%2e%2e/secret.txt', 'app://workbench/assets/../../../secret.txt'])(
    'keeps %s inside the renderer folder (the URL parser removes dot segments)',
    (url) => {
      expect(resolveAppFile(root, url)).toBe(join(root, 'secret.txt'));
    },
  );

  it.each([
    'app://workbench/..%2fsecret.txt',
    'app://workbench/..%2Fsecret.txt',
    'app://workbench/assets/..%2f..%2f..%2fsecret.txt',
    'app://workbench/..%5csecret.txt',
    'app://workbench/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://workbench/index.html%00.js',
    'app://workbench/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('app:// handler', () => {
  const get = (url: string, method = 'GET'): Promise<Response> => createAppRequestHandler(root)({ url, method });

  it.each([
    ['app://workbench/index.html', 'text/html; charset=utf-8'],
    ['app://workbench/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://workbench/assets/analytics.worker-def.js', 'text/javascript; charset=utf-8'],
    ['app://workbench/assets/demo-shop.json', 'application/json; charset=utf-8'],
    ['app://workbench/assets/demo-orders.csv', 'text/csv; charset=utf-8'],
  ])('serves %s as %s with the CSP and nosniff', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves the file bytes', async () => {
    expect(await (await get('app://workbench/assets/demo-shop.json')).text()).toBe('{"customers":3000}');
    expect(await (await get('app://workbench/')).text()).toContain('Retention Workbench');
  });

  it.each(['app://workbench/../secret.txt', 'app://workbench/..%2fsecret.txt', 'app://workbench/missing.js', 'app://workbench/assets'])(
    'answers %s with 404 and never the secret',
    async (url) => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://workbench/index.html', 'POST')).status).toBe(405);
    const head = await get('app://workbench/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
