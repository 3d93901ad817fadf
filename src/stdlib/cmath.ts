// The cmath module: complex elementary functions with the branch cuts and formulas
// that Modules/cmathmodule.c documents (Kahan, "Branch cuts for complex elementary
// functions"). Finite arguments follow the same formulas, so results agree with
// CPython up to the ulp differences of the real functions underneath; infinities and
// NaNs follow C99 Annex G for sqrt/exp/log, and the formulas elsewhere (noted in
// docs/notes/numeric.md).
import { PyFloat, PyComplex, PyObject, type PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin, kwbuiltin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { callSpecial, typeName } from "../runtime/ops.js";
import { tuple } from "../runtime/containers.js";
import * as FO from "../runtime/float-ops.js";
import { toDouble } from "./math.js";

type C = [number, number];

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4; // CM_LARGE_DOUBLE
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const LN10 = Math.LN10;
const MANT_DIG = 53;

const domain = (): never => raise("ValueError", "math domain error");
const range = (): never => raise("OverflowError", "math range error");
const fin = (x: number): boolean => Number.isFinite(x);
const hypot = (a: number, b: number): number => FO.mathHypot([a, b]);
const ln = (x: number): number => (x > 0 && fin(x) ? FO.mathLog(x) : Math.log(x));
const expo = (x: number): number => (fin(x) && x < 709 ? FO.mathExp(x) : Math.exp(x));

/** A cmath argument as (re, im): complex, __complex__, or anything float() takes. */
function toComplex(v: PyValue): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyObject && !(v instanceof PyFloat) && v.$cls.lookup("__complex__") != null) {
    const r = callSpecial(v, "__complex__", []);
    if (!(r instanceof PyComplex)) raise("TypeError", `__complex__ returned non-complex (type ${typeName(r ?? null)})`);
    return [r.re, r.im];
  }
  if (v instanceof PyObject && !(v instanceof PyFloat) && v.$cls.lookup("__float__") == null && v.$cls.lookup("__index__") == null) {
    raise("TypeError", `must be real number, not ${typeName(v)}`);
  }
  if (v === null || typeof v === "string") raise("TypeError", `must be real number, not ${typeName(v)}`);
  return [toDouble(v), 0];
}

const Z = (c: C): PyComplex => new PyComplex(c[0], c[1]);

function sqrtC([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (y === Infinity || y === -Infinity) return [Infinity, y];
    if (x === Infinity) return [Infinity, y !== y ? y : FO.mathCopysign(0, y)];
    if (x === -Infinity) return y !== y ? [NaN, Infinity] : [0, FO.mathCopysign(Infinity, y)];
    return [NaN, NaN];
  }
  if (x === 0 && y === 0) return [0, y];
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // scale up subnormal parts to keep precision
    const sx = FO.mathLdexp(ax, MANT_DIG);
    s = FO.mathLdexp(Math.sqrt(sx + hypot(sx, FO.mathLdexp(ay, MANT_DIG))), Math.floor(-MANT_DIG / 2));
  } else {
    const a8 = ax / 8;
    s = 2 * Math.sqrt(a8 + hypot(a8, ay / 8));
  }
  const d = ay / (2 * s);
  if (x >= 0) return [s, FO.mathCopysign(d, y)];
  return [d, FO.mathCopysign(s, y)];
}

function expC([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (x === Infinity && fin(y) && y !== 0) return [Infinity * Math.cos(y), Infinity * Math.sin(y)];
    if (x === -Infinity && fin(y)) return [0 * Math.cos(y), 0 * Math.sin(y)];
    if (x === Infinity && y === 0) return [Infinity, y];
    if (x === -Infinity) return [0, 0];
    if (x === Infinity) return [Infinity, NaN];
    if (x !== x && y === 0) return [NaN, y];
    if (fin(x)) domain();
    return [NaN, NaN];
  }
  let r: C;
  if (x > LOG_LARGE) {
    const l = expo(x - 1);
    r = [l * Math.cos(y) * Math.E, l * Math.sin(y) * Math.E];
  } else {
    const l = expo(x);
    r = [l * Math.cos(y), l * Math.sin(y)];
  }
  if (!fin(r[0]) || !fin(r[1])) range();
  return r;
}

function logC([x, y]: C): C {
  if (!fin(x) || !fin(y)) {
    if (x !== x || y !== y) {
      if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return [Infinity, NaN];
      return [NaN, NaN];
    }
    return [Infinity, Math.atan2(y, x)];
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = ln(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = ln(hypot(FO.mathLdexp(ax, MANT_DIG), FO.mathLdexp(ay, MANT_DIG))) - MANT_DIG * LN2;
    else return domain();
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = ln(h);
  }
  return [re, Math.atan2(y, x)];
}

const neg = ([x, y]: C): C => [-x, -y];

function coshC([x, y]: C): C {
  let r: C;
  if (Math.abs(x) > LOG_LARGE && fin(x)) {
    const xm1 = x - FO.mathCopysign(1, x);
    r = [Math.cos(y) * Math.cosh(xm1) * Math.E, Math.sin(y) * Math.sinh(xm1) * Math.E];
  } else r = [Math.cos(y) * Math.cosh(x), Math.sin(y) * Math.sinh(x)];
  if (fin(x) && fin(y) && (!fin(r[0]) || !fin(r[1]))) range();
  return r;
}

function sinhC([x, y]: C): C {
  let r: C;
  if (Math.abs(x) > LOG_LARGE && fin(x)) {
    const xm1 = x - FO.mathCopysign(1, x);
    r = [Math.cos(y) * Math.sinh(xm1) * Math.E, Math.sin(y) * Math.cosh(xm1) * Math.E];
  } else r = [Math.cos(y) * Math.sinh(x), Math.sin(y) * Math.cosh(x)];
  if (fin(x) && fin(y) && (!fin(r[0]) || !fin(r[1]))) range();
  return r;
}

function tanhC([x, y]: C): C {
  if (Math.abs(x) > LOG_LARGE) return [FO.mathCopysign(1, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x))];
  const tx = Math.tanh(x);
  const ty = Math.tan(y);
  const cx = 1 / Math.cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function acosC([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const re = Math.atan2(Math.abs(y), x);
    const l = ln(hypot(x / 2, y / 2)) + LN2 * 2;
    return [re, x < 0 ? -FO.mathCopysign(l, y) : FO.mathCopysign(l, -y)];
  }
  const s1 = sqrtC([1 - x, -y]);
  const s2 = sqrtC([1 + x, y]);
  return [2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function acoshC([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) return [ln(hypot(x / 2, y / 2)) + LN2 * 2, Math.atan2(y, x)];
  const s1 = sqrtC([x - 1, y]);
  const s2 = sqrtC([x + 1, y]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}

function asinhC([x, y]: C): C {
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = ln(hypot(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? FO.mathCopysign(l, x) : -FO.mathCopysign(l, -x), Math.atan2(y, Math.abs(x))];
  }
  const s1 = sqrtC([1 + y, -x]);
  const s2 = sqrtC([1 - y, x]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function atanhC(z: C): C {
  const [x, y] = z;
  if (x < 0) return neg(atanhC(neg(z)));
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(x / 2, y / 2);
    return [x / 4 / h / h, -FO.mathCopysign(Math.PI / 2, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) domain();
    return [-ln(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), FO.mathCopysign(Math.atan2(2, -ay) / 2, y)];
  }
  return [Math.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}

// the circular functions through the hyperbolic ones: f(z) = -i g(iz) or g(iz)
const asinC = ([x, y]: C): C => { const s = asinhC([-y, x]); return [s[1], -s[0]]; };
const atanC = ([x, y]: C): C => { const s = atanhC([-y, x]); return [s[1], -s[0]]; };
const cosC = ([x, y]: C): C => coshC([-y, x]);
const sinC = ([x, y]: C): C => { const s = sinhC([-y, x]); return [s[1], -s[0]]; };
const tanC = ([x, y]: C): C => { const s = tanhC([-y, x]); return [s[1], -s[0]]; };

/** a / b for log(z, base) (complexobject.c _Py_c_quot); division by zero is a domain error. */
function quot(a: C, b: C): C {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  if (absRe >= absIm) {
    if (absRe === 0) domain();
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

/** Domain errors for finite arguments that produce NaN (math_1-style check). */
function checked(name: string, f: (z: C) => C) {
  return builtin(name, 1, 1, (v) => {
    const z = toComplex(v);
    const r = f(z);
    if (fin(z[0]) && fin(z[1]) && (r[0] !== r[0] || r[1] !== r[1])) domain();
    return Z(r);
  });
}

registerModule("cmath", (m) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set("pi", new PyFloat(Math.PI));
  set("e", new PyFloat(Math.E));
  set("tau", new PyFloat(2 * Math.PI));
  set("inf", new PyFloat(Infinity));
  set("infj", new PyComplex(0, Infinity));
  set("nan", new PyFloat(NaN));
  set("nanj", new PyComplex(0, NaN));
  const fns: [string, (z: C) => C][] = [
    ["sqrt", sqrtC], ["exp", expC], ["cos", cosC], ["sin", sinC], ["tan", tanC], ["cosh", coshC],
    ["sinh", sinhC], ["tanh", tanhC], ["acos", acosC], ["asin", asinC], ["atan", atanC],
    ["acosh", acoshC], ["asinh", asinhC], ["atanh", atanhC],
    ["log10", (z) => { const r = logC(z); return [r[0] / LN10, r[1] / LN10]; }],
  ];
  for (const [name, f] of fns) set(name, checked(name, f));
  set("log", builtin("log", 1, 2, (v, base) => {
    let r = logC(toComplex(v));
    if (base !== undefined) r = quot(r, logC(toComplex(base)));
    return Z(r);
  }));
  set("phase", builtin("phase", 1, 1, (v) => {
    const [x, y] = toComplex(v);
    return new PyFloat(Math.atan2(y, x));
  }));
  set("polar", builtin("polar", 1, 1, (v) => {
    const [x, y] = toComplex(v);
    const r = hypot(x, y);
    if (r === Infinity && fin(x) && fin(y)) range();
    return tuple([new PyFloat(r), new PyFloat(Math.atan2(y, x))]);
  }));
  set("rect", builtin("rect", 2, 2, (rv, pv) => {
    const r = toDouble(rv);
    const phi = toDouble(pv);
    if (fin(r) && r !== 0 && !fin(phi) && phi === phi) domain();
    if (!fin(r) || !fin(phi)) {
      if (r === Infinity || r === -Infinity) {
        if (fin(phi) && phi !== 0) return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
        if (phi === 0) return new PyComplex(r, r > 0 ? phi : -phi);
        return new PyComplex(Infinity, NaN);
      }
      if (r === 0 && !fin(phi)) return new PyComplex(0, 0);
      return new PyComplex(NaN, NaN);
    }
    if (phi === 0) return new PyComplex(r, r * phi);
    return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
  }));
  set("isfinite", builtin("isfinite", 1, 1, (v) => { const [x, y] = toComplex(v); return fin(x) && fin(y); }));
  set("isnan", builtin("isnan", 1, 1, (v) => { const [x, y] = toComplex(v); return x !== x || y !== y; }));
  set("isinf", builtin("isinf", 1, 1, (v) => {
    const [x, y] = toComplex(v);
    return Math.abs(x) === Infinity || Math.abs(y) === Infinity;
  }));
  set("isclose", kwbuiltin("isclose", (args, kw) => {
    if (args.length !== 2) raise("TypeError", `isclose() takes exactly 2 positional arguments (${args.length} given)`);
    let rel = 1e-9;
    let abs = 0;
    for (const [k, v] of kw ?? []) {
      if (k === "rel_tol") rel = toDouble(v);
      else if (k === "abs_tol") abs = toDouble(v);
      else raise("TypeError", `'${k}' is an invalid keyword argument for isclose()`);
    }
    if (rel < 0 || abs < 0) raise("ValueError", "tolerances must be non-negative");
    const [ax, ay] = toComplex(args[0]);
    const [bx, by] = toComplex(args[1]);
    if (ax === bx && ay === by) return true;
    if (!fin(ax) || !fin(ay) || !fin(bx) || !fin(by)) return false;
    const diff = hypot(ax - bx, ay - by);
    return (diff <= rel * hypot(bx, by) || diff <= rel * hypot(ax, ay)) || diff <= abs;
  }));
});
