/**
 * Turns report HTML into a PDF or a print job in a hidden, locked-down window.
 *
 * The window lives in its own in-memory session (no access to the app's IndexedDB),
 * has no preload, runs no JavaScript, and gets a CSP that allows only inline styles
 * and data: images and fonts. The document is served from memory on app://report/<id>
 * rather than a data: URL, because Chromium refuses navigations to URLs over 2 MB and
 * a report with embedded Japanese fonts is larger than that.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session, type WebContents, type WebPreferences } from 'electron';
import type { PdfRequest } from '../../src-core/bridge/contract';
import { APP_SCHEME } from './app-origin';
import { REPORT_CSP } from './csp';
import { hardenSession } from './security';

/** No "persist:" prefix: the session is kept in memory only. */
export const REPORT_PARTITION = 'report-printing';
const REPORT_HOST = 'report';

export function reportWindowPreferences(reportSession: Session): WebPreferences {
  return {
    session: reportSession,
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
    disableBlinkFeatures: 'Auxclick',
  } satisfies WebPreferences;
}

type PageSize = PdfRequest['pageSize'];

export class ReportPrinter {
  private readonly documents = new Map<string, string>();
  private reportSession: Session | null = null;

  /** Renders the HTML and returns the PDF bytes. */
  renderPdf(html: string, pageSize: PageSize): Promise<Uint8Array> {
    return this.withReportWindow(html, (contents) => contents.printToPDF({ pageSize, printBackground: true }));
  }

  /** Opens the system print dialog; resolves when printed or cancelled. */
  print(html: string, pageSize: PageSize): Promise<void> {
    return this.withReportWindow(
      html,
      (contents) =>
        new Promise<void>((resolve, reject) => {
          contents.print({ printBackground: true, pageSize }, (printed, failureReason) => {
            if (printed || failureReason === 'cancelled') resolve();
            else reject(new Error(`Printing failed: ${failureReason}`));
          });
        }),
    );
  }

  private async withReportWindow<T>(html: string, work: (contents: WebContents) => Promise<T>): Promise<T> {
    const id = randomUUID();
    this.documents.set(id, html);
    const window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: reportWindowPreferences(this.session()) });
    try {
      await window.loadURL(`${APP_SCHEME}://${REPORT_HOST}/${id}`);
      return await work(window.webContents);
    } finally {
      this.documents.delete(id);
      if (!window.isDestroyed()) window.destroy();
    }
  }

  private session(): Session {
    if (this.reportSession !== null) return this.reportSession;
    const reportSession = session.fromPartition(REPORT_PARTITION);
    const isReportUrl = (url: string): boolean => url.startsWith(`${APP_SCHEME}://${REPORT_HOST}/`);
    hardenSession(reportSession, {
      isAllowedRequest: (url) => isReportUrl(url) || url.startsWith('data:'),
      cspFor: () => REPORT_CSP,
    });
    reportSession.protocol.handle(APP_SCHEME, (request) => this.respond(request.url));
    this.reportSession = reportSession;
    return reportSession;
  }

  /** Serves a pending report document, and nothing else. */
  respond(url: string): Response {
    const id = url.startsWith(`${APP_SCHEME}://${REPORT_HOST}/`) ? url.slice(`${APP_SCHEME}://${REPORT_HOST}/`.length) : '';
    const html = this.documents.get(id);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': REPORT_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
}
