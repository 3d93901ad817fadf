// Dense ranks of a column of strs, for the tuple-key sort (sort-tuple-keys.ts): equal
// strs get equal ranks and rank order is Python's str order (code points). The strs
// are ordered by an MSD radix sort on UTF-16 code units, so no comparison function is
// called per pair. Code-unit order is code-point order as long as the first units
// that differ are not surrogates; where a surrogate decides an order, the ranking is
// abandoned (-1) and the caller compares with strCompare instead. No surrogate scan of
// every str is needed up front.

import { radixOrder, rankBuffer } from "./sort-columns.js";

let ord: Uint32Array = new Uint32Array(64);
let tmp: Uint32Array = new Uint32Array(64);
let codes: Int32Array = new Int32Array(64);
let cnt: Uint32Array = new Uint32Array(256);
let marks: Uint8Array = new Uint8Array(64);
const grow32 = (b: Uint32Array, n: number): Uint32Array => (b.length >= n ? b : new Uint32Array(Math.max(n, b.length * 2)));

/** Groups this small are insertion-sorted. */
const SMALL = 16;
/** Code spans wider than this (and than twice the group) are sorted by comparison. */
const WIDE = 4096;

// set by cmpFrom when a surrogate decided an order
let surrogateMet = false;

const isSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdfff;

/** The order of a and b given that their first d units are equal; flags surrogateMet
 * (and answers 0) when the first difference involves a surrogate unit. */
function cmpFrom(a: string, b: string, d: number): number {
  const n = a.length < b.length ? a.length : b.length;
  let i = d;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i < n) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (isSurrogate(x) || isSurrogate(y)) {
      surrogateMet = true;
      return 0;
    }
    return x - y;
  }
  // one is a prefix of the other: the next unit of the longer one must not be the low
  // half of a pair whose high half ends the shorter one
  if (a.length === b.length) return 0;
  const next = a.length > n ? a.charCodeAt(n) : b.charCodeAt(n);
  if (isSurrogate(next)) {
    surrogateMet = true;
    return 0;
  }
  return a.length - b.length;
}

/** Writes to out[i] the dense rank of strs[i] (0..n-1) and returns the largest rank,
 * or -1 when a surrogate would decide an order. */
export function strRanks(strs: string[], n: number, out: Uint32Array): number {
  const o = (ord = grow32(ord, n));
  // the groups left to sort unit by unit, as (lo, hi, depth) triples
  const stack: number[] = [];
  if (n < PREFIX_MIN) {
    for (let i = 0; i < n; i++) o[i] = i;
    stack.push(0, n, 0);
  } else if (!byPrefix(strs, n, o, stack)) return -1;
  if (!msd(strs, o, n, stack)) return -1;
  let rank = 0;
  out[o[0]] = 0;
  for (let p = 1; p < n; p++) {
    if (strs[o[p]] !== strs[o[p - 1]]) rank++;
    out[o[p]] = rank;
  }
  // work arrays for very long columns are not kept for good
  if (n > 1 << 17) {
    ord = new Uint32Array(64);
    tmp = new Uint32Array(64);
    codes = new Int32Array(64);
    marks = new Uint8Array(64);
  }
  return rank;
}

/** Columns this long are first ordered by their first four units at once. */
const PREFIX_MIN = 1024;

/** Orders o[0..n) by a 32-bit key of each str's first four units (one radix sort), and
 * pushes onto `stack` the runs of equal keys whose strs may still differ. The key is
 * the units as base-256 digits, 0 past the end; it never orders two strs wrongly, only
 * ties strs it cannot tell apart: a unit over 255 becomes 255 with 255s after it, and
 * a str longer than four units or holding a NUL (which reads like the end) is marked,
 * so that a run with a marked str is sorted unit by unit afterwards. */
function byPrefix(strs: string[], n: number, o: Uint32Array, stack: number[]): boolean {
  const key = rankBuffer(n);
  const mark = (marks = marks.length >= n ? marks : new Uint8Array(Math.max(n, marks.length * 2)));
  const max = prefixKeys(strs, n, key, mark);
  const order = radixOrder(n, max);
  for (let p = 0; p < n; p++) o[p] = order[p];
  pushMarkedRuns(n, o, key, mark, stack);
  return true;
}

// (each long loop in a function of its own: see sort-tuple-keys.ts)

/** key[i] and mark[i] of byPrefix for every str; the largest key. */
function prefixKeys(strs: string[], n: number, key: Uint32Array, mark: Uint8Array): number {
  let max = 0;
  for (let i = 0; i < n; i++) {
    const s = strs[i];
    const len = s.length;
    let k = 0, j = 0, f = len > 4 ? 1 : 0;
    for (; j < 4 && j < len; j++) {
      const u = s.charCodeAt(j);
      if (u > 255) {
        f = 1;
        for (; j < 4; j++) k = k * 256 + 255;
        break;
      }
      if (u === 0) f = 1;
      k = k * 256 + u;
    }
    for (; j < 4; j++) k = k * 256;
    key[i] = k;
    mark[i] = f;
    if (k > max) max = k;
  }
  return max;
}

/** Pushes the runs of o with equal keys that hold a marked str. */
function pushMarkedRuns(n: number, o: Uint32Array, key: Uint32Array, mark: Uint8Array, stack: number[]): void {
  for (let g = 0; g < n; ) {
    const k = key[o[g]];
    let marked = mark[o[g]];
    let e = g + 1;
    while (e < n && key[o[e]] === k) marked |= mark[o[e++]];
    if (marked !== 0 && e - g > 1) stack.push(g, e, 0);
    g = e;
  }
}

/** Sorts each group of o on the stack by strs (not stably: only ranks are wanted).
 * False on a surrogate. */
function msd(strs: string[], o: Uint32Array, n: number, stack: number[]): boolean {
  const t = (tmp = grow32(tmp, n));
  const code = codes.length >= n ? codes : (codes = new Int32Array(Math.max(n, codes.length * 2)));
  surrogateMet = false;
  while (stack.length > 0) {
    const d = stack.pop()!, hi = stack.pop()!, lo = stack.pop()!;
    if (hi - lo <= SMALL) {
      for (let p = lo + 1; p < hi; p++) {
        const x = o[p], sx = strs[x];
        let q = p;
        while (q > lo && cmpFrom(sx, strs[o[q - 1]], d) < 0) {
          o[q] = o[q - 1];
          q--;
        }
        o[q] = x;
      }
      if (surrogateMet) return false;
      continue;
    }
    // unit d of each str, plus one; 0 when the str has ended
    let min = 0x7fffffff, max = -1, sur = false;
    for (let p = lo; p < hi; p++) {
      const s = strs[o[p]];
      const u = d < s.length ? s.charCodeAt(d) + 1 : 0;
      if (u > 0xd800 && u <= 0xe000) sur = true;
      code[p] = u;
      if (u < min) min = u;
      if (u > max) max = u;
    }
    if (min === max) {
      // one unit (or all ended: equal strs) at this depth
      if (min !== 0) stack.push(lo, hi, d + 1);
      continue;
    }
    if (sur) return false;
    const span = max - min + 1;
    if (span > WIDE && span > 2 * (hi - lo)) {
      o.subarray(lo, hi).sort((x, y) => cmpFrom(strs[x], strs[y], d));
      if (surrogateMet) return false;
      continue;
    }
    const c = (cnt = grow32(cnt, span));
    c.fill(0, 0, span);
    for (let p = lo; p < hi; p++) c[code[p] - min]++;
    let sum = 0;
    for (let k = 0; k < span; k++) {
      const v = c[k];
      c[k] = sum;
      sum += v;
    }
    for (let p = lo; p < hi; p++) t[lo + c[code[p] - min]++] = o[p];
    for (let p = lo; p < hi; p++) o[p] = t[p];
    // c[k] is now the end of bucket k; the ended strs (code 0) are equal already
    let start = 0;
    for (let k = 0; k < span; k++) {
      const end = c[k];
      if (end - start > 1 && (k !== 0 || min !== 0)) stack.push(lo + start, lo + end, d + 1);
      start = end;
    }
  }
  return true;
}
