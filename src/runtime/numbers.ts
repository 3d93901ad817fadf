// The int, bool, float and complex types: constructors, dunders, methods.
import { PyFloat, PyComplex, PyIntSub, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { method, getset, kwmethod, classMethod } from "./descriptors.js";
import { PyBytes } from "./containers.js";
import { PyClassMethod, PyStaticMethod } from "./property.js";
import { PyType } from "./type.js";
import { PyDict } from "./dict.js";
import { PyBuiltin } from "./function.js";
import { toArray } from "./iter.js";
import { OPS, asFloat, asInt, pyStr, typeName, intHash, floatHash, truthy, nativeCompare, callSpecial, isInt, indexValue, neg, invert, type CmpOp } from "./ops.js";
import { floatRepr, complexRepr } from "./repr.js";
import { ctors } from "./klass.js";
import * as I from "./int.js";
import * as IO from "./int-ops.js";
import * as FO from "./float-ops.js";
import { formatSpec } from "./format.js";
import { tuple } from "./containers.js";
import { complexNew } from "./complex-new.js";
import { complexHash } from "./hash.js";

const N = (v: PyValue): I.Int => asInt(v)!;
const Fv = (v: PyValue): number => (v as PyFloat).v;

// ---- arithmetic dunders from the native operator table ----
for (const t of [T.int, T.float, T.complex]) {
  for (const op of Object.values(OPS)) {
    method(t, op.name, 1, 1, (a, b) => op.native(a, b));
    method(t, op.rname, 1, 1, (a, b) => op.native(b, a));
  }
  for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
    method(t, name, 1, 1, (a, b) => nativeCompare(a, b, op as CmpOp));
  }
  method(t, "__neg__", 0, 0, (a) => neg(a instanceof PyIntSub ? a.iv : a));
  // an int subclass instance answers with its plain int value (+I(3) is 3)
  method(t, "__pos__", 0, 0, (a) => (a instanceof PyIntSub ? a.iv : a));
  method(t, "__bool__", 0, 0, (a) => truthy(a instanceof PyIntSub ? a.iv : a));
  method(t, "__format__", 1, 1, (a, spec) => (spec === "" ? pyStr(a) : formatSpec(a instanceof PyIntSub ? a.iv : a, spec as string)));
}
method(T.int, "__invert__", 0, 0, (a) => invert(N(a)));
method(T.int, "__repr__", 0, 0, (a) => IO.intToDecimal(N(a)));
method(T.bool, "__repr__", 0, 0, (a) => (a ? "True" : "False"));
method(T.int, "__hash__", 0, 0, (a) => intHash(N(a)));
method(T.int, "__index__", 0, 0, (a) => N(a));
method(T.int, "__int__", 0, 0, (a) => N(a));
method(T.int, "__float__", 0, 0, (a) => new PyFloat(I.intToFloat(N(a))));
method(T.int, "__abs__", 0, 0, (a) => (N(a) < 0 ? I.intNeg(N(a)) : N(a)));
method(T.int, "__trunc__", 0, 0, (a) => N(a));
method(T.int, "__floor__", 0, 0, (a) => N(a));
method(T.int, "__ceil__", 0, 0, (a) => N(a));
method(T.int, "__round__", 0, 1, (a, nd) => {
  const v = N(a);
  if (nd === undefined || nd === null) return v;
  const n = indexValue(nd, true);
  if (n >= 0) return v;
  const p = 10n ** BigInt(-n);
  const b = BigInt(v);
  let q = b / p;
  let r = b % p;
  if (r < 0n) { r += p; q -= 1n; }
  if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
  return I.norm(q * p);
});
method(T.int, "__getnewargs__", 0, 0, (a) => tuple([N(a)]));
method(T.int, "bit_length", 0, 0, (a) => IO.bitLength(N(a)));
method(T.int, "bit_count", 0, 0, (a) => IO.bitCount(N(a)));
method(T.int, "conjugate", 0, 0, (a) => N(a));
kwmethod(T.int, "to_bytes", (args, kw) => {
  const v = BigInt(N(args[0]));
  const length = indexValue(args[1] ?? kw?.get("length") ?? 1, true);
  const order = args[2] ?? kw?.get("byteorder") ?? "big";
  const signed = truthy(kw?.get("signed") ?? false);
  if (order !== "big" && order !== "little") raise("ValueError", "byteorder must be either 'little' or 'big'");
  if (v < 0n && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  let x = v < 0n ? (1n << bits) + v : v;
  if (x >> bits !== 0n || (signed && (v < 0n ? v < -(1n << (bits - 1n)) : v >= 1n << (bits - 1n)))) raise("OverflowError", "int too big to convert");
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (order === "little") out.reverse();
  return new PyBytes(out);
});
T.int.attrs.set("from_bytes", new PyClassMethod(new PyBuiltin("from_bytes", (...a: PyValue[]) => fromBytes(a, null), 2, 3, fromBytes)));
function fromBytes(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const src = args[1];
  const bytes = src instanceof PyBytes ? [...src.b] : toArray(src).map((x) => Number(N(x)));
  const order = args[2] ?? kw?.get("byteorder") ?? "big";
  const signed = truthy(kw?.get("signed") ?? false);
  if (order === "little") bytes.reverse();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length && bytes[0] >= 0x80) v -= 1n << BigInt(bytes.length * 8);
  return I.norm(v);
}
method(T.int, "as_integer_ratio", 0, 0, (a) => tuple([N(a), 1]));
method(T.int, "is_integer", 0, 0, () => true);
getset(T.int, "real", (a) => N(a));
getset(T.int, "imag", () => 0);
getset(T.int, "numerator", (a) => N(a));
getset(T.int, "denominator", () => 1);

/** int(x, base) from a string (longobject.c PyLong_FromString). */
export function parseIntStr(s: string, base: number): I.Int {
  return IO.intFromString(s, base);
}
import { strRepr as pyReprStr } from "./repr.js";

export function toInt(v: PyValue): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return I.floatToInt(v.v);
  if (typeof v === "string") return parseIntStr(v, 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const r = callSpecial(v, name, []);
    if (r !== undefined) {
      if (!isInt(r) && typeof r !== "boolean") raise("TypeError", `${name} returned non-int (type ${typeName(r)})`);
      return asInt(r)!;
    }
  }
  if (v !== null && typeof v === "object" && "b" in v) return parseIntStr(new TextDecoder().decode((v as unknown as { b: Uint8Array }).b), 10);
  return raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

ctors.set(T.int, (args, kwnames) => {
  let npos = args.length - (kwnames?.length ?? 0);
  let base: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (kwnames) kwnames.forEach((k, i) => {
    if (k === "base") base = args[npos + i];
    else raise("TypeError", `'${k}' is an invalid keyword argument for int()`);
  });
  if (npos > 2) raise("TypeError", `int() takes at most 2 arguments (${npos} given)`);
  if (npos === 0) return 0;
  if (base === undefined) return toInt(args[0]);
  const b = indexValue(base);
  if (b !== 0 && (b < 2 || b > 36)) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  const s = args[0];
  if (typeof s !== "string") raise("TypeError", "int() can't convert non-string with explicit base");
  npos = 0;
  return parseIntStr(s, b);
});
// int.__new__(cls, x=0, base=10) for subclasses (longobject.c long_subtype_new): the
// instance is a PyIntSub holding the plain value; its __dict__ is a real one.
T.int.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => intNew(a, null), 1, Infinity, (a, kw) => intNew(a, kw), undefined, "int.__new__")));
function intNew(a: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const cls = a[0];
  if (!(cls instanceof PyType)) return raise("TypeError", `int.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(T.int)) raise("TypeError", `int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  const kwnames = kw && kw.size ? [...kw.keys()] : null;
  const args = kw ? [...a.slice(1), ...kw.values()] : a.slice(1);
  const v = ctors.get(T.int)!(args, kwnames) as number | bigint;
  if (cls === T.int) return v;
  return new PyIntSub(cls, v, cls.instDict ? new PyDict() : null);
}
T.int.alloc = (cls) => new PyIntSub(cls, 0, cls.instDict ? new PyDict() : null);
ctors.set(T.bool, (args, kwnames) => {
  if (kwnames) raise("TypeError", "bool() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `bool expected at most 1 argument, got ${args.length}`);
  return args.length ? truthy(args[0]) : false;
});

// ---- float ----
const ft = T.float;
method(ft, "__repr__", 0, 0, (a) => floatRepr(Fv(a)));
method(ft, "__hash__", 0, 0, (a) => floatHash(Fv(a)));
method(ft, "__float__", 0, 0, (a) => a);
method(ft, "__int__", 0, 0, (a) => I.floatToInt(Fv(a)));
method(ft, "__trunc__", 0, 0, (a) => I.floatToInt(Fv(a)));
method(ft, "__floor__", 0, 0, (a) => I.floatToInt(Math.floor(Fv(a))));
method(ft, "__ceil__", 0, 0, (a) => I.floatToInt(Math.ceil(Fv(a))));
method(ft, "__abs__", 0, 0, (a) => new PyFloat(Math.abs(Fv(a))));
method(ft, "is_integer", 0, 0, (a) => Number.isInteger(Fv(a)));
method(ft, "conjugate", 0, 0, (a) => a);
getset(ft, "real", (a) => a);
getset(ft, "imag", () => new PyFloat(0));
method(ft, "__round__", 0, 1, (a, nd) => {
  const x = Fv(a);
  if (nd === undefined || nd === null) return FO.roundToInt(x);
  return new PyFloat(FO.round(x, asInt(nd) ?? indexValue(nd, true)));
});
method(ft, "as_integer_ratio", 0, 0, (a) => tuple(FO.asIntegerRatio(Fv(a))));
method(ft, "hex", 0, 0, (a) => FO.floatHex(Fv(a)));
// float.__getformat__ (Objects/floatobject.c): JS numbers are IEEE 754 doubles on little-endian hosts.
classMethod(ft, "__getformat__", 1, 1, (_c: PyValue, kind: PyValue) => {
  if (typeof kind !== "string") raise("TypeError", `__getformat__() argument must be str, not ${typeName(kind)}`);
  if (kind !== "double" && kind !== "float") raise("ValueError", "__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});
classMethod(ft, "fromhex", 1, 1, (_c: PyValue, s: PyValue) => new PyFloat(FO.floatFromHex(s as string)));
export const roundFloat = (x: number, nd: number): number => FO.round(x, nd);

export function parseFloatStr(s: string): number {
  return FO.floatFromString(s);
}

export function toFloat(v: PyValue): number {
  const f = asFloat(v);
  if (f !== undefined) return f;
  if (typeof v === "string") return parseFloatStr(v);
  const r = callSpecial(v, "__float__", []);
  if (r !== undefined) {
    if (!(r instanceof PyFloat)) raise("TypeError", `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.v;
  }
  const ix = callSpecial(v, "__index__", []);
  if (ix !== undefined) return I.intToFloat(asInt(ix)!);
  return raise("TypeError", `float() argument must be a string or a real number, not '${typeName(v)}'`);
}
ctors.set(ft, (args, kwnames) => {
  if (kwnames) raise("TypeError", "float() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return new PyFloat(0);
  if (args[0] instanceof PyFloat) return args[0].$cls === ft ? args[0] : new PyFloat(args[0].v);
  return new PyFloat(toFloat(args[0]));
});

// ---- complex ----
const ct = T.complex;
method(ct, "__repr__", 0, 0, (a) => complexRepr((a as PyComplex).re, (a as PyComplex).im));
method(ct, "__hash__", 0, 0, (a) => complexHash((a as PyComplex).re, (a as PyComplex).im));
method(ct, "__abs__", 0, 0, (a) => {
  // complexobject.c complex_abs: hypot, and an infinity from finite parts overflows
  const { re, im } = a as PyComplex;
  const r = FO.mathHypot([re, im]);
  if (r === Infinity && Number.isFinite(re) && Number.isFinite(im)) raise("OverflowError", "absolute value too large");
  return new PyFloat(r);
});
method(ct, "conjugate", 0, 0, (a) => new PyComplex((a as PyComplex).re, -(a as PyComplex).im));
getset(ct, "real", (a) => new PyFloat((a as PyComplex).re));
getset(ct, "imag", (a) => new PyFloat((a as PyComplex).im));
ctors.set(ct, (args, kwnames) => complexNew(args, kwnames));
method(ct, "__complex__", 0, 0, (a) => a);
export { pyStr, NotImplemented };
