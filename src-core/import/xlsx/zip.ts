/**
 * Just enough ZIP for .xlsx: read the central directory, refuse archives that
 * would expand absurdly (zip bombs) BEFORE inflating anything, and inflate one
 * entry at a time with fflate, stopping as soon as an entry outgrows what its
 * header declared.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** No workbook we can analyse is bigger than this once expanded. */
export const MAX_EXPANDED_BYTES = 1024 * 1024 * 1024;
/** Deflate tops out near 1032:1; real spreadsheets stay far below this ratio. */
export const MAX_RATIO = 400;
const RATIO_CHECK_FROM = 10 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export class ZipError extends Error {}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (data.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('The workbook is damaged or incomplete (its zip directory is missing).');
  const count = data.getUint16(eocd + 10, true);
  let offset = data.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) throw new ZipError(`The workbook holds ${count} files, far more than any spreadsheet; it was not opened.`);
  const entries: ZipEntry[] = [];
  let total = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || data.getUint32(offset, true) !== 0x02014b50) {
      throw new ZipError('The workbook is damaged (its zip directory is unreadable).');
    }
    const method = data.getUint16(offset + 10, true);
    const compressedSize = data.getUint32(offset + 20, true);
    const size = data.getUint32(offset + 24, true);
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    const localHeaderOffset = data.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff) {
      throw new ZipError(`The workbook entry '${name}' is larger than 4 GB; it was not opened.`);
    }
    total += size;
    if (total > MAX_EXPANDED_BYTES) {
      throw new ZipError(`The workbook would expand to more than ${megabytes(MAX_EXPANDED_BYTES)} (a zip bomb or an absurdly large file); it was not opened.`);
    }
    if (size > RATIO_CHECK_FROM && size / Math.max(1, compressedSize) > MAX_RATIO) {
      throw new ZipError(`The workbook entry '${name}' would expand ${Math.round(size / Math.max(1, compressedSize))} times to ${megabytes(size)} (a zip bomb); it was not opened.`);
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== 0x04034b50) {
    throw new ZipError(`The workbook is damaged (entry '${entry.name}' is unreadable).`);
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`The workbook is truncated (entry '${entry.name}').`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates an entry lazily, 16 KB of compressed input at a time, so a caller
 * that stops early (picking a sheet from its first rows) inflates little.
 */
export function* inflateEntry(bytes: Uint8Array, entry: ZipEntry): Generator<Uint8Array> {
  const compressed = entryData(bytes, entry);
  if (entry.method === 0) {
    yield compressed;
    return;
  }
  if (entry.method !== 8) throw new ZipError(`The workbook uses an unsupported compression (method ${entry.method}).`);
  let produced = 0;
  let output: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new ZipError(`The workbook entry '${entry.name}' expands beyond its declared size (a zip bomb); it was not opened.`);
    output.push(chunk);
  });
  const slice = 16 * 1024;
  let at = 0;
  do {
    const end = Math.min(compressed.length, at + slice);
    inflater.push(compressed.subarray(at, end), end === compressed.length);
    at = end;
    const ready = output;
    output = [];
    yield* ready;
  } while (at < compressed.length);
}

/**
 * UTF-8 decoding of consecutive chunks. Cutting each chunk on a character
 * boundary ourselves keeps TextDecoder on its fast one-shot path (its
 * streaming mode is several times slower in Node).
 */
export class Utf8Chunks {
  private readonly decoder = new TextDecoder();
  private carry: Uint8Array = new Uint8Array(0);

  decode(chunk: Uint8Array): string {
    let data = chunk;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry);
      data.set(chunk, this.carry.length);
    }
    let end = data.length;
    // Back off over a trailing partial character: continuation bytes, then its lead byte.
    let back = 0;
    while (back < 3 && end - back - 1 >= 0 && ((data[end - back - 1] ?? 0) & 0xc0) === 0x80) back++;
    const lead = data[end - back - 1] ?? 0;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (end - back - 1 >= 0 && needed > back + 1) end = end - back - 1;
    this.carry = data.slice(end);
    return this.decoder.decode(data.subarray(0, end));
  }

  finish(): string {
    const rest = this.carry.length > 0 ? this.decoder.decode(this.carry) : '';
    this.carry = new Uint8Array(0);
    return rest;
  }
}

/** Inflates a small entry (workbook, styles, shared strings) into text. */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const decoder = new Utf8Chunks();
  let text = '';
  for (const chunk of inflateEntry(bytes, entry)) text += decoder.decode(chunk);
  return text + decoder.finish();
}
