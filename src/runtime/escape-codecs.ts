// bytes.decode("unicode_escape") and ("raw_unicode_escape"): the decoders of
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal,
// PyUnicode_DecodeRawUnicodeEscape); bytes that are not part of an escape are latin-1.
import { raise } from "./raise.js";
import { raiseUnicodeError } from "./codecs.js";
import { lookupUnicodeNameOrAlias } from "../parser/unicode-names.js";

const SIMPLE: Record<number, number> = { 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** `count` hex digits at `i`, or -1 when they are not all there. */
function hexRun(b: Uint8Array, i: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = i + k < b.length ? hexDigit(b[i + k]) : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Issues a DeprecationWarning (PyErr_WarnEx); installed by src/stdlib/codecs-native.ts
 * so that this leaf module does not import the object model. */
let warnHook: (category: "DeprecationWarning", message: string) => void = () => {};
export function setEscapeWarning(f: typeof warnHook): void {
  warnHook = f;
}

/** A decoding error over b[start:end]: raised (strict) or replaced in `out` as the
 * handler says (Python/codecs.c PyCodec_IgnoreErrors, ReplaceErrors,
 * BackslashReplaceErrors); decoding then resumes at `end`. */
function fail(encoding: string, b: Uint8Array, start: number, end: number, reason: string, errors: string, out: number[]): void {
  if (errors === "strict") raiseUnicodeError({ kind: "UnicodeDecodeError", encoding, object: b, start, end, reason });
  else if (errors === "replace") out.push(0xfffd);
  else if (errors === "backslashreplace") {
    for (let k = start; k < end; k++) out.push(0x5c, 0x78, ...b[k].toString(16).padStart(2, "0").split("").map((d) => d.charCodeAt(0)));
  } else if (errors !== "ignore") raise("NotImplementedError", `the '${errors}' error handler of ${encoding} is not supported by pycell`);
}

export function decodeEscapeCodec(b: Uint8Array, raw: boolean, errors: string): string {
  const enc = raw ? "rawunicodeescape" : "unicodeescape";
  const out: number[] = [];
  // PyUnicode_DecodeUnicodeEscape warns once, about the first invalid escape
  let invalid: string | null = null;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    const start = i;
    if (raw) {
      // only \u and \U after an odd run of backslashes are escapes
      let run = 0;
      while (i < n && b[i] === 0x5c) { run++; i++; }
      for (let k = 0; k < run - 1; k++) out.push(0x5c);
      if (run % 2 === 1 && i < n && (b[i] === 0x75 || b[i] === 0x55)) {
        const count = b[i] === 0x75 ? 4 : 8;
        const v = hexRun(b, i + 1, count);
        if (v < 0 || v > 0x10ffff) {
          let end = i + 1;
          while (end < n && end < i + 1 + count && hexDigit(b[end]) >= 0) end++;
          if (v > 0x10ffff) fail(enc, b, i - 1, i + 1 + count, "\\Uxxxxxxxx out of range", errors, out);
          else fail(enc, b, i - 1, end, count === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", errors, out);
          i = v > 0x10ffff ? i + 1 + count : end;
          continue;
        }
        out.push(v);
        i += 1 + count;
      } else out.push(0x5c);
      continue;
    }
    i++;
    if (i >= n) {
      fail(enc, b, start, n, "\\ at end of string", errors, out);
      break;
    }
    const ch = b[i++];
    if (ch === 0x0a) continue;
    const simple = SIMPLE[ch];
    if (simple !== undefined) { out.push(simple); continue; }
    if (ch >= 0x30 && ch <= 0x37) {
      let v = ch - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + b[i++] - 0x30;
      if (v > 0o377 && invalid === null) invalid = `invalid octal escape sequence '\\${v.toString(8)}'`;
      out.push(v);
      continue;
    }
    if (ch === 0x78 || ch === 0x75 || ch === 0x55) {
      const count = ch === 0x78 ? 2 : ch === 0x75 ? 4 : 8;
      const v = hexRun(b, i, count);
      if (v < 0) {
        let end = i;
        while (end < n && end < i + count && hexDigit(b[end]) >= 0) end++;
        fail(enc, b, start, end, ch === 0x78 ? "truncated \\xXX escape" : ch === 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", errors, out);
        i = end;
        continue;
      }
      if (v > 0x10ffff) {
        fail(enc, b, start, i + count, "illegal Unicode character", errors, out);
        i += count;
        continue;
      }
      out.push(v);
      i += count;
      continue;
    }
    if (ch === 0x4e) {
      // \N{name} (unicodeobject.c: a missing brace or empty name is "malformed",
      // reported up to where the scan stopped; aliases are accepted)
      let reason = "malformed \\N character escape";
      let end = i;
      if (i < n && b[i] === 0x7b) {
        let close = i + 1;
        while (close < n && b[close] !== 0x7d) close++;
        end = close >= n ? n : close;
        if (close < n && close > i + 1) {
          let name = "";
          for (let k = i + 1; k < close; k++) name += String.fromCharCode(b[k]);
          const cp = lookupUnicodeNameOrAlias(name);
          if (cp !== null) {
            out.push(cp);
            i = close + 1;
            continue;
          }
          reason = "unknown Unicode character name";
          end = close + 1;
        }
      } else if (i >= n) end = n;
      fail(enc, b, start, end, reason, errors, out);
      i = end;
      continue;
    }
    if (invalid === null) invalid = `invalid escape sequence '\\${String.fromCharCode(ch)}'`;
    out.push(0x5c, ch);
  }
  if (invalid !== null) warnHook("DeprecationWarning", invalid);
  let s = "";
  for (let k = 0; k < out.length; k += 4096) s += String.fromCodePoint(...out.slice(k, k + 4096));
  return s;
}
