// Double-double arithmetic (about 104 bits) for exp, log, pow and hypot. CPython
// calls the C library (glibc), whose exp/log/pow are correctly rounded in practice,
// while V8's Math.exp/log/pow are off by one ulp for several percent of arguments.
// Computing in double-double and rounding once gives correctly rounded results
// except in astronomically rare hard cases.
//
// Speed matters (x ** 1.5 sits in inner loops), so the pair arithmetic works on
// plain numbers and returns its result in the module registers RH/RL instead of
// allocating arrays.
import { frexp, ldexp } from "./float-bits.js";

let RH = 0;
let RL = 0;

const SPLITTER = 134217729; // 2**27 + 1 (Veltkamp split)

/** (ah, al) + (bh, bl) -> RH, RL */
function add(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  const w = t - al;
  const f = al - (t - w) + (bl - w);
  e += t;
  const s2 = s + e;
  e -= s2 - s;
  e += f;
  RH = s2 + e;
  RL = e - (RH - s2);
}

/** (ah, al) * (bh, bl) -> RH, RL */
function mul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLITTER * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  let err = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl;
  err += ah * bl + al * bh;
  RH = p + err;
  RL = err - (RH - p);
}

/** (ah, al) / (bh, bl) -> RH, RL (two correction steps). */
function div(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  mul(bh, bl, q1, 0);
  add(ah, al, -RH, -RL); // r = a - b*q1
  const rh = RH;
  const rl = RL;
  const q2 = rh / bh;
  mul(bh, bl, q2, 0);
  add(rh, rl, -RH, -RL); // r - b*q2
  const q3 = RH / bh;
  const sh = q1 + q2;
  const sl = q2 - (sh - q1);
  add(sh, sl, q3, 0);
}

const LN2H = 0.6931471805599453;
const LN2L = 2.3190468138462996e-17;

// 1/k! for k = 1..8 as pairs; 2**(j/256) for j = 0..255 as pairs (built lazily).
const FACT_H = new Float64Array(9);
const FACT_L = new Float64Array(9);
const TAB_H = new Float64Array(256);
const TAB_L = new Float64Array(256);
let ready = false;

function init(): void {
  ready = true;
  let h = 1;
  let l = 0;
  for (let k = 1; k <= 8; k++) {
    div(h, l, k, 0);
    h = RH;
    l = RL;
    FACT_H[k] = h;
    FACT_L[k] = l;
  }
  // 2**(j/256) = exp(j*ln2/256), computed by the slow but table-free path.
  for (let j = 0; j < 256; j++) {
    mul(LN2H, LN2L, j / 256, 0);
    expSlow(RH, RL);
    TAB_H[j] = RH;
    TAB_L[j] = RL;
  }
}

/** exp(x) for |x| <= ln2 by Taylor series of x/1024 and ten squarings -> RH, RL. */
function expSlow(xh: number, xl: number): void {
  const rh = xh / 1024;
  const rl = xl / 1024;
  // s = e**r - 1 = r + r^2/2 + ... (terms up to r^12 are far below 2**-106 here)
  let sh = rh;
  let sl = rl;
  let th = rh;
  let tl = rl;
  for (let k = 2; k <= 12; k++) {
    mul(th, tl, rh, rl);
    div(RH, RL, k, 0);
    th = RH;
    tl = RL;
    add(sh, sl, th, tl);
    sh = RH;
    sl = RL;
  }
  // (1+s)**2 = 1 + (2s + s*s), ten times.
  for (let i = 0; i < 10; i++) {
    mul(sh, sl, sh, sl);
    add(2 * sh, 2 * sl, RH, RL);
    sh = RH;
    sl = RL;
  }
  add(1, 0, sh, sl);
}

/** exp(x) = 2**n * v with v a pair in RH, RL; returns n. Needs |x| < 746. */
function expCore(xh: number, xl: number): number {
  if (!ready) init();
  // x = (256n + j) * ln2/256 + r, |r| <= ln2/512
  const k = Math.round((xh * 256) / LN2H);
  const n = Math.floor(k / 256);
  const j = k - n * 256;
  mul(LN2H / 256, LN2L / 256, k, 0);
  add(xh, xl, -RH, -RL);
  const rh = RH;
  const rl = RL;
  // e**r - 1 by Horner: r*(1 + r*(1/2 + r*(1/6 + ...)))
  let ph = FACT_H[8];
  let pl = FACT_L[8];
  for (let i = 7; i >= 1; i--) {
    mul(ph, pl, rh, rl);
    add(RH, RL, FACT_H[i], FACT_L[i]);
    ph = RH;
    pl = RL;
  }
  mul(ph, pl, rh, rl);
  // 2**(j/256) * (1 + s)
  const sh = RH;
  const sl = RL;
  mul(TAB_H[j], TAB_L[j], sh, sl);
  add(TAB_H[j], TAB_L[j], RH, RL);
  return n;
}

/** Round the pair RH+RL times 2**n to a double. */
function scaleRounded(n: number): number {
  if (n >= -1021) return ldexp(RH, n);
  // Subnormal result: add the low part first so the final scaling rounds once
  // (up to a rare double rounding at a tie).
  return ldexp(RH, n) + ldexp(RL, n);
}

/** e**x rounded once, for finite x. */
export function expRounded(x: number): number {
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const n = expCore(x, 0);
  return scaleRounded(n);
}

/** ln(x) as a pair in RH, RL, for finite x > 0. */
function logCore(x: number): void {
  let [m, e] = frexp(x);
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  // log m = y0 + log1p(t) with t = m * e**-y0 - 1, tiny (about 2**-52).
  const y0 = Math.log(m);
  const n = expCore(-y0, 0);
  mul(RH, RL, m, 0);
  const ph = ldexp(RH, n);
  const pl = ldexp(RL, n);
  const t = ph - 1 + pl;
  const corr = t - (t * t) / 2;
  // e*ln2 + y0 + corr
  mul(LN2H, LN2L, e, 0);
  const ah = RH;
  const al = RL;
  add(y0, corr, 0, 0);
  add(ah, al, RH, RL);
}

/** ln(x) rounded once, for finite x > 0. */
export function logRounded(x: number): number {
  logCore(x);
  return RH;
}

/** log2(x) rounded once, for finite x > 0. */
export function log2Rounded(x: number): number {
  logCore(x);
  div(RH, RL, LN2H, LN2L);
  return RH;
}

/** x ** y for finite x > 0 and finite y, rounded once. */
export function powDD(x: number, y: number): number {
  const est = Math.log(x) * y;
  if (est > 710) return Infinity;
  if (est < -746) return 0;
  logCore(x);
  mul(RH, RL, y, 0);
  const n = expCore(RH, RL);
  return scaleRounded(n);
}

/** 2**x rounded once, for finite x. */
export function exp2Rounded(x: number): number {
  if (x > 1025) return Infinity;
  if (x < -1080) return 0;
  mul(x, 0, LN2H, LN2L);
  const n = expCore(RH, RL);
  return scaleRounded(n);
}

/** sqrt(sum of squares) rounded once (math.hypot / math.dist): the squares are
 * summed in double-double after scaling by a power of two. */
export function hypotDD(xs: readonly number[], max: number): number {
  const [, e] = frexp(max);
  let sh = 0;
  let sl = 0;
  for (const v of xs) {
    const a = ldexp(Math.abs(v), -e);
    mul(a, 0, a, 0);
    add(sh, sl, RH, RL);
    sh = RH;
    sl = RL;
  }
  // One Newton correction of the double square root: s + (S - s*s) / (2s).
  const s = Math.sqrt(sh);
  mul(s, 0, s, 0);
  add(sh, sl, -RH, -RL);
  const root = s + (RH + RL) / (2 * s);
  return ldexp(root, e);
}
