// The math module (Modules/mathmodule.c): argument conversion and errors here, the
// numerics in src/runtime/float-ops.ts / int-ops.ts (correctly rounded where CPython's
// libm is) and src/stdlib/math/special.ts (gamma, lgamma, erf, erfc).
import { PyFloat, PyObject, type PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin, kwbuiltin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { T } from "../runtime/types.js";
import { callSpecial, typeName, mul } from "../runtime/ops.js";
import { toArray } from "../runtime/iter.js";
import type { PyModule } from "../runtime/containers.js";
import * as FO from "../runtime/float-ops.js";
import { fuseFns } from "../runtime/float-fuse.js";
import * as IO from "../runtime/int-ops.js";
import * as SP from "./math/special.js";
import * as TR from "./math/trig.js";

/** sin/cos/tan: an infinite argument is a domain error (math_1). */
const trigChecked = (f: (x: number) => number) => (x: number): number => {
  if (x === Infinity || x === -Infinity) raise("ValueError", "math domain error");
  return f(x);
};

type PyInt = IO.PyInt;

/** PyFloat_AsDouble: float, int, __float__, then __index__. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return IO.intToFloat(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyObject) {
    if (v.$cls.lookup("__float__") != null) {
      const r = callSpecial(v, "__float__", []);
      if (r instanceof PyFloat) return r.v;
      raise("TypeError", `${typeName(v)}.__float__ returned non-float (type ${typeName(r ?? null)})`);
    }
    if (v.$cls.lookup("__index__") != null) return IO.intToFloat(toInteger(v));
  }
  return raise("TypeError", `must be real number, not ${typeName(v)}`);
}

/** PyNumber_Index: an int, or an object with __index__. */
export function toInteger(v: PyValue): PyInt {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyObject && v.$cls.lookup("__index__") != null) {
    const r = callSpecial(v, "__index__", []);
    if (typeof r === "number" || typeof r === "bigint") return r;
    if (typeof r === "boolean") return r ? 1 : 0;
    raise("TypeError", `__index__ returned non-int (type ${typeName(r ?? null)})`);
  }
  return raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
}

const F = (x: number): PyFloat => new PyFloat(x);
const isIntLike = (v: PyValue): v is number | bigint | boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";

function unary(name: string, f: (x: number) => number) {
  return builtin(name, 1, 1, (v) => F(f(toDouble(v))));
}
function binary(name: string, f: (x: number, y: number) => number) {
  return builtin(name, 2, 2, (a, b) => F(f(toDouble(a), toDouble(b))));
}
/** log's argument: ints are kept exact so huge ones work (loghelper). */
const logArg = (v: PyValue): number | { int: PyInt } => (isIntLike(v) ? { int: toInteger(v) } : toDouble(v));

/** math.floor / math.ceil: exact on floats, the type's __floor__/__ceil__, else via float. */
function rounder(name: string, dunder: string, f: (x: number) => PyInt) {
  return builtin(name, 1, 1, (v) => {
    // an exact float only: a float subclass may define its own __floor__/__ceil__
    if (v instanceof PyFloat && v.$cls === T.float) return f(v.v);
    if (isIntLike(v)) return toInteger(v);
    if (v instanceof PyObject && v.$cls.lookup(dunder) != null) return callSpecial(v, dunder, [])!;
    return f(toDouble(v));
  });
}

function kwOnly(fname: string, kw: Map<string, PyValue> | null, allowed: string[]): Map<string, PyValue> {
  const m = kw ?? new Map<string, PyValue>();
  for (const k of m.keys()) if (!allowed.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for ${fname}()`);
  return m;
}

function argCount(fname: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) raise("TypeError", `${fname}() takes exactly ${min} argument${min === 1 ? "" : "s"} (${args.length} given)`);
    if (args.length < min) raise("TypeError", `${fname}() takes at least ${min} positional argument${min === 1 ? "" : "s"} (${args.length} given)`);
    raise("TypeError", `${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${args.length} given)`);
  }
}

/** Points of math.dist: tuples or lists of reals (3.11 requires sequences). */
function point(v: PyValue): number[] {
  return toArray(v).map(toDouble);
}

/** C99 pow: 1**y and (-1)**±inf are 1 even for NaN / infinite y (JS gives NaN). */
function powFixed(x: number, y: number): number {
  if (x === 1 || ((x === -1) && (y === Infinity || y === -Infinity))) return 1;
  return FO.mathPow(x, y);
}

registerModule("math", (m: PyModule) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set("pi", F(Math.PI));
  set("e", F(Math.E));
  set("tau", F(2 * Math.PI));
  set("inf", F(Infinity));
  set("nan", F(NaN));

  const ones: [string, (x: number) => number][] = [
    ["sqrt", FO.mathSqrt], ["exp", FO.mathExp], ["exp2", FO.mathExp2], ["expm1", FO.mathExpm1],
    ["log1p", FO.mathLog1p], ["sin", trigChecked(TR.sin)], ["cos", trigChecked(TR.cos)], ["tan", trigChecked(TR.tan)],
    ["asin", FO.mathAsin], ["acos", FO.mathAcos], ["atan", FO.mathAtan], ["sinh", FO.mathSinh],
    ["cosh", FO.mathCosh], ["tanh", FO.mathTanh], ["asinh", FO.mathAsinh], ["acosh", FO.mathAcosh],
    ["atanh", FO.mathAtanh], ["cbrt", FO.mathCbrt], ["fabs", Math.abs], ["degrees", FO.mathDegrees],
    ["radians", FO.mathRadians], ["erf", SP.erf], ["erfc", SP.erfc], ["gamma", SP.gamma], ["lgamma", SP.lgamma],
  ];
  for (const [name, f] of ones) set(name, unary(name, f));
  fuseFns.sqrt = d.t.m.get("sqrt"); // codegen's fused float arithmetic may call Math.sqrt for it
  const twos: [string, (x: number, y: number) => number][] = [
    ["pow", powFixed], ["atan2", FO.mathAtan2], ["copysign", FO.mathCopysign], ["fmod", FO.mathFmod],
    ["remainder", FO.mathRemainder], ["nextafter", FO.mathNextafter],
  ];
  for (const [name, f] of twos) set(name, binary(name, f));
  set("ulp", unary("ulp", FO.mathUlp));

  set("log", builtin("log", 1, 2, (v, base) => F(base === undefined ? FO.mathLog(logArg(v)) : FO.mathLog(logArg(v), logArg(base)))));
  set("log2", builtin("log2", 1, 1, (v) => F(FO.mathLog2(logArg(v)))));
  set("log10", builtin("log10", 1, 1, (v) => F(FO.mathLog10(logArg(v)))));

  set("floor", rounder("floor", "__floor__", FO.mathFloor));
  set("ceil", rounder("ceil", "__ceil__", FO.mathCeil));
  set("trunc", builtin("trunc", 1, 1, (v) => {
    if (v instanceof PyFloat && v.$cls === T.float) return FO.mathTrunc(v.v);
    if (isIntLike(v)) return toInteger(v);
    if (v instanceof PyObject && v.$cls.lookup("__trunc__") != null) return callSpecial(v, "__trunc__", [])!;
    return raise("TypeError", `type ${typeName(v)} doesn't define __trunc__ method`);
  }));
  set("frexp", builtin("frexp", 1, 1, (v) => {
    const [mant, exp] = FO.mathFrexp(toDouble(v));
    return tupleOf([F(mant), exp]);
  }));
  set("ldexp", builtin("ldexp", 2, 2, (x, i) => {
    if (!isIntLike(i)) raise("TypeError", "Expected an int as second argument to ldexp.");
    return F(FO.mathLdexp(toDouble(x), toInteger(i)));
  }));
  set("modf", builtin("modf", 1, 1, (v) => {
    const [frac, whole] = FO.mathModf(toDouble(v));
    return tupleOf([F(frac), F(whole)]);
  }));
  set("isnan", builtin("isnan", 1, 1, (v) => FO.mathIsnan(toDouble(v))));
  set("isinf", builtin("isinf", 1, 1, (v) => FO.mathIsinf(toDouble(v))));
  set("isfinite", builtin("isfinite", 1, 1, (v) => FO.mathIsfinite(toDouble(v))));
  set("isclose", kwbuiltin("isclose", (args, kw) => {
    argCount("isclose", args, 2, 2);
    const k = kwOnly("isclose", kw, ["rel_tol", "abs_tol"]);
    const rel = k.has("rel_tol") ? toDouble(k.get("rel_tol")!) : 1e-9;
    const abs = k.has("abs_tol") ? toDouble(k.get("abs_tol")!) : 0;
    return FO.mathIsclose(toDouble(args[0]), toDouble(args[1]), rel, abs);
  }));
  set("hypot", builtin("hypot", 0, Infinity, (...xs) => F(FO.mathHypot(xs.map(toDouble)))));
  set("dist", builtin("dist", 2, 2, (p, q) => F(FO.mathDist(point(p), point(q)))));
  set("fsum", builtin("fsum", 1, 1, (it) => F(FO.mathFsum(toArray(it).map(toDouble)))));
  set("prod", kwbuiltin("prod", (args, kw) => {
    argCount("prod", args, 1, 1);
    const k = kwOnly("prod", kw, ["start"]);
    let acc: PyValue = k.has("start") ? k.get("start")! : 1;
    for (const x of toArray(args[0])) acc = mul(acc, x);
    return acc;
  }));

  set("factorial", builtin("factorial", 1, 1, (v) => IO.factorial(toInteger(v))));
  set("gcd", builtin("gcd", 0, Infinity, (...xs) => xs.reduce((acc: PyInt, x) => IO.gcd(acc, toInteger(x)), 0)));
  set("lcm", builtin("lcm", 0, Infinity, (...xs) => xs.reduce((acc: PyInt, x) => IO.lcm(acc, toInteger(x)), 1)));
  set("isqrt", builtin("isqrt", 1, 1, (v) => IO.isqrt(toInteger(v))));
  set("comb", builtin("comb", 2, 2, (n, k) => IO.comb(toInteger(n), toInteger(k))));
  set("perm", builtin("perm", 1, 2, (n, k) => k === undefined || k === null ? IO.factorial(toInteger(n)) : IO.perm(toInteger(n), toInteger(k))));
});

import { tuple as tupleOf } from "../runtime/containers.js";
