// The codecs that str.encode / bytes.decode reach beyond the UTF and latin-1 family of
// codecs.ts: utf-7 (RFC 2152, as Objects/unicodeobject.c PyUnicode_EncodeUTF7 and
// PyUnicode_DecodeUTF7Stateful apply it), the encoders of unicode_escape and
// raw_unicode_escape (their decoders are in escape-codecs.ts), and the single-byte
// table codecs of Lib/encodings (cp037, cp1252, iso8859_*, koi8_r, mac_roman, ...:
// charmap_encode / charmap_decode over the generated tables of charmap-data.ts), and
// idna / punycode (idna.ts).
import { ByteBuilder, Decoded, decodeError, hex, type Encoder } from "../codecs.js";
import { decodeEscapeCodec } from "../escape-codecs.js";
import { CHARMAPS, CODEC_ALIASES, CODEC_NAMES } from "./charmap-data.js";
import { toCodePoints } from "./codepoints.js";
import { PackedReader } from "./packed-ints.js";
import { idnaDecode, idnaEncode, punycodeDecode, punycodeEncode } from "./idna.js";

export interface ExtraCodec {
  /** the codec's name in a wrapped error message (codecs.lookup(name).name) */
  name: string;
  /** a whole encoder that cannot fail, or ... */
  encode?: (s: string, errors: string) => Uint8Array;
  /** ... a per-character encoder for codecs.ts's loop with its error handlers */
  encoder?: () => Encoder;
  decode: (b: Uint8Array, errors: string) => string;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// ---- unicode_escape / raw_unicode_escape encoders ---------------------------------

/** unicodeobject.c PyUnicode_AsUnicodeEscapeString / AsRawUnicodeEscapeString. */
function encodeEscapes(s: string, raw: boolean): Uint8Array {
  const out = new ByteBuilder();
  const ascii = (t: string) => {
    for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
  };
  for (const c of toCodePoints(s)) {
    if (raw ? c < 0x100 : c >= 0x20 && c < 0x7f && c !== 0x5c) out.push(c);
    else if (!raw && c === 0x5c) ascii("\\\\");
    else if (!raw && c === 0x09) ascii("\\t");
    else if (!raw && c === 0x0a) ascii("\\n");
    else if (!raw && c === 0x0d) ascii("\\r");
    else if (c < 0x100) ascii("\\x" + hex(c, 2));
    else if (c < 0x10000) ascii("\\u" + hex(c, 4));
    else ascii("\\U" + hex(c, 8));
  }
  return out.result();
}

// ---- utf-7 --------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function fromBase64(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  if (c === 0x2b) return 62;
  if (c === 0x2f) return 63;
  return -1;
}

/** Characters written as themselves: RFC 2152's sets D and O and the spaces, that is
 * every printable ASCII character but '+', '\' and '~', plus tab, LF, CR. */
function utf7Direct(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0d) return true;
  return c >= 0x20 && c < 0x7f && c !== 0x2b && c !== 0x5c && c !== 0x7e;
}

function encodeUtf7(s: string): Uint8Array {
  const out = new ByteBuilder();
  let shifted = false;
  let bits = 0;
  let buffer = 0;
  const emit = (v: number) => out.push(B64.charCodeAt(v & 63));
  const put16 = (unit: number) => {
    buffer = ((buffer << 16) | unit) & 0x3fffff;
    bits += 16;
    while (bits >= 6) {
      emit(buffer >> (bits - 6));
      bits -= 6;
    }
  };
  for (const c of toCodePoints(s)) {
    if (shifted && utf7Direct(c)) {
      if (bits > 0) emit(buffer << (6 - bits));
      bits = 0;
      buffer = 0;
      shifted = false;
      // a '-' ends the shift explicitly when the next character could be read as base 64
      if (fromBase64(c) >= 0 || c === 0x2d) out.push(0x2d);
      out.push(c);
      continue;
    }
    if (!shifted) {
      if (c === 0x2b) {
        out.pushAll([0x2b, 0x2d]);
        continue;
      }
      if (utf7Direct(c)) {
        out.push(c);
        continue;
      }
      out.push(0x2b);
      shifted = true;
    }
    if (c >= 0x10000) {
      put16(0xd800 + ((c - 0x10000) >> 10));
      put16(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else put16(c);
  }
  if (bits > 0) emit(buffer << (6 - bits));
  if (shifted) out.push(0x2d);
  return out.result();
}

function decodeUtf7(b: Uint8Array, errors: string): string {
  const out = new Decoded();
  const n = b.length;
  let shifted = false;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let start = 0;
  let i = 0;
  const error = (end: number, reason: string) => {
    i = decodeError(b, "utf7", errors, out, start, end, reason, () => null);
  };
  while (i < n) {
    const ch = b[i];
    if (shifted) {
      const v = fromBase64(ch);
      if (v >= 0) {
        buffer = ((buffer << 6) | v) & 0x3fffff;
        bits += 6;
        i++;
        if (bits >= 16) {
          const unit = (buffer >> (bits - 16)) & 0xffff;
          bits -= 16;
          buffer &= (1 << bits) - 1;
          if (surrogate) {
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              out.push(0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00));
              surrogate = 0;
              continue;
            }
            out.push(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xd800 && unit <= 0xdbff) surrogate = unit;
          else out.push(unit);
        }
        continue;
      }
      // leaving the base-64 section
      shifted = false;
      if (bits >= 6) {
        error(++i, "partial character in shift sequence");
        continue;
      }
      if (bits > 0 && buffer !== 0) {
        error(++i, "non-zero padding bits in shift sequence");
        continue;
      }
      if (surrogate && ch < 0x80 && ch !== 0x2b) out.push(surrogate);
      surrogate = 0;
      if (ch === 0x2d) i++; // '-' is absorbed; other terminators are kept
      continue;
    }
    if (ch === 0x2b) {
      start = i++;
      if (i < n && b[i] === 0x2d) {
        i++;
        out.push(0x2b);
      } else if (i < n && fromBase64(b[i]) < 0) {
        error(++i, "ill-formed sequence");
      } else {
        shifted = true;
        surrogate = 0;
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    if (ch < 0x80) {
      out.push(ch);
      i++;
      continue;
    }
    start = i++;
    error(i, "unexpected special character");
  }
  if (shifted && (surrogate || bits >= 6 || (bits > 0 && buffer !== 0))) {
    decodeError(b, "utf7", errors, out, start, n, "unterminated shift sequence", () => null);
  }
  return out.result();
}

// ---- single-byte tables ------------------------------------------------------------

interface Charmap {
  decode: string;
  encode: Map<number, number>;
}
const charmaps = new Map<string, Charmap>();

function charmap(mod: string): Charmap {
  let m = charmaps.get(mod);
  if (m === undefined) {
    // "A": bytes 0..127 are ASCII and the steps start after 127; "F": all 256 bytes
    const packed = CHARMAPS[mod];
    const r = new PackedReader(packed);
    r.i = 1;
    let table = "";
    let prev = -1;
    if (packed[0] === "A") {
      for (let c = 0; c < 128; c++) table += String.fromCharCode(c);
      prev = 127;
    }
    while (!r.done()) {
      const z = r.next();
      prev += z & 1 ? -(z + 1) / 2 : z / 2;
      table += String.fromCharCode(prev);
    }
    // charmap_build: the inverse, later bytes overriding earlier ones
    const encode = new Map<number, number>();
    for (let byte = 0; byte < 256; byte++) if (table.charCodeAt(byte) !== 0xfffe) encode.set(table.charCodeAt(byte), byte);
    m = { decode: table, encode };
    charmaps.set(mod, m);
  }
  return m;
}

function charmapEncoder(mod: string): Encoder {
  const map = charmap(mod).encode;
  return {
    name: "charmap",
    put(out, c) {
      const byte = map.get(c);
      if (byte === undefined) return false;
      out.push(byte);
      return true;
    },
    run(cps, i) {
      let j = i + 1;
      while (j < cps.length && !map.has(cps[j])) j++;
      return j - i;
    },
    reason: "character maps to <undefined>",
    pass: () => null,
  };
}

function charmapDecode(mod: string, b: Uint8Array, errors: string): string {
  const table = charmap(mod).decode;
  const out = new Decoded();
  let i = 0;
  while (i < b.length) {
    const c = table.charCodeAt(b[i]);
    if (c !== 0xfffe) {
      out.push(c);
      i++;
    } else i = decodeError(b, "charmap", errors, out, i, i + 1, "character maps to <undefined>", () => null);
  }
  return out.result();
}

// ---- lookup -------------------------------------------------------------------------

const cache = new Map<string, ExtraCodec | null>();

/** The codec for a normalized encoding name (encodings.normalize_encoding form), or
 * null when it is not one of these. */
export function extraCodec(norm: string): ExtraCodec | null {
  let c = cache.get(norm);
  if (c !== undefined) return c;
  const mod = own(CODEC_ALIASES, norm) ? CODEC_ALIASES[norm] : norm;
  c = null;
  if (own(CODEC_NAMES, mod)) {
    const name = CODEC_NAMES[mod];
    if (mod === "utf_7") c = { name, encode: encodeUtf7, decode: decodeUtf7 };
    else if (mod === "idna") c = { name, encode: idnaEncode, decode: idnaDecode };
    else if (mod === "punycode") c = { name, encode: (s) => Uint8Array.from(punycodeEncode(toCodePoints(s)), (ch) => ch.charCodeAt(0)), decode: punycodeDecode };
    else if (mod === "unicode_escape" || mod === "raw_unicode_escape") {
      const raw = mod === "raw_unicode_escape";
      c = { name, encode: (s) => encodeEscapes(s, raw), decode: (b, errors) => decodeEscapeCodec(b, raw, errors) };
    } else if (own(CHARMAPS, mod)) c = { name, encoder: () => charmapEncoder(mod), decode: (b, errors) => charmapDecode(mod, b, errors) };
  }
  cache.set(norm, c);
  return c;
}
