// Sorting by tuple keys without a comparison per pair (list.ts sortArray). When every
// key is an exact tuple of one length whose every column holds only small ints or only
// strs, no comparison is observable (no user __lt__), so any stable sort that yields
// tuplerichcompare's order gives list.sort's result. Each column is turned into
// ranks once (an int minus the column's minimum; a str its dense rank in code-point
// order, sort-str-ranks.ts), neighbouring columns are combined into one number while
// the product of their ranges fits 32 bits, and the index array is sorted by each
// combined column in turn, least significant first, with the stable radix sort of
// sort-columns.ts: linear passes over flat arrays, where a comparison sort would chase
// keys[i].a[c] through the heap and call a comparator O(n log n) times.
import type { PyValue } from "./object.js";
import { PyTuple } from "./containers.js";
import { T } from "./types.js";
import { radixOrder, rankBuffer } from "./sort-columns.js";
import { strRanks } from "./sort-str-ranks.js";

/** Tuples longer than this take the comparison sort. */
const MAX_COLS = 8;
/** Fewer keys than this take the comparison sort (the setup would cost more). */
const MIN_KEYS = 16;
const TWO32 = 4294967296;

// work arrays kept across calls (typed arrays over 64 bytes live off-heap: allocating
// them per sort costs more than sorting a few hundred keys)
const colRanks: Uint32Array[] = [];
let nums: Float64Array = new Float64Array(64);
const strCols: string[][] = [];
const kinds = new Int8Array(MAX_COLS);
let perm: Uint32Array = new Uint32Array(64);
let sorted: Float64Array = new Float64Array(64);
// per column / per combined group (typed, so their element kinds never change)
const spans = new Float64Array(MAX_COLS);
const groups = new Int32Array(MAX_COLS);
const groupMax = new Float64Array(MAX_COLS);
const growF = (b: Float64Array, n: number): Float64Array => (b.length >= n ? b : new Float64Array(Math.max(n, b.length * 2)));
const growU = (b: Uint32Array | undefined, n: number): Uint32Array => (b !== undefined && b.length >= n ? b : new Uint32Array(Math.max(n, 64, b === undefined ? 0 : b.length * 2)));

/** Sorts `idx` (positions into keys) stably by the keys when they are all exact tuples
 * of one length with int or str columns; false (idx untouched) otherwise, and when a
 * surrogate would decide the order of two strs. */
export function sortTupleKeys(idx: number[], keys: PyValue[]): boolean {
  const n = keys.length;
  const k0 = keys[0];
  if (n < MIN_KEYS || !(k0 instanceof PyTuple) || k0.$cls !== T.tuple) return false;
  const m = k0.a.length;
  if (m === 0 || m > MAX_COLS) return false;
  // one pass over the keys takes every column out (each key is reached once: a list
  // sorted before holds its tuples scattered through the heap)
  for (let c = 0; c < m; c++) {
    const t = typeof k0.a[c];
    if (t !== "number" && t !== "string") return false;
    kinds[c] = t === "number" ? 0 : 1;
    if (t === "string" && (strCols[c] === undefined || strCols[c].length < n)) strCols[c] = new Array<string>(n).fill("");
  }
  const v = (nums = growF(nums, m * n));
  let ok = extractColumns(keys, n, m, v);
  // the columns' ranks and ranges (largest rank + 1); 1 means all equal
  for (let c = 0; ok && c < m; c++) {
    const r = (colRanks[c] = growU(colRanks[c], n));
    const span = kinds[c] === 0 ? intColumn(v, c * n, n, r) : strRanks(strCols[c], n, r) + 1;
    if (span <= 0) ok = false;
    spans[c] = span;
  }
  // drop the references: the work arrays must not keep a program's strs alive
  for (let c = 0; c < m; c++) if (kinds[c] === 1) strCols[c].fill("", 0, n);
  if (!ok) return false;
  // combine neighbouring columns, most significant first, while the range fits 32 bits
  let ng = 0;
  for (let c = 0; c < m; ) {
    if (spans[c] === 1) {
      c++;
      continue;
    }
    const g = colRanks[c];
    let range = spans[c];
    let e = c + 1;
    while (e < m && range * spans[e] <= TWO32) {
      const s = spans[e];
      if (s !== 1) {
        combine(g, colRanks[e], s, n);
        range *= s;
      }
      e++;
    }
    groups[ng] = c;
    groupMax[ng++] = range - 1;
    c = e;
  }
  // least significant group first; each pass is stable, so earlier passes order ties
  const p = (perm = growU(perm, n));
  for (let j = ng - 1; j >= 0; j--) {
    radixPass(idx, colRanks[groups[j]], n, groupMax[j], p);
  }
  if (n > KEEP_MAX) release();
  return true;
}

/** Work arrays for more keys than this are dropped after the sort, not kept for good. */
const KEEP_MAX = 1 << 17;
function release(): void {
  colRanks.length = 0;
  strCols.length = 0;
  nums = new Float64Array(64);
  perm = new Uint32Array(64);
  sorted = new Float64Array(64);
}

// V8 compiles a function with several long loops once per loop (on-stack replacement)
// and deoptimises where a later loop has no type feedback yet: each loop of this file
// sits in a small function of its own, optimised once and entered from the top.

/** Copies the columns of the keys (exact tuples of length m) into v (ints, column c at
 * c * n) and strCols (strs), as kinds says; false when a key does not fit. */
function extractColumns(keys: PyValue[], n: number, m: number, v: Float64Array): boolean {
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!(k instanceof PyTuple) || k.$cls !== T.tuple || k.a.length !== m) return false;
    const a = k.a;
    for (let c = 0; c < m; c++) {
      const x = a[c];
      if (kinds[c] === 0) {
        if (typeof x !== "number") return false;
        v[c * n + i] = x;
      } else {
        if (typeof x !== "string") return false;
        strCols[c][i] = x;
      }
    }
  }
  return true;
}

/** g[i] = g[i] * s + r[i]: a column appended to a combined group (exact below 2**32). */
function combine(g: Uint32Array, r: Uint32Array, s: number, n: number): void {
  for (let i = 0; i < n; i++) g[i] = g[i] * s + r[i];
}

/** One stable radix pass: idx reordered by g[idx[q]] (at most max). */
function radixPass(idx: number[], g: Uint32Array, n: number, max: number, p: Uint32Array): void {
  const r = rankBuffer(n);
  for (let q = 0; q < n; q++) r[q] = g[idx[q]];
  const order = radixOrder(n, max);
  for (let q = 0; q < n; q++) p[q] = idx[q];
  for (let q = 0; q < n; q++) idx[q] = p[order[q]];
}

const mm = new Float64Array(2);
/** The smallest and largest of v[0..n) into mm. */
function minMax(v: Float64Array, n: number): void {
  let min = v[0], max = v[0];
  for (let i = 1; i < n; i++) {
    const x = v[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  mm[0] = min;
  mm[1] = max;
}

/** r[i] = v[i] - min */
function offsetRanks(v: Float64Array, n: number, min: number, r: Uint32Array): void {
  for (let i = 0; i < n; i++) r[i] = v[i] - min;
}

/** Ranks of an int column (value - min, from v[off..off+n)) into r, and its range. A
 * range beyond 32 bits is ranked densely through a sorted copy. */
function intColumn(vals: Float64Array, off: number, n: number, r: Uint32Array): number {
  const v = off === 0 ? vals : vals.subarray(off, off + n);
  minMax(v, n);
  const min = mm[0], max = mm[1];
  if (max - min < TWO32) {
    offsetRanks(v, n, min, r);
    return max - min + 1;
  }
  // dense ranks: the distinct values in order, each value found by binary search
  const s = (sorted = growF(sorted, n));
  for (let i = 0; i < n; i++) s[i] = v[i];
  s.subarray(0, n).sort();
  let u = 1;
  for (let i = 1; i < n; i++) if (s[i] !== s[u - 1]) s[u++] = s[i];
  for (let i = 0; i < n; i++) {
    const x = v[i];
    let lo = 0, hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    r[i] = lo;
  }
  return u;
}
