import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, type FakeSession, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { REPORT_PARTITION, ReportPrinter } = await import('../../src-main/main/report-printing');
const { REPORT_CSP } = await import('../../src-main/main/csp');

beforeEach(() => resetFakeElectron());

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no report window');
  return window;
}

function reportSession(): FakeSession {
  const found = session.partitions.get(REPORT_PARTITION);
  if (!found) throw new Error('no report session');
  return found;
}

describe('report printing window', () => {
  it('is hidden, sandboxed, has no preload and runs no JavaScript, in its own in-memory session', async () => {
    await new ReportPrinter().renderPdf('<p>report</p>', 'A4');
    const { options } = onlyWindow();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.session).toBe(reportSession());
    expect(REPORT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('renders the PDF with the page size and backgrounds, then destroys the window', async () => {
    const pdf = await new ReportPrinter().renderPdf('<p>report</p>', 'Letter');
    const window = onlyWindow();
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', printBackground: true });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF');
    expect(window.destroy).toHaveBeenCalled();
  });

  it('serves the HTML from memory on app://report/<id>, with the report CSP, while it renders', async () => {
    const printer = new ReportPrinter();
    const served: Response[] = [];
    const rendering = printer.renderPdf('<h1>売上</h1>', 'A4');
    const window = onlyWindow();
    window.webContents.printToPDF.mockImplementationOnce(async () => {
      const url = window.loadURL.mock.calls[0]?.[0] ?? '';
      const response = await reportSession().protocolHandlers.get('app')?.({ url, method: 'GET' });
      if (response) served.push(response);
      return new Uint8Array([1]);
    });
    await rendering;
    const url = window.loadURL.mock.calls[0]?.[0] ?? '';
    expect(url).toMatch(/^app:\/\/report\/[0-9a-f-]{36}$/);
    const [response] = served;
    if (!response) throw new Error('the report document was not served');
    expect(await response.text()).toBe('<h1>売上</h1>');
    expect(response.headers.get('Content-Security-Policy')).toBe(REPORT_CSP);
    // Once done, the document is forgotten.
    expect(printer.respond(url).status).toBe(404);
  });

  it('destroys the window even when rendering fails', async () => {
    const printer = new ReportPrinter();
    const rendering = printer.renderPdf('<p>x</p>', 'A4');
    onlyWindow().webContents.printToPDF.mockRejectedValueOnce(new Error('renderer crashed'));
    await expect(rendering).rejects.toThrow('renderer crashed');
    expect(onlyWindow().destroy).toHaveBeenCalled();
  });

  it('locks its session: permissions denied, only its own document and data: may load', async () => {
    await new ReportPrinter().renderPdf('<p>x</p>', 'A4');
    const locked = reportSession();
    const callback = vi.fn();
    locked.permissionRequestHandler?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(locked.allows('app://report/abc')).toBe(true);
    expect(locked.allows('data:image/png;base64,AA')).toBe(true);
    expect(locked.allows('app://workbench/index.html')).toBe(false);
    expect(locked.allows('https://tracker.example/pixel.gif')).toBe(false);
    expect(locked.allows('file:///etc/passwd')).toBe(false);
  });

  it('serves nothing but pending reports', () => {
    const printer = new ReportPrinter();
    expect(printer.respond('app://report/unknown').status).toBe(404);
    expect(printer.respond('app://workbench/index.html').status).toBe(404);
  });
});

describe('printing', () => {
  it('opens the print dialog with the page size and resolves when printed', async () => {
    await new ReportPrinter().print('<p>x</p>', 'A4');
    const window = onlyWindow();
    expect(window.webContents.print).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4' }, expect.any(Function));
    expect(window.destroy).toHaveBeenCalled();
  });

  it('treats a cancelled print dialog as done, and a failure as an error', async () => {
    const cancelled = new ReportPrinter().print('<p>x</p>', 'A4');
    onlyWindow().webContents.print.mockImplementationOnce((_options, callback) => callback(false, 'cancelled'));
    await expect(cancelled).resolves.toBeUndefined();

    resetFakeElectron();
    const failed = new ReportPrinter().print('<p>x</p>', 'A4');
    onlyWindow().webContents.print.mockImplementationOnce((_options, callback) => callback(false, 'failed'));
    await expect(failed).rejects.toThrow('Printing failed: failed');
    expect(onlyWindow().destroy).toHaveBeenCalled();
  });
});
