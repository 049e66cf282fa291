import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeSession, type FakeWebContents, asElectron, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { hardenSession, hardenWebContents, isAllowedRequest, openInSystemBrowser } = await import('../../src-main/main/security');
const { trustRendererContents } = await import('../../src-main/main/sender');
const { APP_CSP } = await import('../../src-main/main/csp');

const devServer = new URL('http://localhost:5173/');

beforeEach(() => resetFakeElectron());

/** Emits a navigation-style event and reports whether the handler prevented it. */
function emitPrevented(contents: FakeWebContents, name: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event);
  return event.preventDefault.mock.calls.length > 0;
}

function rendererContents(dev: URL | null = null): FakeWebContents {
  const window = new FakeBrowserWindow({});
  trustRendererContents(asElectron(window.webContents));
  hardenWebContents(asElectron(window.webContents), dev);
  return window.webContents;
}

describe('navigation', () => {
  it.each(['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,hi'])(
    'is denied to %s',
    (url) => {
      expect(emitPrevented(rendererContents(), 'will-navigate', url)).toBe(true);
    },
  );

  it('is allowed within the app origin', () => {
    expect(emitPrevented(rendererContents(), 'will-navigate', 'app://workbench/index.html#/cohorts')).toBe(false);
  });

  it('is allowed within the dev server only in development', () => {
    expect(emitPrevented(rendererContents(devServer), 'will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(emitPrevented(rendererContents(devServer), 'will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('denies redirects out of the app', () => {
    const contents = rendererContents();
    expect(emitPrevented(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(emitPrevented(contents, 'will-redirect', 'app://workbench/index.html')).toBe(false);
  });

  it('sends a clicked http(s) link to the system browser, after the URL check', () => {
    const contents = rendererContents();
    emitPrevented(contents, 'will-navigate', 'https://example.com/help');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
    emitPrevented(contents, 'will-navigate', 'file:///etc/passwd');
    emitPrevented(contents, 'will-navigate', 'https://user:pw@example.com/');
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('never opens links on behalf of a webContents that is not our window', () => {
    const stranger = new FakeBrowserWindow({}).webContents;
    hardenWebContents(asElectron(stranger), null);
    expect(emitPrevented(stranger, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(stranger.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('window.open and webviews', () => {
  it.each(['https://example.com/', 'app://workbench/index.html', 'about:blank', 'file:///tmp/x.html'])('window.open(%s) is denied', (url) => {
    expect(rendererContents().windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });

  it('hands an http(s) window.open to the system browser but still denies the window', () => {
    expect(rendererContents().windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('refuses to attach a webview', () => {
    expect(emitPrevented(rendererContents(), 'will-attach-webview', '')).toBe(true);
  });
});

describe('openInSystemBrowser', () => {
  it.each([
    ['https://example.com/a?b=c', true],
    ['http://example.com/', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://user:secret@example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, opened) => {
    expect(openInSystemBrowser(url)).toBe(opened);
    expect(shell.openExternal).toHaveBeenCalledTimes(opened ? 1 : 0);
  });
});

describe('session policy', () => {
  function hardened(dev: URL | null = null): FakeSession {
    const session = new FakeSession();
    hardenSession(asElectron(session), { isAllowedRequest: (url) => isAllowedRequest(url, dev), cspFor: () => APP_CSP });
    return session;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the %s permission request', (permission) => {
    const callback = vi.fn();
    hardened().permissionRequestHandler?.(null, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check and device request with no', () => {
    const session = hardened();
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://workbench', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it.each([
    ['app://workbench/assets/index.js', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://workbench/123', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['ftp://example.com/', false],
  ])('in production, a request to %s is allowed: %s', (url, allowed) => {
    expect(hardened().allows(url)).toBe(allowed);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['ws://localhost:5173/', true],
    ['http://localhost:5174/', false],
    ['https://example.com/', false],
  ])('in development, a request to %s is allowed: %s', (url, allowed) => {
    expect(hardened(devServer).allows(url)).toBe(allowed);
  });

  it('puts the CSP on responses, replacing any other policy', () => {
    const callback = vi.fn();
    hardened().headersReceived?.(
      { url: 'app://workbench/index.html', responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [APP_CSP] } });
  });

  it('leaves a response alone when the policy has no CSP for it', () => {
    const session = new FakeSession();
    hardenSession(asElectron(session), { isAllowedRequest: () => true, cspFor: () => null });
    const callback = vi.fn();
    session.headersReceived?.({ url: 'devtools://devtools/x', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });
});
