// Code-point view of JS strings. A Python str is a JS string, but Python indexes by
// code point: a surrogate pair is one code point, a lone surrogate is one too.
// Strings without any surrogate code unit (almost all) take the fast path where a
// code-point index equals a UTF-16 index.
import { raise } from "../raise.js";

export type PyInt = number | bigint;
/** An optional index argument: a Python int, or None/absent. */
export type OptIndex = PyInt | null | undefined;

const SURROGATE = /[\ud800-\udfff]/;

let simpleStr: string | undefined;
let shortSimple = "";
let simpleVal = true;

/** True when s has no surrogate code unit, so code-point and UTF-16 indices agree.
 * Long strings remember the last answer: `for i in range(len(s)): s[i]` asks about the
 * same string each time, and must not rescan it. */
export function isSimple(s: string): boolean {
  if (s.length < 64) {
    // the last short string found simple: p2's `acc += line2[-6:]` asks about the
    // slice in getslice and again in concatStr
    if (s === shortSimple) return true;
    if (SURROGATE.test(s)) return false;
    shortSimple = s;
    return true;
  }
  if (s === simpleStr) return simpleVal;
  if (s === concatSimple) return true;
  simpleVal = !SURROGATE.test(s);
  simpleStr = s;
  return simpleVal;
}

/** The last long result of concatStr known to have no surrogate. */
let concatSimple: string | undefined;

/** `a + b` for `s += piece`: when both parts are known surrogate-free, so is the result,
 * and it is remembered, so that `len(s)` or `s[i]` after each `+=` does not rescan it
 * (scanning also flattens the rope V8 built for the concatenation: quadratic in a loop). */
export function concatStr(a: string, b: string): string {
  const r = a + b;
  if (r.length >= 64 && (a.length < 64 ? isSimple(a) : a === concatSimple || (a === simpleStr && simpleVal)) && (b.length < 64 ? isSimple(b) : b === concatSimple || (b === simpleStr && simpleVal))) concatSimple = r;
  return r;
}

// One-entry cache: the same string is often indexed repeatedly (loops over s[i]).
let cacheStr: string | undefined;
let cacheOffsets: Uint32Array | undefined;

/** UTF-16 offset of every code point, plus the total length at the end. Only for
 * strings containing surrogates. */
function offsetsOf(s: string): Uint32Array {
  if (cacheStr === s && cacheOffsets) return cacheOffsets;
  const offs: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    offs.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  offs.push(n);
  cacheStr = s;
  cacheOffsets = Uint32Array.from(offs);
  return cacheOffsets;
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  if (isSimple(s)) return s.length;
  if (cacheStr === s && cacheOffsets) return cacheOffsets.length - 1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 offset of code point index i (0 <= i <= cpLength(s)). */
export function cpToUnit(s: string, i: number): number {
  if (isSimple(s)) return i;
  return offsetsOf(s)[i];
}

/** Code-point index of UTF-16 offset u (u at a code point boundary, or s.length). */
export function unitToCp(s: string, u: number): number {
  if (isSimple(s)) return u;
  const offs = offsetsOf(s);
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The code point at index i, which the caller has already normalized to 0 <= i < len. */
export function cpAt(s: string, i: number): string {
  if (isSimple(s)) return s[i];
  const offs = offsetsOf(s);
  return s.slice(offs[i], offs[i + 1]);
}

/** s[i] with Python's rules: negative indices count from the end; IndexError outside. */
export function pyIndex(s: string, i: PyInt): string {
  const n = cpLength(s);
  let k = Number(i);
  if (k < 0) k += n;
  if (!(k >= 0 && k < n)) raise("IndexError", "string index out of range");
  return cpAt(s, k);
}

/** s[start:stop:step] for indices already normalized by slice.indices(len(s)). */
export function cpSlice(s: string, start: number, stop: number, step: number): string {
  if (step === 1) {
    if (stop <= start) return "";
    if (isSimple(s)) return s.slice(start, stop);
    const offs = offsetsOf(s);
    return s.slice(offs[start], offs[stop]);
  }
  const parts: string[] = [];
  if (isSimple(s)) {
    if (step > 0) for (let i = start; i < stop; i += step) parts.push(s[i]);
    else for (let i = start; i > stop; i += step) parts.push(s[i]);
  } else {
    const offs = offsetsOf(s);
    const at = (i: number) => s.slice(offs[i], offs[i + 1]);
    if (step > 0) for (let i = start; i < stop; i += step) parts.push(at(i));
    else for (let i = start; i > stop; i += step) parts.push(at(i));
  }
  return parts.join("");
}

/** slice.indices(length) (Objects/sliceobject.c PySlice_Unpack + PySlice_AdjustIndices):
 * [start, stop, step, slicelength]. */
export function sliceIndices(length: number, start: OptIndex, stop: OptIndex, step: OptIndex): [number, number, number, number] {
  let st = step == null ? 1 : Number(step);
  if (st === 0) raise("ValueError", "slice step cannot be zero");
  if (!Number.isFinite(st)) st = st > 0 ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  const lower = st < 0 ? -1 : 0;
  const upper = st < 0 ? length - 1 : length;
  const fix = (v: OptIndex, dflt: number): number => {
    if (v == null) return dflt;
    let k = Number(v);
    if (k < 0) {
      k += length;
      if (k < lower) k = lower;
    } else if (k > upper) k = upper;
    return k;
  };
  const a = fix(start, st < 0 ? upper : lower);
  const b = fix(stop, st < 0 ? lower : upper);
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** s[start:stop:step] with Python's slice rules. */
export function pySlice(s: string, start: OptIndex, stop: OptIndex, step: OptIndex): string {
  const [a, b, st] = sliceIndices(cpLength(s), start, stop, step);
  return cpSlice(s, a, b, st);
}

/** The code points of s as numbers (a lone surrogate is its own value). */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Builds a string from code points; lone surrogates stay lone. */
export function fromCodePoints(cps: ArrayLike<number>): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < cps.length; i += CHUNK) {
    const part: number[] = [];
    for (let j = i; j < Math.min(cps.length, i + CHUNK); j++) part.push(cps[j]);
    out += String.fromCodePoint(...part);
  }
  return out;
}

/** Iterates the code points of s as one-code-point strings (JS's own string iterator
 * already yields lone surrogates as single units). */
export function cpIter(s: string): IterableIterator<string> {
  return s[Symbol.iterator]();
}

/** Start/end arguments of find, count, startswith...: ADJUST_INDICES in
 * Objects/stringlib/fastsearch.h callers. Returns code-point indices, end >= 0. */
export function adjustIndices(start: OptIndex, end: OptIndex, len: number): [number, number] {
  let a = start == null ? 0 : Number(start);
  let b = end == null ? len : Number(end);
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** An int argument converted to a C Py_ssize_t (PyNumber_AsSsize_t with OverflowError). */
export function toSsize(v: PyInt): number {
  if (typeof v === "bigint") {
    if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) raise("OverflowError", "Python int too large to convert to C ssize_t");
    return Number(v);
  }
  return v;
}

/** Maximum JS string length is about 2**29 units in V8; beyond that Python would
 * still try, so the honest answer is MemoryError. */
export const MAX_STR = 0x1fffffe8;

export function checkSize(n: number): void {
  if (n > MAX_STR) raise("MemoryError", "");
}

/** Python's ordering of strs: by code point. JS's `<` compares UTF-16 units, which puts
 * U+E000..U+FFFF after astral characters; Python puts them before. */
export function strCompare(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i > 0 && isHighUnit(a.charCodeAt(i - 1))) {
    // a shared high surrogate at i-1 is a pair's first half on the side whose unit i is
    // a low surrogate; a pair is larger than any lone surrogate
    const pairA = i < a.length && isLowUnit(a.charCodeAt(i));
    const pairB = i < b.length && isLowUnit(b.charCodeAt(i));
    if (pairA !== pairB) return pairA ? 1 : -1;
    if (pairA) return a.charCodeAt(i) < b.charCodeAt(i) ? -1 : 1;
  }
  if (i === a.length) return -1;
  if (i === b.length) return 1;
  return a.codePointAt(i)! < b.codePointAt(i)! ? -1 : 1;
}

const isHighUnit = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowUnit = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** ord(s) for a str */
export function pyOrd(s: string): number {
  const n = cpLength(s);
  if (n !== 1) raise("TypeError", `ord() expected a character, but string of length ${n} found`);
  return s.codePointAt(0)!;
}

/** chr(i) */
export function pyChr(i: PyInt): string {
  const n = Number(i);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) raise("OverflowError", "Python int too large to convert to C int");
  if (!(n >= 0 && n < 0x110000)) raise("ValueError", "chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
}
