// The 'punycode' (RFC 3492) and 'idna' (RFC 3490 IDNA2003, with the nameprep profile of
// RFC 3491 over Unicode 3.2) codecs, behaving as Python's encodings.idna and
// encodings.punycode do: strict errors only, CPython's messages, and errors from
// inside a codec wrapped as "encoding with 'idna' codec failed (UnicodeError: ...)".
import { raise } from "../raise.js";
import { raiseUnicodeError } from "../codecs.js";
import { strRepr, bytesRepr } from "../repr.js";
import { fromCodePoints, toCodePoints } from "./codepoints.js";
import { PackedReader } from "./packed-ints.js";
import { normalize32 } from "./unicodedata-tables.js";
import { B1, B2, D1, D2, PROHIBITED } from "./stringprep-data.js";

/** A UnicodeError raised inside a codec, by its bare message; `wrapped` turns it into
 * the one str.encode/bytes.decode report: "encoding with 'idna' codec failed
 * (UnicodeError: ...)" (the wrapping of _PyErr_TrySetFromCause). */
class CodecMessage extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}

function fail(msg: string): never {
  throw new CodecMessage(msg);
}

function wrapped<T>(what: string, name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CodecMessage) raise("UnicodeError", `${what} with '${name}' codec failed (UnicodeError: ${e.msg})`);
    throw e;
  }
}

// ---- punycode (RFC 3492 section 6, with Python's messages) -------------------------

const BASE = 36;
const TMIN = 1;
const TMAX = 26;

function threshold(j: number, bias: number): number {
  return Math.min(TMAX, Math.max(TMIN, BASE * (j + 1) - bias));
}

function adapt(delta: number, first: boolean, numPoints: number): number {
  delta = first ? Math.floor(delta / 700) : Math.floor(delta / 2);
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > 455) {
    delta = Math.floor(delta / 35);
    k += BASE;
  }
  return k + Math.floor((36 * delta) / (delta + 38));
}

const DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";

export function punycodeEncode(cps: number[]): string {
  const basic = cps.filter((c) => c < 0x80);
  let out = fromCodePoints(basic);
  const extended = [...new Set(cps.filter((c) => c >= 0x80))].sort((a, b) => a - b);
  let ext = "";
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  let handled = basic.length;
  for (const m of extended) {
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let j = 0; ; j++) {
        const t = threshold(j, bias);
        if (q < t) break;
        ext += DIGITS[t + ((q - t) % (BASE - t))];
        q = Math.floor((q - t) / (BASE - t));
      }
      ext += DIGITS[q];
      bias = adapt(delta, handled === basic.length, handled + 1);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  if (basic.length) out += "-";
  return out + ext;
}

function punycodeDecodeRaw(b: Uint8Array): string {
  const dash = b.lastIndexOf(0x2d);
  const asciiOf = (part: Uint8Array): string => {
    for (let k = 0; k < part.length; k++) {
      if (part[k] >= 0x80) raiseUnicodeError({ kind: "UnicodeDecodeError", encoding: "ascii", object: part, start: k, end: k + 1, reason: "ordinal not in range(128)" });
    }
    let text = "";
    for (let k = 0; k < part.length; k++) text += String.fromCharCode(part[k]);
    return text;
  };
  const out = dash < 0 ? [] : toCodePoints(asciiOf(b.subarray(0, dash)));
  const ext = asciiOf(b.subarray(dash + 1)).toUpperCase();
  let n = 0x80;
  let pos = -1;
  let bias = 72;
  let i = 0;
  while (i < ext.length) {
    const first = i === 0;
    let value = 0;
    let w = 1;
    for (let j = 0; ; j++) {
      if (i >= ext.length) fail("incomplete punicode string");
      const ch = ext.charCodeAt(i++);
      let digit: number;
      if (ch >= 0x41 && ch <= 0x5a) digit = ch - 0x41;
      else if (ch >= 0x30 && ch <= 0x39) digit = ch - 22;
      else fail(`Invalid extended code point '${ext[i - 1]}'`);
      const t = threshold(j, bias);
      value += digit * w;
      if (digit < t) break;
      w *= BASE - t;
    }
    pos += value + 1;
    n += Math.floor(pos / (out.length + 1));
    if (n > 0x10ffff) fail(`Invalid character U+${n.toString(16)}`);
    pos %= out.length + 1;
    out.splice(pos, 0, n);
    bias = adapt(value, first, out.length);
  }
  return fromCodePoints(out);
}

// ---- nameprep (RFC 3491) ----------------------------------------------------------

interface RangeSet {
  starts: number[];
  ends: number[];
}
const sets = new Map<string, RangeSet>();

function rangeSet(packed: string): RangeSet {
  let s = sets.get(packed);
  if (s === undefined) {
    const r = new PackedReader(packed);
    s = { starts: [], ends: [] };
    let pos = 0;
    while (!r.done()) {
      const start = pos + r.next();
      pos = start + r.next();
      s.starts.push(start);
      s.ends.push(pos);
    }
    sets.set(packed, s);
  }
  return s;
}

function inSet(packed: string, cp: number): boolean {
  const { starts, ends } = rangeSet(packed);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < starts[mid]) hi = mid - 1;
    else if (cp >= ends[mid]) lo = mid + 1;
    else return true;
  }
  return false;
}

let caseFold: Map<number, number[]> | null = null;

/** Table B.2: case folding for use with NFKC. */
function foldB2(cp: number): number[] | undefined {
  if (caseFold === null) {
    caseFold = new Map();
    const r = new PackedReader(B2);
    let pos = 0;
    while (!r.done()) {
      const cp0 = pos + r.next();
      const n = r.next();
      const to: number[] = [];
      for (let k = 0; k < n; k++) to.push(r.next());
      caseFold.set(cp0, to);
      pos = cp0 + 1;
    }
  }
  return caseFold.get(cp);
}

/** RFC 3491: map (B.1, B.2), normalize (NFKC of Unicode 3.2), prohibit, check bidi. */
function nameprep(label: number[]): number[] {
  const mapped: number[] = [];
  for (const c of label) {
    if (inSet(B1, c)) continue;
    const f = foldB2(c);
    if (f === undefined) mapped.push(c);
    else mapped.push(...f);
  }
  const out = toCodePoints(normalize32("NFKC", fromCodePoints(mapped)));
  for (const c of out) if (inSet(PROHIBITED, c)) fail(`Invalid character ${strRepr(String.fromCodePoint(c))}`);
  const randAL = out.map((c) => inSet(D1, c));
  if (randAL.some((x) => x)) {
    if (out.some((c) => inSet(D2, c))) fail("Violation of BIDI requirement 2");
    if (!randAL[0] || !randAL[randAL.length - 1]) fail("Violation of BIDI requirement 3");
  }
  return out;
}

// ---- ToASCII / ToUnicode (RFC 3490 section 4) ---------------------------------------

const isAscii = (cps: number[]) => cps.every((c) => c < 0x80);
const DOTS = /[.\u3002\uff0e\uff61]/;

function checkedLabel(text: string): string {
  if (text.length > 0 && text.length < 64) return text;
  return fail("label empty or too long");
}

function toAscii(label: number[]): string {
  if (isAscii(label)) return checkedLabel(fromCodePoints(label));
  const prepped = nameprep(label);
  if (isAscii(prepped)) return checkedLabel(fromCodePoints(prepped));
  const text = fromCodePoints(prepped);
  if (text.startsWith("xn--")) fail("Label starts with ACE prefix");
  return checkedLabel("xn--" + punycodeEncode(prepped));
}

export function idnaEncode(s: string, errors: string): Uint8Array {
  return wrapped("encoding", "idna", () => idnaEncodeRaw(s, errors));
}

function idnaEncodeRaw(s: string, errors: string): Uint8Array {
  if (errors !== "strict") fail(`unsupported error handling ${errors}`);
  const cps = toCodePoints(s);
  const bytes = (t: string) => Uint8Array.from(t, (ch) => ch.charCodeAt(0));
  if (isAscii(cps)) {
    // already ASCII: only the label lengths are checked
    const labels = s.split(".");
    for (const l of labels.slice(0, -1)) checkedLabel(l);
    if (labels[labels.length - 1].length >= 64) fail("label too long");
    return bytes(s);
  }
  const labels = s.split(DOTS);
  let trailing = "";
  if (labels.length && labels[labels.length - 1] === "") {
    trailing = ".";
    labels.pop();
  }
  return bytes(labels.map((l) => toAscii(toCodePoints(l))).join(".") + trailing);
}

function toUnicode(label: Uint8Array): string {
  const ascii = () => {
    for (let k = 0; k < label.length; k++) {
      if (label[k] >= 0x80) raiseUnicodeError({ kind: "UnicodeDecodeError", encoding: "ascii", object: label, start: k, end: k + 1, reason: "ordinal not in range(128)" });
    }
    return String.fromCharCode(...label);
  };
  const prefix = String.fromCharCode(...label.subarray(0, 4)).toLowerCase();
  if (prefix !== "xn--") return ascii();
  const text = punycodeDecodeWrapped(label.subarray(4));
  const back = toAscii(toCodePoints(text));
  const original = ascii();
  if (original.toLowerCase() !== back) {
    raise("UnicodeError", `('IDNA does not round-trip', ${bytesRepr(label)}, ${bytesRepr(Uint8Array.from(back, (ch) => ch.charCodeAt(0)))})`);
  }
  return text;
}

/** The punycode decoder as the idna codec calls it (through bytes.decode): its
 * failures come wrapped once, then once more by idna. */
function punycodeDecodeWrapped(b: Uint8Array): string {
  try {
    return punycodeDecodeRaw(b);
  } catch (e) {
    if (e instanceof CodecMessage) fail(`decoding with 'punycode' codec failed (UnicodeError: ${e.msg})`);
    throw e;
  }
}

/** bytes.decode('punycode'): the part after the last '-' holds the insertions. */
export function punycodeDecode(b: Uint8Array): string {
  return wrapped("decoding", "punycode", () => punycodeDecodeRaw(b));
}

export function idnaDecode(b: Uint8Array, errors: string): string {
  return wrapped("decoding", "idna", () => idnaDecodeRaw(b, errors));
}

function idnaDecodeRaw(b: Uint8Array, errors: string): string {
  if (b.length === 0) return "";
  if (errors !== "strict") fail(`Unsupported error handling ${errors}`);
  // the fast path looks for the prefix as written: "XN--" labels come back unchanged
  let text = "";
  for (let k = 0; k < b.length; k += 8192) text += String.fromCharCode(...b.subarray(k, k + 8192));
  if (!text.includes("xn--") && b.every((x) => x < 0x80)) return text;
  const labels: Uint8Array[] = [];
  let start = 0;
  for (let k = 0; k <= b.length; k++) {
    if (k === b.length || b[k] === 0x2e) {
      labels.push(b.subarray(start, k));
      start = k + 1;
    }
  }
  let trailing = "";
  if (labels.length && labels[labels.length - 1].length === 0) {
    trailing = ".";
    labels.pop();
  }
  return labels.map(toUnicode).join(".") + trailing;
}
