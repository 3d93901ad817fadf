// bytes.decode("unicode_escape") and ("raw_unicode_escape"): the decoders of
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal,
// PyUnicode_DecodeRawUnicodeEscape); bytes that are not part of an escape are latin-1.
import { raise } from "./raise.js";
import { raiseUnicodeError } from "./codecs.js";

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

function fail(encoding: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): never {
  if (errors !== "strict") raise("NotImplementedError", `the '${errors}' error handler of ${encoding} is not supported by pycell`);
  return raiseUnicodeError({ kind: "UnicodeDecodeError", encoding, object: b, start, end, reason });
}

export function decodeEscapeCodec(b: Uint8Array, raw: boolean, errors: string): string {
  const enc = raw ? "rawunicodeescape" : "unicodeescape";
  const out: number[] = [];
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
        if (v < 0) fail(enc, b, i - 1, Math.min(n, i + 1 + count), count === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", errors);
        if (v > 0x10ffff) fail(enc, b, i - 1, i + 1 + count, "\\Uxxxxxxxx out of range", errors);
        out.push(v);
        i += 1 + count;
      } else out.push(0x5c);
      continue;
    }
    i++;
    if (i >= n) fail(enc, b, start, n, "\\ at end of string", errors);
    const ch = b[i++];
    if (ch === 0x0a) continue;
    const simple = SIMPLE[ch];
    if (simple !== undefined) { out.push(simple); continue; }
    if (ch >= 0x30 && ch <= 0x37) {
      let v = ch - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + b[i++] - 0x30;
      out.push(v);
      continue;
    }
    if (ch === 0x78 || ch === 0x75 || ch === 0x55) {
      const count = ch === 0x78 ? 2 : ch === 0x75 ? 4 : 8;
      const v = hexRun(b, i, count);
      if (v < 0) {
        let end = i;
        while (end < n && end < i + count && hexDigit(b[end]) >= 0) end++;
        fail(enc, b, start, end, ch === 0x78 ? "truncated \\xXX escape" : ch === 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", errors);
      }
      if (v > 0x10ffff) fail(enc, b, start, i + count, "illegal Unicode character", errors);
      out.push(v);
      i += count;
      continue;
    }
    if (ch === 0x4e) raise("NotImplementedError", "\\N{...} escapes in the unicode_escape codec are not supported by pycell");
    out.push(0x5c, ch);
  }
  let s = "";
  for (let k = 0; k < out.length; k += 4096) s += String.fromCodePoint(...out.slice(k, k + 4096));
  return s;
}
