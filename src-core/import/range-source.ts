/**
 * A ByteSource over something that can only be read a range at a time (a file
 * on disk, a Blob in a worker): it reads a window of WINDOW_BYTES and serves
 * the import's small consecutive slices from it, so a 100 MB export costs a
 * hundred reads, not thousands, and is never held whole. A request larger than
 * a window (an XLSX is read whole: a zip's directory is at its end) is read as
 * asked.
 */
import type { ByteSource } from './encoding';

export const WINDOW_BYTES = 1 << 20;

/** Bytes [start, end) of the underlying file, start < end ≤ length; fewer only at its end. */
export type ReadRange = (start: number, end: number) => Uint8Array;

export function rangeSource(length: number, read: ReadRange, windowBytes = WINDOW_BYTES): ByteSource {
  let windowStart = 0;
  let window: Uint8Array = new Uint8Array(0);
  return {
    length,
    subarray(start, end) {
      const from = Math.max(0, Math.min(start, length));
      const to = Math.max(from, Math.min(end, length));
      if (from === to) return new Uint8Array(0);
      if (from >= windowStart && to <= windowStart + window.length) return window.subarray(from - windowStart, to - windowStart);
      if (to - from > windowBytes) return read(from, to);
      // A fresh array per window: views handed out earlier stay valid.
      windowStart = from;
      window = read(from, Math.min(length, from + windowBytes));
      return window.subarray(0, Math.min(window.length, to - from));
    },
  };
}
