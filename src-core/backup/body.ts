/**
 * The backup body before compression: a 4-byte length, the snapshot as UTF-8 JSON,
 * then the bytes of every typed array laid end to end.
 *
 * In the JSON a typed array is a small tag, `{"$rwb":"Float64Array","at":1024,"n":10000}`
 * (byte offset into the binary area, element count), so a million orders' columns
 * travel as their raw bytes instead of millions of JSON numbers. Values JSON cannot
 * carry are tagged the same way: undefined, NaN, ±Infinity, -0, bigint, Date, Map, Set,
 * ArrayBuffer, DataView. A row that itself has a "$rwb" key is written as a tagged list
 * of entries, so no user value can pass for a tag.
 *
 * Typed arrays are written in the machine's byte order; every platform Electron and
 * Chromium ship for is little-endian, and the bytes are read back as little-endian.
 */

const TAG = '$rwb';

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;

type TypedArrayKind = keyof typeof TYPED_ARRAYS;

function isTypedArrayKind(name: string): name is TypedArrayKind {
  return Object.hasOwn(TYPED_ARRAYS, name);
}

/** The built-in kind of an object, across realms (a worker's Float64Array is still one). */
function builtinKind(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** A plain object, also from another realm (its prototype is that realm's Object.prototype). */
function isPlainObject(value: object): boolean {
  const prototype: object | null = Object.getPrototypeOf(value) as object | null;
  return prototype === null || (Object.getPrototypeOf(prototype) === null && builtinKind(value) === 'Object');
}

/** A snapshot laid out as the pieces of the body, the binary ones still pointing at the rows' memory. */
export interface BodyPieces {
  pieces: Uint8Array[];
  byteLength: number;
}

export function bodyPieces(snapshot: unknown): BodyPieces {
  const segments: Uint8Array[] = [];
  let areaLength = 0;
  const addSegment = (bytes: Uint8Array): number => {
    const at = areaLength;
    segments.push(bytes);
    areaLength += bytes.byteLength;
    return at;
  };

  function replacer(this: object, key: string, value: unknown): unknown {
    // JSON.stringify has already called toJSON (Date → string); the holder still has the original.
    const original: unknown = Reflect.get(this, key);
    switch (typeof original) {
      case 'undefined':
        return { [TAG]: 'undefined' };
      case 'number':
        if (Number.isFinite(original) && !Object.is(original, -0)) return original;
        return { [TAG]: 'number', value: Object.is(original, -0) ? '-0' : String(original) };
      case 'bigint':
        return { [TAG]: 'bigint', value: original.toString() };
      case 'function':
      case 'symbol':
        throw new TypeError(`A workspace backup cannot hold a ${typeof original} (at key "${key}").`);
      case 'object': {
        if (original === null || Array.isArray(original)) return value;
        const kind = builtinKind(original);
        if (ArrayBuffer.isView(original)) {
          const bytes = new Uint8Array(original.buffer, original.byteOffset, original.byteLength);
          if (kind === 'DataView') return { [TAG]: 'DataView', at: addSegment(bytes), n: original.byteLength };
          if (!isTypedArrayKind(kind)) throw new TypeError(`A workspace backup cannot hold a ${kind}.`);
          return { [TAG]: kind, at: addSegment(bytes), n: original.byteLength / TYPED_ARRAYS[kind].BYTES_PER_ELEMENT };
        }
        if (original instanceof ArrayBuffer) {
          return { [TAG]: 'ArrayBuffer', at: addSegment(new Uint8Array(original)), n: original.byteLength };
        }
        if (original instanceof Date) return { [TAG]: 'Date', value: Number.isNaN(original.getTime()) ? null : original.getTime() };
        if (original instanceof Map) return { [TAG]: 'Map', entries: [...original.entries()] };
        if (original instanceof Set) return { [TAG]: 'Set', values: [...original.values()] };
        if (!isPlainObject(original)) throw new TypeError(`A workspace backup cannot hold a ${kind} object.`);
        if (Object.hasOwn(original, TAG)) return { [TAG]: 'object', entries: Object.entries(original) };
        return value;
      }
      default:
        return value;
    }
  }

  const json = new TextEncoder().encode(JSON.stringify(snapshot, replacer));
  const prefix = new Uint8Array(4);
  new DataView(prefix.buffer).setUint32(0, json.byteLength, true);
  return { pieces: [prefix, json, ...segments], byteLength: 4 + json.byteLength + areaLength };
}

/** Thrown inside this module only; decodeBackup turns it into a 'corrupt' result. */
export class CorruptBodyError extends Error {}

function corrupt(detail: string): never {
  throw new CorruptBodyError(detail);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wholeNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) corrupt(`bad ${what} in a binary tag`);
  return value;
}

/** Reads a body back into a snapshot-shaped value (the caller checks the shape). */
export function readBody(body: Uint8Array): unknown {
  if (body.byteLength < 4) corrupt('the body is shorter than its length field');
  const jsonLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  if (4 + jsonLength > body.byteLength) corrupt('the body is shorter than its JSON part');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(4, 4 + jsonLength));
  const area = body.subarray(4 + jsonLength);

  const bytesAt = (tag: Record<string, unknown>, bytesPerElement: number): ArrayBuffer => {
    const at = wholeNumber(tag['at'], 'offset');
    const length = wholeNumber(tag['n'], 'length') * bytesPerElement;
    if (at + length > area.byteLength) corrupt('a binary segment runs past the end of the body');
    // A copy, so each array owns exactly its bytes (IndexedDB would store a whole shared buffer).
    return area.slice(at, at + length).buffer;
  };

  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    if (!isRecord(value)) return value;
    if (!Object.hasOwn(value, TAG)) {
      // Assigning to an existing own key (even "__proto__", which JSON.parse made an own key) sets that key.
      for (const key of Object.keys(value)) value[key] = revive(value[key]);
      return value;
    }
    const kind = value[TAG];
    if (typeof kind !== 'string') return corrupt('a tag without a kind');
    if (isTypedArrayKind(kind)) {
      const Kind = TYPED_ARRAYS[kind];
      return new Kind(bytesAt(value, Kind.BYTES_PER_ELEMENT));
    }
    switch (kind) {
      case 'ArrayBuffer':
        return bytesAt(value, 1);
      case 'DataView':
        return new DataView(bytesAt(value, 1));
      case 'undefined':
        return undefined;
      case 'number': {
        const number = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 }[String(value['value'])];
        return number ?? corrupt('an unknown special number');
      }
      case 'bigint': {
        const digits = value['value'];
        return typeof digits === 'string' && /^-?\d+$/.test(digits) ? BigInt(digits) : corrupt('a malformed bigint');
      }
      case 'Date': {
        const time = value['value'];
        if (time === null) return new Date(Number.NaN);
        return typeof time === 'number' ? new Date(time) : corrupt('a malformed date');
      }
      case 'Map':
        return new Map(pairs(revive(value['entries'])));
      case 'Set': {
        const values = revive(value['values']);
        return Array.isArray(values) ? new Set(values) : corrupt('a malformed set');
      }
      case 'object': {
        const entries = pairs(revive(value['entries']));
        const object: Record<string, unknown> = {};
        for (const [key, entry] of entries) {
          if (typeof key !== 'string') corrupt('an object key that is not text');
          Object.defineProperty(object, key, { value: entry, enumerable: true, writable: true, configurable: true });
        }
        return object;
      }
      default:
        return corrupt(`an unknown tag "${kind}"`);
    }
  };

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return corrupt('the JSON part does not parse');
  }
  return revive(parsed);
}

function pairs(value: unknown): [unknown, unknown][] {
  if (!Array.isArray(value)) return corrupt('malformed entries');
  return value.map((pair: unknown): [unknown, unknown] =>
    Array.isArray(pair) && pair.length === 2 ? [pair[0], pair[1]] : corrupt('a malformed entry'),
  );
}
