import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from './string-index';

describe('StringIndex', () => {
  it('finds every inserted string and nothing else, through many growths', () => {
    const keys: string[] = [];
    const index = new StringIndex(keys);
    for (let i = 0; i < 50_000; i++) {
      keys.push(`#${i * 7}`);
      index.insert(i);
    }
    expect(index.find('#0')).toBe(0);
    expect(index.find('#349993')).toBe(49_999);
    expect(index.find('#1')).toBe(-1);
    expect(index.find('')).toBe(-1);
  });

  it('agrees with a Map on random strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (inserted, probes) => {
        const keys: string[] = [];
        const index = new StringIndex(keys);
        const reference = new Map<string, number>();
        for (const text of inserted) {
          if (index.find(text) >= 0) continue;
          keys.push(text);
          index.insert(keys.length - 1);
          reference.set(text, keys.length - 1);
        }
        for (const text of [...inserted, ...probes]) expect(index.find(text)).toBe(reference.get(text) ?? -1);
      }),
    );
  });
});
