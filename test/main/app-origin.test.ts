import { describe, expect, it } from 'vitest';
import { devServerUrl, isAppOriginUrl, isRendererUrl } from '../../src-main/main/app-origin';
import { isTrustedSender } from '../../src-main/main/sender';
import { asElectron } from './fake-electron';

describe('devServerUrl', () => {
  it.each([
    [{ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, 'http://localhost:5173/'],
    [{ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false, 'http://127.0.0.1:5173/'],
    [{ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true, null],
    [{ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false, null],
    [{ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false, null],
    [{ ELECTRON_RENDERER_URL: 'not a url' }, false, null],
    [{}, false, null],
  ])('%j (packaged: %s) → %s', (env, packaged, expected) => {
    expect(devServerUrl(env, packaged)?.href ?? null).toBe(expected);
  });
});

describe('renderer origin', () => {
  it.each([
    ['app://workbench/index.html', true],
    ['app://workbench/', true],
    ['app://workbench.evil/index.html', false],
    ['app://evil/workbench/index.html', false],
    ['file:///workbench/index.html', false],
    ['https://workbench/', false],
  ])('%s is the app origin: %s', (url, expected) => {
    expect(isAppOriginUrl(url)).toBe(expected);
  });

  it('accepts the dev server only when one is configured', () => {
    expect(isRendererUrl('http://localhost:5173/', new URL('http://localhost:5173/'))).toBe(true);
    expect(isRendererUrl('http://localhost:5173/', null)).toBe(false);
  });

  it('refuses a sender that has no frame, even without a dev server', () => {
    expect(isTrustedSender({ sender: asElectron({}), senderFrame: null }, null)).toBe(false);
  });
});
