/**
 * What each bridge call does once ipc.ts has checked who asked and what they sent.
 * `owner` is the window that asked, so dialogs open as its sheets / modals.
 */
import { writeFile } from 'node:fs/promises';
import { app, type BrowserWindow } from 'electron';
import type { AppInfo, Bridge } from '../../src-core/bridge/contract';
import { askSavePath, pickFile, saveFile } from './file-dialogs';
import type { ReportPrinter } from './report-printing';
import { openInSystemBrowser } from './security';

export type BridgeActions = {
  [Name in keyof Bridge]: (owner: BrowserWindow | null, ...args: Parameters<Bridge[Name]>) => ReturnType<Bridge[Name]>;
};

export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    systemLocale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
  };
}

export function createBridgeActions(printer: Pick<ReportPrinter, 'renderPdf' | 'print'>): BridgeActions {
  return {
    getAppInfo: async () => appInfo(),
    pickFile,
    saveFile,
    savePdf: async (owner, { suggestedName, pageSize, html }) => {
      // Ask first: a cancelled dialog should not cost a render.
      const path = await askSavePath(owner, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }]);
      if (path === null) return { saved: false };
      await writeFile(path, await printer.renderPdf(html, pageSize));
      return { saved: true, path };
    },
    print: (_owner, { html, pageSize }) => printer.print(html, pageSize),
    openExternal: async (_owner, url) => openInSystemBrowser(url),
  };
}
