/**
 * A file as a ByteSource: the import reads it a window at a time with readSync
 * (rangeSource), so a 90 MB export is never held whole (an XLSX is still read
 * whole: a zip's directory is at its end).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { rangeSource, type ByteSource } from '../../src-core/import';

export interface FileSource extends ByteSource {
  close(): void;
}

export function openFileSource(path: string): FileSource {
  const fd = openSync(path, 'r');
  let length: number;
  try {
    length = fstatSync(fd).size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let open = true;
  const source = rangeSource(length, (from, to) => {
    const out = new Uint8Array(to - from);
    let done = 0;
    while (done < out.length) {
      const read = readSync(fd, out, done, out.length - done, from + done);
      if (read === 0) break;
      done += read;
    }
    return done === out.length ? out : out.subarray(0, done);
  });
  return {
    length,
    subarray: source.subarray,
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
