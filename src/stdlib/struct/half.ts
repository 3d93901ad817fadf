// IEEE 754 binary16 ("half float", struct's 'e' code), as PyFloat_Pack2/Unpack2 in
// floatobject.c: round half to even, overflow is the caller's OverflowError.

/** round-half-even of a non-negative double to an integer */
function roundEven(r: number): number {
  const f = Math.floor(r);
  const d = r - f;
  if (d > 0.5 || (d === 0.5 && f % 2 === 1)) return f + 1;
  return f;
}

/** The 16 bits of `x`, or -1 when |x| is too large for a half float. */
export function packHalf(x: number): number {
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a !== a) return sign | 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundEven(a * 2 ** 24); // subnormal; 1024 carries into the exponent
  let e = Math.floor(Math.log2(a));
  // Math.log2 may be off by one near powers of two: fix the binade exactly
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  let m = roundEven((a / 2 ** e) * 1024);
  if (m === 2048) {
    m = 1024;
    e++;
  }
  if (e + 15 >= 31) return -1;
  return sign | ((e + 15) << 10) | (m - 1024);
}

export function unpackHalf(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1024 + m) * 2 ** (e - 25);
}
