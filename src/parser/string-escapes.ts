// Backslash escapes of string and bytes literals (Lexical analysis, "Escape sequences"),
// decoded as CPython's unicode_escape codec (unicodeobject.c
// _PyUnicode_DecodeUnicodeEscapeInternal) and bytesobject.c _PyBytes_DecodeEscape do.
import { lookupUnicodeNameOrAlias } from "./unicode-names.js";

/** A decoding error; the parser reports it as a SyntaxError at the literal. */
export class EscapeError extends Error {}

const SIMPLE: Record<string, number> = { "\\": 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11 };

const isOct = (c: number): boolean => c >= 48 && c <= 55;
const hexVal = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** Positions as the codec counts them: string_parser.c first rewrites each non-ASCII
 * character as a 10-byte "\UXXXXXXXX" escape. */
function codecPos(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    n += c < 0x80 ? 1 : 10;
  }
  return n;
}

function codecError(s: string, start: number, end: number, reason: string): never {
  const a = codecPos(s, start);
  const b = codecPos(s, end);
  const where = b - a <= 1 ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b - 1}`;
  throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/** Where a decoder records the first escape CPython warns about (string_parser.c
 * warn_invalid_escape_sequence): `\z`, or an octal escape above 0o377 as `\407`. */
export interface BadEscape {
  first: string | null;
}

/** Decodes the escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(s: string, bad?: BadEscape): string {
  let i = s.indexOf("\\");
  if (i < 0) return s;
  let out = s.slice(0, i);
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      const j = s.indexOf("\\", i);
      const e = j < 0 ? n : j;
      out += s.slice(i, e);
      i = e;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) codecError(s, start, i, "\\ at end of string");
    const ch = s[i];
    i++;
    if (ch === "\n") continue;
    const simple = SIMPLE[ch];
    if (simple !== undefined) { out += String.fromCharCode(simple); continue; }
    const cc = ch.charCodeAt(0);
    if (isOct(cc)) {
      let v = cc - 48;
      if (i < n && isOct(s.charCodeAt(i))) {
        v = v * 8 + s.charCodeAt(i++) - 48;
        if (i < n && isOct(s.charCodeAt(i))) v = v * 8 + s.charCodeAt(i++) - 48;
      }
      if (v > 0o377 && bad && bad.first === null) bad.first = s.slice(start, i);
      out += String.fromCodePoint(v);
      continue;
    }
    if (ch === "x" || ch === "u" || ch === "U") {
      const count = ch === "x" ? 2 : ch === "u" ? 4 : 8;
      const what = ch === "x" ? "truncated \\xXX escape" : ch === "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
      let v = 0;
      for (let k = 0; k < count; k++) {
        const h = i < n ? hexVal(s.charCodeAt(i)) : -1;
        if (h < 0) codecError(s, start, i, what);
        v = v * 16 + h;
        i++;
      }
      if (v > 0x10ffff) codecError(s, start, i, "illegal Unicode character");
      out += String.fromCodePoint(v);
      continue;
    }
    if (ch === "N") {
      // unicodeobject.c: no closing brace reports to the end; `\N{}` and `\Nx` stop short
      if (i >= n) codecError(s, start, n, "malformed \\N character escape");
      if (s[i] === "{") {
        const close = s.indexOf("}", i + 1);
        if (close < 0) codecError(s, start, n, "malformed \\N character escape");
        if (close > i + 1) {
          const name = s.slice(i + 1, close);
          i = close + 1;
          const cp = lookupUnicodeNameOrAlias(name);
          if (cp === null) codecError(s, start, i, "unknown Unicode character name");
          out += String.fromCodePoint(cp);
          continue;
        }
        codecError(s, start, close, "malformed \\N character escape");
      }
      codecError(s, start, i, "malformed \\N character escape");
    }
    // unknown escapes stay as written, with a DeprecationWarning
    if (bad && bad.first === null) bad.first = "\\" + ch;
    out += "\\" + ch;
  }
  return out;
}

/** Decodes a bytes literal body (raw or not); throws EscapeError for non-ASCII. */
export function decodeBytes(s: string, raw: boolean, bad?: BadEscape): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) throw new EscapeError("bytes can only contain ASCII literal characters");
    if (c !== 92 || raw) { out.push(c); continue; }
    i++;
    if (i >= n) throw new EscapeError("(value error) Trailing \\ in string");
    const ch = s[i];
    const cc = s.charCodeAt(i);
    if (cc >= 0x80) throw new EscapeError("bytes can only contain ASCII literal characters");
    if (ch === "\n") continue;
    const simple = SIMPLE[ch];
    if (simple !== undefined) { out.push(simple); continue; }
    if (isOct(cc)) {
      let v = cc - 48;
      if (i + 1 < n && isOct(s.charCodeAt(i + 1))) {
        v = v * 8 + s.charCodeAt(++i) - 48;
        if (i + 1 < n && isOct(s.charCodeAt(i + 1))) v = v * 8 + s.charCodeAt(++i) - 48;
      }
      if (v > 0o377 && bad && bad.first === null) bad.first = "\\" + s.slice(i - 2, i + 1);
      out.push(v & 0xff);
      continue;
    }
    if (ch === "x") {
      const h1 = i + 1 < n ? hexVal(s.charCodeAt(i + 1)) : -1;
      const h2 = i + 2 < n ? hexVal(s.charCodeAt(i + 2)) : -1;
      if (h1 < 0 || h2 < 0) throw new EscapeError(`(value error) invalid \\x escape at position ${i - 1}`);
      out.push(h1 * 16 + h2);
      i += 2;
      continue;
    }
    if (bad && bad.first === null) bad.first = "\\" + ch;
    out.push(92, cc);
  }
  return Uint8Array.from(out);
}
