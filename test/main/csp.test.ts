import { describe, expect, it } from 'vitest';
import { APP_CSP, REPORT_CSP, devServerCsp } from '../../src-main/main/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('app Content Security Policy', () => {
  const policy = directives(APP_CSP);

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is exactly %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('names no remote origin, no eval and no inline script', () => {
    expect(APP_CSP).not.toMatch(/https?:|wss?:|\*|unsafe-eval/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('report Content Security Policy', () => {
  it('allows no script and nothing remote: only inline styles and data: images and fonts', () => {
    const policy = directives(REPORT_CSP);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('script-src')).toBe(false);
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('font-src')).toEqual(['data:']);
    expect(REPORT_CSP).not.toMatch(/'self'|https?:|\*/);
  });
});

describe('development Content Security Policy', () => {
  it('adds only the inline refresh preamble and the local hot-reload socket', () => {
    const policy = directives(devServerCsp(new URL('http://localhost:5173/')));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});
