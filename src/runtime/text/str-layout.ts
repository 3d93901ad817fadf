// str methods that pad, strip, join and map characters (Objects/unicodeobject.c).
import { raise } from "../raise.js";
import { checkSize, cpLength, fromCodePoints, toCodePoints, toSsize, type PyInt } from "./codepoints.js";
import { isSpaceCp } from "./unicode.js";

const FILL_MSG = "The fill character must be exactly one character long";

function fillOf(fillchar: string): string {
  if (cpLength(fillchar) !== 1) raise("TypeError", FILL_MSG);
  return fillchar;
}

function repeat(ch: string, n: number): string {
  if (n <= 0) return "";
  checkSize(n * ch.length);
  return ch.repeat(n);
}

/** unicodeobject.c pad */
function pad(s: string, left: number, right: number, fill: string): string {
  checkSize(s.length + (left + right) * fill.length);
  return repeat(fill, left) + s + repeat(fill, right);
}

/** str.center(width, fillchar=' ') */
export function strCenter(s: string, width: PyInt, fillchar = " "): string {
  const w = toSsize(width);
  const fill = fillOf(fillchar);
  const n = cpLength(s);
  if (n >= w) return s;
  const marg = w - n;
  // CPython: left = marg / 2 + (marg & width & 1)
  const left = Math.floor(marg / 2) + (marg % 2 === 1 && w % 2 === 1 ? 1 : 0);
  return pad(s, left, marg - left, fill);
}

/** str.ljust(width, fillchar=' ') */
export function strLjust(s: string, width: PyInt, fillchar = " "): string {
  const w = toSsize(width);
  const fill = fillOf(fillchar);
  const n = cpLength(s);
  return n >= w ? s : pad(s, 0, w - n, fill);
}

/** str.rjust(width, fillchar=' ') */
export function strRjust(s: string, width: PyInt, fillchar = " "): string {
  const w = toSsize(width);
  const fill = fillOf(fillchar);
  const n = cpLength(s);
  return n >= w ? s : pad(s, w - n, 0, fill);
}

/** str.zfill(width): zeros go after a leading sign. */
export function strZfill(s: string, width: PyInt): string {
  const w = toSsize(width);
  const n = cpLength(s);
  if (n >= w) return s;
  const zeros = repeat("0", w - n);
  if (s[0] === "+" || s[0] === "-") return s[0] + zeros + s.slice(1);
  return zeros + s;
}

const INT_MAX = 2 ** 31 - 1;

/** A C int argument (_PyLong_AsInt). */
function toCInt(v: PyInt): number {
  const n = Number(v);
  if (n > INT_MAX || n < -INT_MAX - 1) raise("OverflowError", "Python int too large to convert to C int");
  return n;
}

/** str.expandtabs(tabsize=8): columns count code points and restart after \n or \r. */
export function strExpandtabs(s: string, tabsize: PyInt = 8): string {
  const tab = toCInt(tabsize);
  if (!s.includes("\t")) return s;
  const parts: string[] = [];
  let col = 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      if (tab > 0) {
        const incr = tab - (col % tab);
        col += incr;
        total += incr;
        checkSize(total);
        parts.push(" ".repeat(incr));
      }
      continue;
    }
    col++;
    total++;
    if (c === 10 || c === 13) col = 0;
    // the low half of a surrogate pair is not a column of its own
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        parts.push(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    parts.push(s[i]);
  }
  return parts.join("");
}

const enum Side {
  Left = 1,
  Right = 2,
  Both = 3,
}

function stripImpl(s: string, chars: string | null, side: Side): string {
  if (chars === null) {
    // whitespace is BMP-only and never a surrogate: a UTF-16 scan is exact
    let i = 0;
    let j = s.length;
    if (side & Side.Left) while (i < j && isSpaceCp(s.charCodeAt(i))) i++;
    if (side & Side.Right) while (j > i && isSpaceCp(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const set = new Set(toCodePoints(chars));
  const cps = toCodePoints(s);
  let i = 0;
  let j = cps.length;
  if (side & Side.Left) while (i < j && set.has(cps[i])) i++;
  if (side & Side.Right) while (j > i && set.has(cps[j - 1])) j--;
  if (i === 0 && j === cps.length) return s;
  return fromCodePoints(cps.slice(i, j));
}

/** str.strip(chars=None) */
export const strStrip = (s: string, chars: string | null = null) => stripImpl(s, chars, Side.Both);
/** str.lstrip(chars=None) */
export const strLstrip = (s: string, chars: string | null = null) => stripImpl(s, chars, Side.Left);
/** str.rstrip(chars=None) */
export const strRstrip = (s: string, chars: string | null = null) => stripImpl(s, chars, Side.Right);

/** str.join over items the caller has checked to be strs (see joinItemError). */
export function strJoin(sep: string, items: readonly string[]): string {
  let total = sep.length * Math.max(0, items.length - 1);
  for (const it of items) total += it.length;
  checkSize(total);
  return items.join(sep);
}

/** The TypeError message of str.join for a non-str item at index i. */
export function joinItemError(i: number, typeName: string): string {
  return `sequence item ${i}: expected str instance, ${typeName} found`;
}

/** What a translate table gives for a code point: undefined = not in the table (keep),
 * null = delete, a Python int = that code point, a str = that text. Other value types
 * are the caller's error: "character mapping must return integer, None or str". */
export type TranslateLookup = (cp: number) => string | PyInt | null | undefined;

/** str.translate(table) */
export function strTranslate(s: string, lookup: TranslateLookup): string {
  const parts: string[] = [];
  let total = 0;
  for (const c of toCodePoints(s)) {
    const r = lookup(c);
    let piece: string;
    if (r === undefined) piece = String.fromCodePoint(c);
    else if (r === null) continue;
    else if (typeof r === "string") piece = r;
    else {
      const n = Number(r);
      if (!(n >= 0 && n < 0x110000)) raise("ValueError", "character mapping must be in range(0x110000)");
      piece = String.fromCodePoint(n);
    }
    total += piece.length;
    checkSize(total);
    parts.push(piece);
  }
  return parts.join("");
}

/** str.maketrans(dict) with the dict's items: str keys of length 1 become their code
 * point; int and bool keys stay as they are (True and 1 are one key, the first one
 * inserted is kept, as in a dict). Returns the new dict's items in order. */
export function strMaketransDict<V>(entries: Iterable<readonly [unknown, V]>): Array<[PyInt | boolean, V]> {
  const out = new Map<number | bigint, [PyInt | boolean, V]>();
  const put = (id: number | bigint, key: PyInt | boolean, v: V) => {
    const old = out.get(id);
    out.set(id, [old ? old[0] : key, v]);
  };
  for (const [k, v] of entries) {
    if (typeof k === "string") {
      if (cpLength(k) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
      put(k.codePointAt(0)!, k.codePointAt(0)!, v);
    } else if (typeof k === "number" || typeof k === "bigint") put(k, k, v);
    else if (typeof k === "boolean") put(k ? 1 : 0, k, v);
    else raise("TypeError", "keys in translate table must be strings or integers");
  }
  return [...out.values()];
}

/** str.maketrans(x, y, z=''): x[i] -> y[i], and every char of z -> None. */
export function strMaketrans(x: string, y: string, z = ""): Array<[number, number | null]> {
  const xs = toCodePoints(x);
  const ys = toCodePoints(y);
  if (xs.length !== ys.length) raise("ValueError", "the first two maketrans arguments must have equal length");
  const out = new Map<number, number | null>();
  xs.forEach((c, i) => out.set(c, ys[i]));
  for (const c of toCodePoints(z)) out.set(c, null);
  return [...out];
}

/** ascii(s) for a str: repr(s) with every non-ASCII code point escaped
 * (Objects/unicodeobject.c unicode_repr + PyObject_ASCII). */
export function asciiRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const c of toCodePoints(s)) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + quote;
}
