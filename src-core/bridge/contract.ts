/**
 * The one contract between the renderer and whatever hosts it.
 *
 * The Electron preload implements it with `ipcRenderer.invoke` (and `satisfies`
 * it); src-renderer/bridge/browser-bridge.ts implements it with a file input,
 * Blob downloads and `window.print()`. The renderer picks one implementation in
 * exactly one place (src-renderer/bridge/index.ts) and never touches either
 * directly. Every argument crosses a trust boundary: the main process validates
 * them with the guards below before acting.
 */

/** A file the user chose, read whole. */
export interface PickedFile {
  name: string;
  size: number;
  /** Last-modified time, ms since epoch (0 when unknown). */
  lastModified: number;
  bytes: Uint8Array;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8 exactly as given (callers add a BOM when they want one). */
  data: Uint8Array | string;
  filters?: FileFilter[];
}

export interface SaveFileResult {
  saved: boolean;
  /** Where it went, when the host knows (Electron); the browser only knows the name. */
  path?: string;
}

export interface PdfRequest {
  suggestedName: string;
  pageSize: 'A4' | 'Letter';
  /** A self-contained HTML document (inline styles and SVG, no scripts). */
  html: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' or 'browser'. */
  host: 'electron' | 'browser';
  platform: string;
  /** The operating system's preferred UI locale, e.g. 'ja-JP'. */
  systemLocale: string;
}

export interface Bridge {
  getAppInfo(): Promise<AppInfo>;
  /** Shows an open dialog for order or cost files; null when the user cancels. */
  pickFile(filters: FileFilter[]): Promise<PickedFile | null>;
  /** Shows a save dialog and writes the data; { saved: false } when cancelled. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Renders the HTML to PDF (Electron printToPDF; browser: print dialog) and saves it. */
  savePdf(request: PdfRequest): Promise<SaveFileResult>;
  /** Opens the system print dialog for the HTML (browser: window.print). */
  print(request: Omit<PdfRequest, 'suggestedName'>): Promise<void>;
  /** Opens an http(s) link in the system browser after a URL check. */
  openExternal(url: string): Promise<boolean>;
}

/** IPC channel names, one per bridge method. */
export const BRIDGE_CHANNELS = {
  getAppInfo: 'rw:getAppInfo',
  pickFile: 'rw:pickFile',
  saveFile: 'rw:saveFile',
  savePdf: 'rw:savePdf',
  print: 'rw:print',
  openExternal: 'rw:openExternal',
} as const satisfies Record<keyof Bridge, string>;

/** The renderer sees the bridge here (Electron preload) or gets the browser one. */
export const BRIDGE_GLOBAL = 'retentionWorkbench';

// ---- Argument guards: the main process trusts nothing the renderer sends. ----

const MAX_SAVE_BYTES = 512 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return true;
  return false;
}

export function isSafeFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_NAME_LENGTH &&
    !/[\\/:*?"<>|]/.test(value) &&
    !hasControlCharacter(value) &&
    value !== '.' &&
    value !== '..'
  );
}

export function isFileFilterList(value: unknown): value is FileFilter[] {
  return (
    Array.isArray(value) &&
    value.length <= 16 &&
    value.every(
      (filter) =>
        isPlainObject(filter) &&
        typeof filter.name === 'string' &&
        filter.name.length <= 100 &&
        Array.isArray(filter.extensions) &&
        filter.extensions.length <= 32 &&
        filter.extensions.every((ext) => typeof ext === 'string' && /^(\*|[A-Za-z0-9]{1,10})$/.test(ext)),
    )
  );
}

export function isSaveFileRequest(value: unknown): value is SaveFileRequest {
  if (!isPlainObject(value) || !isSafeFileName(value.suggestedName)) return false;
  const { data } = value;
  const dataOk =
    (typeof data === 'string' && data.length <= MAX_SAVE_BYTES) ||
    (data instanceof Uint8Array && data.byteLength <= MAX_SAVE_BYTES);
  return dataOk && (value.filters === undefined || isFileFilterList(value.filters));
}

export function isPdfRequest(value: unknown): value is PdfRequest {
  return (
    isPlainObject(value) &&
    isSafeFileName(value.suggestedName) &&
    (value.pageSize === 'A4' || value.pageSize === 'Letter') &&
    typeof value.html === 'string' &&
    value.html.length <= 64 * 1024 * 1024
  );
}

export function isPrintRequest(value: unknown): value is Omit<PdfRequest, 'suggestedName'> {
  return (
    isPlainObject(value) &&
    (value.pageSize === 'A4' || value.pageSize === 'Letter') &&
    typeof value.html === 'string' &&
    value.html.length <= 64 * 1024 * 1024
  );
}

/** Only plain http(s) links with a host leave the app, and only to the system browser. */
export function isExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}
