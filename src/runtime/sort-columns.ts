// Radix and counting sorts of small unsigned ranks, shared by the int sorts of list.ts
// and the tuple-key sort (sort-tuple-keys.ts): linear passes over typed arrays instead
// of a comparison per pair.

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
  const need = Math.max(32 - Math.clz32(max), 1);
  const cap = n < 4096 ? 8 : 16;
  // as few passes as the cap allows, the bits spread evenly over them: 20 bits take
  // two passes of 10 (count tables of 1024) rather than 16 + 4
  const passes = Math.ceil(need / cap);
  const bits = Math.ceil(need / passes);
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  const count = bits <= 8 ? count8 : (count16 ??= new Uint32Array(1 << 16));
  let a = (bufA = grow(bufA, n));
  let b = (bufB = grow(bufB, n));
  for (let i = 0; i < n; i++) a[i] = i;
  for (let shift = 0; shift < 32 && max >>> shift !== 0; shift += bits) {
    radixPass(r, a, b, count, shift, mask, n);
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/** One counting pass of radixOrder: b = a stably ordered by digit (r >>> shift) & mask.
 * (A function of its own: V8 optimises it once instead of replacing radixOrder's frame
 * at each of its loops.) */
function radixPass(r: Uint32Array, a: Uint32Array, b: Uint32Array, count: Uint32Array, shift: number, mask: number, n: number): void {
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

/** Largest rank range radixOrder takes. */
export const RADIX_MAX = 0xffffffff;
