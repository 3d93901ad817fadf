// Python float arithmetic beyond what JS operators already do right
// (Objects/floatobject.c). A Python float is a plain JS number here.
import { raise } from "./raise.js";
import { frexp, ldexp, floatToRatio, bitLen, ratioToFloat } from "./float-bits.js";
import { fixedDigits } from "./float-decimal.js";
import { type PyInt, normInt, floatToInt, toBig, bitLengthBig, intToFloat, unicodeDigitValue } from "./int-ops.js";
import { strRepr } from "./repr.js";
import { powDD, expRounded, logRounded, log2Rounded, hypotDD, exp2Rounded } from "./float-dd.js";

// ---- / // % divmod (floatobject.c float_div, float_rem, float_divmod) ---------

export function truediv(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float division by zero");
  return a / b;
}

/** The floor quotient as float_divmod computes it (mod is the fmod remainder). */
function floorQuotient(a: number, b: number, m: number): number {
  // C truthiness: NaN counts as nonzero.
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div !== 0) {
    let fd = Math.floor(div);
    if (div - fd > 0.5) fd += 1;
    return fd;
  }
  return Math.sign(a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
}

function floorRemainder(b: number, m: number): number {
  if (m !== 0) return (b < 0) !== (m < 0) ? m + b : m;
  return b < 0 || Object.is(b, -0) ? -0 : 0;
}

export function floordiv(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float floor division by zero");
  return floorQuotient(a, b, a % b);
}

export function mod(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float modulo");
  return floorRemainder(b, a % b);
}

export function divmod(a: number, b: number): [number, number] {
  if (b === 0) raise("ZeroDivisionError", "float divmod()");
  const m = a % b;
  return [floorQuotient(a, b, m), floorRemainder(b, m)];
}

// ---- ** (floatobject.c float_pow) -----------------------------------------------

function isOddInteger(y: number): boolean {
  return Math.abs(y) % 2 === 1;
}

/** x ** y. Returns null when the result is complex (a negative base with a
 * non-integral exponent): Python then computes complex(x) ** complex(y). */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return null;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = powPositive(x, y);
  if (r === Infinity) raise("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** x ** y for finite x > 0, x != 1, finite y != 0, correctly rounded where we can:
 * C's pow (glibc) is correctly rounded and V8's Math.pow is often 1 ulp off, so
 * integral exponents are computed exactly with BigInt and y = 0.5 is sqrt. */
function powPositive(x: number, y: number): number {
  // One IEEE operation is correctly rounded: the common exponents need nothing more.
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  if (Number.isInteger(y)) {
    const [mant, exp] = floatToRatio(x);
    const n = Math.abs(y);
    if (mant === 1n) return ldexp(1, Math.max(Math.min(exp * y, 2000), -2000));
    if (bitLen(mant) * n <= 16384) {
      const p = mant ** BigInt(n);
      return y > 0 ? ratioToFloat(p, 1n, exp * y) : ratioToFloat(1n, p, exp * y);
    }
  }
  return powDD(x, y);
}

// ---- round (floatobject.c float___round___impl, double_round) -----------------

/** round(x) with no ndigits: nearest int, ties to even. */
export function roundToInt(x: number): PyInt {
  if (x !== x || x === Infinity || x === -Infinity) return floatToInt(x);
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1; // Math.round sends ties up
  return floatToInt(r);
}

/** round(x, ndigits): correctly rounded through exact decimal arithmetic. */
export function round(x: number, ndigits: PyInt): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  // Beyond these every double is unchanged / rounds to zero (NDIGITS_MAX, NDIGITS_MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const n = Number(ndigits);
  const neg = x < 0;
  let text: string;
  if (n >= 0) text = fixedDigits(x, n) + "e" + -n;
  else {
    // Round x / 10**-n to an integer, then scale back.
    const digits = fixedDigitsNegative(x, -n);
    text = digits + "e" + -n;
  }
  const r = Number(text);
  if (r === Infinity) raise("OverflowError", "rounded value too large to represent");
  return neg ? -r : r;
}

function fixedDigitsNegative(x: number, k: number): string {
  const [mant, exp] = floatToRatio(x);
  let num = mant;
  let den = 10n ** BigInt(k);
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  return (r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q).toString();
}

// ---- float methods ---------------------------------------------------------------

export function isInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** float.as_integer_ratio() */
export function asIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise("ValueError", "cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) raise("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  const [mant, exp] = floatToRatio(x);
  const m = x < 0 ? -mant : mant;
  if (exp >= 0) return [normInt(m << BigInt(exp)), 1];
  return [normInt(m), normInt(1n << BigInt(-exp))];
}

/** float.hex() (floatobject.c float_hex) */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  let [m, e] = frexp(Math.abs(x));
  // Normalize to 1 <= m < 2; subnormals keep the minimum exponent -1022.
  let shift = 1 - Math.max(-1021 - e, 0);
  m = ldexp(m, shift);
  e -= shift;
  let s = Math.floor(m).toString(16) + ".";
  m -= Math.floor(m);
  for (let k = 0; k < 13; k++) {
    m *= 16;
    const d = Math.floor(m);
    s += d.toString(16);
    m -= d;
  }
  return `${sign}0x${s}p${e >= 0 ? "+" : ""}${e}`;
}

/** float.fromhex(s) (floatobject.c float_fromhex) */
export function floatFromHex(s: string): number {
  const bad = (): never => raise("ValueError", "invalid hexadecimal floating-point string");
  const m = /^[ \t\n\v\f\r]*([+-]?)(?:(inf|infinity|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)[ \t\n\v\f\r]*$/i.exec(s);
  if (!m) return bad();
  const neg = m[1] === "-";
  if (m[2]) {
    const v = m[2].toLowerCase() === "nan" ? NaN : Infinity;
    return neg ? -v : v;
  }
  const intPart = m[3] ?? "";
  const frac = m[4] ?? "";
  if (intPart.length + frac.length === 0) return bad();
  const digits = (intPart + frac).replace(/^0+/, "");
  let exp = m[5] ? Number(m[5]) : 0;
  if (!Number.isFinite(exp)) exp = m[5]!.startsWith("-") ? -Infinity : Infinity;
  if (digits === "") return neg ? -0 : 0;
  // value = digits (hex) * 2**(exp - 4*len(frac))
  const mant = BigInt("0x" + digits);
  const e2 = exp - 4 * frac.length;
  const r = roundBigTimesPow2(mant, e2);
  if (r === Infinity) raise("OverflowError", "hexadecimal value too large to represent as a float");
  return neg ? -r : r;
}

/** mant * 2**e correctly rounded (half even), Infinity on overflow. */
function roundBigTimesPow2(mant: bigint, e: number): number {
  const bits = bitLengthBig(mant);
  const top = bits + e; // value in [2**(top-1), 2**top)
  if (top > 1024) return Infinity;
  if (top < -1075) return 0;
  // Keep 53 bits, never below 2**-1074.
  const lowest = Math.max(top - 53, -1074);
  const drop = lowest - e;
  let q = mant;
  if (drop > 0) {
    const d = BigInt(drop);
    const rem = mant & ((1n << d) - 1n);
    const half = 1n << (d - 1n);
    q = mant >> d;
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    e = lowest;
  }
  if (bitLengthBig(q) + e > 1024) return Infinity;
  return ldexp(Number(q), e);
}

// ---- float(str) (floatobject.c PyFloat_FromString, pystrtod.c) ----------------------

const FLOAT_RE = /^[ \t\n\v\f\r]*([+-]?)(?:(inf|infinity|nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))[ \t\n\v\f\r]*$/i;
const UNICODE_SPACE = /[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/** float(s) for a str argument. */
export function floatFromString(s: string): number {
  let t = s;
  if (!/^[\x00-\x7f]*$/.test(t)) t = transformNonAscii(t);
  const m = FLOAT_RE.exec(t);
  const fail = (): never => raise("ValueError", `could not convert string to float: ${strRepr(s)}`);
  if (!m) return fail();
  const neg = m[1] === "-";
  if (m[2]) {
    const v = m[2].toLowerCase() === "nan" ? NaN : Infinity;
    return neg ? -v : v;
  }
  const body = m[3];
  // The mantissa needs a digit ("." and "e5" alone are not numbers).
  if (!/^\.?\d/.test(body)) return fail();
  const v = Number(body.replace(/_/g, ""));
  return neg ? -v : v;
}

function transformNonAscii(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (UNICODE_SPACE.test(ch)) {
      UNICODE_SPACE.lastIndex = 0;
      out += " ";
    } else {
      const d = unicodeDigitValue(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  return out;
}

// ---- float vs int comparison -------------------------------------------------------
// JS compares a Number with a BigInt by exact mathematical value (and safe-integer
// numbers are exact doubles), so the operators are already exact. NaN is unordered.

export function floatIntCompare(x: number, i: PyInt): -1 | 0 | 1 | undefined {
  if (x !== x) return undefined;
  return x < i ? -1 : x > i ? 1 : 0;
}

export function floatEqInt(x: number, i: PyInt): boolean {
  return x == i; // eslint-disable-line eqeqeq -- loose equality is the exact Number/BigInt comparison
}

// ---- math module helpers (Modules/mathmodule.c) ------------------------------------

function domainError(): never {
  return raise("ValueError", "math domain error");
}

function rangeError(): never {
  return raise("OverflowError", "math range error");
}

/** math_1: a NaN from a non-NaN argument is a domain error, an infinity from a finite
 * argument a range error (when the function can overflow). */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (r !== r && x === x) domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return r;
}

export const mathSqrt = (x: number): number => math1(x, Math.sqrt, false);
export const mathExp = (x: number): number => math1(x, (v) => (Number.isFinite(v) ? expRounded(v) : Math.exp(v)), true);
export const mathExpm1 = (x: number): number => math1(x, Math.expm1, true);
export const mathLog1p = (x: number): number => math1(x, Math.log1p, false);
export const mathSin = (x: number): number => math1(x, Math.sin, false);
export const mathCos = (x: number): number => math1(x, Math.cos, false);
export const mathTan = (x: number): number => math1(x, Math.tan, false);
export const mathAsin = (x: number): number => math1(x, Math.asin, false);
export const mathAcos = (x: number): number => math1(x, Math.acos, false);
export const mathAtan = (x: number): number => math1(x, Math.atan, false);
export const mathSinh = (x: number): number => math1(x, Math.sinh, true);
export const mathCosh = (x: number): number => math1(x, Math.cosh, true);
export const mathTanh = (x: number): number => math1(x, Math.tanh, false);
export const mathAsinh = (x: number): number => math1(x, Math.asinh, false);
export const mathAcosh = (x: number): number => math1(x, Math.acosh, false);
export const mathAtanh = (x: number): number => {
  if (x === 1 || x === -1) domainError();
  return math1(x, Math.atanh, false);
};

/** A log of a float argument (m_log: 0 and negatives are domain errors). */
function logFloat(x: number, f: (x: number) => number): number {
  if (x !== x) return x;
  if (x <= 0) domainError();
  return f(x);
}

const ln = (x: number): number => (x === Infinity ? x : logRounded(x));
const lg2 = (x: number): number => (x === Infinity ? x : log2Rounded(x));
// glibc's log10 is not correctly rounded; V8's Math.log10 agrees with it more often.
const lg10 = Math.log10;

/** math.log/log2/log10 of an int: ints too big for a float go through frexp
 * (mathmodule.c loghelper: func(x) + func(2.0) * e). */
function logInt(a: PyInt, f: (x: number) => number): number {
  if (a <= 0) domainError();
  const big = toBig(a);
  const asFloat = Number(big);
  if (Number.isFinite(asFloat)) return f(asFloat);
  const n = bitLengthBig(big);
  let m = ratioToFloat(big, 1n, -n); // _PyLong_Frexp: correctly rounded, in [0.5, 1]
  let e = n;
  if (m === 1) {
    m = 0.5;
    e += 1;
  }
  return f(m) + f(2) * e;
}

export function mathLog(x: number | { int: PyInt }, base?: number | { int: PyInt }): number {
  const lx = typeof x === "number" ? logFloat(x, ln) : logInt(x.int, ln);
  if (base === undefined) return lx;
  const lb = typeof base === "number" ? logFloat(base, ln) : logInt(base.int, ln);
  return truediv(lx, lb);
}

export function mathLog2(x: number | { int: PyInt }): number {
  return typeof x === "number" ? logFloat(x, lg2) : logInt(x.int, lg2);
}

export function mathLog10(x: number | { int: PyInt }): number {
  return typeof x === "number" ? logFloat(x, lg10) : logInt(x.int, lg10);
}

export function mathPow(x: number, y: number): number {
  // m_pow's special cases, then domain/range checks like math_2.
  if (x === 0 && y < 0 && Number.isFinite(y)) domainError();
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && y !== Math.floor(y)) domainError();
  if (x !== x) return y === 0 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y;
  const r = Number.isFinite(x) && Number.isFinite(y) && x > 0 && x !== 1 && y !== 0 ? powPositive(x, y) : Math.pow(x, y);
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    if (x === 0) domainError();
    rangeError();
  }
  return r;
}

export function mathFloor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}

export function mathCeil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}

export function mathTrunc(x: number): PyInt {
  return floatToInt(x);
}

export function mathFrexp(x: number): [number, number] {
  return frexp(x);
}

export function mathLdexp(x: number, e: PyInt): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const n = e > 100000 ? 100000 : e < -100000 ? -100000 : Number(e);
  const r = ldexp(x, n);
  if (r === Infinity || r === -Infinity) rangeError();
  return r;
}

export function mathCopysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && signbitNaN(y));
  return neg ? -Math.abs(x) : Math.abs(x);
}

function signbitNaN(y: number): boolean {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, y);
  return v.getUint32(0) >>> 31 === 1;
}

export function mathFmod(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (!Number.isFinite(x) || y === 0) domainError();
  if (!Number.isFinite(y)) return x;
  return x % y;
}

export function mathModf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x > 0 ? 0 : -0, x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [mathCopysign(fp, x), ip];
}

export function mathIsclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) raise("ValueError", "tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

export function mathIsfinite(x: number): boolean {
  return Number.isFinite(x);
}

export function mathIsinf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

export function mathIsnan(x: number): boolean {
  return x !== x;
}

export function mathAtan2(y: number, x: number): number {
  return Math.atan2(y, x);
}

/** math.hypot(*coords) (mathmodule.c vector_norm): infinities win over NaNs, and
 * the result is rounded once from a double-double sum of scaled squares. */
export function mathHypot(xs: readonly number[]): number {
  let max = 0;
  let sawNaN = false;
  for (const v of xs) {
    const a = Math.abs(v);
    if (a === Infinity) return Infinity;
    if (a !== a) sawNaN = true;
    else if (a > max) max = a;
  }
  if (sawNaN) return NaN;
  if (max === 0 || xs.length <= 1) return max;
  return hypotDD(xs, max);
}

/** math.dist(p, q) for two points of the same dimension. */
export function mathDist(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) raise("ValueError", "both points must have the same number of dimensions");
  return mathHypot(p.map((v, k) => v - q[k]));
}

/** math.exp2: exact for integral x, else rounded once. */
export const mathExp2 = (x: number): number =>
  math1(x, (v) => (Number.isInteger(v) ? (v > 1024 ? Infinity : v < -1100 ? 0 : ldexp(1, v)) : Number.isFinite(v) ? exp2Rounded(v) : Math.pow(2, v)), true);

/** math.cbrt. NOTE: glibc's cbrt is not correctly rounded (cbrt(27.0) is
 * 3.0000000000000004 there); V8's Math.cbrt differs from it on many arguments. */
export const mathCbrt = (x: number): number => Math.cbrt(x);

const RAD_TO_DEG = 180 / Math.PI;
const DEG_TO_RAD = Math.PI / 180;
export const mathDegrees = (x: number): number => x * RAD_TO_DEG;
export const mathRadians = (x: number): number => x * DEG_TO_RAD;

const bitsView = new DataView(new ArrayBuffer(8));

/** math.nextafter(x, y): the next double after x towards y. */
export function mathNextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  bitsView.setFloat64(0, x);
  let hi = bitsView.getUint32(0);
  let lo = bitsView.getUint32(4);
  // Moving away from zero increments the magnitude bits, towards zero decrements.
  if ((y > x) === (x > 0)) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  bitsView.setUint32(0, hi);
  bitsView.setUint32(4, lo);
  return bitsView.getFloat64(0);
}

/** math.ulp(x) */
export function mathUlp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = mathNextafter(x, Infinity);
  if (next === Infinity) return x - mathNextafter(x, -Infinity);
  return next - x;
}

/** math.remainder(x, y): IEEE 754 remainder, the quotient rounded half to even. */
export function mathRemainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity || y === 0) domainError();
  if (y === Infinity || y === -Infinity) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let r = ax % ay; // exact
  const other = ay - r;
  if (r > other) r = -other;
  else if (r === other) {
    // A tie: keep r if the quotient is even. ax mod 2*ay tells the parity.
    const m2 = ax % (2 * ay);
    if (m2 > ay) r = -other;
  }
  const negX = x < 0 || Object.is(x, -0);
  if (r === 0) return negX ? -0 : 0;
  return negX ? -r : r;
}

/** math.fsum: exact sum of the partials, rounded once (Shewchuk, as mathmodule.c math_fsum). */
export function mathFsum(xs: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const x0 of xs) {
    let x = x0;
    let i = 0;
    for (const p of partials) {
      let y = p;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // An infinite or NaN input is summed separately; an infinity made by the
        // summation itself is an overflow.
        if (Number.isFinite(x0)) raise("OverflowError", "intermediate overflow in fsum");
        if (x0 === Infinity || x0 === -Infinity) infSum += x0;
        specialSum += x0;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) raise("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-way case: make the rounding follow the remaining partials.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

export { frexp, ldexp };
