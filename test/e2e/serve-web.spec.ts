/** The static server of `npm run web`: CSP, MIME types, no escape from out/renderer, SPA fallback. */
import { expect, test } from './fixtures';

test('serves the app with the strict Content-Security-Policy', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  const csp = response.headers()['content-security-policy'] ?? '';
  for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(csp).toContain(directive);
  }
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(await response.text()).toContain('<div id="root"></div>');
});

test('serves scripts, the worker and the demo data with their MIME types', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const js = await request.get(`/${script}`);
  expect(js.headers()['content-type']).toBe('text/javascript; charset=utf-8');

  const bundle = await js.text();
  const worker = /analytics\.worker-[\w-]+\.js/.exec(bundle)?.[0];
  const demo = /demo-shop-[\w-]+\.json/.exec(bundle)?.[0];
  expect(worker, 'the worker is a separate module').toBeTruthy();
  expect(demo, 'the demo file is an asset, not inlined').toBeTruthy();
  expect((await request.get(`/assets/${worker}`)).headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect((await request.get(`/assets/${demo}`)).headers()['content-type']).toBe('application/json; charset=utf-8');
});

test('refuses paths outside out/renderer and lists no directories', async ({ request }) => {
  for (const path of ['/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json']) {
    const response = await request.get(path);
    expect([403, 404], path).toContain(response.status());
    expect(await response.text()).not.toContain('"name": "retention-workbench"');
  }
  const assets = await request.get('/assets/');
  const text = await assets.text();
  expect(text).toContain('<div id="root"></div>'); // the app page, never a listing
  expect(text).not.toContain('analytics.worker');
  expect((await request.get('/assets/missing.js')).status()).toBe(404);
});

test('unknown app paths fall back to the app page; only GET and HEAD are allowed', async ({ request }) => {
  const page = await request.get('/cohorts');
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('<div id="root"></div>');
  expect((await request.post('/', { data: 'x' })).status()).toBe(405);
});
