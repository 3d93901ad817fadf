// The bytes/bytearray methods of Python 3.11 as pure functions on Uint8Array
// (Objects/bytes_methods.c, Objects/bytesobject.c, Objects/stringlib/). Every result
// is a fresh array, so a bytearray result never aliases its input. split, replace and
// partition reuse the str algorithms on a latin-1 view of the bytes (one UTF-16 unit
// per byte, no surrogates), where character and byte indices agree. Character classes and case are
// ASCII-only, as in Python. Argument type checks are the caller's.
import { raise } from "./raise.js";
import { adjustIndices, checkSize, toSsize, type OptIndex, type PyInt } from "./text/codepoints.js";
import { strPartition, strReplace, strRpartition, strRsplit, strSplit } from "./text/str-search.js";
import { decode } from "./codecs.js";

/** The bytes as a string of U+0000..U+00FF. */
export function latin1(b: Uint8Array): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < b.length; i += CHUNK) s += String.fromCharCode(...b.subarray(i, i + CHUNK));
  return s;
}

/** The inverse of latin1 (the string holds only U+0000..U+00FF). */
export function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** A "sub" argument of find/count/index: bytes-like, or an int that is one byte. */
export type ByteSub = Uint8Array | PyInt;

function subOf(sub: ByteSub): Uint8Array {
  if (sub instanceof Uint8Array) return sub;
  const n = Number(sub);
  if (!(n >= 0 && n < 256)) raise("ValueError", "byte must be in range(0, 256)");
  return Uint8Array.of(n);
}

// The searches below work on the bytes directly (no latin-1 copy), since they are
// the ones called in loops with a moving start offset.

/** First index >= from where needle occurs wholly before `to`, or -1. */
function indexOfBytes(h: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const m = needle.length;
  if (m === 0) return from <= to ? from : -1;
  const first = needle[0];
  let i = h.indexOf(first, from);
  while (i >= 0 && i + m <= to) {
    let k = 1;
    while (k < m && h[i + k] === needle[k]) k++;
    if (k === m) return i;
    i = h.indexOf(first, i + 1);
  }
  return -1;
}

/** Last index >= from where needle occurs wholly before `to`, or -1. */
function lastIndexOfBytes(h: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const m = needle.length;
  if (to - m < from) return -1;
  if (m === 0) return to;
  const first = needle[0];
  let i = h.lastIndexOf(first, to - m);
  while (i >= from) {
    let k = 1;
    while (k < m && h[i + k] === needle[k]) k++;
    if (k === m) return i;
    if (i === 0) break;
    i = h.lastIndexOf(first, i - 1);
  }
  return -1;
}

function findImpl(b: Uint8Array, sub: ByteSub, start: OptIndex, end: OptIndex, reverse: boolean): number {
  const needle = subOf(sub);
  const [a, e] = adjustIndices(start, end, b.length);
  if (e - a < needle.length) return -1;
  return reverse ? lastIndexOfBytes(b, needle, a, e) : indexOfBytes(b, needle, a, e);
}

/** bytes.find */
export const bytesFind = (b: Uint8Array, sub: ByteSub, start?: OptIndex, end?: OptIndex) => findImpl(b, sub, start, end, false);
/** bytes.rfind */
export const bytesRfind = (b: Uint8Array, sub: ByteSub, start?: OptIndex, end?: OptIndex) => findImpl(b, sub, start, end, true);

/** bytes.count */
export function bytesCount(b: Uint8Array, sub: ByteSub, start?: OptIndex, end?: OptIndex): number {
  const needle = subOf(sub);
  const [a, e] = adjustIndices(start, end, b.length);
  if (e - a < needle.length) return 0;
  if (needle.length === 0) return e - a + 1;
  let n = 0;
  for (let i = indexOfBytes(b, needle, a, e); i >= 0; i = indexOfBytes(b, needle, i + needle.length, e)) n++;
  return n;
}

/** bytes.index */
export function bytesIndex(b: Uint8Array, sub: ByteSub, start?: OptIndex, end?: OptIndex): number {
  const r = bytesFind(b, sub, start, end);
  if (r < 0) raise("ValueError", "subsection not found");
  return r;
}

/** bytes.rindex */
export function bytesRindex(b: Uint8Array, sub: ByteSub, start?: OptIndex, end?: OptIndex): number {
  const r = bytesRfind(b, sub, start, end);
  if (r < 0) raise("ValueError", "subsection not found");
  return r;
}

/** bytes_methods.c tailmatch */
function tailmatch(b: Uint8Array, sub: Uint8Array, start: OptIndex, end: OptIndex, atEnd: boolean): boolean {
  const [a, e0] = adjustIndices(start, end, b.length);
  const e = e0 - sub.length;
  if (e < a) return false;
  const at = atEnd ? e : a;
  for (let k = 0; k < sub.length; k++) if (b[at + k] !== sub[k]) return false;
  return true;
}

/** bytes.startswith; a tuple arrives as an array. */
export function bytesStartswith(b: Uint8Array, prefix: Uint8Array | readonly Uint8Array[], start?: OptIndex, end?: OptIndex): boolean {
  if (prefix instanceof Uint8Array) return tailmatch(b, prefix, start, end, false);
  return prefix.some((p) => tailmatch(b, p, start, end, false));
}

/** bytes.endswith; a tuple arrives as an array. */
export function bytesEndswith(b: Uint8Array, suffix: Uint8Array | readonly Uint8Array[], start?: OptIndex, end?: OptIndex): boolean {
  if (suffix instanceof Uint8Array) return tailmatch(b, suffix, start, end, true);
  return suffix.some((p) => tailmatch(b, p, start, end, true));
}

/** bytes.replace(old, new, count=-1) */
export const bytesReplace = (b: Uint8Array, old: Uint8Array, repl: Uint8Array, count: PyInt = -1) =>
  fromLatin1(strReplace(latin1(b), latin1(old), latin1(repl), count));

/** bytes.removeprefix */
export function bytesRemoveprefix(b: Uint8Array, prefix: Uint8Array): Uint8Array {
  return b.slice(bytesStartswith(b, prefix) ? prefix.length : 0);
}

/** bytes.removesuffix */
export function bytesRemovesuffix(b: Uint8Array, suffix: Uint8Array): Uint8Array {
  return b.slice(0, suffix.length && bytesEndswith(b, suffix) ? b.length - suffix.length : b.length);
}

/** bytes.partition */
export const bytesPartition = (b: Uint8Array, sep: Uint8Array) => strPartition(latin1(b), latin1(sep)).map(fromLatin1) as [Uint8Array, Uint8Array, Uint8Array];
/** bytes.rpartition */
export const bytesRpartition = (b: Uint8Array, sep: Uint8Array) => strRpartition(latin1(b), latin1(sep)).map(fromLatin1) as [Uint8Array, Uint8Array, Uint8Array];

// Py_ISSPACE: ASCII whitespace only (no \x1c-\x1f, unlike str).
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whitespace split on the latin-1 view, with bytes' whitespace set. */
function splitWs(b: Uint8Array, maxsplit: PyInt, reverse: boolean): Uint8Array[] {
  let max = toSsize(maxsplit);
  if (max < 0) max = Infinity;
  const out: Uint8Array[] = [];
  const n = b.length;
  if (!reverse) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpace(b[i])) i++;
      if (i === n) return out;
      const j = i;
      while (i < n && !isSpace(b[i])) i++;
      out.push(b.slice(j, i));
      if (i === n) return out;
    }
    while (i < n && isSpace(b[i])) i++;
    if (i < n) out.push(b.slice(i));
    return out;
  }
  let i = n - 1;
  while (max-- > 0) {
    while (i >= 0 && isSpace(b[i])) i--;
    if (i < 0) return out.reverse();
    const j = i;
    while (i >= 0 && !isSpace(b[i])) i--;
    out.push(b.slice(i + 1, j + 1));
    if (i < 0) return out.reverse();
  }
  while (i >= 0 && isSpace(b[i])) i--;
  if (i >= 0) out.push(b.slice(0, i + 1));
  return out.reverse();
}

/** bytes.split(sep=None, maxsplit=-1) */
export function bytesSplit(b: Uint8Array, sep: Uint8Array | null = null, maxsplit: PyInt = -1): Uint8Array[] {
  if (sep === null) return splitWs(b, maxsplit, false);
  return strSplit(latin1(b), latin1(sep), maxsplit).map(fromLatin1);
}

/** bytes.rsplit(sep=None, maxsplit=-1) */
export function bytesRsplit(b: Uint8Array, sep: Uint8Array | null = null, maxsplit: PyInt = -1): Uint8Array[] {
  if (sep === null) return splitWs(b, maxsplit, true);
  return strRsplit(latin1(b), latin1(sep), maxsplit).map(fromLatin1);
}

/** bytes.splitlines(keepends=False): only \n, \r and \r\n end lines. */
export function bytesSplitlines(b: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && b[i] !== 10 && b[i] !== 13) i++;
    let eol = i;
    if (i < n) {
      i += b[i] === 13 && i + 1 < n && b[i + 1] === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(b.slice(j, eol));
  }
  return out;
}

const enum Side {
  Left = 1,
  Right = 2,
  Both = 3,
}

function stripImpl(b: Uint8Array, chars: Uint8Array | null, side: Side): Uint8Array {
  const strip = chars === null ? isSpace : (c: number) => chars.includes(c);
  let i = 0;
  let j = b.length;
  if (side & Side.Left) while (i < j && strip(b[i])) i++;
  if (side & Side.Right) while (j > i && strip(b[j - 1])) j--;
  return b.slice(i, j);
}

/** bytes.strip(chars=None) */
export const bytesStrip = (b: Uint8Array, chars: Uint8Array | null = null) => stripImpl(b, chars, Side.Both);
/** bytes.lstrip(chars=None) */
export const bytesLstrip = (b: Uint8Array, chars: Uint8Array | null = null) => stripImpl(b, chars, Side.Left);
/** bytes.rstrip(chars=None) */
export const bytesRstrip = (b: Uint8Array, chars: Uint8Array | null = null) => stripImpl(b, chars, Side.Right);

function fillOf(method: string, fill: Uint8Array, typeName: string): number {
  if (fill.length !== 1) raise("TypeError", `${method}() argument 2 must be a byte string of length 1, not ${typeName}`);
  return fill[0];
}

function pad(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  checkSize(b.length + left + right);
  const out = new Uint8Array(b.length + left + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return out;
}

const SPACE = Uint8Array.of(32);

/** bytes.center(width, fillchar=b' '); typeName names the fill argument's type in errors. */
export function bytesCenter(b: Uint8Array, width: PyInt, fillchar: Uint8Array = SPACE, typeName = "bytes"): Uint8Array {
  const w = toSsize(width);
  const f = fillOf("center", fillchar, typeName);
  if (b.length >= w) return b.slice();
  const marg = w - b.length;
  const left = Math.floor(marg / 2) + (marg % 2 === 1 && w % 2 === 1 ? 1 : 0);
  return pad(b, left, marg - left, f);
}

/** bytes.ljust(width, fillchar=b' ') */
export function bytesLjust(b: Uint8Array, width: PyInt, fillchar: Uint8Array = SPACE, typeName = "bytes"): Uint8Array {
  const w = toSsize(width);
  const f = fillOf("ljust", fillchar, typeName);
  return b.length >= w ? b.slice() : pad(b, 0, w - b.length, f);
}

/** bytes.rjust(width, fillchar=b' ') */
export function bytesRjust(b: Uint8Array, width: PyInt, fillchar: Uint8Array = SPACE, typeName = "bytes"): Uint8Array {
  const w = toSsize(width);
  const f = fillOf("rjust", fillchar, typeName);
  return b.length >= w ? b.slice() : pad(b, w - b.length, 0, f);
}

/** bytes.zfill(width) */
export function bytesZfill(b: Uint8Array, width: PyInt): Uint8Array {
  const w = toSsize(width);
  if (b.length >= w) return b.slice();
  const out = pad(b, w - b.length, 0, 0x30);
  const fill = w - b.length;
  if (out[fill] === 0x2b || out[fill] === 0x2d) {
    out[0] = out[fill];
    out[fill] = 0x30;
  }
  return out;
}

/** bytes.expandtabs(tabsize=8) */
export function bytesExpandtabs(b: Uint8Array, tabsize: PyInt = 8): Uint8Array {
  const n = Number(tabsize);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) raise("OverflowError", "Python int too large to convert to C int");
  const out: number[] = [];
  let col = 0;
  for (const c of b) {
    if (c === 9) {
      if (n > 0) {
        const incr = n - (col % n);
        col += incr;
        checkSize(out.length + incr);
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      col++;
      out.push(c);
      if (c === 10 || c === 13) col = 0;
    }
  }
  return Uint8Array.from(out);
}

const mapBytes = (b: Uint8Array, f: (c: number, i: number) => number) => Uint8Array.from(b, f);
const toLower = (c: number) => (isUpper(c) ? c + 32 : c);
const toUpper = (c: number) => (isLower(c) ? c - 32 : c);

/** bytes.lower */
export const bytesLower = (b: Uint8Array) => mapBytes(b, toLower);
/** bytes.upper */
export const bytesUpper = (b: Uint8Array) => mapBytes(b, toUpper);
/** bytes.swapcase */
export const bytesSwapcase = (b: Uint8Array) => mapBytes(b, (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c));
/** bytes.capitalize */
export const bytesCapitalize = (b: Uint8Array) => mapBytes(b, (c, i) => (i === 0 ? toUpper(c) : toLower(c)));

/** bytes.title (bytes_methods.c _Py_bytes_title) */
export function bytesTitle(b: Uint8Array): Uint8Array {
  let previousIsCased = false;
  return mapBytes(b, (c) => {
    const r = previousIsCased ? toLower(c) : toUpper(c);
    previousIsCased = isAlpha(c);
    return r;
  });
}

function all(b: Uint8Array, pred: (c: number) => boolean): boolean {
  return b.length > 0 && b.every(pred);
}

/** bytes.isalnum */
export const bytesIsalnum = (b: Uint8Array) => all(b, (c) => isAlpha(c) || isDigit(c));
/** bytes.isalpha */
export const bytesIsalpha = (b: Uint8Array) => all(b, isAlpha);
/** bytes.isdigit */
export const bytesIsdigit = (b: Uint8Array) => all(b, isDigit);
/** bytes.isspace */
export const bytesIsspace = (b: Uint8Array) => all(b, isSpace);
/** bytes.isascii (true when empty) */
export const bytesIsascii = (b: Uint8Array) => b.every((c) => c < 128);
/** bytes.islower: some lowercase letter and no uppercase one */
export const bytesIslower = (b: Uint8Array) => b.some(isLower) && !b.some(isUpper);
/** bytes.isupper */
export const bytesIsupper = (b: Uint8Array) => b.some(isUpper) && !b.some(isLower);

/** bytes.istitle (bytes_methods.c _Py_bytes_istitle) */
export function bytesIstitle(b: Uint8Array): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of b) {
    if (isUpper(c)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLower(c)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** bytes.join over items the caller has checked to be bytes-like. */
export function bytesJoin(sep: Uint8Array, items: readonly Uint8Array[]): Uint8Array {
  let total = sep.length * Math.max(0, items.length - 1);
  for (const it of items) total += it.length;
  checkSize(total);
  const out = new Uint8Array(total);
  let pos = 0;
  items.forEach((it, i) => {
    if (i > 0) {
      out.set(sep, pos);
      pos += sep.length;
    }
    out.set(it, pos);
    pos += it.length;
  });
  return out;
}

/** The TypeError message of bytes.join for a non-bytes-like item at index i. */
export function bytesJoinItemError(i: number, typeName: string): string {
  return `sequence item ${i}: expected a bytes-like object, ${typeName} found`;
}

/** bytes.maketrans(from, to): a 256-byte table. */
export function bytesMaketrans(from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) raise("ValueError", "maketrans arguments must have same length");
  const t = Uint8Array.from({ length: 256 }, (_, i) => i);
  from.forEach((c, i) => (t[c] = to[i]));
  return t;
}

/** bytes.translate(table, delete=b''); table None arrives as null. */
export function bytesTranslate(b: Uint8Array, table: Uint8Array | null, del: Uint8Array = new Uint8Array(0)): Uint8Array {
  if (table !== null && table.length !== 256) raise("ValueError", "translation table must be 256 characters long");
  const out: number[] = [];
  for (const c of b) {
    if (del.includes(c)) continue;
    out.push(table === null ? c : table[c]);
  }
  return Uint8Array.from(out);
}

const HEX = "0123456789abcdef";

/** bytes.hex(sep=None, bytes_per_sep=1) (Python/pystrhex.c): a str or bytes separator of
 * one ASCII character between groups; positive group sizes count from the right. */
export function bytesHex(b: Uint8Array, sep: string | Uint8Array | null = null, bytesPerSep: PyInt = 1): string {
  let sepCh = "";
  if (sep !== null) {
    const s = typeof sep === "string" ? sep : latin1(sep);
    if ([...s].length !== 1) raise("ValueError", "sep must be length 1.");
    if (s.charCodeAt(0) > 127) raise("ValueError", "sep must be ASCII.");
    sepCh = s;
  }
  const group = Number(bytesPerSep);
  if (group > 2 ** 31 - 1 || group < -(2 ** 31)) raise("OverflowError", "Python int too large to convert to C int");
  const parts: string[] = [];
  for (const c of b) parts.push(HEX[c >> 4] + HEX[c & 15]);
  if (!sepCh || group === 0 || b.length === 0) return parts.join("");
  const g = Math.abs(group);
  const groups: string[] = [];
  if (group > 0) {
    // from the right: the first group may be short
    const first = b.length % g || g;
    groups.push(parts.slice(0, first).join(""));
    for (let i = first; i < b.length; i += g) groups.push(parts.slice(i, i + g).join(""));
  } else for (let i = 0; i < b.length; i += g) groups.push(parts.slice(i, i + g).join(""));
  return groups.join(sepCh);
}

/** bytes.fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromhex(s: string): Uint8Array {
  const cps = [...s];
  const out: number[] = [];
  const digit = (i: number): number => {
    const ch = cps[i];
    const v = ch !== undefined && ch.length === 1 ? HEX.indexOf(ch.toLowerCase()) : -1;
    if (v < 0) raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${i}`);
    return v;
  };
  let i = 0;
  while (i < cps.length) {
    if (cps[i].length === 1 && isSpace(cps[i].charCodeAt(0))) {
      i++;
      continue;
    }
    const hi = digit(i);
    const lo = digit(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytes.decode(encoding='utf-8', errors='strict') */
export const bytesDecode = (b: Uint8Array, encoding?: string, errors?: string) => decode(b, encoding, errors);
