// `_statistics`: the normal distribution's quantile function in TypeScript, which
// statistics.py imports when present (as CPython's does with its C accelerator).
// Wichura's algorithm AS 241 (Applied Statistics 37, 1988), the same rational
// approximations as the Python version in src/stdlib/lib/statistics.py.
import type { PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { pf } from "../runtime/ops.js";
import { toDouble } from "./math.js";

// highest power first; each denominator ends with its constant 1.0
const CENTRAL: [number[], number[]] = [
  [2.5090809287301226727e3, 3.3430575583588128105e4, 6.7265770927008700853e4, 4.5921953931549871457e4, 1.3731693765509461125e4, 1.9715909503065514427e3, 1.3314166789178437745e2, 3.387132872796366608],
  [5.226495278852854561e3, 2.8729085735721942674e4, 3.930789580009271061e4, 2.1213794301586595867e4, 5.3941960214247511077e3, 6.871870074920579083e2, 4.2313330701600911252e1, 1.0],
];
const NEAR: [number[], number[]] = [
  [7.7454501427834140764e-4, 2.27238449892691845833e-2, 2.4178072517745061177e-1, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734],
  [1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1.0],
];
const TAIL: [number[], number[]] = [
  [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772],
  [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 1.48753612908506148525e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1.0],
];

function horner(c: number[], r: number): number {
  let acc = c[0];
  for (let i = 1; i < c.length; i++) acc = acc * r + c[i];
  return acc;
}

function standardQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (horner(CENTRAL[0], r) * q) / horner(CENTRAL[1], r);
  }
  let r = q <= 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  const t = r <= 5 ? NEAR : TAIL;
  const s = r <= 5 ? r - 1.6 : r - 5;
  const z = horner(t[0], s) / horner(t[1], s);
  return q < 0 ? -z : z;
}

registerModule("_statistics", (m) => {
  const f = builtin("_normal_dist_inv_cdf", 3, 3, (pv, muv, sigmav) => {
    const p = toDouble(pv), mu = toDouble(muv), sigma = toDouble(sigmav);
    if (p <= 0 || p >= 1 || sigma <= 0) raise("ValueError", "inv_cdf undefined for these parameters");
    return pf(mu + standardQuantile(p) * sigma);
  });
  f.module = "_statistics";
  m.$dict!.setStr("_normal_dist_inv_cdf", f);
});
