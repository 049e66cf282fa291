/**
 * The one place that decides which Bridge the renderer uses: the Electron
 * preload's (exposed on window[BRIDGE_GLOBAL]) or the browser implementation.
 * Everything else imports `bridge` from here.
 */
import { BRIDGE_GLOBAL, type Bridge } from '../../src-core/bridge/contract';
import { browserBridge } from './browser-bridge';

function hasBridgeShape(value: unknown): value is Bridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>; // validating boundary
  return (['getAppInfo', 'pickFile', 'saveFile', 'savePdf', 'print', 'openExternal'] as const).every(
    (method) => typeof candidate[method] === 'function',
  );
}

function chooseBridge(): Bridge {
  const exposed: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  return hasBridgeShape(exposed) ? exposed : browserBridge;
}

export const bridge: Bridge = chooseBridge();
