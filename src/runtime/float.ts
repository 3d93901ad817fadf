// float arithmetic with Python's rules (Objects/floatobject.c) and the int ** int
// entry that may produce a float.
import { PyFloat, PyComplex, type PyValue } from "./object.js";
import { raise } from "./raise.js";
import * as I from "./int.js";
import * as FO from "./float-ops.js";

export const floatDiv = FO.truediv;
export const floatFloorDiv = FO.floordiv;
export const floatMod = FO.mod;
export const floatDivmod = FO.divmod;

/** float ** float: a negative base with a fractional exponent gives a complex. */
export function floatPow(a: number, b: number): PyValue {
  const r = FO.floatPow(a, b);
  if (r === null) return complexPow(new PyComplex(a, 0), new PyComplex(b, 0));
  return new PyFloat(r);
}
export function intPowAny(a: I.Int, b: I.Int): PyValue {
  if (b < 0) {
    if (a === 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return floatPow(I.intToFloat(a), I.intToFloat(b));
  }
  return I.intPow(a, b);
}
/** a / b by Smith's method (complexobject.c _Py_c_quot): scaling by the larger
 * component of b avoids overflow and gives CPython's roundings. */
export function complexDiv(a: PyComplex, b: PyComplex, zeroMsg = "complex division by zero"): PyValue {
  const absRe = Math.abs(b.re);
  const absIm = Math.abs(b.im);
  if (absRe >= absIm) {
    if (absRe === 0) raise("ZeroDivisionError", zeroMsg);
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  return new PyComplex(NaN, NaN); // a NaN component in b
}
/** complex ** complex; an infinite part in the result is an OverflowError
 * (complexobject.c complex_pow: Py_ADJUST_ERANGE2 then "complex exponentiation"). */
export function complexPow(a: PyComplex, b: PyComplex): PyValue {
  const r = complexPowRaw(a, b);
  if (r instanceof PyComplex && (Math.abs(r.re) === Infinity || Math.abs(r.im) === Infinity)) raise("OverflowError", "complex exponentiation");
  return r;
}
function complexPowRaw(a: PyComplex, b: PyComplex): PyValue {
  if (b.re === 0 && b.im === 0) return new PyComplex(1, 0);
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    let n = Math.abs(b.re);
    let [rr, ri] = [1, 0];
    let [pr, pi] = [a.re, a.im];
    while (n > 0) {
      if (n & 1) [rr, ri] = [rr * pr - ri * pi, rr * pi + ri * pr];
      [pr, pi] = [pr * pr - pi * pi, 2 * pr * pi];
      n >>= 1;
    }
    if (b.re < 0) return complexDiv(new PyComplex(1, 0), new PyComplex(rr, ri), "0.0 to a negative or complex power");
    return new PyComplex(rr, ri);
  }
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) raise("ZeroDivisionError", "0.0 to a negative or complex power");
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(a.re, a.im);
  let len = vabs ** b.re;
  const at = Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= Math.exp(at * b.im);
    phase += b.im * Math.log(vabs);
  }
  return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
}
