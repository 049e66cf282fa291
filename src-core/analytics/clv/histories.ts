/**
 * Customers merged into distinct (x, t_x, T) histories with weights: the model fits and
 * predictions then cost one evaluation per distinct history, not per customer. Times are also
 * indexed, because day-level data have only a few hundred distinct t_x and T values, so
 * ln(α + t) is computed once per distinct time in each likelihood evaluation.
 */

export interface CompressedInputs {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Index of each row's x in distinctX. */
  xIndex: Uint32Array;
  distinctX: Float64Array;
  /** Index of each row's t_x and T in distinctTimes. */
  txIndex: Uint32Array;
  TIndex: Uint32Array;
  distinctTimes: Float64Array;
  /** Row of each input (customer) index, −1 for weight 0. */
  rowOf: Int32Array;
  customers: number;
  repeatCustomers: number;
}

export interface HistoryInputs {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight?: Float64Array;
}

export function compressInputs(inputs: HistoryInputs): CompressedInputs {
  const { x, tx, T } = inputs;
  const members: number[] = [];
  for (let i = 0; i < x.length; i++) if ((inputs.weight?.[i] ?? 1) > 0) members.push(i);
  const m = members.length;

  const distinctX = distinctSorted(Float64Array.from(members, (i) => x[i]!));
  const times = new Float64Array(2 * m);
  members.forEach((i, k) => {
    times[2 * k] = tx[i]!;
    times[2 * k + 1] = T[i]!;
  });
  const distinctTimes = distinctSorted(times);
  const xIdx = Uint32Array.from(members, (i) => indexOf(distinctX, x[i]!));
  const txIdx = Uint32Array.from(members, (i) => indexOf(distinctTimes, tx[i]!));
  const TIdx = Uint32Array.from(members, (i) => indexOf(distinctTimes, T[i]!));
  const { groupOf, groups } = groupTriples(xIdx, txIdx, TIdx, distinctTimes.length);

  const rows = groups.length;
  const out: CompressedInputs = {
    x: new Float64Array(rows),
    tx: new Float64Array(rows),
    T: new Float64Array(rows),
    weight: new Float64Array(rows),
    xIndex: new Uint32Array(rows),
    distinctX,
    txIndex: new Uint32Array(rows),
    TIndex: new Uint32Array(rows),
    distinctTimes,
    rowOf: new Int32Array(x.length).fill(-1),
    customers: 0,
    repeatCustomers: 0,
  };
  groups.forEach((k, row) => {
    const i = members[k]!;
    out.x[row] = x[i]!;
    out.tx[row] = tx[i]!;
    out.T[row] = T[i]!;
    out.xIndex[row] = xIdx[k]!;
    out.txIndex[row] = txIdx[k]!;
    out.TIndex[row] = TIdx[k]!;
  });
  members.forEach((i, k) => {
    const w = inputs.weight?.[i] ?? 1;
    const row = groupOf[k]!;
    out.rowOf[i] = row;
    out.weight[row]! += w;
    out.customers += w;
    if (x[i]! > 0) out.repeatCustomers += w;
  });
  return out;
}

function distinctSorted(values: Float64Array): Float64Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (n === 0 || sorted[k] !== sorted[n - 1]) sorted[n++] = sorted[k]!;
  return sorted.slice(0, n);
}

function indexOf(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Groups equal (a, b, c) index triples: `groups[g]` is one member of group g, `groupOf[k]` the
 * group of member k. One numeric key per triple sorts natively when it fits in 2⁵³; otherwise a
 * comparator sort does the same job more slowly.
 */
function groupTriples(a: Uint32Array, b: Uint32Array, c: Uint32Array, base: number): { groupOf: Uint32Array; groups: number[] } {
  const m = a.length;
  const groupOf = new Uint32Array(m);
  const groups: number[] = [];
  let maxA = 0;
  for (const v of a) maxA = Math.max(maxA, v);
  if ((maxA + 1) * base * base < Number.MAX_SAFE_INTEGER) {
    const keys = Float64Array.from(a, (v, k) => (v * base + b[k]!) * base + c[k]!);
    const distinctKeys = distinctSorted(keys);
    for (let k = 0; k < m; k++) {
      const group = indexOf(distinctKeys, keys[k]!);
      groupOf[k] = group;
      groups[group] ??= k;
    }
    return { groupOf, groups };
  }
  const order = Uint32Array.from({ length: m }, (_, k) => k).sort((p, q) => a[p]! - a[q]! || b[p]! - b[q]! || c[p]! - c[q]!);
  order.forEach((k, position) => {
    const previous = position > 0 ? order[position - 1]! : -1;
    const same = previous >= 0 && a[previous] === a[k] && b[previous] === b[k] && c[previous] === c[k];
    if (!same) groups.push(k);
    groupOf[k] = groups.length - 1;
  });
  return { groupOf, groups };
}
