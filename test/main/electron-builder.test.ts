import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config: unknown = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function section(name: string): Record<string, unknown> {
  const value = isRecord(config) ? config[name] : undefined;
  if (!isRecord(value)) throw new Error(`electron-builder.yml has no ${name} section`);
  return value;
}
const targets = (platform: string): unknown => section(platform).target;

describe('electron-builder.yml', () => {
  it('names the product and builds into release/ from the built app only, inside an asar', () => {
    expect(config).toMatchObject({
      appId: expect.stringMatching(/^[a-z0-9.]+$/),
      productName: 'Retention Workbench',
      directories: { output: 'release' },
      files: ['out/**', 'package.json'],
      asar: true,
      publish: null,
    });
  });

  it('flips the security fuses for packaged builds', () => {
    expect(section('electronFuses')).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(section('linux').maintainer).toEqual(expect.stringContaining('@'));
  });

  it('uses the committed 512 px icon on every platform', () => {
    for (const platform of ['win', 'mac', 'linux']) {
      const icon = section(platform).icon;
      expect(icon).toBe('resources/icons/icon.png');
      const png = readFileSync(new URL(`../../${String(icon)}`, import.meta.url));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});
