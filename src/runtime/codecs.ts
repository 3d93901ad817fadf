// str.encode / bytes.decode for the codecs pycell carries natively: utf-8 (and
// utf-8-sig), ascii, latin-1, utf-16 and utf-32 with their byte-order variants, with
// the standard error handlers. Error ranges, reasons and messages follow
// Objects/unicodeobject.c (unicode_encode_utf8, unicode_encode_ucs1,
// unicode_decode_utf8, PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful)
// and Python/codecs.c (PyCodec_*Errors).
import { raise } from "./raise.js";
import { toCodePoints, fromCodePoints } from "./text/codepoints.js";
import { decodeEscapeCodec } from "./escape-codecs.js";
import { extraCodec } from "./text/extra-codecs.js";
import { unicodeNameOf } from "../parser/unicode-names.js";

export type CodecName = "utf-8" | "utf-8-sig" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

// Module names of Lib/encodings and the aliases of Lib/encodings/aliases.py that lead to them.
const MODULES: Record<string, CodecName> = {
  utf_8: "utf-8", utf_8_sig: "utf-8-sig", ascii: "ascii", latin_1: "latin-1",
  utf_16: "utf-16", utf_16_le: "utf-16-le", utf_16_be: "utf-16-be",
  utf_32: "utf-32", utf_32_le: "utf-32-le", utf_32_be: "utf-32-be",
};
const ALIASES: Record<string, string> = {
  u8: "utf_8", utf: "utf_8", utf8: "utf_8", utf8_ucs2: "utf_8", utf8_ucs4: "utf_8", cp65001: "utf_8",
  "646": "ascii", ansi_x3_4_1968: "ascii", ansi_x3_4_1986: "ascii", cp367: "ascii", csascii: "ascii",
  ibm367: "ascii", iso646_us: "ascii", iso_646_irv_1991: "ascii", iso_ir_6: "ascii", us: "ascii", us_ascii: "ascii",
  "8859": "latin_1", cp819: "latin_1", csisolatin1: "latin_1", ibm819: "latin_1", iso8859: "latin_1",
  iso8859_1: "latin_1", iso_8859_1: "latin_1", iso_8859_1_1987: "latin_1", iso_ir_100: "latin_1",
  l1: "latin_1", latin: "latin_1", latin1: "latin_1",
  u16: "utf_16", utf16: "utf_16", unicodebigunmarked: "utf_16_be", utf_16be: "utf_16_be",
  unicodelittleunmarked: "utf_16_le", utf_16le: "utf_16_le",
  u32: "utf_32", utf32: "utf_32", utf_32be: "utf_32_be", utf_32le: "utf_32_le",
};

/** codecs.lookup(name).name of each codec: the CodecInfo name, which for latin-1 is
 * "iso8859-1" although its error messages say 'latin-1'. */
export function codecInfoName(c: CodecName): string {
  return c === "latin-1" ? "iso8859-1" : c;
}

/** Names that str.encode and bytes.decode handle in C without the codec registry
 * (unicodeobject.c PyUnicode_Decode / PyUnicode_AsEncodedString fast paths, after
 * _Py_normalize_encoding). Through the registry, a TypeError or LookupError from an
 * error handler comes out wrapped: "decoding with 'utf-16-le' codec failed (...)". */
const FAST_NAMES = new Set(["utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1"]);

/** encodings.normalize_encoding after the lowercasing of codecs.lookup: runs of
 * characters other than ASCII letters, digits and '.' become one '_'. */
function normalizeName(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(ch)) {
      if (punct && out) out += "_";
      if (ch.charCodeAt(0) < 128) out += ch;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** The codec an encoding name refers to, or null when pycell has no such codec. */
export function findCodec(name: string): CodecName | null {
  return codecOfNorm(normalizeName(name));
}

/** findCodec of an already normalized name. */
function codecOfNorm(norm: string): CodecName | null {
  const mod = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, "_")] ?? norm;
  return Object.prototype.hasOwnProperty.call(MODULES, mod) ? MODULES[mod] : null;
}

/** codecs.lookup(name).name of a codec from text/extra-codecs.ts (utf-7, the escape
 * codecs, the single-byte tables), or null when the name is not one of those. */
export function extraCodecName(name: string): string | null {
  const norm = normalizeName(name);
  return codecOfNorm(norm) === null ? extraCodec(norm)?.name ?? null : null;
}

/** Codecs registered from Python with codecs.register: str.encode and bytes.decode ask
 * them about names no native codec knows (installed by src/stdlib/codecs-native.ts;
 * null: no search function knows the name either). */
type RegistrySearch = (encoding: string, input: string | Uint8Array, errors: string) => string | Uint8Array | null;
let registrySearch: RegistrySearch | null = null;
export function setRegistrySearch(f: RegistrySearch): void {
  registrySearch = f;
}

/** codecs.lookup(name).name, raising LookupError "unknown encoding: name". */
export function lookupCodec(name: string): CodecName {
  const c = findCodec(name);
  if (c === null) raise("LookupError", `unknown encoding: ${name}`);
  return c;
}

// ---- Unicode errors --------------------------------------------------------------

export interface UnicodeErrorInfo {
  kind: "UnicodeEncodeError" | "UnicodeDecodeError";
  encoding: string;
  object: string | Uint8Array;
  start: number;
  end: number;
  reason: string;
}

/** str(exc) of a UnicodeEncodeError / UnicodeDecodeError (Objects/exceptions.c). */
export function unicodeErrorMessage(e: UnicodeErrorInfo): string {
  if (e.kind === "UnicodeEncodeError") {
    const s = e.object as string;
    if (e.end === e.start + 1) {
      const c = toCodePoints(s)[e.start];
      const esc = c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
      return `'${e.encoding}' codec can't encode character '${esc}' in position ${e.start}: ${e.reason}`;
    }
    return `'${e.encoding}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${e.reason}`;
  }
  const b = e.object as Uint8Array;
  if (e.end === e.start + 1) return `'${e.encoding}' codec can't decode byte 0x${hex(b[e.start], 2)} in position ${e.start}: ${e.reason}`;
  return `'${e.encoding}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

export const hex = (c: number, w: number) => c.toString(16).padStart(w, "0");

/** The object model can install a raiser that builds real exception objects with the
 * encoding/object/start/end/reason attributes; by default only the message is kept. */
let unicodeRaiser = (e: UnicodeErrorInfo): never => raise(e.kind, unicodeErrorMessage(e));
export function setUnicodeErrorRaiser(r: (e: UnicodeErrorInfo) => never): void {
  unicodeRaiser = r;
}
export function raiseUnicodeError(e: UnicodeErrorInfo): never {
  return unicodeRaiser(e);
}

/** Set for the duration of one encode/decode call that goes through the registry. */
let wrapAs: string | null = null;

function handlerFailure(kind: "TypeError" | "LookupError", msg: string): never {
  if (wrapAs !== null) raise(kind, `${wrapAs} codec failed (${kind}: ${msg})`);
  return raise(kind, msg);
}

const KNOWN_HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]);

function checkHandler(errors: string): void {
  if (!KNOWN_HANDLERS.has(errors)) handlerFailure("LookupError", `unknown error handler name '${errors}'`);
}

// ---- byte output ------------------------------------------------------------------

export class ByteBuilder {
  buf = new Uint8Array(64);
  len = 0;
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  push(b: number): void {
    this.grow(1);
    this.buf[this.len++] = b;
  }
  pushAll(bs: ArrayLike<number>): void {
    this.grow(bs.length);
    for (let i = 0; i < bs.length; i++) this.buf[this.len++] = bs[i];
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

// ---- encoding -----------------------------------------------------------------------

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

export interface Encoder {
  name: string;
  /** Appends c's encoding and returns true, or returns false when c cannot be encoded. */
  put(out: ByteBuilder, c: number): boolean;
  /** Length of the unencodable run starting at i (CPython's collend - collstart). */
  run(cps: number[], i: number): number;
  reason: string;
  /** Bytes of a surrogate under surrogatepass, or null when the codec has no such form. */
  pass(c: number): number[] | null;
  bom?: number[];
  /** utf-16/32: raw bytes from surrogateescape do not fit the code unit size. */
  wide?: boolean;
}

function utf8Put(out: ByteBuilder, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.pushAll([0xc0 | (c >> 6), 0x80 | (c & 0x3f)]);
  else if (c < 0x10000) out.pushAll([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]);
  else out.pushAll([0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]);
}

function utf8Encoder(name: string): Encoder {
  return {
    name,
    put(out, c) {
      if (isSurrogate(c)) return false;
      utf8Put(out, c);
      return true;
    },
    run(cps, i) {
      let j = i + 1;
      while (j < cps.length && isSurrogate(cps[j])) j++;
      return j - i;
    },
    reason: "surrogates not allowed",
    pass: (c) => [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)],
  };
}

function ucs1Encoder(name: string, limit: number): Encoder {
  return {
    name,
    put(out, c) {
      if (c >= limit) return false;
      out.push(c);
      return true;
    },
    run(cps, i) {
      let j = i + 1;
      while (j < cps.length && cps[j] >= limit) j++;
      return j - i;
    },
    reason: `ordinal not in range(${limit})`,
    pass: () => null,
  };
}

function utf16Units(c: number): number[] {
  if (c < 0x10000) return [c];
  c -= 0x10000;
  return [0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)];
}

function unitBytes(u: number, size: 2 | 4, big: boolean): number[] {
  const b = size === 2 ? [u & 0xff, (u >> 8) & 0xff] : [u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, (u >>> 24) & 0xff];
  return big ? b.reverse() : b;
}

function wideEncoder(name: string, size: 2 | 4, big: boolean, bom: boolean): Encoder {
  const units = (c: number) => (size === 2 ? utf16Units(c) : [c]);
  return {
    name,
    put(out, c) {
      if (isSurrogate(c)) return false;
      for (const u of units(c)) out.pushAll(unitBytes(u, size, big));
      return true;
    },
    run: () => 1,
    reason: "surrogates not allowed",
    pass: (c) => unitBytes(c, size, big),
    bom: bom ? unitBytes(0xfeff, size, big) : undefined,
    wide: true,
  };
}

function encoderFor(codec: CodecName): Encoder {
  switch (codec) {
    case "utf-8":
      return utf8Encoder("utf-8");
    case "utf-8-sig":
      return { ...utf8Encoder("utf-8"), bom: [0xef, 0xbb, 0xbf] };
    case "ascii":
      return ucs1Encoder("ascii", 0x80);
    case "latin-1":
      return ucs1Encoder("latin-1", 0x100);
    case "utf-16":
      return wideEncoder("utf-16", 2, false, true);
    case "utf-16-le":
      return wideEncoder("utf-16-le", 2, false, false);
    case "utf-16-be":
      return wideEncoder("utf-16-be", 2, true, false);
    case "utf-32":
      return wideEncoder("utf-32", 4, false, true);
    case "utf-32-le":
      return wideEncoder("utf-32-le", 4, false, false);
    case "utf-32-be":
      return wideEncoder("utf-32-be", 4, true, false);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
let textEncoder: TextEncoder | undefined;

/** str.encode(encoding='utf-8', errors='strict') */
export function encode(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  // utf-7, the escape codecs and the single-byte tables live in text/extra-codecs.ts
  const norm = normalizeName(encoding);
  const known = codecOfNorm(norm);
  const extra = known === null ? extraCodec(norm) : null;
  if (extra !== null) wrapAs = `encoding with '${extra.name}'`;
  if (extra?.encode) return extra.encode(s, errors);
  if (known === null && extra === null && registrySearch !== null) {
    const r = registrySearch(encoding, s, errors);
    if (r !== null) return r as Uint8Array;
  }
  const codec = extra === null ? known ?? lookupCodec(encoding) : null;
  if (codec !== null) wrapAs = FAST_NAMES.has(norm) ? null : `encoding with '${codecInfoName(codec)}'`;
  if (codec === "utf-8" && !LONE_SURROGATE.test(s)) return (textEncoder ??= new TextEncoder()).encode(s);
  const enc = codec === null ? extra!.encoder!() : encoderFor(codec);
  const out = new ByteBuilder();
  if (enc.bom) out.pushAll(enc.bom);
  const cps = toCodePoints(s);
  let i = 0;
  while (i < cps.length) {
    if (enc.put(out, cps[i])) {
      i++;
      continue;
    }
    const end = i + enc.run(cps, i);
    const fail = (): never => unicodeRaiser({ kind: "UnicodeEncodeError", encoding: enc.name, object: s, start: i, end, reason: enc.reason });
    if (errors === "strict") fail();
    checkHandler(errors);
    const putAscii = (text: string) => {
      for (const ch of text) enc.put(out, ch.charCodeAt(0));
    };
    switch (errors) {
      case "ignore":
        break;
      case "replace":
        putAscii("?".repeat(end - i));
        break;
      case "backslashreplace":
        for (let k = i; k < end; k++) {
          const c = cps[k];
          putAscii(c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8));
        }
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < end; k++) putAscii(`&#${cps[k]};`);
        break;
      case "namereplace":
        // PyCodec_NameReplaceErrors: \N{NAME}, or a backslash escape for unnamed ones
        for (let k = i; k < end; k++) {
          const c = cps[k];
          const name = unicodeNameOf(c);
          putAscii(name !== null ? `\\N{${name}}` : c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8));
        }
        break;
      case "surrogateescape": {
        // one raw byte per U+DC80..U+DCFF; the error is re-raised from the first other
        // character, as the C encoders do. A wide codec cannot take single bytes.
        if (enc.wide) fail();
        let k = i;
        while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) out.push(cps[k++] - 0xdc00);
        if (k < end) {
          i = k;
          fail();
        }
        break;
      }
      case "surrogatepass": {
        const bytes: number[] = [];
        for (let k = i; k < end; k++) {
          const b = (isSurrogate(cps[k]) ? enc.pass(cps[k]) : null) ?? fail();
          bytes.push(...b);
        }
        out.pushAll(bytes);
        break;
      }
    }
    i = end;
  }
  return out.result();
}

// ---- decoding -----------------------------------------------------------------------

export class Decoded {
  cps: number[] = [];
  push(c: number): void {
    this.cps.push(c);
  }
  result(): string {
    return fromCodePoints(this.cps);
  }
}

/** Applies the error handler to bytes [start, end) and returns where decoding resumes.
 * `pass` decodes a surrogate at `start` for surrogatepass: [code point, bytes used]. */
export function decodeError(
  b: Uint8Array, name: string, errors: string, out: Decoded, start: number, end: number, reason: string,
  pass: (start: number) => [number, number] | null,
): number {
  const fail = (): never => unicodeRaiser({ kind: "UnicodeDecodeError", encoding: name, object: b, start, end, reason });
  if (errors === "strict") fail();
  checkHandler(errors);
  switch (errors) {
    case "ignore":
      return end;
    case "replace":
      out.push(0xfffd);
      return end;
    case "backslashreplace":
      for (let k = start; k < end; k++) for (const ch of "\\x" + hex(b[k], 2)) out.push(ch.charCodeAt(0));
      return end;
    case "surrogateescape": {
      // PyCodec_SurrogateEscapeErrors: escapes up to 4 leading bytes >= 0x80
      let k = start;
      while (k < end && k - start < 4 && b[k] >= 0x80) out.push(0xdc00 + b[k++]);
      if (k === start) fail();
      return k;
    }
    case "surrogatepass": {
      const r = pass(start) ?? fail();
      out.push(r[0]);
      return start + r[1];
    }
    default:
      return handlerFailure("TypeError", "don't know how to handle UnicodeDecodeError in error callback");
  }
}

const isCont = (x: number) => (x & 0xc0) === 0x80;

/** Objects/stringlib/codecs.h utf8_decode error kinds: the length of the bad range
 * and its reason, for the sequence starting at i. */
function utf8Bad(b: Uint8Array, i: number): [number, string] {
  const n = b.length;
  const ch = b[i];
  const rest = n - i;
  const endOfData: [number, string] = [rest, "unexpected end of data"];
  const cont = (k: number): [number, string] => [k, "invalid continuation byte"];
  if (ch < 0xc2 || ch >= 0xf5) return [1, "invalid start byte"];
  if (ch < 0xe0) {
    if (rest < 2) return endOfData;
    return cont(1);
  }
  if (ch < 0xf0) {
    if (rest < 2) return endOfData;
    const ch2 = b[i + 1];
    if (!isCont(ch2) || (ch2 < 0xa0 ? ch === 0xe0 : ch === 0xed)) return cont(1);
    if (rest < 3) return endOfData;
    return cont(2);
  }
  if (rest < 2) return endOfData;
  const ch2 = b[i + 1];
  if (!isCont(ch2) || (ch2 < 0x90 ? ch === 0xf0 : ch === 0xf4)) return cont(1);
  if (rest < 3) return endOfData;
  if (!isCont(b[i + 2])) return cont(2);
  if (rest < 4) return endOfData;
  return cont(3);
}

/** One well-formed UTF-8 sequence at i: [code point, length], or null. */
function utf8One(b: Uint8Array, i: number): [number, number] | null {
  const ch = b[i];
  if (ch < 0x80) return [ch, 1];
  const n = b.length;
  if (ch < 0xc2) return null;
  if (ch < 0xe0) return i + 1 < n && isCont(b[i + 1]) ? [((ch & 0x1f) << 6) | (b[i + 1] & 0x3f), 2] : null;
  if (ch < 0xf0) {
    if (i + 2 >= n) return null;
    const [c2, c3] = [b[i + 1], b[i + 2]];
    if (!isCont(c2) || !isCont(c3) || (ch === 0xe0 && c2 < 0xa0) || (ch === 0xed && c2 >= 0xa0)) return null;
    return [((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 3];
  }
  if (ch < 0xf5) {
    if (i + 3 >= n) return null;
    const [c2, c3, c4] = [b[i + 1], b[i + 2], b[i + 3]];
    if (!isCont(c2) || !isCont(c3) || !isCont(c4) || (ch === 0xf0 && c2 < 0x90) || (ch === 0xf4 && c2 >= 0x90)) return null;
    return [((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((c3 & 0x3f) << 6) | (c4 & 0x3f), 4];
  }
  return null;
}

let textDecoder: TextDecoder | undefined;

function decodeUtf8(b: Uint8Array, errors: string): string {
  try {
    return (textDecoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })).decode(b);
  } catch {
    // fall through to the exact decoder, which finds and reports the error
  }
  const out = new Decoded();
  // surrogatepass: ED A0..BF 80..BF is a surrogate (Python/codecs.c PyCodec_SurrogatePassErrors)
  const pass = (i: number): [number, number] | null => {
    if (i + 2 >= b.length || (b[i] & 0xf0) !== 0xe0 || !isCont(b[i + 1]) || !isCont(b[i + 2])) return null;
    const c = ((b[i] & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    return isSurrogate(c) ? [c, 3] : null;
  };
  let i = 0;
  while (i < b.length) {
    const one = utf8One(b, i);
    if (one) {
      out.push(one[0]);
      i += one[1];
      continue;
    }
    const [len, reason] = utf8Bad(b, i);
    i = decodeError(b, "utf-8", errors, out, i, i + len, reason, pass);
  }
  return out.result();
}

function decodeUcs1(b: Uint8Array, limit: number, name: string, errors: string): string {
  const out = new Decoded();
  let i = 0;
  while (i < b.length) {
    if (b[i] < limit) out.push(b[i++]);
    else i = decodeError(b, name, errors, out, i, i + 1, `ordinal not in range(${limit})`, () => null);
  }
  return out.result();
}

function decodeUtf16(b: Uint8Array, big: boolean | null, errors: string): string {
  let i = 0;
  if (big === null) {
    // 'utf-16': a BOM decides the byte order, little-endian otherwise (as on x86)
    big = false;
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) [big, i] = [true, 2];
  }
  const name = big ? "utf-16-be" : "utf-16-le";
  const unit = (k: number) => (big ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8));
  const pass = (k: number): [number, number] | null => {
    if (k + 1 >= b.length) return null;
    const u = unit(k);
    return isSurrogate(u) ? [u, 2] : null;
  };
  const out = new Decoded();
  const n = b.length;
  while (i < n) {
    if (i + 1 >= n) {
      i = decodeError(b, name, errors, out, i, n, "truncated data", pass);
      continue;
    }
    const u = unit(i);
    if (!isSurrogate(u)) {
      out.push(u);
      i += 2;
    } else if (u >= 0xdc00) {
      i = decodeError(b, name, errors, out, i, i + 2, "illegal encoding", pass);
    } else if (i + 3 >= n) {
      // a high surrogate with no complete unit after it
      i = decodeError(b, name, errors, out, i, n, "unexpected end of data", pass);
    } else {
      const u2 = unit(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        i += 4;
      } else i = decodeError(b, name, errors, out, i, i + 2, "illegal UTF-16 surrogate", pass);
    }
  }
  return out.result();
}

function decodeUtf32(b: Uint8Array, big: boolean | null, errors: string): string {
  let i = 0;
  if (big === null) {
    big = false;
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) [big, i] = [true, 4];
  }
  const name = big ? "utf-32-be" : "utf-32-le";
  const unit = (k: number) => (big ? ((b[k] << 24) | (b[k + 1] << 16) | (b[k + 2] << 8) | b[k + 3]) >>> 0 : (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16) | (b[k + 3] << 24)) >>> 0);
  const pass = (k: number): [number, number] | null => {
    if (k + 3 >= b.length) return null;
    const u = unit(k);
    return isSurrogate(u) ? [u, 4] : null;
  };
  const out = new Decoded();
  const n = b.length;
  while (i < n) {
    if (i + 3 >= n) {
      i = decodeError(b, name, errors, out, i, n, "truncated data", pass);
      continue;
    }
    const u = unit(i);
    if (u > 0x10ffff) i = decodeError(b, name, errors, out, i, i + 4, "code point not in range(0x110000)", pass);
    else if (isSurrogate(u)) i = decodeError(b, name, errors, out, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", pass);
    else {
      out.push(u);
      i += 4;
    }
  }
  return out.result();
}

/** bytes.decode(encoding='utf-8', errors='strict') */
export function decode(b: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const norm = normalizeName(encoding);
  if (norm === "unicode_escape" || norm === "raw_unicode_escape") return decodeEscapeCodec(b, norm === "raw_unicode_escape", errors);
  const known = codecOfNorm(norm);
  if (known === null) {
    const extra = extraCodec(norm);
    if (extra !== null) {
      wrapAs = `decoding with '${extra.name}'`;
      return extra.decode(b, errors);
    }
    if (registrySearch !== null) {
      const r = registrySearch(encoding, b, errors);
      if (r !== null) return r as string;
    }
  }
  const codec = known ?? lookupCodec(encoding);
  wrapAs = FAST_NAMES.has(norm) ? null : `decoding with '${codecInfoName(codec)}'`;
  switch (codec) {
    case "utf-8":
      return decodeUtf8(b, errors);
    case "utf-8-sig":
      // Lib/encodings/utf_8_sig.py: positions in errors count from after the BOM
      return decodeUtf8(b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    case "ascii":
      return decodeUcs1(b, 0x80, "ascii", errors);
    case "latin-1":
      return decodeUcs1(b, 0x100, "latin-1", errors);
    case "utf-16":
      return decodeUtf16(b, null, errors);
    case "utf-16-le":
      return decodeUtf16(b, false, errors);
    case "utf-16-be":
      return decodeUtf16(b, true, errors);
    case "utf-32":
      return decodeUtf32(b, null, errors);
    case "utf-32-le":
      return decodeUtf32(b, false, errors);
    case "utf-32-be":
      return decodeUtf32(b, true, errors);
  }
}
