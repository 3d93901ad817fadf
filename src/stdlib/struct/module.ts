// The struct module (registered as both `_struct` and `struct`): Struct objects over
// parsed formats (format.ts), packing in codec.ts. Written from the struct
// documentation and black-box runs of python3; messages are Modules/_struct.c's.
import { PyObject, type PyValue } from "../../runtime/object.js";
import { PyType } from "../../runtime/type.js";
import { T } from "../../runtime/types.js";
import { raise } from "../../runtime/raise.js";
import { method, kwmethod, getset, builtin, kwbuiltin } from "../../runtime/descriptors.js";
import { registerModule } from "../../runtime/modules.js";
import { PyBytes, PyList, tuple } from "../../runtime/containers.js";
import { PyByteArray, bufferOf } from "../../runtime/bytes.js";
import { PyMemoryView } from "../../runtime/bytearray.js";
import { iterType } from "../../runtime/iter.js";
import { asInt, asStr, callSpecial, isIndex, typeName } from "../../runtime/ops.js";
import { parseFormat, FormatError, type Layout } from "./format.js";
import { packInto, unpackFrom, structFail } from "./codec.js";
import { structError } from "./error.js";

export const structType = new PyType("_struct.Struct", [T.object]);
structType.qualname = "Struct";
structType.computeMro();
structType.attrs.set("__module__", "_struct");

export class PyStruct extends PyObject {
  fmt: string = "";
  lay: Layout = { mode: 0, items: [], size: 0, nargs: 0 };
}
PyStruct.prototype.$cls = structType;
structType.alloc = (cls) => {
  const s = new PyStruct();
  if (cls !== structType) {
    s.$cls = cls;
  }
  return s;
};
const S = (v: PyValue): PyStruct => v as PyStruct;

/** The format text of a str or bytes argument. */
function formatText(v: PyValue | undefined, who: string): string {
  const s = v === undefined ? undefined : asStr(v);
  if (s !== undefined) {
    // a str format is ASCII-encoded first
    const bad = s.search(/[^\x00-\x7f]/);
    if (bad >= 0) raise("UnicodeEncodeError", `'ascii' codec can't encode character '\\x${s.charCodeAt(bad).toString(16).padStart(2, "0")}' in position ${bad}: ordinal not in range(128)`);
    return s;
  }
  if (v instanceof PyBytes) return String.fromCharCode(...v.b);
  return raise("TypeError", `${who} argument 1 must be a str or bytes object, not ${typeName(v ?? null)}`);
}

function layoutOf(fmt: string): Layout {
  try {
    return parseFormat(fmt);
  } catch (e) {
    if (e instanceof FormatError) structFail(e.message);
    throw e;
  }
}

function initStruct(s: PyStruct, f: PyValue | undefined): void {
  if (f === undefined) raise("TypeError", "Struct() missing required argument 'format' (pos 1)");
  const fmt = formatText(f, "Struct()");
  s.lay = layoutOf(fmt);
  s.fmt = fmt;
}

const cache = new Map<string, PyStruct>();
/** The Struct for a module-level function's format argument (cached like _struct's). */
function structOf(f: PyValue | undefined): PyStruct {
  if (f instanceof PyStruct) return f;
  const fmt = formatText(f, "Struct()");
  let s = cache.get(fmt);
  if (s === undefined) {
    s = new PyStruct();
    initStruct(s, fmt);
    if (cache.size >= 100) cache.clear();
    cache.set(fmt, s);
  }
  return s;
}

/** A readable buffer: bytes, bytearray, memoryview, array. */
export function readBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  const b = bufferOf(v);
  if (b !== null) return b;
  return raise("TypeError", `a bytes-like object is required, not '${typeName(v)}'`);
}

/** Writable buffers other than bytearray/memoryview (array.array registers itself). */
export const writableBuffers: ((v: PyValue) => Uint8Array | null)[] = [];
function writeBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.b;
  if (v instanceof PyMemoryView && !(v.obj instanceof PyBytes) && v.step === 1) return v.view();
  for (const f of writableBuffers) {
    const b = f(v);
    if (b !== null) return b;
  }
  return raise("TypeError", `argument must be read-write bytes-like object, not ${typeName(v)}`);
}

function pack(s: PyStruct, args: PyValue[]): PyBytes {
  if (args.length !== s.lay.nargs) structFail(`pack expected ${s.lay.nargs} items for packing (got ${args.length})`);
  const out = new Uint8Array(s.lay.size);
  packInto(s.lay, args, new DataView(out.buffer), 0);
  return new PyBytes(out);
}

function unpack(s: PyStruct, buf: PyValue): PyValue {
  const b = readBuffer(buf);
  if (b.length !== s.lay.size) structFail(`unpack requires a buffer of ${s.lay.size} bytes`);
  return tuple(unpackFrom(s.lay, b, 0));
}

/** An offset argument, exact (messages print it even when it is huge). */
function offsetArg(v: PyValue | undefined): bigint {
  if (v === undefined) return 0n;
  if (!isIndex(v)) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = asInt(v) ?? asInt(callSpecial(v, "__index__", [])!)!;
  if (BigInt(n) > 2n ** 63n - 1n || BigInt(n) < -(2n ** 63n)) raise("IndexError", `cannot fit 'int' into an index-sized integer`);
  return BigInt(n);
}

/** Check that `size` bytes fit at `off` in a `len`-byte buffer; the start index
 * (Modules/_struct.c s_unpack_from / s_pack_into). */
function placeAt(what: "unpack" | "pack", off: bigint, size: number, len: number): number {
  let offset = off;
  const n = BigInt(len), sz = BigInt(size);
  const neg = offset < 0n;
  if (neg) {
    if (offset + n < 0n) structFail(`offset ${offset} out of range for ${len}-byte buffer`);
    offset += n;
  }
  if (n - offset < sz) {
    if (what === "unpack") {
      if (neg) structFail(`not enough data to unpack ${size} bytes at offset ${offset - n}`);
      structFail(`unpack_from requires a buffer of at least ${sz + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${len})`);
    }
    if (neg) structFail(`no space to pack ${size} bytes at offset ${offset - n}`);
    structFail(`pack_into requires a buffer of at least ${sz + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${len})`);
  }
  return Number(offset);
}

function unpackFromBuf(s: PyStruct, buf: PyValue, off: PyValue | undefined): PyValue {
  const b = readBuffer(buf);
  const offset = placeAt("unpack", offsetArg(off), s.lay.size, b.length);
  return tuple(unpackFrom(s.lay, b, offset));
}

function packIntoBuf(s: PyStruct, args: PyValue[]): PyValue {
  if (args.length < 1) structFail("pack_into expected buffer argument");
  if (args.length < 2) structFail("pack_into expected offset argument");
  if (args.length - 2 !== s.lay.nargs) structFail(`pack_into expected ${s.lay.nargs} items for packing (got ${args.length - 2})`);
  const b = writeBuffer(args[0]);
  const size = s.lay.size;
  const offset = placeAt("pack", offsetArg(args[1]), size, b.length);
  // pack into a scratch buffer first so that a bad argument leaves the target intact
  const tmp = new Uint8Array(size);
  packInto(s.lay, args.slice(2), new DataView(tmp.buffer), 0);
  b.set(tmp, offset);
  return null;
}

// ---- the unpack iterator ----
const unpackIterType = iterType("_struct.unpack_iterator");
unpackIterType.qualname = "unpack_iterator";
unpackIterType.attrs.set("__module__", "_struct");
unpackIterType.alloc = () => raise("TypeError", "Cannot create 'unpack_iterator objects");
class UnpackIter extends PyObject {
  i = 0;
  constructor(readonly s: PyStruct, readonly b: Uint8Array) {
    super();
    this.$cls = unpackIterType;
  }
}
UnpackIter.prototype.$next = function (this: UnpackIter) {
  const size = this.s.lay.size;
  if (this.i + size > this.b.length) return undefined;
  const v = tuple(unpackFrom(this.s.lay, this.b, this.i));
  this.i += size;
  return v;
};
method(unpackIterType, "__length_hint__", 0, 0, (s) => {
  const it = s as UnpackIter;
  return Math.floor((it.b.length - it.i) / it.s.lay.size);
});

function iterUnpack(s: PyStruct, buf: PyValue): PyValue {
  const b = readBuffer(buf);
  const size = s.lay.size;
  if (size === 0) structFail("cannot iteratively unpack with a struct of length 0");
  if (b.length % size !== 0) structFail(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new UnpackIter(s, b.slice());
}

/** Keyword-or-positional arguments `names` of a builtin taking (args, kw). */
function bindArgs(who: string, args: PyValue[], kw: Map<string, PyValue> | null, names: string[], required: number): (PyValue | undefined)[] {
  if (args.length > names.length) raise("TypeError", `${who}() takes at most ${names.length} arguments (${args.length} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) raise("TypeError", `${who}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) raise("TypeError", `argument for ${who}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) raise("TypeError", `${who}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

const st = structType;
kwmethod(st, "__init__", (a, kw) => {
  const [f] = bindArgs("Struct", a.slice(1), kw, ["format"], 1);
  initStruct(S(a[0]), f);
  return null;
});
method(st, "pack", 0, Infinity, (s, ...args) => pack(S(s), args));
method(st, "pack_into", 0, Infinity, (s, ...args) => packIntoBuf(S(s), args));
method(st, "unpack", 1, 1, (s, b) => unpack(S(s), b));
kwmethod(st, "unpack_from", (a, kw) => {
  const [buf, off] = bindArgs("unpack_from", a.slice(1), kw, ["buffer", "offset"], 1);
  return unpackFromBuf(S(a[0]), buf!, off);
});
method(st, "iter_unpack", 1, 1, (s, b) => iterUnpack(S(s), b));
method(st, "__sizeof__", 0, 0, (s) => 64 + 32 * S(s).lay.items.length);
getset(st, "format", (s) => S(s).fmt);
getset(st, "size", (s) => S(s).lay.size);

function initModule(d: import("../../runtime/dict.js").PyDict): void {
  d.setStr("Struct", structType);
  d.setStr("error", structError);
  d.setStr("pack", builtin("pack", 1, Infinity, (f, ...args) => pack(structOf(f), args)));
  d.setStr("pack_into", builtin("pack_into", 1, Infinity, (f, ...args) => packIntoBuf(structOf(f), args)));
  d.setStr("unpack", builtin("unpack", 2, 2, (f, b) => unpack(structOf(f), b)));
  d.setStr("unpack_from", kwbuiltin("unpack_from", (a, kw) => {
    if (a.length < 1) raise("TypeError", "unpack_from() missing required argument 'format' (pos 1)");
    const [buf, off] = bindArgs("unpack_from", a.slice(1), kw, ["buffer", "offset"], 1);
    return unpackFromBuf(structOf(a[0]), buf!, off);
  }));
  d.setStr("iter_unpack", builtin("iter_unpack", 2, 2, (f, b) => iterUnpack(structOf(f), b)));
  d.setStr("calcsize", builtin("calcsize", 1, 1, (f) => structOf(f).lay.size));
  d.setStr("_clearcache", builtin("_clearcache", 0, 0, () => (cache.clear(), null)));
}

registerModule("_struct", (m) => initModule(m.$dict!));
registerModule("struct", (m) => {
  initModule(m.$dict!);
  m.$dict!.setStr("__all__", new PyList(["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]));
});
