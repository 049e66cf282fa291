/**
 * The preload: exposes exactly the typed bridge, one ipcRenderer.invoke per method.
 * ipcRenderer itself never reaches the page. Runs sandboxed, so it is bundled as
 * CommonJS and may only require 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type Bridge } from '../../src-core/bridge/contract';
import { MENU_COMMAND_CHANNEL, isMenuCommand, menuEventName } from './menu-commands';

// The preload's global is the page's window (in an isolated world); the Node types do not say so.
declare const window: EventTarget;

const bridge = {
  getAppInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.getAppInfo),
  pickFile: (filters) => ipcRenderer.invoke(BRIDGE_CHANNELS.pickFile, filters),
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  savePdf: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.savePdf, request),
  print: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.print, request),
  openExternal: (url) => ipcRenderer.invoke(BRIDGE_CHANNELS.openExternal, url),
} satisfies Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);

// Menu commands become plain DOM events; the page gets a name, never the IPC event.
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (isMenuCommand(command)) window.dispatchEvent(new Event(menuEventName(command)));
});
