/**
 * Seeded randomness for campaigns. Hold-out groups, bootstrap intervals and offer
 * codes must come out the same every time for the same seed, on every machine,
 * so nothing here touches Math.random.
 */

/**
 * cyrb53 (a public-domain 53-bit string hash): two multiplicative 32-bit lanes mixed
 * at the end. 53 bits keep collisions between customer keys of one shop negligible
 * (≈ n² / 2⁵⁴), which matters because hold-out selection ranks customers by it.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A seed as the user sees and stores it (any text or integer), folded to 32 bits. */
export function seedFrom(seed: string | number): number {
  return hash53(String(seed)) >>> 0;
}

/**
 * mulberry32: a tiny 32-bit generator with a full 2³² period, plenty for a bootstrap of
 * a few thousand resamples. Returns uniform numbers in [0, 1).
 */
export function seededRandom(seed: string | number): () => number {
  let state = seedFrom(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
