/**
 * The real Electron app, launched from the production build (`out/main`), opens
 * on the demo workspace with the generator's numbers, with the renderer locked
 * down. Needs the Electron binary, which `npm install` downloads; CI machines
 * cannot (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so there it is skipped with the reason.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test } from '@playwright/test';
import { expect, expectDemoKpis } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The Electron executable, or why there is none. */
function electronBinary(): { path: string } | { missing: string } {
  try {
    // The electron package's main export is the path of the binary it downloaded.
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `the Electron binary is not at ${String(path)}` };
  } catch (error) {
    return { missing: `the Electron binary was not downloaded (${error instanceof Error ? error.message : String(error)})` };
  }
}

test('the Electron app opens on the demo workspace, sandboxed and without Node', async () => {
  const binary = electronBinary();
  if ('missing' in binary) {
    console.log(`Electron smoke test skipped: ${binary.missing}.`);
    test.skip(true, binary.missing);
    return;
  }
  test.setTimeout(120_000);
  const app = await electron.launch({ executablePath: binary.path, args: [root], cwd: root, env: { ...process.env, NODE_ENV: 'production' } });
  try {
    const page = await app.firstWindow();
    expect(new URL(page.url()).protocol).toBe('app:');
    await expect(page.getByTestId('kpi-customers')).toBeVisible({ timeout: 60_000 });
    await expectDemoKpis(page, 'en');
    // No Node in the page, and the bridge is the only thing exposed.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // window.open is denied: no second window appears.
    await page.evaluate(() => window.open('https://example.com/'));
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
