// sin, cos and tan rounded once from double-double (~106-bit) values, so they agree
// with glibc (whose sin/cos/tan are correctly rounded in practice) where V8's
// Math.sin/cos/tan are an ulp off for a few percent of arguments. random.gauss and
// vonmisesvariate depend on this to reproduce CPython's sequences exactly.
//
// Steps: reduce x by k·π/2 with π/2 split into four doubles (Cody–Waite, exact
// products for |k| < 2^20), evaluate the Taylor series of sin/cos on the reduced
// double-double argument, pick the quadrant, round. Beyond |x| >= 2^19·π/2 the
// reduction would lose bits and V8's functions are used.

/** π/2 to 200 bits, from Machin's formula π/4 = 4 atan(1/5) - atan(1/239), in BigInt. */
function halfPiParts(): [number, number, number, number] {
  const BITS = 220n;
  const one = 1n << BITS;
  const atanInv = (n: bigint): bigint => {
    let term = one / n;
    let sum = term;
    const n2 = n * n;
    for (let k = 1n; term !== 0n; k++) {
      term /= n2;
      sum += (k % 2n ? -term : term) / (2n * k + 1n);
    }
    return sum;
  };
  const quarterPi = 4n * atanInv(5n) - atanInv(239n);
  let rest = quarterPi * 2n; // π/2 scaled by 2^BITS
  const parts: number[] = [];
  // each part keeps 33 significant bits so k * part is exact for |k| < 2^20
  const scale = BITS;
  for (let i = 0; i < 4; i++) {
    const len = BigInt(rest.toString(2).length);
    const drop = len > 33n ? len - 33n : 0n;
    const top = rest >> drop;
    parts.push(Number(top) * 2 ** Number(drop - scale));
    rest -= top << drop;
  }
  return parts as [number, number, number, number];
}

const [P1, P2, P3, P4] = halfPiParts();
const TWO_OVER_PI = 0.6366197723675814;
const LIMIT = 2 ** 19 * 1.5707963267948966;

// double-double helpers returning through module registers (no allocation)
let H = 0;
let L = 0;
const SPLIT = 134217729;

function twoProd(a: number, b: number): void {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  H = p;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const p = H;
  const e = L + (ah * bl + al * bh);
  H = p + e;
  L = e - (H - p);
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  H = s + e;
  L = e - (H - s);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl); // q1·b
  ddAdd(ah, al, -H, -L); // remainder a - q1·b
  const q2 = (H + L) / bh;
  H = q1 + q2;
  L = q2 - (H - q1);
}

/** x - k·π/2 as a double-double in (H, L). */
function reduce(x: number, k: number): void {
  // k*P1 and k*P2 are exact (33-bit parts, |k| < 2^20)
  ddAdd(x, 0, -k * P1, 0);
  ddAdd(H, L, -k * P2, 0);
  ddAdd(H, L, -k * P3, 0);
  ddAdd(H, L, -k * P4, 0);
}

// 1/n! as double-doubles for the series
const INV_FACT_H: number[] = [];
const INV_FACT_L: number[] = [];
{
  let fh = 1;
  let fl = 0;
  INV_FACT_H.push(1);
  INV_FACT_L.push(0);
  for (let n = 1; n <= 30; n++) {
    ddMul(fh, fl, n, 0);
    fh = H;
    fl = L;
    ddDiv(1, 0, fh, fl);
    INV_FACT_H.push(H);
    INV_FACT_L.push(L);
  }
}

/** sin(r) (odd = true) or cos(r) of the double-double r = (rh, rl), |r| <= π/4.
 * Σ c_k u^k with u = r², c_k = (-1)^k / (2k + odd)!: the small high-order terms in
 * plain doubles (their rounding errors stay below 2^-74 of the result), the leading
 * four in double-double. */
function series(rh: number, rl: number, odd: boolean): void {
  ddMul(rh, rl, rh, rl);
  const uh = H;
  const ul = L;
  const first = odd ? 1 : 0;
  let acc = 0;
  for (let k = 13; k >= 4; k--) acc = acc * uh + (k % 2 ? -1 : 1) * INV_FACT_H[2 * k + first];
  let sh = acc;
  let sl = 0;
  for (let k = 3; k >= 0; k--) {
    ddMul(sh, sl, uh, ul);
    const sign = k % 2 ? -1 : 1;
    ddAdd(H, L, sign * INV_FACT_H[2 * k + first], sign * INV_FACT_L[2 * k + first]);
    sh = H;
    sl = L;
  }
  if (odd) ddMul(sh, sl, rh, rl);
  else {
    H = sh;
    L = sl;
  }
}

/** sin or cos (which = 0 / 1) of x, rounded once; undefined when out of range. */
function sinCos(x: number, which: 0 | 1): number {
  const k = Math.round(x * TWO_OVER_PI);
  reduce(x, k);
  const rh = H;
  const rl = L;
  const q = (((k + which) % 4) + 4) % 4; // cos(x) = sin(x + π/2)
  series(rh, rl, q % 2 === 0);
  const v = H + L;
  return q >= 2 ? -v : v;
}

export function sin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= LIMIT) return Math.sin(x);
  if (x === 0 || Math.abs(x) < 1e-8) return x === 0 ? x : sinTiny(x);
  return sinCos(x, 0);
}

export function cos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= LIMIT) return Math.cos(x);
  if (Math.abs(x) < 1e-8) return 1 - x * x * 0.5;
  return sinCos(x, 1);
}

export function tan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= LIMIT) return Math.tan(x);
  if (x === 0 || Math.abs(x) < 1e-8) return x === 0 ? x : tanTiny(x);
  const k = Math.round(x * TWO_OVER_PI);
  reduce(x, k);
  const rh = H;
  const rl = L;
  series(rh, rl, true);
  const sh = H;
  const sl = L;
  series(rh, rl, false);
  const ch = H;
  const cl = L;
  // tan(r + kπ/2) = tan r for even k, -1/tan r = -cos r / sin r for odd k
  if (k % 2 === 0) ddDiv(sh, sl, ch, cl);
  else ddDiv(-ch, -cl, sh, sl);
  return H + L;
}

// for |x| < 1e-8 the first two series terms decide the rounding
function sinTiny(x: number): number {
  return x - (x * x * x) / 6;
}
function tanTiny(x: number): number {
  return x + (x * x * x) / 3;
}
