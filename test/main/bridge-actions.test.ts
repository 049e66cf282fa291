import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, asElectron, app, dialog, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createBridgeActions } = await import('../../src-main/main/bridge-actions');
const { MAX_PICKED_FILE_BYTES } = await import('../../src-main/main/file-dialogs');

const printer = {
  renderPdf: vi.fn(async (_html: string, _pageSize: 'A4' | 'Letter') => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])),
  print: vi.fn(async (_html: string, _pageSize: 'A4' | 'Letter') => undefined),
};
const actions = createBridgeActions(printer);
let dir = '';
let owner: FakeBrowserWindow;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'rw-actions-'));
  owner = new FakeBrowserWindow({});
});

describe('getAppInfo', () => {
  it('reports the app, the Electron host, the platform and the system language', async () => {
    expect(await actions.getAppInfo(null)).toEqual({
      name: 'Retention Workbench',
      version: '0.1.0',
      host: 'electron',
      platform: process.platform,
      systemLocale: 'ja-JP',
    });
  });

  it('falls back to the app locale when the system lists no language', async () => {
    app.getPreferredSystemLanguages.mockReturnValueOnce([]);
    expect((await actions.getAppInfo(null)).systemLocale).toBe('en-US');
  });
});

describe('pickFile', () => {
  const filters = [{ name: 'Orders', extensions: ['csv'] }];

  it('reads the chosen file whole, as a dialog of the asking window', async () => {
    const path = join(dir, 'orders.csv');
    await writeFile(path, 'order_id,amount\n1,10\n');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const picked = await actions.pickFile(asElectron(owner), filters);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(owner, { properties: ['openFile'], filters });
    expect(picked?.name).toBe('orders.csv');
    expect(picked?.size).toBe(21);
    expect(picked?.lastModified).toBeGreaterThan(0);
    expect(new TextDecoder().decode(picked?.bytes)).toBe('order_id,amount\n1,10\n');
  });

  it('returns null when the user cancels', async () => {
    expect(await actions.pickFile(null, filters)).toBeNull();
  });

  it('refuses a file over 1 GiB with a clear message, without reading it', async () => {
    const path = join(dir, 'huge.csv');
    await writeFile(path, '');
    await truncate(path, MAX_PICKED_FILE_BYTES + 1); // sparse: takes no disk space
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(actions.pickFile(null, filters)).rejects.toThrow(/"huge\.csv" is 1\.0 GiB; files up to 1 GiB can be imported/);
  });

  it('refuses a folder', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    await expect(actions.pickFile(null, filters)).rejects.toThrow(/is not a file/);
  });
});

describe('saveFile', () => {
  it('writes text as UTF-8 where the user chose', async () => {
    const path = join(dir, 'contacts.csv');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const result = await actions.saveFile(asElectron(owner), { suggestedName: 'contacts.csv', data: '\uFEFFname\n山田\n' });
    expect(result).toEqual({ saved: true, path });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(owner, { defaultPath: 'contacts.csv' });
    expect(await readFile(path, 'utf8')).toBe('\uFEFFname\n山田\n');
  });

  it('writes bytes as they are', async () => {
    const path = join(dir, 'chart.png');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    await actions.saveFile(null, { suggestedName: 'chart.png', data: new Uint8Array([137, 80, 78, 71]), filters: [{ name: 'PNG', extensions: ['png'] }] });
    expect([...(await readFile(path))]).toEqual([137, 80, 78, 71]);
  });

  it('saves nothing when the user cancels', async () => {
    expect(await actions.saveFile(null, { suggestedName: 'a.csv', data: 'x' })).toEqual({ saved: false });
  });
});

describe('savePdf and print', () => {
  it('asks where to save first, then renders and writes the PDF', async () => {
    const path = join(dir, 'report.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const result = await actions.savePdf(null, { suggestedName: 'report.pdf', pageSize: 'Letter', html: '<h1>Q3</h1>' });
    expect(result).toEqual({ saved: true, path });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: 'report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(printer.renderPdf).toHaveBeenCalledWith('<h1>Q3</h1>', 'Letter');
    expect((await readFile(path)).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('does not render when the save dialog is cancelled', async () => {
    printer.renderPdf.mockClear();
    expect(await actions.savePdf(null, { suggestedName: 'report.pdf', pageSize: 'A4', html: '' })).toEqual({ saved: false });
    expect(printer.renderPdf).not.toHaveBeenCalled();
  });

  it('prints through the report printer', async () => {
    await actions.print(null, { pageSize: 'A4', html: '<p>x</p>' });
    expect(printer.print).toHaveBeenCalledWith('<p>x</p>', 'A4');
  });
});

describe('openExternal', () => {
  it('opens http(s) links in the system browser and nothing else', async () => {
    expect(await actions.openExternal(null, 'https://example.com/')).toBe(true);
    expect(await actions.openExternal(null, 'file:///etc/passwd')).toBe(false);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});
