// math.gamma, lgamma, erf, erfc: pycell's own methods (CPython uses its own Lanczos
// code for gamma/lgamma and libm for erf/erfc). gamma/lgamma of positive arguments are
// double-double (gamma-dd.ts); docs/notes/numeric.md records the measured agreement.
import { raise } from "../../runtime/raise.js";
import * as DD from "./dd.js";
import { gammaShifted, lnGammaShifted } from "./dd.js";

const domain = (): never => raise("ValueError", "math domain error");
const range = (): never => raise("OverflowError", "math range error");

const FACT: number[] = [1];
for (let i = 1; i <= 22; i++) FACT.push(FACT[i - 1] * i);

export function gamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) domain();
  if (x === 0) domain();
  if (x === Math.floor(x)) {
    if (x < 0) domain();
    if (x <= 23) return FACT[x - 1]; // exact: (x-1)! fits in a double up to 22!
  }
  if (x < -150) {
    // reflection: Γ(x) Γ(1-x) = π / sin(πx)
    const s = sinPi(x);
    const y = 1 - x;
    if (y > 171.62) {
      // Γ(1-x) overflows but the result may still be subnormal: divide by Γ(y-k)
      // and then by the k factors (y-1)...(y-k) one at a time (gradual underflow)
      if (y > 190) return s > 0 ? 0 : -0;
      const k = Math.ceil(y - 170);
      let r = Math.PI / s / gamma(y - k);
      for (let i = 1; i <= k; i++) r /= y - i;
      return r;
    }
    const g = gamma(1 - x);
    const r = Math.PI / (s * g);
    if (!Number.isFinite(r)) range();
    return r;
  }
  // Γ overflows just above 171.6243769563027; the result check below decides
  if (x > 171.7) range();
  const r = gammaShifted(x);
  if (!Number.isFinite(r)) range();
  return r;
}

/** sin(πx) with exact argument reduction for the reflection formula. */
function sinPi(x: number): number {
  const r = x - 2 * Math.round(x / 2); // exact, in [-1, 1]
  if (r === 0 || r === 1 || r === -1) return 0;
  const a = Math.abs(r);
  const s = Math.sin(Math.PI * (a <= 0.5 ? a : 1 - a));
  return r < 0 ? -s : s;
}

export function lgamma(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x === Math.floor(x) && x <= 0) domain();
  if (x === 1 || x === 2) return 0;
  if (Math.abs(x) < 1e-17) return -Math.log(Math.abs(x)); // Γ(x) ~ 1/x
  if (x < -150) {
    const s = Math.abs(sinPi(x));
    return Math.log(Math.PI / s) - lnGammaShifted(1 - x);
  }
  // Stirling without the x·ln x intermediate, which overflows near 2.5e305 while
  // ln Γ(x) = x(ln x - 1) - ln(x)/2 + ln(2π)/2 is still finite
  if (x > 1e300) {
    const r = x * (Math.log(x) - 1) - 0.5 * Math.log(x) + 0.9189385332046728;
    if (!Number.isFinite(r)) range();
    return r;
  }
  const r = lnGammaShifted(x);
  if (!Number.isFinite(r)) range();
  return r;
}

/** x² exactly as a double-double into (DD.H, DD.L). */
function square(x: number): [number, number] {
  DD.mul(x, 0, x, 0);
  return [DD.H, DD.L];
}

/** erf(x) for 0 <= x < 4 as a double-double: e^(-x²) Σ 2ⁿ x^(2n+1) / (1·3···(2n+1)),
 * an all-positive series (no cancellation). */
function erfSeries(x: number): [number, number] {
  const [x2h, x2l] = square(x);
  let th = x;
  let tl = 0;
  let sh = x;
  let sl = 0;
  for (let n = 1; n < 400; n++) {
    DD.mul(th, tl, 2 * x2h, 2 * x2l);
    DD.div(DD.H, DD.L, 2 * n + 1, 0);
    th = DD.H;
    tl = DD.L;
    DD.add(sh, sl, th, tl);
    sh = DD.H;
    sl = DD.L;
    if (th < sh * 1e-34) break;
  }
  DD.ddExpScaled(-x2h, -x2l);
  const n = DD.EXP2;
  DD.mul(DD.H, DD.L, sh, sl);
  DD.mul(DD.H, DD.L, DD.TWO_OVER_SQRT_PI_H, DD.TWO_OVER_SQRT_PI_L);
  return [DD.scale2(DD.H, n), DD.scale2(DD.L, n)];
}

/** erfc(x) for x >= 4: e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
 * the continued fraction evaluated from a fixed depth backwards in double-double. */
function erfcFraction(x: number): number {
  const depth = Math.ceil(40 + 3000 / (x * x));
  let th = x;
  let tl = 0;
  for (let k = depth; k >= 1; k--) {
    DD.div(k / 2, 0, th, tl);
    DD.add(x, 0, DD.H, DD.L);
    th = DD.H;
    tl = DD.L;
  }
  const [x2h, x2l] = square(x);
  DD.ddExpScaled(-x2h, -x2l);
  const n = DD.EXP2;
  DD.mul(DD.H, DD.L, DD.INV_SQRT_PI_H, DD.INV_SQRT_PI_L);
  DD.div(DD.H, DD.L, th, tl);
  return DD.scale2(DD.H + DD.L, n);
}

export function erf(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a === Infinity) return Math.sign(x);
  if (a === 0) return x;
  if (a < 1e-300) return x * 1.1283791670955126; // 2x/√π, the series' first term
  let r: number;
  if (a < 4) {
    const [h, l] = erfSeries(a);
    r = h + l;
  } else if (a < 6) r = 1 - erfcFraction(a);
  else r = 1;
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x <= -4) return x < -6 ? 2 : 2 - erfcFraction(-x);
  if (x < 4) {
    if (Math.abs(x) < 1e-300) return 1;
    const [h, l] = erfSeries(Math.abs(x));
    DD.add(1, 0, x < 0 ? h : -h, x < 0 ? l : -l);
    return DD.H + DD.L;
  }
  if (x > 27.3) return 0;
  return erfcFraction(x);
}
