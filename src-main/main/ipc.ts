/**
 * One ipcMain handler per bridge channel. Each one refuses, before doing anything,
 * a caller that is not our own window's top frame on the app's origin, and
 * arguments that do not pass the contract's guards. Refusals are Errors, so the
 * renderer's promise rejects with a message rather than hanging.
 */
import { BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import {
  BRIDGE_CHANNELS,
  isExternalUrl,
  isFileFilterList,
  isPdfRequest,
  isPrintRequest,
  isSaveFileRequest,
  type Bridge,
} from '../../src-core/bridge/contract';
import type { BridgeActions } from './bridge-actions';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** The single argument of a one-argument call, if it is exactly one and passes the guard. */
function onlyArgument<T>(name: keyof Bridge, args: unknown[], guard: (value: unknown) => value is T): T {
  const [value] = args;
  if (args.length !== 1 || !guard(value)) throw new Error(`Refused ${name}: invalid arguments.`);
  return value;
}

function noArguments(name: keyof Bridge, args: unknown[]): void {
  if (args.length !== 0) throw new Error(`Refused ${name}: it takes no arguments.`);
}

export function registerBridgeIpc(ipc: Pick<IpcMain, 'handle'>, isTrustedSender: SenderCheck, actions: BridgeActions): void {
  const handle = (name: keyof Bridge, run: (owner: BrowserWindow | null, args: unknown[]) => Promise<unknown>): void => {
    ipc.handle(BRIDGE_CHANNELS[name], async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) throw new Error(`Refused ${name}: the request did not come from the app's own window.`);
      return run(BrowserWindow.fromWebContents(event.sender), args);
    });
  };

  handle('getAppInfo', (owner, args) => {
    noArguments('getAppInfo', args);
    return actions.getAppInfo(owner);
  });
  handle('pickFile', (owner, args) => actions.pickFile(owner, onlyArgument('pickFile', args, isFileFilterList)));
  handle('saveFile', (owner, args) => actions.saveFile(owner, onlyArgument('saveFile', args, isSaveFileRequest)));
  handle('savePdf', (owner, args) => actions.savePdf(owner, onlyArgument('savePdf', args, isPdfRequest)));
  handle('print', (owner, args) => actions.print(owner, onlyArgument('print', args, isPrintRequest)));
  handle('openExternal', (owner, args) => actions.openExternal(owner, onlyArgument('openExternal', args, isExternalUrl)));
}
