/** Storage persistence, usage and the "would this fit" check, over a stand-in StorageManager. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFits, readStorageStatus, requestPersistence, STORAGE_HEADROOM } from '../../src-renderer/db/storage';
import { backupFileName } from '../../src-renderer/features/settings/backup-file-name';
import { formatBytes } from '../../src-renderer/features/settings/format-bytes';

function fakeStorage(state: { persisted: boolean; grant: boolean; usage?: number; quota?: number }) {
  const manager = {
    persisted: vi.fn(async () => state.persisted),
    persist: vi.fn(async () => {
      state.persisted = state.grant;
      return state.grant;
    }),
    estimate: vi.fn(async () => ({ usage: state.usage, quota: state.quota })),
  };
  vi.stubGlobal('navigator', { ...navigator, storage: manager });
  return manager;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistence', () => {
  it('asks once, and says whether it was granted', async () => {
    const manager = fakeStorage({ persisted: false, grant: true, usage: 1, quota: 2 });
    expect(await requestPersistence()).toBe(true);
    expect(manager.persist).toHaveBeenCalledTimes(1);
    // Already granted: not asked again.
    expect(await requestPersistence()).toBe(true);
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });

  it('a refusal is reported as such', async () => {
    fakeStorage({ persisted: false, grant: false });
    expect(await requestPersistence()).toBe(false);
    expect(await readStorageStatus()).toEqual({ persisted: false, usage: null, quota: null });
  });

  it('without a StorageManager nothing is claimed', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    expect(await requestPersistence()).toBeNull();
    expect(await readStorageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    expect(await checkFits(10)).toEqual({ fits: 'unknown', needed: 10 });
  });
});

describe('checkFits', () => {
  it.each([
    // usage, quota, needed → fits (free room 1000; 10% of it is kept back)
    [9_000, 10_000, 900, true],
    [9_000, 10_000, 901, false],
    [0, 10_000, 0, true],
    [10_000, 10_000, 1, false],
    [12_000, 10_000, 0, true], // over quota already: nothing more fits, an empty write still does
  ])('usage %i of %i, %i more → fits %s', async (usage, quota, needed, fits) => {
    fakeStorage({ persisted: true, grant: true, usage, quota });
    expect(await checkFits(needed)).toEqual({ fits, needed, available: Math.max(0, quota - usage) });
  });

  it('keeps back the stated headroom', () => {
    expect(STORAGE_HEADROOM).toBeGreaterThan(0);
    expect(STORAGE_HEADROOM).toBeLessThan(0.5);
  });
});

describe('sizes and file names', () => {
  it.each([
    [0, 'en', '0 kB'],
    [999, 'en', '1 kB'],
    [1_049, 'ja', '1 KB'],
    [1_500_000, 'en', '1.5 MB'],
    [123_456_789_012, 'en', '123 GB'],
    [1_500_000, 'ru', '1,5 МБ'],
  ] as const)('%i bytes in %s → %s', (bytes, language, text) => {
    expect(formatBytes(bytes, language).replace(/\s/g, ' ')).toBe(text);
  });

  it('names the backup after the workspace and the day, safe on every system', () => {
    const day = new Date(2025, 0, 9, 23, 59);
    expect(backupFileName('Tea & Kasha', day)).toBe('Tea & Kasha-2025-01-09.rwbackup');
    expect(backupFileName('茶舗 / Чайная: "A<B>"?', day)).toBe('茶舗 - Чайная- -A-B-2025-01-09.rwbackup');
    expect(backupFileName('..\u0000', day)).toBe('workspace-2025-01-09.rwbackup');
  });
});
