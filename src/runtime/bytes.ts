// bytes: the object-model side (repr, indexing, decode); the byte methods themselves
// belong to bytes-methods.ts (text helper).
import { PyObject, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes, PyList, PySlice } from "./containers.js";
import { method, classMethod, staticMethod } from "./descriptors.js";
import { bytesRepr } from "./repr.js";
import { ctors } from "./klass.js";
import { asInt, seqConcat, seqRepeat, typeName, callSpecial } from "./ops.js";
import { encode } from "./codecs.js";
import { toArray, ArrayIter, iterType } from "./iter.js";
import { checkIndexType, sliceArray, sliceIndices, ssizeIndex } from "./sequence.js";
import { setMakeBytes } from "./str.js";

const B = (v: PyValue): Uint8Array => (v as PyBytes).b;
setMakeBytes((b) => new PyBytes(b));
const bt = T.bytes;
method(bt, "__repr__", 0, 0, (s) => bytesRepr(B(s)));
method(bt, "__len__", 0, 0, (s) => B(s).length);
// ops.ts strHash over the byte values: CPython hashes a one-byte-per-character str by
// its bytes, so hash('spam') == hash(b'spam') (and any latin-1 text alike)
method(bt, "__hash__", 0, 0, (s) => {
  const b = B(s);
  if (b.length === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
  h |= 0;
  return h === -1 ? -2 : h;
});
method(bt, "__iter__", 0, 0, (s) => new ArrayIter([...B(s)], iterType("bytes_iterator")));
method(bt, "__getitem__", 1, 1, (s, i) => {
  const b = B(s);
  if (i instanceof PySlice) {
    // contiguous slices copy just their range (pickle and parsers slice big buffers)
    if (i.step === null || i.step === 1) {
      const [start, stop] = sliceIndices(i, b.length);
      return new PyBytes(b.slice(start, Math.max(start, stop)));
    }
    return new PyBytes(Uint8Array.from(sliceArray([...b], i)));
  }
  checkIndexType(i, "byte");
  let n = ssizeIndex(i);
  if (n < 0) n += b.length;
  if (n < 0 || n >= b.length) raise("IndexError", "index out of range");
  return b[n];
});
method(bt, "__eq__", 1, 1, (s, o) => (o instanceof PyBytes ? B(s).length === o.b.length && B(s).every((c, i) => c === o.b[i]) : NotImplemented));
seqConcat.set(bt, (a, b) => {
  const x = B(a), y = B(b);
  const r = new Uint8Array(x.length + y.length);
  r.set(x);
  r.set(y, x.length);
  return new PyBytes(r);
});
seqRepeat.set(bt, (a, n) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...B(a));
  return new PyBytes(Uint8Array.from(out));
});
ctors.set(bt, (args, kwnames) => {
  if (kwnames !== null && kwnames.length) args = bytesArgs(args, kwnames, "bytes");
  if (args.length === 0) return new PyBytes(new Uint8Array());
  if (args.length > 3) raise("TypeError", `bytes() takes at most 3 arguments (${args.length} given)`);
  const v = args[0];
  if (typeof v === "string") {
    if (args.length < 2 || args[1] === undefined) raise("TypeError", "string argument without an encoding");
    const enc = args[1];
    const err = args[2] === undefined ? "strict" : args[2];
    if (typeof enc !== "string") raise("TypeError", `bytes() argument 'encoding' must be str, not ${typeName(enc)}`);
    if (typeof err !== "string") raise("TypeError", `bytes() argument 'errors' must be str, not ${typeName(err)}`);
    return new PyBytes(encode(v, enc, err));
  }
  if (args.length > 1) raise("TypeError", args[1] !== undefined ? "encoding without a string argument" : "errors without a string argument");
  // bytes_new: an object's own __bytes__ comes before the buffer and int forms
  if (v !== null && typeof v === "object" && !(v instanceof PyBytes) && args.length === 1) {
    const r = callSpecial(v, "__bytes__", []);
    if (r !== undefined) {
      if (!(r instanceof PyBytes)) raise("TypeError", `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r;
    }
  }
  const n = asInt(v);
  if (n !== undefined) return new PyBytes(new Uint8Array(Number(n)));
  if (v instanceof PyByteArray) return new PyBytes(v.b.slice());
  const mv = bufferOf(v);
  if (mv !== null) return new PyBytes(mv.slice());
  const items = toArray(v).map((x) => {
    const c = asInt(x);
    if (c === undefined) raise("TypeError", `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (c < 0 || c > 255) raise("ValueError", "bytes must be in range(0, 256)");
    return Number(c);
  });
  return new PyBytes(Uint8Array.from(items));
});
/** bytes(source, encoding, errors) given by keyword: the positional form, with
 * `undefined` for what was left out (bytes_new's argument clinic). */
/** bytes()/bytearray() keywords mapped onto (source, encoding, errors), with
 * getargs.c's errors for unknown names and for a name that repeats a position. */
export function bytesArgs(args: PyValue[], kwnames: readonly string[], who: "bytes" | "bytearray"): PyValue[] {
  const n = args.length - kwnames.length;
  const pos: PyValue[] = args.slice(0, n);
  kwnames.forEach((k, i) => {
    const at = k === "source" ? 0 : k === "encoding" ? 1 : k === "errors" ? 2 : raise("TypeError", `'${k}' is an invalid keyword argument for ${who}()`);
    if (at < n) raise("TypeError", `argument for ${who}() given by name ('${k}') and position (${at + 1})`);
    pos[at] = args[n + i];
  });
  // a hole before a given argument: source defaults to b'' only when absent entirely
  for (let i = 0; i < pos.length; i++) if (!(i in pos)) pos[i] = undefined as unknown as PyValue;
  return pos;
}
export { PyList };

// ---- methods, wired to the text helper's bytes-methods.ts and codecs.ts ----
import * as BM from "./bytes-methods.js";
import { encode as codecEncode } from "./codecs.js";
import { kwmethod } from "./descriptors.js";
import { PyTuple, tuple } from "./containers.js";
import { indexValue } from "./ops.js";
import { pyRepr } from "./ops.js";

function bytesArg(v: PyValue | undefined, what = "a bytes-like object is required"): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  const mv = bufferOf(v);
  if (mv !== null) return mv;
  return raise("TypeError", `${what}, not '${typeName(v ?? null)}'`);
}
const sub = (v: PyValue): BM.ByteSub => (typeof v === "number" || typeof v === "bigint" ? v : bytesArg(v, "argument should be integer or bytes-like object"));
const opt = (v: PyValue | undefined) => (v === undefined || v === null ? v as null | undefined : (asInt(v) ?? indexValue(v)));
const mk = (b: Uint8Array) => new PyBytes(b);
const prefixes = (v: PyValue): Uint8Array | Uint8Array[] => (v instanceof PyTuple ? v.a.map((x) => bytesArg(x)) : bytesArg(v));

for (const [name, f] of [["lower", BM.bytesLower], ["upper", BM.bytesUpper], ["swapcase", BM.bytesSwapcase], ["capitalize", BM.bytesCapitalize], ["title", BM.bytesTitle]] as const) {
  method(bt, name, 0, 0, (s) => mk(f(B(s))));
}
for (const [name, f] of [["isalnum", BM.bytesIsalnum], ["isalpha", BM.bytesIsalpha], ["isdigit", BM.bytesIsdigit], ["isspace", BM.bytesIsspace], ["isascii", BM.bytesIsascii], ["islower", BM.bytesIslower], ["isupper", BM.bytesIsupper], ["istitle", BM.bytesIstitle]] as const) {
  method(bt, name, 0, 0, (s) => f(B(s)));
}
method(bt, "find", 1, 3, (s, x, a, b) => BM.bytesFind(B(s), sub(x), opt(a), opt(b)));
method(bt, "rfind", 1, 3, (s, x, a, b) => BM.bytesRfind(B(s), sub(x), opt(a), opt(b)));
method(bt, "index", 1, 3, (s, x, a, b) => BM.bytesIndex(B(s), sub(x), opt(a), opt(b)));
method(bt, "rindex", 1, 3, (s, x, a, b) => BM.bytesRindex(B(s), sub(x), opt(a), opt(b)));
method(bt, "count", 1, 3, (s, x, a, b) => BM.bytesCount(B(s), sub(x), opt(a), opt(b)));
method(bt, "startswith", 1, 3, (s, p, a, b) => BM.bytesStartswith(B(s), prefixes(p), opt(a), opt(b)));
method(bt, "endswith", 1, 3, (s, p, a, b) => BM.bytesEndswith(B(s), prefixes(p), opt(a), opt(b)));
method(bt, "replace", 2, 3, (s, o, n, c) => mk(BM.bytesReplace(B(s), bytesArg(o), bytesArg(n), c === undefined ? -1 : (asInt(c) ?? -1))));
method(bt, "removeprefix", 1, 1, (s, p) => mk(BM.bytesRemoveprefix(B(s), bytesArg(p))));
method(bt, "removesuffix", 1, 1, (s, p) => mk(BM.bytesRemovesuffix(B(s), bytesArg(p))));
method(bt, "partition", 1, 1, (s, p) => tuple(BM.bytesPartition(B(s), bytesArg(p)).map(mk)));
method(bt, "rpartition", 1, 1, (s, p) => tuple(BM.bytesRpartition(B(s), bytesArg(p)).map(mk)));
kwmethod(bt, "split", (a, kw) => new PyList(BM.bytesSplit(B(a[0]), (a[1] ?? kw?.get("sep") ?? null) === null ? null : bytesArg(a[1] ?? kw!.get("sep")), asInt(a[2] ?? kw?.get("maxsplit") ?? -1) ?? -1).map(mk)));
kwmethod(bt, "rsplit", (a, kw) => new PyList(BM.bytesRsplit(B(a[0]), (a[1] ?? kw?.get("sep") ?? null) === null ? null : bytesArg(a[1] ?? kw!.get("sep")), asInt(a[2] ?? kw?.get("maxsplit") ?? -1) ?? -1).map(mk)));
// bytes.translate(table, /, delete=b''): a None table keeps every byte not deleted
kwmethod(bt, "translate", (a, kw) => {
  if (a.length < 2) raise("TypeError", `translate() takes at least 1 positional argument (${a.length - 1} given)`);
  for (const k of kw?.keys() ?? []) if (k !== "delete") raise("TypeError", `'${k}' is an invalid keyword argument for translate()`);
  if (a.length + (kw?.size ?? 0) > 3) raise("TypeError", `translate() takes at most 2 arguments (${a.length - 1 + (kw?.size ?? 0)} given)`);
  const table = a[1] === null ? null : bytesArg(a[1]);
  if (table !== null && table.length !== 256) raise("ValueError", "translation table must be 256 characters long");
  const del = a[2] ?? kw?.get("delete");
  return mk(BM.bytesTranslate(B(a[0]), table, del === undefined ? undefined : bytesArg(del)));
});
kwmethod(bt, "splitlines", (a, kw) => new PyList(BM.bytesSplitlines(B(a[0]), Boolean(a[1] ?? kw?.get("keepends") ?? false)).map(mk)));
method(bt, "strip", 0, 1, (s, c) => mk(BM.bytesStrip(B(s), c === undefined || c === null ? null : bytesArg(c))));
method(bt, "lstrip", 0, 1, (s, c) => mk(BM.bytesLstrip(B(s), c === undefined || c === null ? null : bytesArg(c))));
method(bt, "rstrip", 0, 1, (s, c) => mk(BM.bytesRstrip(B(s), c === undefined || c === null ? null : bytesArg(c))));
method(bt, "center", 1, 2, (s, w, f) => mk(BM.bytesCenter(B(s), asInt(w)!, f === undefined ? undefined : bytesArg(f))));
method(bt, "ljust", 1, 2, (s, w, f) => mk(BM.bytesLjust(B(s), asInt(w)!, f === undefined ? undefined : bytesArg(f))));
method(bt, "rjust", 1, 2, (s, w, f) => mk(BM.bytesRjust(B(s), asInt(w)!, f === undefined ? undefined : bytesArg(f))));
method(bt, "zfill", 1, 1, (s, w) => mk(BM.bytesZfill(B(s), asInt(w)!)));
method(bt, "expandtabs", 0, 1, (s, n) => mk(BM.bytesExpandtabs(B(s), n === undefined ? 8 : asInt(n)!)));
method(bt, "join", 1, 1, (s, it) => mk(BM.bytesJoin(B(s), toArray(it).map((x, i) => (x instanceof PyBytes || x instanceof PyByteArray ? x.b : bufferOf(x) ?? raise("TypeError", BM.bytesJoinItemError(i, typeName(x))))))));
method(bt, "hex", 0, 2, (s, sep, n) => BM.bytesHex(B(s), sep === undefined ? null : sep instanceof PyBytes ? sep.b : (sep as string), n === undefined ? 1 : asInt(n)!));
kwmethod(bt, "decode", (a, kw) => BM.bytesDecode(B(a[0]), (a[1] ?? kw?.get("encoding") ?? "utf-8") as string, (a[2] ?? kw?.get("errors") ?? "strict") as string));
method(bt, "__contains__", 1, 1, (s, x) => BM.bytesFind(B(s), sub(x)) >= 0);
method(bt, "__add__", 1, 1, (s, o) => {
  const ob = o instanceof PyBytes || o instanceof PyByteArray ? o.b : bufferOf(o);
  if (ob === null) return raise("TypeError", `can't concat ${typeName(o)} to bytes`);
  const r = new Uint8Array(B(s).length + ob.length);
  r.set(B(s));
  r.set(ob, B(s).length);
  return mk(r);
});
for (const [name, op] of [["__lt__", (x: number) => x < 0], ["__le__", (x: number) => x <= 0], ["__gt__", (x: number) => x > 0], ["__ge__", (x: number) => x >= 0]] as const) {
  method(bt, name, 1, 1, (s, o) => {
    if (!(o instanceof PyBytes)) return NotImplemented;
    const a = B(s), b = o.b;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const c = i < a.length && i < b.length ? a[i] - b[i] : a.length - b.length;
    return op(c);
  });
}
classMethod(bt, "fromhex", 1, 1, (_c: PyValue, s: PyValue) => mk(BM.bytesFromhex(s as string)));
const transArg = (v: PyValue): Uint8Array =>
  v instanceof PyBytes ? v.b : raise("TypeError", `a bytes-like object is required, not '${typeName(v)}'`);
staticMethod(bt, "maketrans", 2, 2, (f: PyValue, t: PyValue) => mk(BM.bytesMaketrans(transArg(f), transArg(t))));
import { PyClassMethod } from "./property.js";
import { PyBuiltin } from "./function.js";
export function strEncode(s: string, enc?: string, errors?: string): PyBytes {
  return mk(codecEncode(s, enc, errors));
}
export { pyRepr };

// ---- bytearray: a mutable byte buffer (methods in bytearray.ts) ----
/** Storage with spare capacity so that append/extend/+= are amortised O(1); `b` is
 * the live view of the `n` bytes in use. */
export class PyByteArray extends PyObject {
  buf: Uint8Array;
  n: number;
  constructor(b: Uint8Array) {
    super();
    this.buf = b;
    this.n = b.length;
  }
  get b(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }
  set b(v: Uint8Array) {
    this.buf = v;
    this.n = v.length;
  }
  /** make room for `extra` more bytes */
  reserve(extra: number): void {
    const need = this.n + extra;
    if (need <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(need, this.buf.length * 2, 16));
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }
}
PyByteArray.prototype.$cls = T.bytearray;

/** The bytes of a memoryview-like object other than bytes/bytearray (set by bytearray.ts). */
export let bufferOf: (v: PyValue | undefined) => Uint8Array | null = () => null;
export function setBufferOf(f: typeof bufferOf): void {
  bufferOf = f;
}
