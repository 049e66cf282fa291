/**
 * The Bridge for a plain browser (`npm run web`, the end-to-end tests): a file
 * input instead of an open dialog, a Blob download instead of a save dialog,
 * and the print dialog of a hidden iframe instead of printToPDF.
 */
import {
  isExternalUrl,
  type AppInfo,
  type Bridge,
  type FileFilter,
  type PdfRequest,
  type PickedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../src-core/bridge/contract';
import { APP_NAME, APP_VERSION } from '../app-info';
import { chooseFile } from './file-input';

async function pickFile(filters: FileFilter[]): Promise<PickedFile | null> {
  const file = await chooseFile(filters);
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, size: file.size, lastModified: file.lastModified, bytes };
}

function mimeTypeOf(name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    csv: 'text/csv;charset=utf-8',
    json: 'application/json',
    pdf: 'application/pdf',
    png: 'image/png',
    txt: 'text/plain;charset=utf-8',
  };
  return types[ext] ?? 'application/octet-stream';
}

async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeTypeOf(request.suggestedName) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  // A browser never says where (or whether) it saved: the name is all we know.
  return { saved: true };
}

/** Prints a self-contained HTML document from a hidden iframe, so the app itself is not printed. */
function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    // No scripts in the report document: the sandbox keeps it that way.
    frame.sandbox.add('allow-modals', 'allow-same-origin');
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow?.print(); // blocks until the dialog closes
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        setTimeout(() => frame.remove(), 1_000);
      }
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}

async function savePdf(request: PdfRequest): Promise<SaveFileResult> {
  // The browser's print dialog offers "Save as PDF"; which the user chose is not reported back.
  await printHtml(request.html);
  return { saved: true };
}

async function print(request: Omit<PdfRequest, 'suggestedName'>): Promise<void> {
  await printHtml(request.html);
}

async function openExternal(url: string): Promise<boolean> {
  if (!isExternalUrl(url)) return false;
  const opened = window.open(url, '_blank', 'noopener,noreferrer');
  // With noopener, window.open returns null even on success; only an exception means it failed.
  return opened === null || typeof opened === 'object';
}

async function getAppInfo(): Promise<AppInfo> {
  return {
    name: APP_NAME,
    version: APP_VERSION,
    host: 'browser',
    platform: navigator.platform || 'web',
    systemLocale: navigator.language || 'en',
  };
}

export const browserBridge = {
  getAppInfo,
  pickFile,
  saveFile,
  savePdf,
  print,
  openExternal,
} satisfies Bridge;
