/**
 * The bundled demo shop (resources/demo/demo-shop.json): validated at the
 * boundary, then stored like any import, through appendOrders and saveImport.
 */
import { appendOrders, emptyOrderStore } from '../../src-core/data/columnar';
import type { NormalizedOrder } from '../../src-core/model/orders';
import { describeError, failed, succeeded, type Outcome } from '../db/outcome';
import type { WorkspaceRecord } from '../db/records';
import { createWorkspace, deleteWorkspace, saveImport } from '../db/workspace-repository';

export interface DemoShop {
  name: string;
  currency: string;
  orders: NormalizedOrder[];
}

export const DEMO_FILE_NAME = 'demo-shop.json';

const STRING_FIELDS = ['orderId', 'customerKey', 'customerName', 'email', 'phone', 'product', 'channel', 'country', 'discountCode', 'currency'] as const;
const NUMBER_FIELDS = ['day', 'amount', 'quantity', 'line'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNormalizedOrder(value: unknown): value is NormalizedOrder {
  return (
    isRecord(value) &&
    STRING_FIELDS.every((field) => typeof value[field] === 'string') &&
    NUMBER_FIELDS.every((field) => typeof value[field] === 'number' && Number.isFinite(value[field])) &&
    typeof value.cancelled === 'boolean'
  );
}

/** The demo file's text as a DemoShop, or what is wrong with it. */
export function parseDemoShop(text: string): Outcome<DemoShop> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`${DEMO_FILE_NAME} is not valid JSON: ${describeError(error)}`);
  }
  if (!isRecord(json) || typeof json.name !== 'string' || typeof json.currency !== 'string' || !Array.isArray(json.orders)) {
    return failed(`${DEMO_FILE_NAME} must have a name, a currency and a list of orders.`);
  }
  const orders: NormalizedOrder[] = [];
  for (const [position, order] of json.orders.entries()) {
    if (!isNormalizedOrder(order)) return failed(`${DEMO_FILE_NAME}: order ${position + 1} is not a complete order.`);
    orders.push(order);
  }
  return succeeded({ name: json.name, currency: json.currency, orders });
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Creates the demo workspace from the demo file's bytes; on any failure, no half-made workspace is left. */
export async function installDemoWorkspace(bytes: Uint8Array): Promise<Outcome<WorkspaceRecord>> {
  const parsed = parseDemoShop(new TextDecoder().decode(bytes));
  if (!parsed.ok) return parsed;
  const shop = parsed.value;
  let workspace: WorkspaceRecord | null = null;
  try {
    workspace = await createWorkspace({ name: shop.name, currency: shop.currency, isDemo: true });
    const append = appendOrders(emptyOrderStore(shop.currency), shop.orders);
    const saved = await saveImport(workspace.id, append, {
      fileName: DEMO_FILE_NAME,
      size: bytes.byteLength,
      hash: await sha256Hex(bytes),
      encoding: 'utf-8',
      delimiter: '',
      headers: [],
      mapping: {},
      importedAt: Date.now(),
      counts: {
        rows: shop.orders.length,
        orders: shop.orders.length,
        added: append.added,
        alreadyPresent: append.alreadyPresent,
        rejected: 0,
      },
      rejectedRows: [],
    });
    if (!saved.ok) {
      await deleteWorkspace(workspace.id);
      return failed(saved.message);
    }
    return succeeded(workspace);
  } catch (error) {
    if (workspace) await deleteWorkspace(workspace.id).catch(() => undefined);
    return failed(describeError(error));
  }
}
