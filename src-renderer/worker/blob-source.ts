/**
 * The picked file as the import reads it in the worker: a disk-backed Blob read
 * a window at a time with FileReaderSync (workers have it; it is what makes a
 * synchronous ByteSource possible), so a 100 MB export is never held whole.
 */
import { rangeSource, type ByteSource } from '../../src-core/import';

interface SyncReader {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

/** How the engine turns a picked file into a ByteSource; tests pass one that needs no FileReaderSync. */
export type OpenBlob = (blob: Blob) => ByteSource;

export const openBlob: OpenBlob = (blob) => {
  const Reader = (globalThis as { FileReaderSync?: new () => SyncReader }).FileReaderSync;
  if (!Reader) throw new Error('This browser cannot read files in a worker (no FileReaderSync).');
  const reader = new Reader();
  return rangeSource(blob.size, (start, end) => new Uint8Array(reader.readAsArrayBuffer(blob.slice(start, end))));
};
