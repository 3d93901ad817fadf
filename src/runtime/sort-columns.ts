// Sorting by tuple keys without a comparison per pair (list.ts sortArray). When every
// key is an exact tuple of one length whose every column holds only small ints or only
// surrogate-free strs, no comparison is observable (no user __lt__), so any stable sort
// that yields tuplerichcompare's order gives list.sort's result. Most significant
// column first: the index range is sorted stably by the first column, then each run of
// equal values by the next column, and so on. An int column is sorted natively as
// (value, position) pairs packed into doubles, much cheaper than V8's sort calling a JS
// comparator per comparison; a str column uses the comparator on its run only.
import type { PyValue } from "./object.js";
import type { PyTuple } from "./containers.js";

const col = (keys: PyValue[], i: number, c: number): PyValue => (keys[i] as PyTuple).a[c];

// radixOrder's work arrays live across calls: a typed array over 64 bytes gets an
// off-heap backing store, whose allocation and sweeping cost more than sorting a
// hundred items (sorted() of a small set of ints spent most of its time there).
let ranks: Uint32Array = new Uint32Array(64);
let bufA: Uint32Array = new Uint32Array(64);
let bufB: Uint32Array = new Uint32Array(64);
const count8 = new Uint32Array(1 << 8);
let count16: Uint32Array | null = null;
const grow = (b: Uint32Array, n: number): Uint32Array => (b.length >= n ? b : new Uint32Array(Math.max(n, b.length * 2)));

/** A shared array of at least `n` ranks for the caller to fill before radixOrder(n, …). */
export function rankBuffer(n: number): Uint32Array {
  return (ranks = grow(ranks, n));
}

/** The positions 0..n-1 stably ordered by `rankBuffer()[p]` (unsigned, at most `max`):
 * an LSD radix sort, one pass when `max` fits the digit, else 8 or 16 bits a pass.
 * Linear time: V8's typed-array sort costs about as much as CPython's whole sort of a
 * list of ints. The answer's first n entries are valid until the next call. */
export function radixOrder(n: number, max: number): Uint32Array {
  const r = ranks;
  const need = 32 - Math.clz32(max);
  const cap = n < 4096 ? 8 : 16;
  const bits = need <= cap ? Math.max(need, 1) : cap;
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  const count = bits <= 8 ? count8 : (count16 ??= new Uint32Array(1 << 16));
  let a = (bufA = grow(bufA, n));
  let b = (bufB = grow(bufB, n));
  for (let i = 0; i < n; i++) a[i] = i;
  for (let shift = 0; shift < 32 && max >>> shift !== 0; shift += bits) {
    count.fill(0, 0, mask + 1);
    for (let i = 0; i < n; i++) count[(r[i] >>> shift) & mask]++;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const p = a[i];
      b[count[(r[p] >>> shift) & mask]++] = p;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/** Largest value span (max - min) countSortInts takes. */
export const COUNT_MAX = 1 << 16;
let counts: Uint32Array = new Uint32Array(256);

/** Small ints in a span not much wider than their number, sorted by counting each
 * value: equal ints are the same JS number, so rebuilding them from the counts is the
 * stable sort's result, with no order array to follow. */
export function countSortInts(vals: number[], min: number, max: number): number[] {
  const span = max - min + 1;
  if (counts.length < span) counts = new Uint32Array(Math.max(span, counts.length * 2));
  const cnt = counts;
  cnt.fill(0, 0, span);
  const n = vals.length;
  for (let i = 0; i < n; i++) cnt[vals[i] - min]++;
  const out = new Array<number>(n);
  let p = 0;
  for (let d = 0; d < span; d++) for (let c = cnt[d]; c > 0; c--) out[p++] = d + min;
  return out;
}

/** Runs this short are insertion-sorted. */
const SMALL_RUN = 12;

/** Largest rank range radixOrder takes. */
export const RADIX_MAX = 0xffffffff;

/** Stable sort of idx[lo..hi) by the ints of column c. */
function sortInts(idx: number[], lo: number, hi: number, keys: PyValue[], c: number): void {
  const n = hi - lo;
  let min = Infinity, max = -Infinity;
  for (let p = lo; p < hi; p++) {
    const v = col(keys, idx[p], c) as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return;
  if (n <= SMALL_RUN) {
    sortBy(idx, lo, hi, (i, j) => ((col(keys, i, c) as number) < (col(keys, j, c) as number) ? -1 : 0));
    return;
  }
  if (max - min <= RADIX_MAX) {
    const r = rankBuffer(n);
    for (let p = 0; p < n; p++) r[p] = (col(keys, idx[lo + p], c) as number) - min;
    const order = radixOrder(n, max - min);
    const part = idx.slice(lo, hi);
    for (let p = 0; p < n; p++) idx[lo + p] = part[order[p]];
    return;
  }
  if ((max - min + 1) * n >= Number.MAX_SAFE_INTEGER) {
    sortBy(idx, lo, hi, (i, j) => ((col(keys, i, c) as number) < (col(keys, j, c) as number) ? -1 : 0));
    return;
  }
  // (value, position) in one exact double: ties keep their order
  const packed = new Float64Array(n);
  for (let p = 0; p < n; p++) packed[p] = ((col(keys, idx[lo + p], c) as number) - min) * n + p;
  packed.sort();
  const order = idx.slice(lo, hi);
  for (let p = 0; p < n; p++) idx[lo + p] = order[packed[p] % n];
}

/** Stable sort of idx[lo..hi) with a comparator (V8's sort is stable). */
function sortBy(idx: number[], lo: number, hi: number, cmp: (i: number, j: number) => number): void {
  if (hi - lo <= SMALL_RUN) {
    // insertion sort in place: a short run (the ties of a previous column) costs less
    // than a slice and V8's sort setup; moving only past strictly greater items keeps
    // it stable
    for (let p = lo + 1; p < hi; p++) {
      const x = idx[p];
      let q = p;
      while (q > lo && cmp(x, idx[q - 1]) < 0) {
        idx[q] = idx[q - 1];
        q--;
      }
      idx[q] = x;
    }
    return;
  }
  const part = idx.slice(lo, hi).sort(cmp);
  for (let p = 0; p < part.length; p++) idx[lo + p] = part[p];
}

function sortRange(idx: number[], lo: number, hi: number, keys: PyValue[], c: number, cols: number): void {
  if (typeof col(keys, idx[lo], c) === "number") sortInts(idx, lo, hi, keys, c);
  // JS `<` on strs without surrogates is code-point order
  else sortBy(idx, lo, hi, (i, j) => ((col(keys, i, c) as string) < (col(keys, j, c) as string) ? -1 : 0));
  if (c + 1 >= cols) return;
  for (let g = lo; g < hi; ) {
    const v = col(keys, idx[g], c);
    let e = g + 1;
    while (e < hi && col(keys, idx[e], c) === v) e++;
    if (e - g > 1) sortRange(idx, g, e, keys, c + 1, cols);
    g = e;
  }
}

/** Stable sort of the index array `idx` by tuple keys with `cols` simple columns (as
 * list.ts simpleTupleColumns checked). */
export function sortByColumns(idx: number[], keys: PyValue[], cols: number): void {
  if (idx.length > 1) sortRange(idx, 0, idx.length, keys, 0, cols);
}
