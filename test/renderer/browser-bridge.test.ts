import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserBridge } from '../../src-renderer/bridge/browser-bridge';
import { acceptAttribute } from '../../src-renderer/bridge/file-input';
import { bridge } from '../../src-renderer/bridge';

afterEach(() => vi.restoreAllMocks());

describe('browser bridge', () => {
  it('is the bridge in a plain browser (no preload global)', async () => {
    expect(bridge).toBe(browserBridge);
    expect(await bridge.getAppInfo()).toMatchObject({ name: 'Retention Workbench', host: 'browser' });
  });

  it.each([
    [[{ name: 'Orders', extensions: ['csv', 'TSV', 'txt'] }], '.csv,.tsv,.txt'],
    [[{ name: 'Orders', extensions: ['csv'] }, { name: 'Excel', extensions: ['xlsx', 'csv'] }], '.csv,.xlsx'],
    [[{ name: 'All', extensions: ['*'] }], ''],
    [[], ''],
  ])('accept attribute for %j is %j', (filters, accept) => expect(acceptAttribute(filters)).toBe(accept));

  it('picks a file through a hidden file input and reads it whole', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File(['a,b\n1,2\n'], 'orders.csv', { type: 'text/csv', lastModified: 42 });
      // jsdom's File lacks arrayBuffer(), which every browser has.
      Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(new TextEncoder().encode('a,b\n1,2\n').buffer) });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const picked = await browserBridge.pickFile([{ name: 'CSV', extensions: ['csv'] }]);
    expect(click).toHaveBeenCalledOnce();
    expect(picked).toMatchObject({ name: 'orders.csv', size: 8, lastModified: 42 });
    expect(new TextDecoder().decode(picked!.bytes)).toBe('a,b\n1,2\n');
    expect(document.querySelector('input[type=file]')).toBeNull(); // cleaned up
  });

  it('turns a file that cannot be read into a rejected promise, not a hang', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File(['x'], 'locked.csv');
      Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    await expect(browserBridge.pickFile([])).rejects.toThrow('NotReadableError');
  });

  it('returns null when the user cancels the file chooser', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await browserBridge.pickFile([])).toBeNull();
  });

  it('saves through a download link named as asked', async () => {
    const createObjectURL = vi.fn(() => 'blob:test');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    expect(await browserBridge.saveFile({ suggestedName: 'contacts.csv', data: 'id\n1\n' })).toEqual({ saved: true });
    expect(clicked[0]?.download).toBe('contacts.csv');
    expect(clicked[0]?.href).toBe('blob:test');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('opens only http(s) links, without giving the new page a handle on the app', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    expect(await browserBridge.openExternal('javascript:alert(1)')).toBe(false);
    expect(await browserBridge.openExternal('file:///etc/passwd')).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await browserBridge.openExternal('https://example.com/help')).toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.com/help', '_blank', 'noopener,noreferrer');
  });
});
