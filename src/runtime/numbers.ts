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
import { OPS, asFloat, asInt, pyStr, pyId, typeName, intHash, floatHash, truthy, nativeCompare, callSpecial, isInt, indexValue, neg, invert, type CmpOp } from "./ops.js";
import { floatRepr, complexRepr } from "./repr.js";
import { ctors } from "./klass.js";
import * as I from "./int.js";
import * as IO from "./int-ops.js";
import * as FO from "./float-ops.js";
import { formatSpec, specArg } from "./format.js";
import { tuple } from "./containers.js";
import { complexNew } from "./complex-new.js";
import { complexHash } from "./hash.js";
import { intToBytes, intFromBytes } from "./int-bytes.js";
import { floatNew } from "./float-new.js";
import { intOf, intOfBase } from "./int-new.js";
import { callv } from "./call.js";
import { newTarget } from "./generic-new.js";

const N = (v: PyValue): I.Int => asInt(v)!;
const Fv = (v: PyValue): number => (v as PyFloat).v;

// ---- arithmetic dunders from the native operator table ----
function missingOps(t: PyType): string[] {
  const bits = ["and", "or", "xor", "lshift", "rshift"];
  if (t === T.int) return ["matmul"];
  if (t === T.float) return ["matmul", ...bits];
  return ["matmul", "floordiv", "mod", "divmod", ...bits];
}
/** int's methods take ints only, float's ints and floats (long_add... answer
 * NotImplemented otherwise, so that `1 / F(2.0)` reaches F.__rtruediv__). */
function takesOperand(t: PyType, v: PyValue): boolean {
  if (t === T.complex) return true;
  const isInt = typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSub;
  return isInt || (t === T.float && v instanceof PyFloat);
}
for (const t of [T.int, T.float, T.complex]) {
  for (const op of Object.values(OPS)) {
    // only the operators the type implements (int has no @, float no bit operators,
    // complex neither those nor //, %): hasattr(1.0, "__lshift__") is False
    if (missingOps(t).includes(op.name.replace(/^__/, "").replace(/__$/, ""))) continue;
    method(t, op.name, 1, 1, (a, b) => (takesOperand(t, b) ? op.native(a, b) : NotImplemented));
    method(t, op.rname, 1, 1, (a, b) => (takesOperand(t, b) ? op.native(b, a) : NotImplemented));
  }
  for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
    method(t, name, 1, 1, (a, b) => nativeCompare(a, b, op as CmpOp));
  }
  method(t, "__neg__", 0, 0, (a) => neg(a instanceof PyIntSub ? a.iv : a));
  // an int subclass instance answers with its plain int value (+I(3) is 3)
  method(t, "__pos__", 0, 0, (a) => (a instanceof PyIntSub ? a.iv : exactNumber(a)));
  method(t, "__bool__", 0, 0, (a) => truthy(a instanceof PyIntSub ? a.iv : a));
  method(t, "__format__", 1, 1, (a, spec) => (spec === "" ? pyStr(a) : a instanceof PyIntSub ? formatSpec(a.iv, specArg(spec), typeName(a)) : formatSpec(a, specArg(spec))));
}
/** A float or complex subclass instance as the exact built-in value (float_pos). */
function exactNumber(a: PyValue): PyValue {
  if (a instanceof PyFloat && a.$cls !== T.float) return new PyFloat(a.v);
  if (a instanceof PyComplex && a.$cls !== T.complex) return new PyComplex(a.re, a.im);
  return a;
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
// to_bytes / from_bytes: argument rules and subclass results in int-bytes.ts
kwmethod(T.int, "to_bytes", (args, kw) => intToBytes(N(args[0]), args.slice(1), kw));
T.int.attrs.set("from_bytes", new PyClassMethod(new PyBuiltin("from_bytes", (...a: PyValue[]) => intFromBytes(a[0], a.slice(1), null), 1, Infinity, (a, kw) => intFromBytes(a[0], a.slice(1), kw))));
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

/** int(x): PyNumber_Long (int-new.ts). */
export function toInt(v: PyValue): I.Int {
  return intOf(v);
}

ctors.set(T.int, (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  let base: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (kwnames) kwnames.forEach((k, i) => {
    if (k === "base" && npos < 2) base = args[npos + i];
    else raise("TypeError", `'${k}' is an invalid keyword argument for int()`);
  });
  if (npos > 2) raise("TypeError", `int() takes at most 2 arguments (${npos} given)`);
  if (base === undefined) return npos === 0 ? 0 : toInt(args[0]);
  return intOfBase(npos > 0 ? args[0] : undefined, base);
});
// int.__new__(cls, x=0, base=10) for subclasses (longobject.c long_subtype_new): the
// instance is a PyIntSub holding the plain value; its __dict__ is a real one.
T.int.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => intNew(a, null), 1, Infinity, (a, kw) => intNew(a, kw), undefined, "int.__new__")));
function intNew(a: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const cls = newTarget(T.int, a[0]);
  // typeobject.c tp_new_wrapper: bool has its own __new__
  if (cls === T.bool) raise("TypeError", "int.__new__(bool) is not safe, use bool.__new__()");
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
// bool.__new__(bool[, x]) (bool cannot be subclassed, so cls is bool itself)
T.bool.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (cls: PyValue, x?: PyValue) => {
  if (cls !== T.bool) raise("TypeError", `bool.__new__(X): X is not bool`);
  return x === undefined ? false : truthy(x);
}, 1, 2, null, undefined, "bool.__new__")));

// ---- float ----
const ft = T.float;
method(ft, "__repr__", 0, 0, (a) => floatRepr(Fv(a)));
method(ft, "__hash__", 0, 0, (a) => (Fv(a) !== Fv(a) ? Number(pyId(a)) / 16 : floatHash(Fv(a))));
method(ft, "__float__", 0, 0, (a) => ((a as PyFloat).$cls === ft ? a : new PyFloat((a as PyFloat).v)));
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
// float_fromhex: a subclass gets cls(result), as for any alternate constructor
classMethod(ft, "fromhex", 1, 1, (c: PyValue, s: PyValue) => {
  if (typeof s !== "string") raise("TypeError", "bad argument type for built-in operation");
  const r = new PyFloat(FO.floatFromHex(s));
  return c === T.float ? r : callv(c, [r], null);
});
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
  if (args[0] instanceof PyFloat && args[0].$cls === ft) return args[0];
  return new PyFloat(floatNew(args[0]));
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
method(ct, "__complex__", 0, 0, (a) => ((a as PyComplex).$cls === ct ? a : new PyComplex((a as PyComplex).re, (a as PyComplex).im)));
export { pyStr, NotImplemented };
