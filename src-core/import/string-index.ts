/**
 * An open-addressing hash index from strings to positions in an array the
 * caller owns. For the fold's hottest lookups (order ids, customer keys,
 * products) it costs a fraction of a Map: no entry objects, no rehash of
 * string keys into a new table, a hash computed in a tight loop.
 */
export class StringIndex {
  private table = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;
  private size = 0;

  /** `keys[i]` is the string stored at position i (the caller appends to it). */
  constructor(private readonly keys: readonly string[]) {}

  private static hash(text: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  }

  /** Position of the text, or -1. */
  find(text: string): number {
    let slot = StringIndex.hash(text) & this.mask;
    for (;;) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return -1;
      if (this.keys[entry - 1] === text) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Records that `keys[position]` (not present yet) lives at `position`. */
  insert(position: number): void {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    this.place(position);
    this.size++;
  }

  private place(position: number): void {
    let slot = StringIndex.hash(this.keys[position] ?? '') & this.mask;
    while ((this.table[slot] ?? 0) !== 0) slot = (slot + 1) & this.mask;
    this.table[slot] = position + 1;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = this.table.length - 1;
    for (const entry of old) if (entry !== 0) this.place(entry - 1);
  }
}
