/**
 * Bytes → text. A BOM decides outright; otherwise strict UTF-8 wins when it
 * validates, and the legacy encodings our users' exports come in (Shift_JIS /
 * CP932, EUC-JP, Windows-1251, Windows-1252) are scored by how plausible the
 * decoded characters look. TextDecoder does the decoding everywhere (Node,
 * workers, Chromium all ship the WHATWG encodings).
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp' | 'windows-1251' | 'windows-1252';

export interface EncodingChoice {
  /** WHATWG name as TextDecoder reports it, e.g. 'shift_jis'. */
  encoding: string;
  /** Bytes to skip before decoding (a byte-order mark). */
  bomLength: number;
  /** UTF-8 chosen although some lines are not UTF-8 (a file appended to by another tool): those lines decode with U+FFFD. */
  mixed?: true;
}

const SAMPLE_BYTES = 256 * 1024;

/**
 * Where an import reads its bytes from. A Uint8Array already is one; a
 * file-backed source reads each range on demand (Node's readSync, a worker's
 * FileReaderSync), so a 90 MB export is never held whole while it is parsed.
 */
export interface ByteSource {
  readonly length: number;
  /** Bytes [start, end): a view or a fresh copy, never longer than asked. */
  subarray(start: number, end: number): Uint8Array;
}

/** How much of a source is read at a time when scanning it. */
const SCAN_BYTES = 1 << 20;

/** Resolves a user's label ('sjis', 'cp1251', 'UTF8') to the WHATWG name, or null when unknown. */
export function canonicalEncoding(label: string): string | null {
  const aliases: Record<string, string> = { sjis: 'shift_jis', cp932: 'shift_jis', 'windows-31j': 'shift_jis', cp1251: 'windows-1251', cp1252: 'windows-1252', latin1: 'windows-1252', utf16: 'utf-16le' };
  const wanted = aliases[label.trim().toLowerCase()] ?? label.trim();
  try {
    return new TextDecoder(wanted).encoding;
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): EncodingChoice | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function utf16WithoutBom(sample: Uint8Array): EncodingChoice | null {
  let evenNul = 0;
  let oddNul = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (pairs < 2) return null;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return null;
}

/** Windows-1252's 0x80–0x9F punctuation (€ ‚ „ … ‘ ’ “ ” – — ™ …); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Some Node versions decode 'windows-1252' as plain Latin-1 (C1 controls
 * instead of € and curly quotes); browsers do not. Repair it the same everywhere.
 */
export function repairCp1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char) : text;
}

function decodesStrictly(encoding: string, sample: Uint8Array, complete: boolean): string | null {
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    const text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: !complete });
    return encoding === 'windows-1252' ? repairCp1252(text) : text;
  } catch {
    return null;
  }
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
const isLatin1Letter = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;

/**
 * Plausibility of decoded text: Japanese text is full of kana and kanji;
 * Russian words are runs of Cyrillic letters; Western text has the odd accented
 * letter inside otherwise ASCII words. Mojibake breaks each of these patterns.
 */
export function plausibility(text: string, encoding: string): number {
  let score = 0;
  let wordLength = 0;
  let wordAscii = 0;
  let wordCyrillic = 0;
  let wordLatin1 = 0;
  const endWord = () => {
    if (wordLength > 0) {
      if (encoding === 'windows-1251') {
        score += wordCyrillic > 0 && wordAscii > 0 ? -2 * wordCyrillic : wordCyrillic;
      } else if (encoding === 'windows-1252' && wordLatin1 > 0) {
        score += wordAscii >= wordLatin1 ? wordLatin1 : -2 * wordLatin1;
      }
    }
    wordLength = wordAscii = wordCyrillic = wordLatin1 = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLetter(c)) {
        wordLength++;
        wordAscii++;
      } else {
        endWord();
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) score -= 5;
      }
      continue;
    }
    if (isCyrillic(c)) {
      wordLength++;
      wordCyrillic++;
    } else if (isLatin1Letter(c)) {
      wordLength++;
      wordLatin1++;
    } else {
      endWord();
      if (c >= 0x3040 && c <= 0x30ff) score += 3; // hiragana, katakana
      else if (c >= 0x4e00 && c <= 0x9fff) score += 2; // kanji
      else if ((c >= 0xff01 && c <= 0xff5e) || (c >= 0x3000 && c <= 0x303f)) score += 1; // full-width forms, CJK punctuation
      else if (c >= 0xff61 && c <= 0xff9f) score -= 1; // half-width katakana: rare in real exports, common in mojibake
      else if (c >= 0x80 && c <= 0x9f) score -= 5; // C1 controls
      else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) score -= 5;
    }
  }
  endWord();
  return score;
}

/** Index of the first byte ≥ 0x80 in the whole source, or -1, reading it a slice at a time. */
function firstNonAsciiIn(bytes: ByteSource): number {
  for (let offset = 0; offset < bytes.length; offset += SCAN_BYTES) {
    const found = firstNonAscii(bytes.subarray(offset, Math.min(bytes.length, offset + SCAN_BYTES)));
    if (found >= 0) return offset + found;
  }
  return -1;
}

/** Index of the first byte ≥ 0x80, or -1; four bytes at a time where the buffer is aligned. */
function firstNonAscii(bytes: Uint8Array): number {
  const misalignment = (4 - (bytes.byteOffset % 4)) % 4;
  let i = 0;
  for (; i < Math.min(misalignment, bytes.length); i++) if ((bytes[i] ?? 0) >= 0x80) return i;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, Math.floor((bytes.length - i) / 4));
  let word = 0;
  for (; word < words.length; word++) if (((words[word] ?? 0) & 0x80808080) !== 0) break;
  for (i += word * 4; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return i;
  return -1;
}

/** Picks the encoding of a file: the user's override, a BOM, valid UTF-8, or the most plausible legacy encoding. */
export function detectEncoding(bytes: ByteSource, override?: string): EncodingChoice | { error: string } {
  const bom = bomOf(bytes.subarray(0, Math.min(bytes.length, 4)));
  if (override) {
    const encoding = canonicalEncoding(override);
    if (!encoding) return { error: `Unknown text encoding '${override}'.` };
    return { encoding, bomLength: bom && bom.encoding === encoding ? bom.bomLength : 0 };
  }
  if (bom) return bom;
  let complete = bytes.length <= SAMPLE_BYTES;
  let sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  // A file that starts with pages of plain ASCII says nothing about its
  // encoding there: judge it where the first non-ASCII byte appears.
  const firstHigh = complete ? -1 : firstNonAsciiIn(bytes);
  if (firstHigh >= SAMPLE_BYTES) {
    const start = firstHigh - 1024;
    complete = start + SAMPLE_BYTES >= bytes.length;
    sample = bytes.subarray(start, Math.min(bytes.length, start + SAMPLE_BYTES));
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (decodesStrictly('utf-8', sample, complete) !== null) return { encoding: 'utf-8', bomLength: 0 };
  if (mostlyUtf8Lines(sample, complete)) return { encoding: 'utf-8', bomLength: 0, mixed: true };
  let best: EncodingChoice = { encoding: 'windows-1252', bomLength: 0 };
  let bestScore = -Infinity;
  for (const encoding of ['shift_jis', 'euc-jp', 'windows-1251', 'windows-1252']) {
    const text = decodesStrictly(encoding, sample, complete);
    if (text === null) continue;
    const score = plausibility(text, encoding);
    if (score > bestScore) {
      bestScore = score;
      best = { encoding, bomLength: 0 };
    }
  }
  return best;
}

/**
 * True when most lines holding non-ASCII bytes are valid UTF-8. Legacy
 * encodings almost never form valid UTF-8 sequences, so a majority means a
 * UTF-8 file with some lines written by another tool, not a legacy file.
 */
function mostlyUtf8Lines(sample: Uint8Array, complete: boolean): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let valid = 0;
  let invalid = 0;
  let start = 0;
  while (start < sample.length) {
    let end = sample.indexOf(0x0a, start);
    // The sample's last line may be cut mid-character: judge only whole lines.
    if (end === -1) {
      if (!complete) break;
      end = sample.length;
    }
    const line = sample.subarray(start, end);
    if (line.some((byte) => byte >= 0x80)) {
      try {
        decoder.decode(line);
        valid++;
      } catch {
        invalid++;
      }
    }
    start = end + 1;
  }
  return valid > invalid;
}

/** Heuristic: NUL bytes or many control bytes mean this is not a text table (UTF-16 is detected before). */
export function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  const length = Math.min(sample.length, 8192);
  for (let i = 0; i < length; i++) {
    const b = sample[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return length > 0 && controls / length > 0.05;
}

/**
 * Decodes in slices (64 KB: small batches of records die young, which keeps
 * the heap of a 100 MB import small and is faster than 1 MB slices in the
 * bench) so a 90 MB file never becomes one 180 MB string: the
 * record reader consumes each slice as it comes, and a file-backed source is
 * read one slice at a time.
 */
export function* decodeInSlices(bytes: ByteSource, choice: EncodingChoice, sliceBytes = 1 << 16): Generator<{ text: string; bytesDone: number }> {
  const decoder = new TextDecoder(choice.encoding);
  const total = bytes.length;
  let offset = choice.bomLength;
  if (offset >= total) {
    yield { text: '', bytesDone: total };
    return;
  }
  while (offset < total) {
    // A few bytes beyond the slice show whether it ends inside a character.
    const window = bytes.subarray(offset, Math.min(total, offset + sliceBytes + 4));
    const windowIsLast = offset + window.length === total;
    const end = sliceEnd(window, windowIsLast, choice.encoding, Math.min(window.length, sliceBytes));
    const last = windowIsLast && end === window.length;
    // Cutting on a character boundary lets UTF-8 take the decoder's fast
    // one-shot path; the other encodings use streaming mode.
    const aligned = choice.encoding === 'utf-8' || choice.encoding.startsWith('utf-16');
    const piece = window.subarray(0, end);
    let text = aligned ? decoder.decode(piece) : decoder.decode(piece, { stream: !last });
    if (choice.encoding === 'windows-1252') text = repairCp1252(text);
    // A BOM-less UTF-8 file may still start with U+FEFF when the override was used.
    if (offset === choice.bomLength && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    offset += end;
    yield { text, bytesDone: offset };
  }
}

/**
 * Where a slice of `window` (which starts at the slice's first byte) should end
 * so that it ends on a character boundary, for the encodings where that is
 * cheap to find; `end` is the wanted length. The window holds a few bytes more
 * unless it reaches the end of the file (`isLast`).
 */
function sliceEnd(window: Uint8Array, isLast: boolean, encoding: string, end: number): number {
  if (isLast && end >= window.length) return window.length;
  if (encoding === 'utf-8') {
    let at = end;
    while (at > 1 && at > end - 4 && ((window[at] ?? 0) & 0xc0) === 0x80) at--;
    return at;
  }
  if (encoding.startsWith('utf-16')) {
    let at = end - (end % 2);
    const high = encoding === 'utf-16le' ? (window[at - 1] ?? 0) : (window[at - 2] ?? 0);
    if (high >= 0xd8 && high <= 0xdb) at -= 2;
    return at;
  }
  return end;
}
