// The array module: array.array, a typed sequence stored as raw little-endian bytes
// (so the buffer, tobytes/frombytes and byteswap are the storage itself). Written from
// the array documentation and black-box runs of python3; messages are
// Modules/arraymodule.c's.
import { PyObject, PyFloat, type PyValue } from "../../runtime/object.js";
import { PyType } from "../../runtime/type.js";
import { T, NotImplemented } from "../../runtime/types.js";
import { raise } from "../../runtime/raise.js";
import { method, getset, builtin } from "../../runtime/descriptors.js";
import { PyBuiltin } from "../../runtime/function.js";
import { PyStaticMethod } from "../../runtime/property.js";
import { PyDict } from "../../runtime/dict.js";
import { registerModule, importModule } from "../../runtime/modules.js";
import { builtinsMap } from "../../runtime/rt.js";
import { PyBytes, PyList, PySlice, tuple } from "../../runtime/containers.js";
import { PyByteArray, bufferOf, setBufferOf } from "../../runtime/bytes.js";
import { bytesLike } from "../../runtime/bytearray.js";
import { getIter, iterType, toArray } from "../../runtime/iter.js";
import { ssizeIndex, ssizeArg } from "../../runtime/sequence.js";
import { asStr, hexId, indexValue, isIndex, pyEqBool, pyRepr, richCompare, seqConcat, seqRepeat, typeName, typeOf, type CmpOp } from "../../runtime/ops.js";
import { sliceIndices } from "../../runtime/sequence.js";
import { callMethod, getattr } from "../../runtime/attributes.js";
import { ITEMSIZE, MFORMAT, TYPECODES, load, store, toRaw, type Raw } from "./items.js";
import { writableBuffers } from "../struct/module.js";

export const arrayType = new PyType("array.array", [T.object]);
arrayType.qualname = "array";
arrayType.computeMro();
arrayType.attrs.set("__module__", "array");

/** `n` items of `sz` bytes each in `buf` (with spare capacity). */
export class PyArray extends PyObject {
  buf: Uint8Array;
  dv: DataView;
  n = 0;
  sz: number;
  constructor(readonly tc: string) {
    super();
    this.sz = ITEMSIZE[tc];
    this.buf = new Uint8Array(0);
    this.dv = new DataView(this.buf.buffer);
  }
  /** the bytes in use (a live view) */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.n * this.sz);
  }
  reserve(items: number): void {
    const need = (this.n + items) * this.sz;
    if (need <= this.buf.length) return;
    const nb = new Uint8Array(Math.max(need, this.buf.length * 2, 16));
    nb.set(this.bytes());
    this.buf = nb;
    this.dv = new DataView(nb.buffer);
  }
  get(i: number): PyValue {
    return load(this.tc, this.dv, i * this.sz);
  }
  setRaw(i: number, r: Raw): void {
    store(this.tc, this.dv, i * this.sz, r);
  }
  push(r: Raw): void {
    this.reserve(1);
    store(this.tc, this.dv, this.n * this.sz, r);
    this.n++;
  }
  /** replace the contents by these bytes (length a multiple of the item size) */
  setBytes(b: Uint8Array): void {
    this.buf = b.slice();
    this.dv = new DataView(this.buf.buffer);
    this.n = b.length / this.sz;
  }
  appendBytes(b: Uint8Array): void {
    const k = b.length / this.sz;
    this.reserve(k);
    this.buf.set(b, this.n * this.sz);
    this.n += k;
  }
  items(): PyValue[] {
    const out: PyValue[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }
}
PyArray.prototype.$cls = arrayType;
const A = (v: PyValue): PyArray => v as PyArray;

function newArray(cls: PyType, tc: string): PyArray {
  const a = new PyArray(tc);
  if (cls !== arrayType) a.$cls = cls;
  return a;
}

/** An array like `a` (same type and typecode), holding these bytes. */
function like(a: PyArray, b: Uint8Array): PyArray {
  const r = new PyArray(a.tc);
  r.setBytes(b);
  return r;
}

function typecodeArg(v: PyValue | undefined): string {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined || [...s].length !== 1) raise("TypeError", `array() argument 1 must be a unicode character, not ${typeName(v ?? null)}`);
  if (!TYPECODES.includes(s)) raise("ValueError", "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  return s;
}

/** Convert every value first, so that a bad one leaves the array unchanged. */
function rawsOf(tc: string, vals: PyValue[]): Raw[] {
  return vals.map((v) => toRaw(tc, v));
}

function fromUnicode(a: PyArray, s: string): void {
  for (const ch of s) a.push(ch.codePointAt(0)!);
}

function fromBytes(a: PyArray, v: PyValue): void {
  const b = bytesLike(v) ?? bufferOf(v);
  if (b === null) raise("TypeError", `a bytes-like object is required, not '${typeName(v)}'`);
  if (b.length % a.sz !== 0) raise("ValueError", "bytes length not a multiple of item size");
  a.appendBytes(b.slice());
}

function extend(a: PyArray, v: PyValue): void {
  if (v instanceof PyArray) {
    if (v.tc !== a.tc) raise("TypeError", "can only extend with array of same kind");
    a.appendBytes(v.bytes().slice());
    return;
  }
  const it = getIter(v);
  for (let x = it.$next(); x !== undefined; x = it.$next()) a.push(toRaw(a.tc, x));
}

function construct(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw !== null && kw.size > 0 && cls === arrayType) raise("TypeError", "array.array() takes no keyword arguments");
  if (args.length < 1) raise("TypeError", `array() takes at least 1 argument (0 given)`);
  if (args.length > 2) raise("TypeError", `array() takes at most 2 arguments (${args.length} given)`);
  const tc = typecodeArg(args[0]);
  const a = newArray(cls, tc);
  if (args.length < 2) return a;
  const init = args[1];
  const s = asStr(init);
  if (s !== undefined) {
    if (tc !== "u") raise("TypeError", `cannot use a str to initialize an array with typecode '${tc}'`);
    fromUnicode(a, s);
  } else if (init instanceof PyArray) {
    if (init.tc === "u" && tc !== "u") raise("TypeError", `cannot use a unicode array to initialize an array with typecode '${tc}'`);
    if (init.tc === tc) a.appendBytes(init.bytes().slice());
    else for (const r of rawsOf(tc, init.items())) a.push(r);
  } else if (init instanceof PyBytes || init instanceof PyByteArray) {
    fromBytes(a, init);
  } else {
    for (const r of rawsOf(tc, toArray(init))) a.push(r);
  }
  return a;
}
arrayType.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => construct(a[0] as PyType, a.slice(1), null), 1, Infinity, (a, kw) => construct(a[0] as PyType, a.slice(1), kw), undefined, "array.__new__")));

function normIndex(a: PyArray, i: PyValue, msg: string): number {
  if (!isIndex(i)) raise("TypeError", "array indices must be integers");
  // beyond Py_ssize_t: array_subscript's IndexError "cannot fit ..."
  let k = ssizeIndex(i);
  if (k < 0) k += a.n;
  if (k < 0 || k >= a.n) raise("IndexError", msg);
  return k;
}

/** slice.indices with the step clamped to a finite value (a huge step is +-Infinity
 * there; only the first position is used then) */
function indices(s: PySlice, n: number): [number, number, number] {
  const [start, , step, len] = sliceIndices(s, n);
  return [start, Math.max(-n - 1, Math.min(n + 1, step)), len];
}

function getSlice(a: PyArray, s: PySlice): PyArray {
  const [start, step, len] = indices(s, a.n);
  const sz = a.sz;
  if (step === 1) return like(a, a.buf.slice(start * sz, (start + len) * sz));
  const out = new Uint8Array(len * sz);
  for (let k = 0; k < len; k++) out.set(a.buf.subarray((start + k * step) * sz, (start + k * step + 1) * sz), k * sz);
  return like(a, out);
}

function setSlice(a: PyArray, s: PySlice, v: PyValue | undefined): void {
  let src: Uint8Array;
  if (v === undefined) src = new Uint8Array(0);
  else {
    if (!(v instanceof PyArray)) raise("TypeError", `can only assign array (not "${typeName(v)}") to array slice`);
    if (v.tc !== a.tc) raise("TypeError", "bad argument type for built-in operation");
    src = v.bytes().slice();
  }
  const [start, step, len] = indices(s, a.n);
  const sz = a.sz;
  const m = src.length / sz;
  if (step === 1) {
    const old = a.bytes();
    const nb = new Uint8Array(old.length - len * sz + src.length);
    nb.set(old.subarray(0, start * sz));
    nb.set(src, start * sz);
    nb.set(old.subarray((start + len) * sz), (start + m) * sz);
    a.setBytes(nb);
    return;
  }
  if (v === undefined) {
    // delete an extended slice: keep the items not selected
    const drop = new Set<number>();
    for (let k = 0; k < len; k++) drop.add(start + k * step);
    const out = new Uint8Array((a.n - drop.size) * sz);
    let j = 0;
    for (let i = 0; i < a.n; i++) if (!drop.has(i)) out.set(a.buf.subarray(i * sz, (i + 1) * sz), j++ * sz);
    a.setBytes(out);
    return;
  }
  if (m !== len) raise("ValueError", `attempt to assign array of size ${m} to extended slice of size ${len}`);
  for (let k = 0; k < len; k++) a.buf.set(src.subarray(k * sz, (k + 1) * sz), (start + k * step) * sz);
}

function reprOf(a: PyArray): string {
  const name = typeOf(a).heap ? typeOf(a).name : "array";
  if (a.n === 0) return `${name}('${a.tc}')`;
  if (a.tc === "u") return `${name}('u', ${pyRepr(tounicode(a))})`;
  return `${name}('${a.tc}', ${pyRepr(new PyList(a.items()))})`;
}

function tounicode(a: PyArray): string {
  let s = "";
  for (let i = 0; i < a.n; i++) s += a.get(i) as string;
  return s;
}

function find(a: PyArray, x: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < a.n; i++) if (pyEqBool(a.get(i), x)) return i;
  return -1;
}

function clampIndex(v: PyValue | undefined, n: number, dflt: number): number {
  if (v === undefined) return dflt;
  let k = indexValue(v, true);
  if (k < 0) k = Math.max(0, k + n);
  return Math.min(k, n);
}

function compare(a: PyArray, b: PyValue, op: CmpOp): PyValue {
  if (!(b instanceof PyArray)) return NotImplemented;
  if ((op === "Eq" || op === "NotEq") && a.n !== b.n) return op === "NotEq";
  const sa = a.tc === b.tc && a.tc !== "f" && a.tc !== "d";
  if (sa && (op === "Eq" || op === "NotEq")) {
    const x = a.bytes(), y = b.bytes();
    let eq = x.length === y.length;
    for (let i = 0; eq && i < x.length; i++) eq = x[i] === y[i];
    return op === "Eq" ? eq : !eq;
  }
  const n = Math.min(a.n, b.n);
  for (let i = 0; i < n; i++) {
    const x = a.get(i), y = b.get(i);
    if (!pyEqBool(x, y)) {
      if (op === "Eq") return false;
      if (op === "NotEq") return true;
      return richCompare(x, y, op);
    }
  }
  switch (op) {
    case "Eq": return a.n === b.n;
    case "NotEq": return a.n !== b.n;
    case "Lt": return a.n < b.n;
    case "LtE": return a.n <= b.n;
    case "Gt": return a.n > b.n;
    default: return a.n >= b.n;
  }
}

function repeat(a: PyArray, k: number): PyArray {
  const src = a.bytes();
  if (k <= 0 || src.length === 0) return like(a, new Uint8Array(0));
  if (src.length * k > 2 ** 31) raise("MemoryError", "");
  const out = new Uint8Array(src.length * k);
  for (let i = 0; i < k; i++) out.set(src, i * src.length);
  return like(a, out);
}

/** The count of a * k. Raising (rather than NotImplemented) makes a.__mul__("x") a
 * TypeError as in CPython; the message is the one `a * "x"` shows. */
function repeatCount(v: PyValue): number {
  if (!isIndex(v)) raise("TypeError", `can't multiply sequence by non-int of type '${typeName(v)}'`);
  return indexValue(v, true);
}

const at = arrayType;
getset(at, "typecode", (s) => A(s).tc);
getset(at, "itemsize", (s) => A(s).sz);
method(at, "__len__", 0, 0, (s) => A(s).n);
method(at, "__repr__", 0, 0, (s) => reprOf(A(s)));
at.attrs.set("__hash__", null);
method(at, "__getitem__", 1, 1, (s, i) => (i instanceof PySlice ? getSlice(A(s), i) : A(s).get(normIndex(A(s), i, "array index out of range"))));
method(at, "__setitem__", 2, 2, (s, i, v) => {
  const a = A(s);
  if (i instanceof PySlice) setSlice(a, i, v);
  else a.setRaw(normIndex(a, i, "array assignment index out of range"), toRaw(a.tc, v));
  return null;
});
method(at, "__delitem__", 1, 1, (s, i) => {
  const a = A(s);
  if (i instanceof PySlice) setSlice(a, i, undefined);
  else {
    const k = normIndex(a, i, "array assignment index out of range");
    setSlice(a, new PySlice(k, k + 1, null), undefined);
  }
  return null;
});
method(at, "__contains__", 1, 1, (s, x) => find(A(s), x, 0, A(s).n) >= 0);
method(at, "__iter__", 0, 0, (s) => new ArrayIterator(A(s)));
for (const op of ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE"] as CmpOp[]) {
  const name = `__${op === "NotEq" ? "ne" : op === "LtE" ? "le" : op === "GtE" ? "ge" : op.toLowerCase()}__`;
  method(at, name, 1, 1, (s, o) => compare(A(s), o, op));
}
method(at, "__add__", 1, 1, (s, o) => {
  const a = A(s);
  if (!(o instanceof PyArray)) raise("TypeError", `can only append array (not "${typeName(o)}") to array`);
  if (o.tc !== a.tc) raise("TypeError", "bad argument type for built-in operation");
  const out = new Uint8Array(a.n * a.sz + o.n * o.sz);
  out.set(a.bytes());
  out.set(o.bytes(), a.n * a.sz);
  return like(a, out);
});
method(at, "__iadd__", 1, 1, (s, o) => {
  const a = A(s);
  if (!(o instanceof PyArray)) raise("TypeError", `can only extend array with array (not "${typeName(o)}")`);
  extend(a, o);
  return a;
});
method(at, "__mul__", 1, 1, (s, k) => repeat(A(s), repeatCount(k)));
method(at, "__rmul__", 1, 1, (s, k) => repeat(A(s), repeatCount(k)));
method(at, "__imul__", 1, 1, (s, k) => {
  const n = repeatCount(k);
  const a = A(s);
  a.setBytes(repeat(a, n).bytes());
  return a;
});
seqConcat.set(at, (x, y) => callMethod(x, "__add__", [y], null));
seqRepeat.set(at, (x, k) => repeat(A(x), k));
method(at, "append", 1, 1, (s, v) => (A(s).push(toRaw(A(s).tc, v)), null));
method(at, "extend", 1, 1, (s, v) => (extend(A(s), v), null));
method(at, "insert", 2, 2, (s, i, v) => {
  const a = A(s);
  let k = ssizeArg(i);
  const r = toRaw(a.tc, v);
  if (k < 0) k = Math.max(0, k + a.n);
  k = Math.min(k, a.n);
  a.reserve(1);
  a.buf.copyWithin((k + 1) * a.sz, k * a.sz, a.n * a.sz);
  a.n++;
  a.setRaw(k, r);
  return null;
});
method(at, "pop", 0, 1, (s, i) => {
  const a = A(s);
  // the argument is converted first (its OverflowError beyond Py_ssize_t)
  const j = i === undefined ? -1 : ssizeArg(i);
  if (a.n === 0) raise("IndexError", "pop from empty array");
  const k = normIndex(a, j, "pop index out of range");
  const v = a.get(k);
  a.buf.copyWithin(k * a.sz, (k + 1) * a.sz, a.n * a.sz);
  a.n--;
  return v;
});
method(at, "remove", 1, 1, (s, x) => {
  const a = A(s);
  const k = find(a, x, 0, a.n);
  if (k < 0) raise("ValueError", "array.remove(x): x not in array");
  a.buf.copyWithin(k * a.sz, (k + 1) * a.sz, a.n * a.sz);
  a.n--;
  return null;
});
method(at, "index", 1, 3, (s, x, start, stop) => {
  const a = A(s);
  const k = find(a, x, clampIndex(start, a.n, 0), clampIndex(stop, a.n, a.n));
  if (k < 0) raise("ValueError", "array.index(x): x not in array");
  return k;
});
method(at, "count", 1, 1, (s, x) => {
  const a = A(s);
  let c = 0;
  for (let i = 0; i < a.n; i++) if (pyEqBool(a.get(i), x)) c++;
  return c;
});
method(at, "reverse", 0, 0, (s) => {
  const a = A(s);
  const sz = a.sz, b = a.bytes(), tmp = new Uint8Array(sz);
  for (let i = 0, j = a.n - 1; i < j; i++, j--) {
    tmp.set(b.subarray(i * sz, (i + 1) * sz));
    b.copyWithin(i * sz, j * sz, (j + 1) * sz);
    b.set(tmp, j * sz);
  }
  return null;
});
method(at, "byteswap", 0, 0, (s) => {
  const a = A(s);
  const sz = a.sz, b = a.bytes();
  for (let i = 0; i < b.length; i += sz) b.subarray(i, i + sz).reverse();
  return null;
});
method(at, "buffer_info", 0, 0, (s) => tuple([Number(BigInt(hexId(s))), A(s).n]));
method(at, "tobytes", 0, 0, (s) => new PyBytes(A(s).bytes().slice()));
method(at, "frombytes", 1, 1, (s, b) => (fromBytes(A(s), b), null));
method(at, "tolist", 0, 0, (s) => new PyList(A(s).items()));
method(at, "fromlist", 1, 1, (s, l) => {
  if (!(l instanceof PyList)) raise("TypeError", "arg must be list");
  for (const r of rawsOf(A(s).tc, l.a.slice())) A(s).push(r);
  return null;
});
method(at, "tounicode", 0, 0, (s) => {
  if (A(s).tc !== "u") raise("ValueError", "tounicode() may only be called on unicode type arrays");
  return tounicode(A(s));
});
method(at, "fromunicode", 1, 1, (s, u) => {
  const str = asStr(u);
  if (str === undefined) raise("TypeError", `fromunicode() argument must be str, not ${typeName(u)}`);
  if (A(s).tc !== "u") raise("ValueError", "fromunicode() may only be called on unicode type arrays");
  fromUnicode(A(s), str);
  return null;
});
method(at, "fromfile", 2, 2, (s, f, n) => {
  const a = A(s);
  if (!isIndex(n)) raise("TypeError", `'${typeName(n)}' object cannot be interpreted as an integer`);
  const k = indexValue(n, true);
  if (k < 0) raise("ValueError", "negative count");
  const want = k * a.sz;
  const data = callMethod(f, "read", [want], null);
  if (!(data instanceof PyBytes)) raise("TypeError", "read() didn't return bytes");
  const got = data.b.length - (data.b.length % a.sz);
  a.appendBytes(data.b.slice(0, got));
  if (data.b.length !== want) raise("EOFError", "read() didn't return enough bytes");
  return null;
});
method(at, "tofile", 1, 1, (s, f) => {
  const b = A(s).bytes();
  const BLOCK = 64 * 1024;
  for (let i = 0; i < b.length || (i === 0 && false); i += BLOCK) callMethod(f, "write", [new PyBytes(b.slice(i, i + BLOCK))], null);
  return null;
});
method(at, "__copy__", 0, 0, (s) => like(A(s), A(s).bytes().slice()));
method(at, "__deepcopy__", 1, 1, (s) => like(A(s), A(s).bytes().slice()));
method(at, "__sizeof__", 0, 0, (s) => 64 + A(s).buf.length);
method(at, "__reduce_ex__", 1, 1, (s, proto) => {
  const a = A(s);
  const cls = typeOf(a);
  let d: PyValue = null;
  try {
    d = getattr(a, "__dict__");
  } catch {
    d = null;
  }
  if (d instanceof PyDict && d.size === 0) d = null;
  if (!isIndex(proto) || indexValue(proto, true) < 3) return tuple([cls, tuple([a.tc, new PyList(a.items())]), d]);
  return tuple([reconstructor, tuple([cls, a.tc, MFORMAT[a.tc], new PyBytes(a.bytes().slice())]), d]);
});
arrayType.alloc = (cls) => newArray(cls, "b");

// ---- iterator ----
const arrayIterType = iterType("array.arrayiterator");
arrayIterType.qualname = "arrayiterator";
arrayIterType.attrs.set("__module__", "array");
class ArrayIterator extends PyObject {
  i = 0;
  constructor(readonly a: PyArray) {
    super();
    this.$cls = arrayIterType;
  }
}
method(arrayIterType, "__reduce__", 0, 0, (s) => {
  const it = s as ArrayIterator;
  const iterFn = builtinsMap.get("iter")!;
  // exhausted (StopIteration seen): an iterator over an empty tuple, as CPython
  if (it.i === Infinity) return tuple([iterFn, tuple([tuple([])])]);
  return tuple([iterFn, tuple([it.a]), it.i]);
});
method(arrayIterType, "__setstate__", 1, 1, (s, st) => {
  const it = s as ArrayIterator;
  let k = indexValue(st, true);
  if (k < 0) k = 0;
  else if (k > it.a.n) k = it.a.n;
  it.i = k;
  return null;
});
ArrayIterator.prototype.$next = function (this: ArrayIterator) {
  if (this.i >= this.a.n) {
    this.i = Infinity;
    return undefined;
  }
  return this.a.get(this.i++);
};

// ---- _array_reconstructor(arraytype, typecode, mformat_code, items) ----
const MFORMAT_SIZE = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4];
export const reconstructor: PyBuiltin = builtin("_array_reconstructor", 4, 4, (cls, tcv, mcode, items) => {
  if (!(cls instanceof PyType)) raise("TypeError", `first argument must be a type object, not ${typeName(cls)}`);
  if (!cls.isSubtypeOf(arrayType)) raise("TypeError", `${cls.name} is not a subtype of array.array`);
  const tc = typecodeArg(tcv);
  const code = indexValue(mcode, true);
  if (code < 0 || code > 21) raise("ValueError", "third argument must be a valid machine format code.");
  if (!(items instanceof PyBytes)) raise("TypeError", `fourth argument should be bytes, not ${typeName(items)}`);
  const a = newArray(cls, tc);
  if (code === MFORMAT[tc]) {
    if (items.b.length % a.sz !== 0) raise("ValueError", "bytes length not a multiple of item size");
    a.setBytes(items.b);
    return a;
  }
  // another machine's layout: decode each item, then store it in ours
  const isz = MFORMAT_SIZE[code];
  // CPython also requires a whole number of the target's items here (seen with UTF-16 input)
  if (items.b.length % isz !== 0 || items.b.length % a.sz !== 0) raise("ValueError", "string length not a multiple of item size");
  const dv = new DataView(items.b.buffer, items.b.byteOffset, items.b.length);
  const little = code % 2 === 0;
  const vals: PyValue[] = [];
  for (let o = 0; o < items.b.length; o += isz) {
    if (code >= 18) {
      if (code < 20) break; // UTF-16: decoded as a whole below
      vals.push(String.fromCodePoint(dv.getUint32(o, little)));
    } else if (code >= 14) {
      const f = isz === 4 ? dv.getFloat32(o, little) : dv.getFloat64(o, little);
      vals.push(new PyFloat(f));
    } else {
      const signed = code >= 2 ? Math.floor((code - 2) / 2) % 2 === 1 : code === 1;
      let v: bigint;
      if (isz === 1) v = BigInt(signed ? dv.getInt8(o) : dv.getUint8(o));
      else if (isz === 2) v = BigInt(signed ? dv.getInt16(o, little) : dv.getUint16(o, little));
      else if (isz === 4) v = BigInt(signed ? dv.getInt32(o, little) : dv.getUint32(o, little));
      else v = signed ? dv.getBigInt64(o, little) : dv.getBigUint64(o, little);
      vals.push(v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v);
    }
  }
  // UTF-16 input is decoded as a whole so that surrogate pairs combine
  if (code === 18 || code === 19) for (const ch of new TextDecoder(little ? "utf-16le" : "utf-16be").decode(items.b)) vals.push(ch);
  for (const r of rawsOf(tc, vals)) a.push(r);
  return a;
});

reconstructor.module = "array";

// bytes(a), b"".join([a]), int.from_bytes(a) ... read an array's bytes
const previousBufferOf = bufferOf;
setBufferOf((v) => (v instanceof PyArray ? v.bytes() : previousBufferOf(v)));
writableBuffers.push((v) => (v instanceof PyArray ? v.bytes() : null));

registerModule("array", (m) => {
  const d = m.$dict!;
  d.setStr("array", arrayType);
  d.setStr("ArrayType", arrayType);
  d.setStr("typecodes", TYPECODES);
  d.setStr("_array_reconstructor", reconstructor);
  // arraymodule.c array_modexec registers the type as a MutableSequence
  const abc = importModule("collections.abc", true);
  callMethod(getattr(abc, "MutableSequence"), "register", [arrayType], null);
});
