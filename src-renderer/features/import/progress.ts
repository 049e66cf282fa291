/** Progress arithmetic for the import: pure, so the bar and the rate are tested without a worker. */

/** Calls `send` at most once per `intervalMs` (the first call always goes), so a fast parser cannot flood the UI thread. */
export function throttled<T>(send: (value: T) => void, intervalMs: number, now: () => number = Date.now): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const time = now();
    if (time - last < intervalMs) return;
    last = time;
    send(value);
  };
}

/** Rows per second since the start; null until there is enough time to say. */
export function rowsPerSecond(records: number, startedAt: number, at: number): number | null {
  const seconds = (at - startedAt) / 1000;
  return seconds >= 0.2 ? records / seconds : null;
}

/** Share of the file read, 0–1. */
export function shareDone(bytesDone: number, bytesTotal: number): number {
  if (bytesTotal <= 0) return 0;
  return Math.min(1, Math.max(0, bytesDone / bytesTotal));
}
