import { describe, expect, it } from 'vitest';
import { Utf8Chunks } from './zip';

describe('UTF-8 decoding in chunks (XLSX parts)', () => {
  it.each([1, 2, 3, 5, 7])('keeps characters whole with %i-byte chunks', (size) => {
    const text = 'aé山𝄞ж<row>注文</row>€';
    const bytes = new TextEncoder().encode(text);
    const decoder = new Utf8Chunks();
    let out = '';
    for (let at = 0; at < bytes.length; at += size) out += decoder.decode(bytes.subarray(at, at + size));
    expect(out + decoder.finish()).toBe(text);
  });
});
