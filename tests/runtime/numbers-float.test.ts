// float-ops.ts against python3: floor division, modulo, pow, round, hex, parsing,
// exact comparison with ints, and the math helpers, over edge floats.
import * as Fl from "../../src/runtime/float-ops.js";
import { normInt, type PyInt } from "../../src/runtime/int-ops.js";
import { oracleSuite, F, I, T, S, Bo, pyInt, pyFloat, type Case, type Enc } from "./numbers-oracle.js";

const floats = [
  0, -0, 0.1, -0.1, 0.5, -0.5, 1.5, 2.5, -2.5, 1, -1, 3, -7, 7.5, 1e16, 1e-5, 123.456, -987.654321, 1e308, -1e308,
  1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, Infinity, -Infinity, NaN, 2 ** 53, 0.3, 1 / 3, 1e22, 4.35, 0.125,
];

const P = (x: number | null): Enc => (x === null ? "s:complex" : F(x));
const PRELUDE = `
def _pw(a, b):
    try:
        r = a ** b
    except OverflowError as e:
        if 'complex' in str(e): return 'complex'
        raise
    return 'complex' if isinstance(r, complex) else r
`;

function arithmetic(): Case[] {
  const cs: Case[] = [];
  for (const a of floats) for (const b of floats) {
    const pa = pyFloat(a);
    const pb = pyFloat(b);
    cs.push({ py: `${pa} // ${pb}`, js: () => F(Fl.floordiv(a, b)) });
    cs.push({ py: `${pa} % ${pb}`, js: () => F(Fl.mod(a, b)) });
    cs.push({ py: `${pa} / ${pb}`, js: () => F(Fl.truediv(a, b)) });
    cs.push({ py: `divmod(${pa}, ${pb})`, js: () => { const [q, r] = Fl.divmod(a, b); return T(F(q), F(r)); } });
    cs.push({ py: `_pw(${pa}, ${pb})`, js: () => P(Fl.floatPow(a, b)) });
  }
  // Integral exponents are computed exactly; a spread of bases and exponents.
  for (const a of [1.1, 0.7, 3.3, 7, 10, 1.0000001, 123456.789, 2, 0.5, -1.5, -3])
    for (const n of [2, 3, 5, 7, 10, 13, 30, 64, 100, 200, 307, 1000, -1, -2, -3, -7, -30, -100, -400])
      cs.push({ py: `${pyFloat(a)} ** ${n}`, js: () => P(Fl.floatPow(a, n)) });
  for (const a of [2, 10, 0.3, 1e10]) cs.push({ py: `${pyFloat(a)} ** 0.5`, js: () => P(Fl.floatPow(a, 0.5)) });
  return cs;
}

function rounding(): Case[] {
  const cs: Case[] = [];
  const xs = [...floats, 0.125, 0.375, 2.675, 1.005, 2.5, 3.5, -4.5, 0.285, 1.45, 1234.5678, 5e-5, 15, 25, 35, 450, 1e300, 4503599627370495.5, 0.49999999999999994];
  for (const x of xs) {
    cs.push({ py: `round(${pyFloat(x)})`, js: () => I(Fl.roundToInt(x)) });
    for (const n of [0, 1, 2, 3, 5, 10, 17, 22, 300, 400, -1, -2, -3, -20, -308, -400]) cs.push({ py: `round(${pyFloat(x)}, ${n})`, js: () => F(Fl.round(x, n)) });
  }
  cs.push({ py: `round(1.7976931348623157e308, -308)`, js: () => F(Fl.round(1.7976931348623157e308, -308)) });
  return cs;
}

function methods(): Case[] {
  const cs: Case[] = [];
  for (const x of floats) {
    const px = pyFloat(x);
    cs.push({ py: `${px}.hex()`, js: () => S(Fl.floatHex(x)) });
    cs.push({ py: `float.fromhex(${px}.hex())`, js: () => F(Fl.floatFromHex(Fl.floatHex(x))) });
    cs.push({ py: `${px}.as_integer_ratio()`, js: () => { const [n, d] = Fl.asIntegerRatio(x); return T(I(n), I(d)); } });
    cs.push({ py: `${px}.is_integer()`, js: () => Bo(Fl.isInteger(x)) });
    cs.push({ py: `math.floor(${px})`, js: () => I(Fl.mathFloor(x)) });
    cs.push({ py: `math.ceil(${px})`, js: () => I(Fl.mathCeil(x)) });
    cs.push({ py: `math.trunc(${px})`, js: () => I(Fl.mathTrunc(x)) });
    cs.push({ py: `math.frexp(${px})`, js: () => { const [m, e] = Fl.mathFrexp(x); return T(F(m), I(e)); } });
    cs.push({ py: `math.modf(${px})`, js: () => { const [f, i] = Fl.mathModf(x); return T(F(f), F(i)); } });
    cs.push({ py: `math.sqrt(${px})`, js: () => F(Fl.mathSqrt(x)) });
    for (const e of [0, 1, -1, 52, 1023, 1024, -1074, -1075, 2000, -2000]) cs.push({ py: `math.ldexp(${px}, ${e})`, js: () => F(Fl.mathLdexp(x, e)) });
    for (const y of [0, -0, 1, -2.5, Infinity, NaN, 1e-300]) {
      cs.push({ py: `math.fmod(${px}, ${pyFloat(y)})`, js: () => F(Fl.mathFmod(x, y)) });
      cs.push({ py: `math.copysign(${px}, ${pyFloat(y)})`, js: () => F(Fl.mathCopysign(x, y)) });
      cs.push({ py: `math.isclose(${px}, ${pyFloat(y)})`, js: () => Bo(Fl.mathIsclose(x, y)) });
    }
  }
  const hexes = ["0x1.8p1", "0X1P-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1080", "0x1p1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024",
    "inf", "-Infinity", "nan", "x", "1.5", "-0x.8", "0x", "0x.", " 0x10 ", "0x1p", "0x1.0000000000000800001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "ffp-4", "0x1p99999999999999999999"];
  for (const h of hexes) cs.push({ py: `float.fromhex(${JSON.stringify(h)})`, js: () => F(Fl.floatFromHex(h)) });
  cs.push({ py: `math.isclose(1, 1, rel_tol=-1)`, js: () => Bo(Fl.mathIsclose(1, 1, -1)) });
  return cs;
}

function parsing(): Case[] {
  const strs = [
    "0", "1", "-1.5", "+.5", "5.", ".", "", " ", "1e", "1e5", "1E-5", "1_0.5", "1._5", "1_.5", "1e1_0", "1e_1", "_1", "1_", "  -iNfinity ", "infinit", "inf", "+nan", "-NaN", "nAn ",
    "0x10", "1e400", "-1e400", "1e-400", "2.2250738585072011e-308", "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124", "0.1e-5", "\u00a01.5\u2003", "\u0663.\u0664", "1.5\x1c", "1 .5", "--1", "1e+", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "123456789012345678901234567890e-10", "00012", "1.5j",
  ];
  return strs.map((s) => ({ py: `float(${JSON.stringify(s)})`, js: () => F(Fl.floatFromString(s)) }));
}

function mixed(): Case[] {
  const cs: Case[] = [];
  const ints: PyInt[] = [0, 1, -1, 2 ** 53 - 1, 2 ** 53 - 1, normInt(2n ** 53n + 1n), normInt(2n ** 1024n), normInt(-(10n ** 400n)), normInt(10n ** 22n), normInt(10n ** 22n + 1n)];
  for (const x of floats) for (const i of ints) {
    cs.push({ py: `${pyFloat(x)} < ${pyInt(i)}`, js: () => Bo(Fl.floatIntCompare(x, i) === -1) });
    cs.push({ py: `${pyFloat(x)} == ${pyInt(i)}`, js: () => Bo(Fl.floatEqInt(x, i)) });
  }
  const sums: number[][] = [
    [0.1, 0.2, 0.3], [1e308, 1e308], [1e308, 1e308, -1e308], [Infinity, -Infinity], [Infinity, 1], [NaN, 1], [1, 1e100, 1, -1e100], [1e-16, 1, 1e-16],
    [], [-0], [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], [2 ** 53, 1, 1e-300], [1.7976931348623157e308, 9.979201547673598e291], [1, -1e-16, 1e-32],
  ];
  for (const xs of sums) cs.push({ py: `math.fsum([${xs.map(pyFloat).join(", ")}])`, js: () => F(Fl.mathFsum(xs)) });
  cs.push({ py: `math.log(10**1000)`, js: () => F(Fl.mathLog({ int: normInt(10n ** 1000n) })) });
  cs.push({ py: `math.log(0)`, js: () => F(Fl.mathLog(0)) });
  cs.push({ py: `math.log(-1.5)`, js: () => F(Fl.mathLog(-1.5)) });
  cs.push({ py: `math.log(8, 1)`, js: () => F(Fl.mathLog(8, 1)) });
  cs.push({ py: `math.log2(2**3000)`, js: () => F(Fl.mathLog2({ int: normInt(2n ** 3000n) })) });
  cs.push({ py: `math.exp(1000)`, js: () => F(Fl.mathExp(1000)) });
  cs.push({ py: `math.exp(-1000)`, js: () => F(Fl.mathExp(-1000)) });
  cs.push({ py: `math.acosh(0.5)`, js: () => F(Fl.mathAcosh(0.5)) });
  cs.push({ py: `math.atanh(1)`, js: () => F(Fl.mathAtanh(1)) });
  cs.push({ py: `math.pow(0.0, -1)`, js: () => F(Fl.mathPow(0, -1)) });
  cs.push({ py: `math.pow(-1, 0.5)`, js: () => F(Fl.mathPow(-1, 0.5)) });
  cs.push({ py: `math.pow(10, 400)`, js: () => F(Fl.mathPow(10, 400)) });
  cs.push({ py: `math.hypot(3, 4, 12)`, js: () => F(Fl.mathHypot([3, 4, 12])) });
  cs.push({ py: `math.hypot(float('inf'), float('nan'))`, js: () => F(Fl.mathHypot([Infinity, NaN])) });
  cs.push({ py: `math.sin(float('inf'))`, js: () => F(Fl.mathSin(Infinity)) });
  const edge = [0, -0, 1, -1, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, Infinity, -Infinity, NaN, 0.1, 3, 7.5, -2.5, 1e300, 4.5, 5.5, 1e-320];
  for (const x of edge) {
    cs.push({ py: `math.ulp(${pyFloat(x)})`, js: () => F(Fl.mathUlp(x)) });
    cs.push({ py: `math.exp2(${pyFloat(x)})`, js: () => F(Fl.mathExp2(x)) });
    cs.push({ py: `math.degrees(${pyFloat(x)})`, js: () => F(Fl.mathDegrees(x)) });
    cs.push({ py: `math.radians(${pyFloat(x)})`, js: () => F(Fl.mathRadians(x)) });
    for (const y of [0, -0, 1, -1, 2, 3, Infinity, -Infinity, NaN, 1.5, 5e-324, 1.7976931348623157e308]) {
      cs.push({ py: `math.nextafter(${pyFloat(x)}, ${pyFloat(y)})`, js: () => F(Fl.mathNextafter(x, y)) });
      cs.push({ py: `math.remainder(${pyFloat(x)}, ${pyFloat(y)})`, js: () => F(Fl.mathRemainder(x, y)) });
    }
  }
  for (const x of [0.5, -3.25, 10.1, 1023.5, 1024, -1074, -1075.5, -1080]) cs.push({ py: `math.exp2(${pyFloat(x)})`, js: () => F(Fl.mathExp2(x)) });
  return cs;
}

oracleSuite("float-ops against python3", [
  ["arithmetic", arithmetic],
  ["round", rounding],
  ["methods and math", methods],
  ["float(str)", parsing],
  ["float vs int, fsum, math errors", mixed],
], PRELUDE);
