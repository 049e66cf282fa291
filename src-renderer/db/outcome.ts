/** Errors are data: a storage call that can fail says so in its result, with a readable message. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export function succeeded<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed<T>(message: string): Outcome<T> {
  return { ok: false, message };
}

/** A person-readable message from anything thrown (DOMException, Dexie errors, strings). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const inner = 'inner' in error && error.inner instanceof Error ? ` (${error.inner.message})` : '';
    return `${error.message}${inner}`;
  }
  return String(error);
}
