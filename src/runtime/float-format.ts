// PyOS_double_to_string (Python/pystrtod.c format_float_short): a double as text in
// the 'e', 'f', 'g' and 'r' (repr) styles, digits correctly rounded half to even.
// Shared by format(), str % args and str(float).
import { fixedDigits, sciDigits, shortestDigits } from "./float-decimal.js";
import { raise } from "./raise.js";

// A double's exact decimal expansion has at most 1074 digits after the point and
// at most 767 significant digits: beyond that every requested digit is zero.
const MAX_FRAC_DIGITS = 1100;
const MAX_SIG_DIGITS = 800;
// Longer results than this cannot be built as a JS string.
const MAX_PRECISION = 2 ** 28;

export interface DtoaFlags {
  /** Py_DTSF_SIGN: '+' before nonnegative numbers. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: "1.0" rather than "1" when there is no exponent. */
  addDot0?: boolean;
  /** Py_DTSF_ALT: keep the point and trailing zeros ('#' flag). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: "-0.0" after rounding is shown as "0.0" ('z' option). */
  noNeg0?: boolean;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/** ax.toFixed(p) for 1 <= p <= 9 and ax * 10**p < 2**30, or null. V8's toFixed costs
 * ~0.5 µs (p2_strings' `{:.3f}`); here y = ax * 10**p is within 2**-23 of the exact
 * product, so away from a .5 fraction (1e-6 margin) rounding y to the nearest integer
 * rounds the exact value the same way; near .5 the caller's toFixed decides. */
function fixedSmall(ax: number, p: number): string | null {
  if (p < 1 || p > 9) return null;
  const sc = POW10[p];
  const y = ax * sc;
  if (!(y < 1073741824)) return null;
  const fl = Math.floor(y);
  const fr = y - fl;
  if (Math.abs(fr - 0.5) < 1e-6) return null;
  const k = fr > 0.5 ? fl + 1 : fl;
  const ip = Math.floor(k / sc);
  return String(ip) + fracText(k - ip * sc, p);
}

// ".d", ".dd", ".ddd" for every fraction f < 10**p, p <= 3, made on first use: `{:.3f}`
// then builds one string from the integer part's text instead of four
const FRACS: (string[] | undefined)[] = [];
/** "." and the fraction f < 10**p written with p digits */
function fracText(f: number, p: number): string {
  if (p <= 3) {
    let t = FRACS[p];
    if (t === undefined) {
      t = [];
      for (let v = 0; v < POW10[p]; v++) t.push("." + String(v).padStart(p, "0"));
      FRACS[p] = t;
    }
    return t[f];
  }
  const fs = String(f);
  return "." + (fs.length < p ? "0".repeat(p - fs.length) + fs : fs);
}

/** format code: one of e E f F g G r (precision is ignored for 'r'). */
const isOddInteger = (t: number): boolean => Number.isInteger(t) && t % 2 !== 0;

const NO_FLAGS: DtoaFlags = {};
// 2**k for 0 <= k <= 101: the 'f' tie test below without a Math.pow call per format
const POW2: number[] = Array.from({ length: 102 }, (_, k) => 2 ** k);

export function doubleToString(x: number, code: string, precision: number, flags: DtoaFlags = NO_FLAGS): string {
  if (code === "f" && precision >= 1 && precision <= 9) {
    // fixedSmall answers only away from ties, so no tie test is needed (p2's `{:.3f}`);
    // NaN and infinities fail its range test and take the general path
    const t = fixedSmall(x < 0 ? -x : x, precision);
    if (t !== null) {
      let neg = x < 0 || (x === 0 && 1 / x < 0);
      if (neg && flags.noNeg0 && /^[0.]*$/.test(t)) neg = false;
      return (neg ? "-" : flags.sign ? "+" : "") + t;
    }
  }
  const upper = code === "E" || code === "F" || code === "G";
  const fc = upper ? code.toLowerCase() : code;
  let neg = x < 0 || Object.is(x, -0);
  if (x !== x || x === Infinity || x === -Infinity) {
    if (x !== x) neg = false; // the sign of a NaN is ignored
    const word = x !== x ? "nan" : "inf";
    return (neg ? "-" : flags.sign ? "+" : "") + (upper ? word.toUpperCase() : word);
  }
  if (precision > MAX_PRECISION) raise("MemoryError", "");
  const ax = Math.abs(x);
  // Fast paths where JS already produces Python's text exactly.
  if (fc === "r" && !flags.alt && ax >= 1e-4 && ax < 1e16) {
    // Shortest round-trip digits in plain notation, as repr uses in this range.
    const t = String(ax);
    return (neg ? "-" : flags.sign ? "+" : "") + (flags.addDot0 && !t.includes(".") ? t + ".0" : t);
  }
  if (fc === "f" && precision >= 0 && precision <= 100 && ax < 1e21 && !isOddInteger(ax * POW2[precision + 1])) {
    // No tie is possible, so toFixed's exact rounding is Python's: ax * 10**p lies
    // exactly halfway between integers only when ax * 2**(p+1) (exact: a power of two)
    // is an odd integer, as 5**p is odd.
    const t = fixedSmall(ax, precision) ?? ax.toFixed(precision);
    if (flags.noNeg0 && neg && /^[0.]*$/.test(t)) neg = false;
    return (neg ? "-" : flags.sign ? "+" : "") + t + (flags.alt && precision === 0 ? "." : "");
  }
  // Digits without trailing zeros, and decpt: the position of the decimal point
  // relative to the first digit (value = 0.d1d2d3... * 10**decpt), as _Py_dg_dtoa.
  let digits: string;
  let decpt: number;
  let prec = precision;
  if (fc === "f") {
    const p = Math.min(prec, MAX_FRAC_DIGITS);
    const q = fixedDigits(ax, p);
    if (q === "0") {
      digits = "";
      decpt = -prec;
    } else {
      digits = q;
      decpt = q.length - p;
    }
  } else if (ax === 0) {
    digits = "0";
    decpt = 1;
    if (fc === "e") prec += 1;
    else if (fc === "g" && prec === 0) prec = 1;
  } else if (fc === "r") {
    const d = shortestDigits(ax);
    digits = d.digits;
    decpt = d.exp + 1;
  } else {
    if (fc === "e") prec += 1;
    else if (prec === 0) prec = 1;
    const d = sciDigits(ax, Math.min(prec, MAX_SIG_DIGITS));
    digits = d.digits;
    decpt = d.exp + 1;
  }
  digits = digits.replace(/0+$/, "");
  if (digits === "" && fc !== "f") {
    digits = "0";
  }
  const digitsLen = digits.length;
  if (flags.noNeg0 && neg && /^0*$/.test(digits)) neg = false;

  // The output is a slice [vstart, vend) of the digits padded with zeros on both
  // sides, with the point after position decpt.
  let useExp = false;
  let vend = digitsLen;
  switch (fc) {
    case "e":
      useExp = true;
      vend = prec;
      break;
    case "f":
      vend = decpt + prec;
      break;
    case "g":
      if (decpt <= -4 || decpt > (flags.addDot0 ? prec - 1 : prec)) useExp = true;
      if (flags.alt) vend = prec;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  let out = "";
  if (decpt <= 0) out += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vstart);
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += "0".repeat(decpt - digitsLen) + "." + "0".repeat(vend - decpt);
  else out += "0".repeat(Math.max(0, vend - digitsLen));
  if (out.endsWith(".") && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
  }
  return (neg ? "-" : flags.sign ? "+" : "") + out;
}

/** str(x) / repr(x) for a float. */
export function floatStr(x: number): string {
  return doubleToString(x, "r", 0, { addDot0: true });
}
