// The math module (Modules/mathmodule.c) over JS Math, with Python's errors.
import { PyFloat, type PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { asFloat, asInt, callSpecial, typeName, isInt, indexValue } from "../runtime/ops.js";
import * as I from "../runtime/int.js";
import { toArray } from "../runtime/iter.js";
import type { PyModule } from "../runtime/containers.js";

function num(v: PyValue): number {
  const f = asFloat(v);
  if (f !== undefined) return f;
  const r = callSpecial(v, "__float__", []);
  if (r instanceof PyFloat) return r.v;
  return raise("TypeError", `must be real number, not ${typeName(v)}`);
}
const F = (x: number) => new PyFloat(x);
function checked(name: string, f: (x: number) => number, domain?: (x: number) => boolean) {
  return builtin(name, 1, 1, (v) => {
    const x = num(v);
    if (domain && !domain(x)) raise("ValueError", "math domain error");
    const r = f(x);
    if (r !== r && x === x) raise("ValueError", "math domain error");
    if (!Number.isFinite(r) && Number.isFinite(x)) raise("OverflowError", "math range error");
    return F(r);
  });
}
function intOf(v: PyValue, name: string): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) raise("TypeError", `'float' object cannot be interpreted as an integer`);
  return asInt(indexValue(v, true))!;
}
function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function toIntegral(v: PyValue, fn: (x: number) => number, dunder: string): PyValue {
  if (isInt(v) || typeof v === "boolean") return asInt(v)!;
  if (v instanceof PyFloat) return I.floatToInt(fn(v.v));
  const r = callSpecial(v, dunder, []);
  if (r !== undefined) return r;
  return I.floatToInt(fn(num(v)));
}

registerModule("math", (m: PyModule) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set("pi", F(Math.PI));
  set("e", F(Math.E));
  set("tau", F(2 * Math.PI));
  set("inf", F(Infinity));
  set("nan", F(NaN));
  set("sqrt", checked("sqrt", Math.sqrt, (x) => x >= 0 || x !== x));
  set("exp", checked("exp", Math.exp));
  set("log2", checked("log2", Math.log2, (x) => x > 0 || x !== x));
  set("log10", checked("log10", Math.log10, (x) => x > 0 || x !== x));
  set("log1p", checked("log1p", Math.log1p, (x) => x > -1 || x !== x));
  set("expm1", checked("expm1", Math.expm1));
  for (const n of ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"] as const) set(n, checked(n, Math[n]));
  set("fabs", builtin("fabs", 1, 1, (v) => F(Math.abs(num(v)))));
  set("floor", builtin("floor", 1, 1, (v) => toIntegral(v, Math.floor, "__floor__")));
  set("ceil", builtin("ceil", 1, 1, (v) => toIntegral(v, Math.ceil, "__ceil__")));
  set("trunc", builtin("trunc", 1, 1, (v) => toIntegral(v, Math.trunc, "__trunc__")));
  set("log", builtin("log", 1, 2, (v, base) => {
    const ln = (x: PyValue): number => {
      const i = asInt(x);
      if (typeof i === "bigint") {
        if (i <= 0n) raise("ValueError", "math domain error");
        const s = i.toString(16);
        return Math.log(Number.parseInt(s.slice(0, 12), 16)) + (s.length - 12) * 4 * Math.LN2;
      }
      const f = num(x);
      if (f <= 0) raise("ValueError", "math domain error");
      return Math.log(f);
    };
    if (base === undefined) return F(ln(v));
    const b = ln(base);
    if (b === 0) raise("ZeroDivisionError", "float division by zero");
    return F(ln(v) / b);
  }));
  set("pow", builtin("pow", 2, 2, (a, b) => {
    const x = num(a), y = num(b);
    if (x === 0 && y < 0) raise("ValueError", "math domain error");
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) raise("ValueError", "math domain error");
    const r = x ** y;
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise("OverflowError", "math range error");
    return F(x === 1 || y === 0 ? 1 : r);
  }));
  set("atan2", builtin("atan2", 2, 2, (a, b) => F(Math.atan2(num(a), num(b)))));
  set("hypot", builtin("hypot", 0, Infinity, (...xs) => F(Math.hypot(...xs.map(num)))));
  set("copysign", builtin("copysign", 2, 2, (a, b) => {
    const x = Math.abs(num(a)), y = num(b);
    return F(y < 0 || Object.is(y, -0) ? -x : x);
  }));
  set("fmod", builtin("fmod", 2, 2, (a, b) => {
    const y = num(b);
    if (y === 0) raise("ValueError", "math domain error");
    return F(num(a) % y);
  }));
  set("isnan", builtin("isnan", 1, 1, (v) => Number.isNaN(num(v))));
  set("isinf", builtin("isinf", 1, 1, (v) => Math.abs(num(v)) === Infinity));
  set("isfinite", builtin("isfinite", 1, 1, (v) => Number.isFinite(num(v))));
  set("isclose", builtin("isclose", 2, 4, (a, b) => {
    const x = num(a), y = num(b);
    if (x === y) return true;
    return Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0);
  }));
  set("degrees", builtin("degrees", 1, 1, (v) => F((num(v) * 180) / Math.PI)));
  set("radians", builtin("radians", 1, 1, (v) => F((num(v) * Math.PI) / 180)));
  set("factorial", builtin("factorial", 1, 1, (v) => {
    const n = intOf(v, "factorial");
    if (n < 0) raise("ValueError", "factorial() not defined for negative values");
    let r = 1n;
    for (let i = 2n; i <= BigInt(n); i++) r *= i;
    return I.norm(r);
  }));
  set("gcd", builtin("gcd", 0, Infinity, (...xs) => I.norm(xs.reduce((acc: bigint, x) => gcd(acc, BigInt(intOf(x, "gcd"))), 0n))));
  set("lcm", builtin("lcm", 0, Infinity, (...xs) => {
    let r = 1n;
    for (const x of xs) {
      const b = BigInt(intOf(x, "lcm"));
      if (b === 0n) return 0;
      r = (r / gcd(r, b)) * (b < 0n ? -b : b);
    }
    return I.norm(r);
  }));
  set("isqrt", builtin("isqrt", 1, 1, (v) => {
    const n = BigInt(intOf(v, "isqrt"));
    if (n < 0n) raise("ValueError", "isqrt() argument must be nonnegative");
    if (n < 2n) return I.norm(n);
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x--;
    while ((x + 1n) * (x + 1n) <= n) x++;
    return I.norm(x);
  }));
  set("comb", builtin("comb", 2, 2, (a, b) => {
    const n = BigInt(intOf(a, "comb")), k = BigInt(intOf(b, "comb"));
    if (n < 0n || k < 0n) raise("ValueError", `${n < 0n ? "n" : "k"} must be a non-negative integer`);
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
    return I.norm(r);
  }));
  set("perm", builtin("perm", 1, 2, (a, b) => {
    const n = BigInt(intOf(a, "perm"));
    const k = b === undefined || b === null ? n : BigInt(intOf(b, "perm"));
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return I.norm(r);
  }));
  set("prod", builtin("prod", 1, 2, (it, start) => {
    let acc: PyValue = start === undefined ? 1 : start;
    for (const x of toArray(it)) acc = mulHook(acc, x);
    return acc;
  }));
  set("fsum", builtin("fsum", 1, 1, (it) => {
    // Neumaier compensated summation: exact for the cases programs meet
    let s = 0, c = 0;
    for (const x of toArray(it)) {
      const v = num(x);
      const t = s + v;
      c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
      s = t;
    }
    return F(s + c);
  }));
});
import { mul as mulHook } from "../runtime/ops.js";
