// Bytes to text as CPython's tokenizer decodes a source file: a UTF-8 BOM, else a PEP 263
// coding declaration on line 1 or 2 (tokenizer.c check_coding_spec), else UTF-8.
import { CompileError } from "../ast/syntax-error.js";

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name: the canonical spelling of utf-8 and latin-1 aliases. */
function normalName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n.startsWith("utf-8-")) return "utf-8";
  if (n === "latin-1" || n === "iso-8859-1" || n === "iso-latin-1" || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) return "iso-8859-1";
  return n;
}

function firstLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(latin1(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  if (lines.length < 2 && start < bytes.length) lines.push(latin1(bytes.subarray(start)));
  return lines;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function findCookie(bytes: Uint8Array): { name: string; line: number } | null {
  const lines = firstLines(bytes);
  for (let i = 0; i < lines.length; i++) {
    const m = COOKIE.exec(lines[i]);
    if (m) return { name: m[1], line: i + 1 };
    // the second line counts only when the first is blank or a comment
    if (!/^[ \t\f]*(#.*)?\r?$/.test(lines[i])) break;
  }
  return null;
}

/** The first invalid UTF-8 sequence: its offset and the codec's reason. */
export function utf8Invalid(bytes: Uint8Array, from = 0): { pos: number; reason: string } | null {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { pos: i, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return { pos: i, reason: "unexpected end of data" };
      // second-byte limits that rule out overlong forms and surrogates
      const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < lo || c > hi) return { pos: i, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return null;
}

/** UTF-8 where each undecodable byte becomes U+DC80+byte (Python's surrogateescape), so that
 * the tokenizer can report it where CPython does: in a name or string literal, not in a comment. */
function decodeUtf8Escaping(bytes: Uint8Array): string {
  const dec = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return dec.decode(bytes); // the common case, natively
  } catch {
    // fall through to the byte-by-byte path
  }
  let out = "";
  let i = 0;
  for (;;) {
    const bad = utf8Invalid(bytes, i);
    if (bad === null) return out + dec.decode(bytes.subarray(i));
    out += dec.decode(bytes.subarray(i, bad.pos)) + String.fromCharCode(0xdc00 + bytes[bad.pos]);
    i = bad.pos + 1;
  }
}

const codecError = (msg: string, filename: string): CompileError =>
  new CompileError("SyntaxError", msg, 0, -1, null, null, null, filename);

const LATIN1_ALIASES = new Set(["latin", "latin1", "latin_1", "l1", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "8859", "cp819", "ibm819", "iso_ir_100", "csisolatin1"]);

/** Decodes a source file's bytes; throws CompileError as CPython does for bad encodings. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  if (bytes.indexOf(0) >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", 0, 0, null, null, null, filename);
  let body = bytes;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    bom = true;
  }
  const cookie = findCookie(body);
  const enc = cookie ? normalName(cookie.name) : "utf-8";
  if (bom && enc !== "utf-8") throw codecError(`encoding problem: ${enc} with BOM`, filename);
  // the default: CPython tokenizes the bytes and decodes names and literals as it meets them
  if (enc === "utf-8") return decodeUtf8Escaping(body);
  // Python's latin_1 aliases (encodings.aliases); WHATWG's TextDecoder would read
  // "latin1" and "l1" as windows-1252
  if (enc === "iso-8859-1" || LATIN1_ALIASES.has(enc.replace(/[- ]/g, "_"))) return latin1(body);
  if (enc === "ascii" || enc === "us-ascii" || enc === "646") {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad >= 0) throw codecError(`'ascii' codec can't decode byte 0x${body[bad].toString(16)} in position ${bad}: ordinal not in range(128)`, filename);
    return latin1(body);
  }
  if (enc === "utf8" || enc === "u8" || enc === "utf") {
    const bad = utf8Invalid(body);
    if (bad) throw codecError(`'utf-8' codec can't decode byte 0x${body[bad.pos].toString(16)} in position ${bad.pos}: ${bad.reason}`, filename);
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(enc, { fatal: true });
  } catch {
    throw codecError(`unknown encoding: ${cookie?.name ?? enc}`, filename);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw codecError(`'${enc}' codec can't decode the source`, filename);
  }
}

/** Index of the first byte that decodeSource could not decode (a lone U+DC80..U+DCFF), or -1. */
export function escapedByteIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) return i;
  }
  return -1;
}

/** CPython's UnicodeDecodeError message for text holding undecodable bytes. */
export function undecodableMessage(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) bytes.push(c - 0xdc00);
    else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      bytes.push(...new TextEncoder().encode(String.fromCodePoint(cp)));
    }
  }
  const bad = utf8Invalid(Uint8Array.from(bytes)) ?? { pos: 0, reason: "invalid start byte" };
  return `(unicode error) 'utf-8' codec can't decode byte 0x${bytes[bad.pos].toString(16)} in position ${bad.pos}: ${bad.reason}`;
}
