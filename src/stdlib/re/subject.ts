// The subject of a match: a str (as code points) or a bytes-like object (as bytes),
// and the substrings that groups, findall, split and sub hand back.
import { PyStrSub, type PyValue } from "../../runtime/object.js";
import { PyBytes, PyTuple } from "../../runtime/containers.js";
import { PyByteArray, bufferOf } from "../../runtime/bytes.js";
import { raise } from "../../runtime/raise.js";
import { typeName, asStr } from "../../runtime/ops.js";

/** What the matcher reads, and how to cut pieces out of it. `text` is the str when
 * code-point indices are UTF-16 indices (no astral characters): slicing is then
 * `text.slice`, and `input` is not read after the search. */
export interface Subject {
  /** the code points or bytes; only [0, len) belongs to the subject */
  input: ArrayLike<number>;
  len: number;
  text: string | null;
  isBytes: boolean;
  /** `input` is the shared scratch buffer, overwritten by the next str converted:
   * whoever searches again after running Python code takes a copy (owned()) */
  shared: boolean;
  /** a bytearray subject: groups read its bytes as they are now (sre's getslice
   * slices the object itself, bpo-29444) */
  live: PyByteArray | null;
}

// Short str subjects are converted into one reused buffer: allocating a typed array
// per searched line costs more than the search. The last conversion is remembered
// (one string is often searched several times: several patterns per line, pos loops).
const SCRATCH_MAX = 1 << 16;
let scratch = new Int32Array(256);
let lastStr: string | null = null;
let lastSubject: Subject | null = null;

// Long strs without surrogates become UTF-16 code units in one native copy where the
// host has Node's Buffer (a JS loop costs ~15 ns per character); elsewhere the loop.
const SURROGATE = /[\ud800-\udfff]/;
type BufferLike = { from(s: string, enc: string): Uint8Array };
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

function unitsOf(s: string): Uint16Array | null {
  if (NodeBuffer === undefined || SURROGATE.test(s)) return null;
  const b = NodeBuffer.from(s, "utf16le");
  if (b.byteOffset % 2 !== 0 || b.length !== 2 * s.length) return null;
  return new Uint16Array(b.buffer, b.byteOffset, s.length);
}

// An ASCII str's UTF-8 bytes are its code points: TextEncoder (Node and browsers)
// writes them natively, several times faster than the loop below.
const encoder = new TextEncoder();
let scratch8 = new Uint8Array(256);

function remember(s: string, sj: Subject): Subject {
  lastStr = s;
  lastSubject = sj;
  return sj;
}

function strSubject(s: string): Subject {
  if (s === lastStr) return lastSubject!;
  const n = s.length;
  if (n <= SCRATCH_MAX) {
    if (scratch8.length < n) scratch8 = new Uint8Array(Math.max(n, scratch8.length * 2));
    // all read and one byte each: ASCII (a cut-off write can also give written === n)
    const r = encoder.encodeInto(s, scratch8);
    if (r.read === n && r.written === n) return remember(s, { input: scratch8, len: n, text: s, isBytes: false, shared: true, live: null });
  } else {
    const b = encoder.encode(s);
    if (b.length === n) return remember(s, { input: b, len: n, text: s, isBytes: false, shared: false, live: null });
    const units = unitsOf(s);
    if (units !== null) return remember(s, { input: units, len: n, text: s, isBytes: false, shared: false, live: null });
  }
  let out: Int32Array;
  const shared = n <= SCRATCH_MAX;
  if (shared) {
    if (scratch.length < n) scratch = new Int32Array(Math.max(n, scratch.length * 2));
    out = scratch;
  } else out = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        out[k++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[k++] = c;
  }
  let sj: Subject;
  if (k === n) sj = { input: out, len: n, text: s, isBytes: false, shared, live: null };
  // astral characters: Match objects cut pieces out of the code points, so they get
  // their own copy
  else sj = { input: shared ? out.slice(0, k) : out, len: k, text: null, isBytes: false, shared: false, live: null };
  return remember(s, sj);
}

/** A subject whose input stays valid while Python code runs (finditer, sub with a
 * function). */
export function owned(sj: Subject): Subject {
  if (!sj.shared) return sj;
  return { input: (sj.input as Int32Array | Uint8Array).slice(0, sj.len), len: sj.len, text: sj.text, isBytes: false, shared: false, live: null };
}

/** The subject for a pattern of the given kind, with CPython's TypeErrors
 * (_sre getstring). */
export function subjectOf(v: PyValue, isBytes: boolean): Subject {
  if (typeof v === "string") {
    if (isBytes) raise("TypeError", "cannot use a bytes pattern on a string-like object");
    return strSubject(v);
  }
  // an instance of a str subclass matches as its str value
  if (v instanceof PyStrSub) return subjectOf(v.sv, isBytes);
  if (v instanceof PyBytes) {
    if (!isBytes) raise("TypeError", "cannot use a string pattern on a bytes-like object");
    return { input: v.b, len: v.b.length, text: null, isBytes: true, shared: false, live: null };
  }
  if (v instanceof PyByteArray) {
    if (!isBytes) raise("TypeError", "cannot use a string pattern on a bytes-like object");
    const b = v.b;
    return { input: b, len: b.length, text: null, isBytes: true, shared: false, live: v };
  }
  // other buffers (memoryview, array): their bytes
  const buf = bufferOf(v);
  if (buf !== null) {
    if (!isBytes) raise("TypeError", "cannot use a string pattern on a bytes-like object");
    return { input: buf, len: buf.length, text: null, isBytes: true, shared: false, live: null };
  }
  return raise("TypeError", `expected string or bytes-like object, got '${typeName(v)}'`);
}

/** The piece [a, b) of a subject: an exact str, or bytes for any bytes-like subject
 * (_sre getslice). */
export function piece(sj: Subject, a: number, b: number): PyValue {
  const t = sj.text;
  if (t !== null) return t.slice(a, b);
  if (sj.isBytes) {
    const bytes = sj.live === null ? (sj.input as Uint8Array) : sj.live.b;
    return new PyBytes(bytes.slice(Math.min(a, bytes.length), Math.min(b, bytes.length)));
  }
  const cps = sj.input;
  let out = "";
  for (let i = a; i < b; i++) out += String.fromCodePoint(cps[i]);
  return out;
}

/** Join sub()'s pieces with str.join / bytes.join's checks (sre.c pattern_subx joins
 * its list the same way, so a bad callable result names its list index). */
export function joinSub(parts: PyValue[], isBytes: boolean): PyValue {
  if (!isBytes) {
    for (let i = 0; i < parts.length; i++) {
      const v = parts[i];
      if (typeof v !== "string") {
        const sv = asStr(v);
        if (sv === undefined) raise("TypeError", `sequence item ${i}: expected str instance, ${typeName(v)} found`);
        parts[i] = sv;
      }
    }
    return (parts as string[]).join("");
  }
  let n = 0;
  const bufs: Uint8Array[] = [];
  for (let i = 0; i < parts.length; i++) {
    const v = parts[i];
    let b: Uint8Array;
    if (v instanceof PyBytes || v instanceof PyByteArray) b = v.b;
    else {
      const sj = v !== null && typeof v === "object" && !(v instanceof PyTuple) ? trySubject(v) : null;
      if (sj === null) return raise("TypeError", `sequence item ${i}: expected a bytes-like object, ${typeName(v)} found`);
      b = sj;
    }
    bufs.push(b);
    n += b.length;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const b of bufs) {
    out.set(b, at);
    at += b.length;
  }
  return new PyBytes(out);
}
function trySubject(v: PyValue): Uint8Array | null {
  try {
    return subjectOf(v, true).input as Uint8Array;
  } catch {
    return null;
  }
}

export function codePointsCopy(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}
