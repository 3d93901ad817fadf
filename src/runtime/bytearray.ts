// bytearray (Objects/bytearrayobject.c) and a simple memoryview (format 'B', one
// dimension). bytearray's non-mutating methods are bytes' own (bytes.ts, over
// bytes-methods.ts) run on its current bytes, with bytes results turned into bytearrays.
import { PyObject, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes, PyList, PySlice, PyTuple, tuple } from "./containers.js";
import { method, kwmethod, getset } from "./descriptors.js";
import { PyBuiltin } from "./function.js";
import { PyByteArray, setBufferOf, bytesArgs } from "./bytes.js";
import { bytesRepr } from "./repr.js";
import { ctors } from "./klass.js";
import { asInt, typeName, isIndex, indexValue, hexId } from "./ops.js";
import { toArray, ArrayIter, iterType } from "./iter.js";
import { sliceIndices, ssizeIndex } from "./sequence.js";
import { callv } from "./call.js";
import { PyDict } from "./dict.js";
import { PyType } from "./type.js";
import { PyStaticMethod, PyClassMethod } from "./property.js";
import { bytesFromhex } from "./bytes-methods.js";

const BA = (v: PyValue): PyByteArray => v as PyByteArray;
const bat = T.bytearray;

function byteValue(x: PyValue): number {
  if (!isIndex(x)) raise("TypeError", `'${typeName(x)}' object cannot be interpreted as an integer`);
  const c = indexValue(x, true);
  if (c < 0 || c > 255) raise("ValueError", "byte must be in range(0, 256)");
  return c;
}
/** The bytes of a bytes-like value, or null. */
export function bytesLike(v: PyValue | undefined): Uint8Array | null {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  if (v instanceof PyMemoryView) return v.view();
  return null;
}
/** What slice assignment / extend / += accept: bytes-like, else an iterable of ints. */
function bytesOfIterable(v: PyValue, what: string): Uint8Array {
  const b = bytesLike(v);
  if (b !== null) return b.slice();
  if (typeof v === "string") raise("TypeError", what === "extend" ? "expected iterable of integers; got: 'str'" : "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") raise("TypeError", what === "extend" ? `can't extend bytearray with ${typeName(v)}` : "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return Uint8Array.from(toArray(v).map(byteValue));
}

/** Replace bytes [lo, hi) with `src`, moving the tail. */
function splice(x: PyByteArray, lo: number, hi: number, src: Uint8Array): void {
  const tail = x.buf.slice(hi, x.n);
  x.n = lo;
  x.reserve(src.length + tail.length);
  x.buf.set(src, lo);
  x.buf.set(tail, lo + src.length);
  x.n = lo + src.length + tail.length;
}
function append(x: PyByteArray, src: Uint8Array): void {
  x.reserve(src.length);
  x.buf.set(src, x.n);
  x.n += src.length;
}
function index(x: PyByteArray, i: PyValue, what: string): number {
  if (!isIndex(i)) raise("TypeError", `bytearray indices must be integers or slices, not ${typeName(i)}`);
  let n = ssizeIndex(i);
  if (n < 0) n += x.n;
  if (n < 0 || n >= x.n) raise("IndexError", what);
  return n;
}

method(bat, "__repr__", 0, 0, (s) => `${s !== null && typeof s === "object" && s.$cls !== bat ? s.$cls.name : "bytearray"}(${bytesRepr(BA(s).b)})`);
method(bat, "__len__", 0, 0, (s) => BA(s).n);
method(bat, "__iter__", 0, 0, (s) => new ArrayIter([...BA(s).b], iterType("bytearray_iterator")));
method(bat, "__getitem__", 1, 1, (s, i) => {
  const x = BA(s);
  if (i instanceof PySlice) {
    const [start, , step, len] = sliceIndices(i, x.n);
    const out = new Uint8Array(len);
    for (let k = 0, j = start; k < len; k++, j += step) out[k] = x.buf[j];
    return new PyByteArray(out);
  }
  return x.buf[index(x, i, "bytearray index out of range")];
});
method(bat, "__setitem__", 2, 2, (s, i, v) => {
  const x = BA(s);
  if (i instanceof PySlice) {
    const src = v === s ? x.b.slice() : bytesOfIterable(v, "assign");
    const [start, stop, step, len] = sliceIndices(i, x.n);
    if (step === 1) splice(x, start, Math.max(start, stop), src);
    else {
      if (src.length !== len) raise("ValueError", `attempt to assign bytes of size ${src.length} to extended slice of size ${len}`);
      for (let k = 0, j = start; k < len; k++, j += step) x.buf[j] = src[k];
    }
    return null;
  }
  x.buf[index(x, i, "bytearray index out of range")] = byteValue(v);
  return null;
});
method(bat, "__delitem__", 1, 1, (s, i) => {
  const x = BA(s);
  if (i instanceof PySlice) {
    const [start, stop, step, len] = sliceIndices(i, x.n);
    if (step === 1) splice(x, start, Math.max(start, stop), new Uint8Array(0));
    else {
      const drop = new Set<number>();
      for (let k = 0, j = start; k < len; k++, j += step) drop.add(j);
      x.b = x.b.filter((_, j) => !drop.has(j));
    }
    return null;
  }
  const n = index(x, i, "bytearray index out of range");
  splice(x, n, n + 1, new Uint8Array(0));
  return null;
});
method(bat, "append", 1, 1, (s, v) => {
  append(BA(s), Uint8Array.of(byteValue(v)));
  return null;
});
method(bat, "extend", 1, 1, (s, v) => {
  append(BA(s), v === s ? BA(s).b.slice() : bytesOfIterable(v, "extend"));
  return null;
});
method(bat, "insert", 2, 2, (s, i, v) => {
  const x = BA(s);
  const b = byteValue(v);
  let n = indexValue(i, true);
  if (n < 0) n = Math.max(0, n + x.n);
  n = Math.min(n, x.n);
  splice(x, n, n, Uint8Array.of(b));
  return null;
});
method(bat, "pop", 0, 1, (s, i) => {
  const x = BA(s);
  if (x.n === 0) raise("IndexError", "pop from empty bytearray");
  const n = i === undefined ? x.n - 1 : index(x, i, "pop index out of range");
  const v = x.buf[n];
  splice(x, n, n + 1, new Uint8Array(0));
  return v;
});
method(bat, "remove", 1, 1, (s, v) => {
  const x = BA(s);
  const n = x.b.indexOf(byteValue(v));
  if (n < 0) raise("ValueError", "value not found in bytearray");
  splice(x, n, n + 1, new Uint8Array(0));
  return null;
});
method(bat, "clear", 0, 0, (s) => {
  BA(s).n = 0;
  return null;
});
method(bat, "copy", 0, 0, (s) => new PyByteArray(BA(s).b.slice()));
method(bat, "reverse", 0, 0, (s) => {
  BA(s).b.reverse();
  return null;
});
method(bat, "__iadd__", 1, 1, (s, o) => {
  const b = bytesLike(o);
  if (b === null) raise("TypeError", `can't concat ${typeName(o)} to bytearray`);
  append(BA(s), b.slice());
  return s;
});
method(bat, "__add__", 1, 1, (s, o) => {
  const b = bytesLike(o);
  if (b === null) raise("TypeError", `can't concat ${typeName(o)} to bytearray`);
  const r = new PyByteArray(BA(s).b.slice());
  append(r, b);
  return r;
});
function repeat(b: Uint8Array, n: PyValue): Uint8Array {
  let k = indexValue(n, true);
  if (k < 0) k = 0;
  if (b.length * k > 2 ** 31) raise("MemoryError", "");
  const out = new Uint8Array(b.length * k);
  for (let i = 0; i < k; i++) out.set(b, i * b.length);
  return out;
}
method(bat, "__mul__", 1, 1, (s, n) => (isIndex(n) ? new PyByteArray(repeat(BA(s).b, n)) : NotImplemented));
method(bat, "__rmul__", 1, 1, (s, n) => (isIndex(n) ? new PyByteArray(repeat(BA(s).b, n)) : NotImplemented));
method(bat, "__imul__", 1, 1, (s, n) => {
  if (!isIndex(n)) return NotImplemented;
  BA(s).b = repeat(BA(s).b, n);
  return s;
});
method(bat, "__alloc__", 0, 0, (s) => BA(s).buf.length + 1);
function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
for (const [name, op] of [["__eq__", (c: number) => c === 0], ["__ne__", (c: number) => c !== 0], ["__lt__", (c: number) => c < 0], ["__le__", (c: number) => c <= 0], ["__gt__", (c: number) => c > 0], ["__ge__", (c: number) => c >= 0]] as const) {
  method(bat, name, 1, 1, (s, o) => {
    const b = bytesLike(o);
    return b === null ? NotImplemented : op(compare(BA(s).b, b));
  });
}
bat.attrs.set("__hash__", null);

// every other bytes method, run on the current bytes; bytes results become bytearrays
const toBA = (v: PyValue): PyValue => {
  if (v instanceof PyBytes) return new PyByteArray(v.b.slice());
  if (v instanceof PyList) return new PyList(v.a.map(toBA));
  if (v instanceof PyTuple) return tuple(v.a.map(toBA));
  return v;
};
const KEEP = new Set(["decode", "hex", "count", "find", "rfind", "index", "rindex", "startswith", "endswith", "isalnum", "isalpha", "isdigit", "isspace", "isascii", "islower", "isupper", "istitle", "__contains__", "__mod__", "__rmod__", "__getnewargs__"]);
for (const [name, f] of T.bytes.attrs) {
  if (bat.attrs.has(name) || !(f instanceof PyBuiltin) || (name.startsWith("__") && !KEEP.has(name)) || name === "fromhex" || name === "maketrans") continue;
  const wrap = (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    const self = args[0];
    if (!(self instanceof PyByteArray)) raise("TypeError", `descriptor '${name}' for 'bytearray' objects doesn't apply to a '${typeName(self ?? null)}' object`);
    const a = [new PyBytes(self.b), ...args.slice(1)];
    const r = kw === null || kw.size === 0 ? callv(f, a, null) : callv(f, [...a, ...kw.values()], [...kw.keys()]);
    return KEEP.has(name) ? r : toBA(r);
  };
  const b = new PyBuiltin(name, (...a: PyValue[]) => wrap(a, null), 1, Infinity, wrap, undefined, `bytearray.${name}`);
  b.$meth = true;
  bat.attrs.set(name, b);
}
bat.attrs.set("fromhex", new PyClassMethod(new PyBuiltin("fromhex", (_c: PyValue, s: PyValue) => new PyByteArray(bytesFromhex(typeof s === "string" ? s : raise("TypeError", `fromhex() argument must be str, not ${typeName(s)}`))), 2, 2)));
if (T.bytes.attrs.has("maketrans")) bat.attrs.set("maketrans", T.bytes.attrs.get("maketrans")!);

ctors.set(bat, (args, kwnames) => {
  if (kwnames !== null && kwnames.length) args = bytesArgs(args, kwnames, "bytearray");
  if (args.length > 3) raise("TypeError", `bytearray() takes at most 3 arguments (${args.length} given)`);
  if (args.length === 0) return new PyByteArray(new Uint8Array(0));
  const v = args[0];
  if (typeof v !== "string" && args.length > 1) raise("TypeError", args.length === 2 ? "encoding without a string argument" : "errors without a string argument");
  if (isIndex(v) && typeof v !== "boolean") {
    const n = indexValue(v, true);
    if (n < 0) raise("ValueError", "negative count");
    return new PyByteArray(new Uint8Array(n));
  }
  const b = (ctors.get(T.bytes)!(args, null) as PyBytes).b;
  return new PyByteArray(b.slice());
});
// bytearray.__new__ for subclasses: the instance is a PyByteArray with its own class
bat.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => {
  const cls = a[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(bat)) raise("TypeError", `bytearray.__new__(X): X is not a subtype of bytearray`);
  const x = new PyByteArray(new Uint8Array(0));
  if (cls !== bat) {
    x.$cls = cls;
    x.$dict = cls.instDict ? new PyDict() : null;
  }
  return x;
}, 1, Infinity, null, undefined, "bytearray.__new__")));
bat.alloc = (cls) => {
  const x = new PyByteArray(new Uint8Array(0));
  if (cls !== bat) x.$cls = cls;
  return x;
};
// bytearray(...) on a subclass: __new__ makes it empty, __init__ fills it
kwmethod(bat, "__init__", (a, kw) => {
  const src = ctors.get(bat)!([...a.slice(1), ...(kw ? kw.values() : [])], kw && kw.size ? [...kw.keys()] : null) as PyByteArray;
  BA(a[0]).b = src.b.slice();
  return null;
});

// ---- memoryview: a view of bytes or a bytearray, format 'B' ----
export const memoryviewType = new PyType("memoryview", [T.object]);
memoryviewType.computeMro();
memoryviewType.final = true;
export class PyMemoryView extends PyObject {
  released = false;
  constructor(readonly obj: PyBytes | PyByteArray, readonly start: number, readonly len: number, readonly step: number) {
    super();
  }
  view(): Uint8Array {
    if (this.released) raise("ValueError", "operation forbidden on released memoryview object");
    const b = this.obj.b;
    if (this.step === 1) return b.subarray(this.start, this.start + this.len);
    const out = new Uint8Array(this.len);
    for (let k = 0; k < this.len; k++) out[k] = b[this.start + k * this.step];
    return out;
  }
}
PyMemoryView.prototype.$cls = memoryviewType;
const MV = (v: PyValue): PyMemoryView => v as PyMemoryView;
setBufferOf((v) => (v instanceof PyMemoryView ? v.view() : null));
ctors.set(memoryviewType, (args, kwnames) => {
  if (kwnames !== null && !(kwnames.length === 1 && kwnames[0] === "object")) raise("TypeError", `memoryview() got an unexpected keyword argument '${kwnames[0]}'`);
  if (args.length !== 1) raise("TypeError", args.length === 0 ? "memoryview() missing required argument 'object' (pos 1)" : `memoryview() takes at most 1 argument (${args.length} given)`);
  const o = args[0];
  if (o instanceof PyMemoryView) return new PyMemoryView(o.obj, o.start, o.len, o.step);
  if (o instanceof PyBytes || o instanceof PyByteArray) return new PyMemoryView(o, 0, o.b.length, 1);
  return raise("TypeError", `memoryview: a bytes-like object is required, not '${typeName(o)}'`);
});
const mv = memoryviewType;
method(mv, "__len__", 0, 0, (s) => (MV(s).view(), MV(s).len));
method(mv, "tobytes", 0, 1, (s) => new PyBytes(MV(s).view().slice()));
method(mv, "tolist", 0, 0, (s) => new PyList([...MV(s).view()]));
method(mv, "hex", 0, 2, (s, ...a) => callv(T.bytes.attrs.get("hex")!, [new PyBytes(MV(s).view().slice()), ...a.filter((x) => x !== undefined)], null));
method(mv, "release", 0, 0, (s) => {
  MV(s).released = true;
  return null;
});
method(mv, "__enter__", 0, 0, (s) => (MV(s).view(), s));
method(mv, "__exit__", 0, Infinity, (s) => {
  MV(s).released = true;
  return null;
});
method(mv, "__repr__", 0, 0, (s) => `<${MV(s).released ? "released " : ""}memory at ${hexId(s)}>`);
method(mv, "__iter__", 0, 0, (s) => new ArrayIter([...MV(s).view()], iterType("memory_iterator")));
method(mv, "__getitem__", 1, 1, (s, i) => {
  const m = MV(s);
  m.view();
  if (i instanceof PySlice) {
    const [start, , step, len] = sliceIndices(i, m.len);
    return new PyMemoryView(m.obj, m.start + start * m.step, len, step * m.step);
  }
  if (!isIndex(i)) raise("TypeError", "memoryview: invalid slice key");
  let n = ssizeIndex(i);
  if (n < 0) n += m.len;
  if (n < 0 || n >= m.len) raise("IndexError", "index out of bounds on dimension 1");
  return m.obj.b[m.start + n * m.step];
});
method(mv, "__setitem__", 2, 2, (s, i, v) => {
  const m = MV(s);
  m.view();
  if (m.obj instanceof PyBytes) raise("TypeError", "cannot modify read-only memory");
  const b = m.obj.b;
  if (i instanceof PySlice) {
    const [start, , step, len] = sliceIndices(i, m.len);
    const src = bytesLike(v);
    if (src === null) raise("TypeError", `a bytes-like object is required, not '${typeName(v)}'`);
    if (src.length !== len) raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
    for (let k = 0; k < len; k++) b[m.start + (start + k * step) * m.step] = src[k];
    return null;
  }
  let n = ssizeIndex(i);
  if (n < 0) n += m.len;
  if (n < 0 || n >= m.len) raise("IndexError", "index out of bounds on dimension 1");
  if (!isIndex(v)) raise("TypeError", "memoryview: invalid type for format 'B'");
  const c = indexValue(v, true);
  if (c < 0 || c > 255) raise("ValueError", "memoryview: invalid value for format 'B'");
  b[m.start + n * m.step] = c;
  return null;
});
method(mv, "__eq__", 1, 1, (s, o) => {
  if (o === s) return true;
  const b = bytesLike(o);
  if (b === null) return NotImplemented;
  const a = MV(s).view();
  return a.length === b.length && a.every((c, k) => c === b[k]);
});
mv.attrs.set("__hash__", null);
getset(mv, "obj", (s) => MV(s).obj);
getset(mv, "nbytes", (s) => MV(s).len);
getset(mv, "readonly", (s) => MV(s).obj instanceof PyBytes);
getset(mv, "itemsize", () => 1);
getset(mv, "ndim", () => 1);
getset(mv, "format", () => "B");
getset(mv, "shape", (s) => tuple([MV(s).len]));
getset(mv, "strides", (s) => tuple([MV(s).step]));
getset(mv, "released", (s) => MV(s).released);
getset(mv, "contiguous", (s) => MV(s).step === 1);
getset(mv, "c_contiguous", (s) => MV(s).step === 1);
getset(mv, "f_contiguous", (s) => MV(s).step === 1);

export { asInt };

// bytes % args and bytearray % args
import { bytesPercent } from "./str-percent.js";
method(T.bytes, "__mod__", 1, 1, (s, a) => new PyBytes(bytesPercent((s as PyBytes).b, a)));
method(bat, "__mod__", 1, 1, (s, a) => new PyByteArray(bytesPercent(BA(s).b, a)));
