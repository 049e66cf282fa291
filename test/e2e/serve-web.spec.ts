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
  const entry = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(entry).toBeTruthy();

  // Follow the bundle's chunks from the entry: every one is served as JavaScript.
  const seen = new Set<string>([entry!.replace('assets/', '')]);
  const queue = [...seen];
  let code = '';
  while (queue.length > 0 && seen.size < 200) {
    const chunk = queue.shift()!;
    const response = await request.get(`/assets/${chunk}`);
    expect(response.status(), chunk).toBe(200);
    expect(response.headers()['content-type'], chunk).toBe('text/javascript; charset=utf-8');
    const text = await response.text();
    code += text;
    // Built chunks carry an 8-character content hash: name-AbCd12_-.js.
    for (const [, next] of text.matchAll(/["'`]\.\/([\w.]+-[\w-]{8}\.js)["'`]/g)) {
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }

  const worker = /analytics\.worker-[\w-]+\.js/.exec(code)?.[0];
  const demo = /demo-shop-[\w-]+\.json/.exec(code)?.[0];
  expect(worker, 'the worker is a separate module').toBeTruthy();
  expect(demo, 'the demo file is an asset, not inlined').toBeTruthy();
  expect(code).not.toContain('"orderId":"#1001"');
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
