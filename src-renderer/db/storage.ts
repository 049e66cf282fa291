/**
 * The browser's storage for this app: whether it may evict our databases under
 * disk pressure (persistence), and how much room is used and left. Workspaces can be
 * someone's only copy of years of orders, so persistence is asked for at start-up.
 */

export interface StorageStatus {
  /** null: this browser cannot say (no StorageManager). */
  persisted: boolean | null;
  /** Bytes used by this app's origin (IndexedDB and the rest), null when unknown. */
  usage: number | null;
  /** Bytes the browser lets this origin use in all, null when unknown. */
  quota: number | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Asks that our data never be evicted; the answer says whether it is granted (null: cannot ask). */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => null) : Promise.resolve(null),
    typeof storage.estimate === 'function' ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * IndexedDB needs more room than the bytes it is given (indexes, the log it commits
 * through, values it has not compacted yet), and the quota is shared with the other
 * workspaces: so a write is said to fit only if it leaves this much of the free room.
 */
export const STORAGE_HEADROOM = 0.1;

export type FitCheck =
  | { fits: true; needed: number; available: number }
  | { fits: false; needed: number; available: number }
  /** The browser does not say how much room there is: go ahead, QuotaExceededError is still handled. */
  | { fits: 'unknown'; needed: number };

/**
 * Whether `bytesNeeded` more bytes would fit, so the import can warn before it starts
 * instead of failing half-way (it would still roll back then, but after a long wait).
 */
export async function checkFits(bytesNeeded: number): Promise<FitCheck> {
  const needed = Math.max(0, bytesNeeded);
  const { usage, quota } = await readStorageStatus().catch((): StorageStatus => ({ persisted: null, usage: null, quota: null }));
  if (usage === null || quota === null) return { fits: 'unknown', needed };
  const available = Math.max(0, quota - usage);
  return { fits: needed <= available * (1 - STORAGE_HEADROOM), needed, available };
}
