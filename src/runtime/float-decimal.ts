// Exact decimal digits of a double, rounded half to even on its exact binary value
// (what CPython's _Py_dg_dtoa modes 2 and 3 produce). JS toFixed/toExponential round
// ties away from zero, so they are used only where no tie is possible.
import { floatToRatio } from "./float-bits.js";

const pow10Cache: bigint[] = [];
export function pow10(k: number): bigint {
  if (k < 300) return (pow10Cache[k] ??= 10n ** BigInt(k));
  return 10n ** BigInt(k);
}

/** round(n / d) with ties to even, for n >= 0, d > 0. */
function divRoundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n - q * d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| * 10**k as an exact fraction [num, den]. */
function scaled(x: number, k: number): [bigint, bigint] {
  const [mant, exp] = floatToRatio(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return [num, den];
}

/** The digits of round(|x| * 10**prec) (at least "0"); x finite. */
export function fixedDigits(x: number, prec: number): string {
  x = Math.abs(x);
  if (prec <= 100 && x < 1e21) {
    // A tie needs x * 10**prec to end in .5 exactly, which needs x * 2**(prec+1) to be
    // an integer; otherwise toFixed's exact rounding agrees with half-even.
    if (!Number.isInteger(x * 2 ** (prec + 1))) return x.toFixed(prec).replace(".", "").replace(/^0+(?=\d)/, "");
  }
  const [num, den] = scaled(x, prec);
  return divRoundHalfEven(num, den).toString();
}

/** |x| rounded to `ndigits` significant digits (ndigits >= 1), x finite and nonzero:
 * the digit string (exactly ndigits long) and the decimal exponent of its first digit. */
export function sciDigits(x: number, ndigits: number): { digits: string; exp: number } {
  x = Math.abs(x);
  // Estimate the decimal exponent, then correct it with exact comparisons.
  let e = Math.floor(Math.log10(x));
  const [mant, bexp] = floatToRatio(x);
  const num0 = bexp >= 0 ? mant << BigInt(bexp) : mant;
  const den0 = bexp >= 0 ? 1n : 1n << BigInt(-bexp);
  // Want 10**e <= x < 10**(e+1).
  const ge = (k: number): boolean => (k >= 0 ? num0 >= pow10(k) * den0 : num0 * pow10(-k) >= den0);
  while (!ge(e)) e--;
  while (ge(e + 1)) e++;
  const k = ndigits - 1 - e;
  const num = k >= 0 ? num0 * pow10(k) : num0;
  const den = k >= 0 ? den0 : den0 * pow10(-k);
  let q = divRoundHalfEven(num, den);
  if (q === pow10(ndigits)) {
    q = pow10(ndigits - 1);
    e++;
  }
  return { digits: q.toString(), exp: e };
}

/** Shortest round-trip digits of |x| (repr's digits) and the exponent of the first digit. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  const [mant, expStr] = Math.abs(x).toExponential().split("e");
  return { digits: mant.replace(".", ""), exp: Number(expStr) };
}
