// Bit-level access to IEEE doubles: frexp/ldexp done exactly, and the exact
// mantissa/exponent decomposition that exact decimal and rational arithmetic needs.
const view = new DataView(new ArrayBuffer(8));

/** 2**k for -1074 <= k <= 1023, built from its bits (exact). */
export function pow2(k: number): number {
  if (k >= -1022) {
    view.setUint32(0, (k + 1023) << 20);
    view.setUint32(4, 0);
    return view.getFloat64(0);
  }
  // Subnormal: 2**k = 2**(k+64) * 2**-64, both exact.
  return pow2(k + 64) * 5.421010862427522e-20;
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x for 0, inf, nan; e = 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return [x, 0];
  view.setFloat64(0, x);
  let hi = view.getUint32(0);
  let bexp = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (bexp === 0) {
    // Subnormal: scale into the normal range first.
    view.setFloat64(0, x * 18446744073709551616);
    hi = view.getUint32(0);
    bexp = (hi >>> 20) & 0x7ff;
    adj = -64;
  }
  const e = bexp - 1022 + adj;
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), e];
}

/** C ldexp: x * 2**e with a single correct rounding (to subnormal or infinity). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  const [m, ex] = frexp(x);
  const k = ex + e; // result = m * 2**k, 0.5 <= |m| < 1
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k < -1080) return m > 0 ? 0 : -0;
  if (k >= -1021) return m * 2 * pow2(k - 1);
  // Result is subnormal: an exact scaling into the normal range, then one rounding.
  return m * pow2(k + 60) * pow2(-60);
}

/** Exact decomposition of a finite nonzero |x| as mant * 2**exp with mant odd
 * (or x = 0 → [0n, 0]). The sign is ignored. */
export function floatToRatio(x: number): [bigint, number] {
  x = Math.abs(x);
  if (x === 0) return [0n, 0];
  const [m, e] = frexp(x);
  // m * 2**53 is an integer < 2**53.
  let mant = BigInt(m * 9007199254740992);
  let exp = e - 53;
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  return [mant, exp];
}

/** True for negative numbers, -0.0 and NaNs with the sign bit set (C signbit). */
export function signbit(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (x !== x && (view.setFloat64(0, x), view.getUint32(0) >>> 31) === 1);
}

/** Bit length of a nonnegative bigint. */
export function bitLen(a: bigint): number {
  if (a === 0n) return 0;
  if (a <= 0xffffffffn) return 32 - Math.clz32(Number(a));
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** (num / den) * 2**e correctly rounded to a double (ties to even, subnormals
 * included), for num >= 0 and den > 0. Infinity when it rounds past the largest
 * double. Mirrors the scaling of longobject.c long_true_divide. */
export function ratioToFloat(num: bigint, den: bigint, e: number): number {
  if (num === 0n) return 0;
  const diff = bitLen(num) - bitLen(den) + e; // value in [2**(diff-1), 2**(diff+1))
  if (diff > 1026) return Infinity;
  if (diff < -1080) return 0;
  // Scale so the integer quotient has at least 55 bits (or reaches down to the
  // subnormal quantum), then round once with the remainder as sticky bit.
  const shift = Math.max(diff, -1021) - 53 - 2; // exponent of the quotient's unit
  const s = shift - e; // q = floor(num * 2**-s / den)
  const n = s < 0 ? num << BigInt(-s) : num;
  const d = s > 0 ? den << BigInt(s) : den;
  let q = n / d;
  const inexact = n % d !== 0n;
  const extra = Math.max(bitLen(q) - 53, -1074 - shift);
  let ex = shift;
  if (extra > 0) {
    const x = BigInt(extra);
    const low = q & ((1n << x) - 1n);
    const half = 1n << (x - 1n);
    q >>= x;
    if (low > half || (low === half && (inexact || (q & 1n) === 1n))) q += 1n;
    ex += extra;
  }
  if (bitLen(q) + ex > 1024) return Infinity;
  return ldexp(Number(q), ex);
}
