// Double-double arithmetic (~106 bits) for math.gamma, lgamma, erf and erfc, whose
// results are rounded once at the end: e^x and ln x in double-double, Γ(x) by
// Stirling's series for arguments >= 25 and the recurrence Γ(x) = Γ(x+n) / (x···(x+n-1))
// below that (negative x included; the reflection formula only below -150). pycell's
// own method (CPython uses a Lanczos sum); docs/notes/numeric.md has the measurements.

/** Results of the helpers, returned in module registers (no allocation). */
export let H = 0;
export let L = 0;
const SPLIT = 134217729;

export function mul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const ca = SPLIT * ah;
  const ahh = ca - (ca - ah);
  const ahl = ah - ahh;
  const cb = SPLIT * bh;
  const bhh = cb - (cb - bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (ah * bl + al * bh);
  H = p + e;
  L = e - (H - p);
}

export function add(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  H = s + e;
  L = e - (H - s);
}

export function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mul(q1, 0, bh, bl);
  add(ah, al, -H, -L);
  const q2 = (H + L) / bh;
  H = q1 + q2;
  L = q2 - (H - q1);
}

/** A BigInt fixed-point value (scaled by 2^bits) as a double-double. */
function fromFixed(v: bigint, bits: bigint): [number, number] {
  const hi = Number(v) / 2 ** Number(bits); // rounded to nearest by Number()
  const hiFixed = BigInt(Math.round(hi * 2 ** 60)) * 2n ** (bits - 60n);
  const lo = Number(v - hiFixed) / 2 ** Number(bits);
  const h = hi + lo;
  return [h, lo - (h - hi)];
}

const BITS = 200n;
const ONE = 1n << BITS;
function lnFixed(num: bigint, den: bigint): bigint {
  // ln(num/den) = 2 atanh((num-den)/(num+den))
  const y = ((num - den) * ONE) / (num + den);
  const y2 = (y * y) >> BITS;
  let term = y;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * y2) >> BITS;
  }
  return 2n * sum;
}
function piFixed(): bigint {
  const atanInv = (n: bigint): bigint => {
    let term = ONE / n;
    let sum = term;
    for (let k = 1n; term !== 0n; k++) {
      term /= n * n;
      sum += (k % 2n ? -term : term) / (2n * k + 1n);
    }
    return sum;
  };
  return 4n * (4n * atanInv(5n) - atanInv(239n));
}
function sqrtFixed(v: bigint): bigint {
  // floor(sqrt(v * 2^BITS)): the square root of a fixed-point value, still fixed-point
  const n = v << BITS;
  let x = 1n << (BigInt(n.toString(2).length) / 2n + 1n);
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) return x;
    x = y;
  }
}
const LN2_FIXED = lnFixed(2n, 1n);
const [LN2_H, LN2_L] = fromFixed(LN2_FIXED, BITS);
const PI_FIXED = piFixed();
/** 2/√π as a double-double. */
export const [TWO_OVER_SQRT_PI_H, TWO_OVER_SQRT_PI_L] = fromFixed(((2n * ONE) << BITS) / sqrtFixed(PI_FIXED), BITS);
export const [INV_SQRT_PI_H, INV_SQRT_PI_L] = fromFixed((ONE << BITS) / sqrtFixed(PI_FIXED), BITS);
// ln(2π)/2
const [HALF_LN_2PI_H, HALF_LN_2PI_L] = fromFixed((LN2_FIXED + lnFixed(PI_FIXED, ONE)) / 2n, BITS);

/** Power of two that ddExp left out of (H, L): the result is (H + L) * 2^EXP2. */
export let EXP2 = 0;

/** e^(h+l) as (H + L) * 2^EXP2, with H + L in [0.5, 2] (no overflow inside). */
export function ddExpScaled(h: number, l: number): void {
  const n = Math.round(h / LN2_H);
  // r = (h + l) - n·ln2, then e^r = (e^(r/256))^256
  mul(n, 0, LN2_H, LN2_L);
  add(h, l, -H, -L);
  let rh = H / 256;
  let rl = L / 256;
  // Taylor series of e^r - 1 for |r| < 0.0014
  let th = rh;
  let tl = rl;
  let sh = rh;
  let sl = rl;
  for (let k = 2; k < 14; k++) {
    mul(th, tl, rh, rl);
    div(H, L, k, 0);
    th = H;
    tl = L;
    add(sh, sl, th, tl);
    sh = H;
    sl = L;
  }
  // (1 + s)^256 by squaring 1 + s as 2s + s² (keeps the small part exact)
  for (let i = 0; i < 8; i++) {
    mul(sh, sl, sh, sl);
    add(H, L, 2 * sh, 2 * sl);
    sh = H;
    sl = L;
  }
  add(1, 0, sh, sl);
  EXP2 = n;
  rh = rl = 0;
}

/** e^(h+l) into (H, L) for moderate arguments. */
function ddExp(h: number, l: number): void {
  ddExpScaled(h, l);
  H *= 2 ** EXP2;
  L *= 2 ** EXP2;
}

/** x * 2^n without intermediate overflow or double rounding for normal results. */
export function scale2(x: number, n: number): number {
  if (n > 1000) return x * 2 ** 1000 * 2 ** (n - 1000);
  if (n < -1000) return x * 2 ** -1000 * 2 ** (n + 1000);
  return x * 2 ** n;
}

/** ln(x) for a double-double x > 0 into (H, L): one Newton step from Math.log. */
function ddLog(xh: number, xl: number): void {
  const y = Math.log(xh);
  ddExp(-y, 0); // e^-y
  mul(xh, xl, H, L); // x·e^-y ≈ 1 + δ
  add(H, L, -1, 0);
  const dh = H;
  const dl = L;
  // ln(1 + δ) ≈ δ - δ²/2 (δ ~ 1e-16, the next term is far below 2^-106)
  mul(dh, dl, dh, dl);
  add(dh, dl, -H / 2, -L / 2);
  add(y, 0, H, L);
}

// Stirling's series coefficients B_2k / (2k(2k-1)), k = 1..10
const STIRLING: [number, number][] = [
  [1, 12], [-1, 360], [1, 1260], [-1, 1680], [1, 1188], [-691, 360360], [1, 156],
  [-3617, 122400], [43867, 244188], [-174611, 125400],
];

/** ln Γ(z) for z >= 25 into (H, L). */
function lnGammaLarge(zh: number, zl: number): void {
  ddLog(zh, zl);
  const lnh = H;
  const lnl = L;
  add(zh, zl, -0.5, 0);
  mul(H, L, lnh, lnl); // (z - 1/2) ln z
  add(H, L, -zh, -zl);
  add(H, L, HALF_LN_2PI_H, HALF_LN_2PI_L);
  let accH = H;
  let accL = L;
  div(1, 0, zh, zl);
  const invH = H;
  const invL = L;
  mul(invH, invL, invH, invL);
  const inv2H = H;
  const inv2L = L;
  let powH = invH;
  let powL = invL;
  for (const [num, den] of STIRLING) {
    div(num, 0, den, 0);
    mul(H, L, powH, powL);
    add(accH, accL, H, L);
    accH = H;
    accL = L;
    mul(powH, powL, inv2H, inv2L);
    powH = H;
    powL = L;
  }
  H = accH;
  L = accL;
}

/** Γ(x) for x > -150, x not a non-positive integer (the caller checks the range).
 * Negative x works too: the shifted product keeps x + k exact, where the reflection
 * formula would have to round 1 - x. */
export function gammaShifted(x: number): number {
  // shift up to z = x + n >= 25, dividing by the product x (x+1) ... (x+n-1)
  let ph = 1;
  let pl = 0;
  let zh = x;
  let zl = 0;
  while (zh < 25) {
    mul(ph, pl, zh, zl);
    ph = H;
    pl = L;
    add(zh, zl, 1, 0);
    zh = H;
    zl = L;
  }
  lnGammaLarge(zh, zl);
  ddExpScaled(H, L);
  const n = EXP2;
  div(H, L, ph, pl);
  return scale2(H + L, n);
}

/** ln |Γ(x)| for x > -150, x not a non-positive integer. */
export function lnGammaShifted(x: number): number {
  let ph = 1;
  let pl = 0;
  let zh = x;
  let zl = 0;
  while (zh < 25) {
    mul(ph, pl, zh, zl);
    ph = H;
    pl = L;
    add(zh, zl, 1, 0);
    zh = H;
    zl = L;
  }
  lnGammaLarge(zh, zl);
  if (ph === 1 && pl === 0) return H + L;
  const gh = H;
  const gl = L;
  if (ph < 0) ddLog(-ph, -pl);
  else ddLog(ph, pl);
  add(gh, gl, -H, -L);
  return H + L;
}
