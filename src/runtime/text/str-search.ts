// str methods that search: find/index/count/startswith/replace/partition/split...
// (Objects/unicodeobject.c, Objects/stringlib/). Indices are code points; the search
// itself runs on UTF-16 and converts at the edges.
import { raise } from "../raise.js";
import { adjustIndices, checkSize, cpLength, cpToUnit, isSimple, toSsize, unitToCp, type OptIndex, type PyInt } from "./codepoints.js";
import { isLineBreakCp, isSpaceCp } from "./unicode.js";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when sub can match inside a surrogate pair of the haystack (it starts with a low
 * or ends with a high surrogate); then matches must be checked against pair boundaries. */
function needsBoundaryCheck(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

function atBoundary(s: string, u: number): boolean {
  return u <= 0 || u >= s.length || !(isLow(s.charCodeAt(u)) && isHigh(s.charCodeAt(u - 1)));
}

/** First UTF-16 index >= from where sub occurs wholly before `to`, or -1. */
export function indexOfUnits(s: string, sub: string, from: number, to: number): number {
  const check = needsBoundaryCheck(sub);
  let i = s.indexOf(sub, from);
  while (i >= 0 && i + sub.length <= to) {
    if (!check || (atBoundary(s, i) && atBoundary(s, i + sub.length))) return i;
    i = s.indexOf(sub, i + 1);
  }
  return -1;
}

/** Last UTF-16 index >= from where sub occurs wholly before `to`, or -1. */
export function lastIndexOfUnits(s: string, sub: string, from: number, to: number): number {
  const check = needsBoundaryCheck(sub);
  let i = to - sub.length < 0 ? -1 : s.lastIndexOf(sub, to - sub.length);
  while (i >= from) {
    if (!check || (atBoundary(s, i) && atBoundary(s, i + sub.length))) return i;
    if (i === 0) break;
    i = s.lastIndexOf(sub, i - 1);
  }
  return -1;
}

/** `sub in s`: a lone surrogate is not found inside a surrogate pair. */
export function strContains(s: string, sub: string): boolean {
  return indexOfUnits(s, sub, 0, s.length) >= 0;
}

/** Code-point length of a string known to be simple or not. */
const lenOf = (s: string) => cpLength(s);

function findImpl(s: string, sub: string, start: OptIndex, end: OptIndex, reverse: boolean): number {
  // s.find(sub) without bounds: search the UTF-16 text, and count the surrogate pairs
  // before a match only (no scan of the whole string). A sub that could match inside a
  // pair takes the general path.
  if (!reverse && start == null && end == null && !needsBoundaryCheck(sub)) {
    const u = s.indexOf(sub);
    if (u <= 0) return u;
    let cp = u;
    for (let k = 0; k < u; k++) {
      const c = s.charCodeAt(k);
      if (isHigh(c) && k + 1 < u && isLow(s.charCodeAt(k + 1))) {
        cp--;
        k++;
      }
    }
    return cp;
  }
  const n = lenOf(s);
  const [a, b] = adjustIndices(start, end, n);
  const m = lenOf(sub);
  if (b - a < m) return -1;
  if (m === 0) return reverse ? b : a;
  if (isSimple(s)) return reverse ? lastIndexOfUnits(s, sub, a, b) : indexOfUnits(s, sub, a, b);
  const ua = cpToUnit(s, a);
  const ub = cpToUnit(s, b);
  const u = reverse ? lastIndexOfUnits(s, sub, ua, ub) : indexOfUnits(s, sub, ua, ub);
  return u < 0 ? -1 : unitToCp(s, u);
}

/** str.find */
export function strFind(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  return findImpl(s, sub, start, end, false);
}

/** str.rfind */
export function strRfind(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  return findImpl(s, sub, start, end, true);
}

/** str.index */
export function strIndex(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const r = findImpl(s, sub, start, end, false);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
}

/** str.rindex */
export function strRindex(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const r = findImpl(s, sub, start, end, true);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
}

/** Non-overlapping occurrences of sub in the UTF-16 range [from, to), at most max. */
function countUnits(s: string, sub: string, from: number, to: number, max: number): number {
  let count = 0;
  let i = from;
  while (count < max) {
    const j = indexOfUnits(s, sub, i, to);
    if (j < 0) break;
    count++;
    i = j + sub.length;
  }
  return count;
}

/** str.count */
export function strCount(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const n = lenOf(s);
  const [a, b] = adjustIndices(start, end, n);
  const m = lenOf(sub);
  if (b - a < m) return 0;
  if (m === 0) return b - a + 1;
  return countUnits(s, sub, cpToUnit(s, a), cpToUnit(s, b), Infinity);
}

/** unicodeobject.c tailmatch: does s[start:end] start (or end) with sub? */
function tailmatch(s: string, sub: string, start: OptIndex, end: OptIndex, atEnd: boolean): boolean {
  // no bounds: a match of the UTF-16 units is a match of the code points unless its
  // edge falls inside a surrogate pair (no code point counts, no index conversion)
  if (start == null && end == null) {
    if (!atEnd) return s.startsWith(sub) && atBoundary(s, sub.length);
    const u = s.length - sub.length;
    return u >= 0 && s.endsWith(sub) && atBoundary(s, u);
  }
  const [a, b0] = adjustIndices(start, end, lenOf(s));
  const m = lenOf(sub);
  const b = b0 - m;
  if (b < a) return false;
  if (m === 0) return true;
  const u = cpToUnit(s, atEnd ? b : a);
  return s.startsWith(sub, u) && atBoundary(s, u + sub.length);
}

/** str.startswith; a tuple of prefixes arrives as an array. */
export function strStartswith(s: string, prefix: string | readonly string[], start?: OptIndex, end?: OptIndex): boolean {
  if (typeof prefix === "string") return tailmatch(s, prefix, start, end, false);
  return prefix.some((p) => tailmatch(s, p, start, end, false));
}

/** str.endswith; a tuple of suffixes arrives as an array. */
export function strEndswith(s: string, suffix: string | readonly string[], start?: OptIndex, end?: OptIndex): boolean {
  if (typeof suffix === "string") return tailmatch(s, suffix, start, end, true);
  return suffix.some((p) => tailmatch(s, p, start, end, true));
}

/** str.replace(old, new, count=-1) */
export function strReplace(s: string, old: string, repl: string, count: PyInt = -1): string {
  let max = toSsize(count);
  if (max < 0) max = Infinity;
  if (max === 0 || (old === repl)) return s;
  if (old === "") {
    // insert repl before every code point and at the end, up to max times
    const n = lenOf(s);
    const k = Math.min(max, n + 1);
    checkSize(s.length + k * repl.length);
    const parts: string[] = [];
    let u = 0;
    let i = 0;
    for (; i < k && i < n; i++) {
      const next = cpToUnit(s, i + 1);
      parts.push(repl, s.slice(u, next));
      u = next;
    }
    if (i < k) parts.push(repl);
    parts.push(s.slice(u));
    return parts.join("");
  }
  // unlimited, old cannot match inside a surrogate pair, the result is no longer than s
  // (no size check) and repl has no `$` (JS replacement patterns): JS replaceAll
  if (max === Infinity && repl.length <= old.length && !needsBoundaryCheck(old) && repl.indexOf("$") < 0) return s.replaceAll(old, repl);
  const parts: string[] = [];
  let i = 0;
  let done = 0;
  let total = 0;
  while (done < max) {
    const j = indexOfUnits(s, old, i, s.length);
    if (j < 0) break;
    parts.push(s.slice(i, j), repl);
    total += j - i + repl.length;
    if (total > 0x1fffffe8) checkSize(total);
    i = j + old.length;
    done++;
  }
  if (done === 0) return s;
  parts.push(s.slice(i));
  checkSize(total + s.length - i);
  return parts.join("");
}

/** str.removeprefix */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== "" && s.startsWith(prefix) && atBoundary(s, prefix.length) ? s.slice(prefix.length) : s;
}

/** str.removesuffix */
export function strRemovesuffix(s: string, suffix: string): string {
  const u = s.length - suffix.length;
  return suffix !== "" && s.endsWith(suffix) && atBoundary(s, u) ? s.slice(0, u) : s;
}

/** str.partition: [head, sep, tail] */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === "") raise("ValueError", "empty separator");
  const i = indexOfUnits(s, sep, 0, s.length);
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition: [head, sep, tail] */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === "") raise("ValueError", "empty separator");
  const i = lastIndexOfUnits(s, sep, 0, s.length);
  if (i < 0) return ["", "", s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// Python's whitespace is all in the BMP and has no surrogates, so a UTF-16 scan is exact.
const isWs = (s: string, i: number) => isSpaceCp(s.charCodeAt(i));

function maxsplitOf(maxsplit: PyInt): number {
  const m = toSsize(maxsplit);
  return m < 0 ? Infinity : m;
}

/** str.split(sep=None, maxsplit=-1) (Objects/stringlib/split.h) */
export function strSplit(s: string, sep: string | null = null, maxsplit: PyInt = -1): string[] {
  let max = maxsplitOf(maxsplit);
  const out: string[] = [];
  if (sep === null) {
    const n = s.length;
    let i = 0;
    while (max-- > 0) {
      while (i < n && isWs(s, i)) i++;
      if (i === n) return out;
      const j = i;
      while (i < n && !isWs(s, i)) i++;
      out.push(s.slice(j, i));
      if (i === n) return out;
    }
    while (i < n && isWs(s, i)) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  if (sep === "") raise("ValueError", "empty separator");
  // sep cannot match inside a surrogate pair: plain indexOf steps. (JS `split` gives the
  // same pieces but is a runtime call costing ~0.5 µs even on short strings that are not
  // internalized, i.e. every freshly built one: p2_strings's `line.split(";")`.)
  let i = 0;
  if (!needsBoundaryCheck(sep)) {
    const m = sep.length;
    // one or two pieces (the common `line.split(";")` of a short line): an array literal
    // of their exact size, not `[]` grown by push (whose first store is 17 slots)
    const j0 = max > 0 ? s.indexOf(sep) : -1;
    if (j0 < 0) return [s];
    i = j0 + m;
    if (max === 1 || s.indexOf(sep, i) < 0) return [s.slice(0, j0), s.slice(i)];
    out.push(s.slice(0, j0));
    max--;
    while (max-- > 0) {
      const j = s.indexOf(sep, i);
      if (j < 0) break;
      out.push(s.slice(i, j));
      i = j + m;
    }
    out.push(s.slice(i));
    return out;
  }
  while (max-- > 0) {
    const j = indexOfUnits(s, sep, i, s.length);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1) */
export function strRsplit(s: string, sep: string | null = null, maxsplit: PyInt = -1): string[] {
  let max = maxsplitOf(maxsplit);
  const out: string[] = [];
  if (sep === null) {
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isWs(s, i)) i--;
      if (i < 0) return out.reverse();
      const j = i;
      while (i >= 0 && !isWs(s, i)) i--;
      out.push(s.slice(i + 1, j + 1));
      if (i < 0) return out.reverse();
    }
    while (i >= 0 && isWs(s, i)) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
    return out.reverse();
  }
  if (sep === "") raise("ValueError", "empty separator");
  let end = s.length;
  while (max-- > 0) {
    const j = lastIndexOfUnits(s, sep, 0, end);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** str.splitlines(keepends=False): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreakCp(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}
