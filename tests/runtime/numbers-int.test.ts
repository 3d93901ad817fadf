// int-ops.ts against python3: every binary operator over a grid of operands that
// straddles the int32, safe-integer and 64-bit boundaries, plus conversions.
import * as N from "../../src/runtime/int-ops.js";
import { normInt, type PyInt } from "../../src/runtime/int-ops.js";
import { floatPow } from "../../src/runtime/float-ops.js";
import { oracleSuite, F, I, T, S, Bo, Y, pyInt, pyFloat, type Case } from "./numbers-oracle.js";

const big = (s: string): PyInt => normInt(BigInt(s));
const raw = [
  "0", "1", "-1", "2", "-2", "3", "-3", "5", "7", "-7", "10", "12", "-100", "255", "-256", "1000003",
  "2147483647", "-2147483648", "2147483648", "4294967296", "4503599627370496", "9007199254740991",
  "-9007199254740991", "9007199254740992", "-9007199254740992", "9007199254740993", "9223372036854775807",
  "-9223372036854775808", "18446744073709551615", "100000000000000000000", "-100000000000000000000",
  (3n ** 100n).toString(), (-(7n ** 80n)).toString(), ((1n << 200n) + 12345n).toString(),
];
const vals: PyInt[] = raw.map(big);

const binops: [string, (a: PyInt, b: PyInt) => string][] = [
  ["+", (a, b) => I(N.add(a, b))],
  ["-", (a, b) => I(N.sub(a, b))],
  ["*", (a, b) => I(N.mul(a, b))],
  ["//", (a, b) => I(N.floordiv(a, b))],
  ["%", (a, b) => I(N.mod(a, b))],
  ["/", (a, b) => F(N.truediv(a, b))],
  ["&", (a, b) => I(N.and(a, b))],
  ["|", (a, b) => I(N.or(a, b))],
  ["^", (a, b) => I(N.xor(a, b))],
  ["<", (a, b) => Bo(N.compare(a, b) < 0)],
  ["==", (a, b) => Bo(N.eq(a, b))],
];

function cases(): Case[] {
  const cs: Case[] = [];
  for (const a of vals) {
    for (const b of vals) {
      for (const [op, f] of binops) cs.push({ py: `${pyInt(a)} ${op} ${pyInt(b)}`, js: () => f(a, b) });
      cs.push({ py: `divmod(${a}, ${b})`, js: () => { const [q, r] = N.divmod(a, b); return T(I(q), I(r)); } });
    }
    for (const s of [0, 1, 2, 5, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 1000, -1]) {
      cs.push({ py: `${pyInt(a)} << ${s}`, js: () => I(N.lshift(a, s)) });
      cs.push({ py: `${pyInt(a)} >> ${s}`, js: () => I(N.rshift(a, s)) });
    }
    for (const e of [0, 1, 2, 3, 5, 10, 17, 33, 64]) cs.push({ py: `${pyInt(a)} ** ${e}`, js: () => I(N.pow(a, e)) });
    for (const e of [-1, -2, -3]) cs.push({ py: `${pyInt(a)} ** ${e}`, js: () => F(floatPow(N.intToFloat(a), e)!) });
    for (const m of [1, -1, 7, -7, 1000003, 2147483648, big("100000000000000000000")]) {
      for (const e of [0, 1, 5, 65537, -1, -3]) cs.push({ py: `pow(${a}, ${e}, ${m})`, js: () => I(N.powMod(a, e, m)) });
    }
    cs.push({ py: `pow(${a}, 2, 0)`, js: () => I(N.powMod(a, 2, 0)) });
    cs.push({ py: `-${pyInt(a)}`, js: () => I(N.neg(a)) });
    cs.push({ py: `abs(${a})`, js: () => I(N.abs(a)) });
    cs.push({ py: `~${pyInt(a)}`, js: () => I(N.invert(a)) });
    cs.push({ py: `float(${a})`, js: () => F(N.intToFloat(a)) });
    cs.push({ py: `str(${a})`, js: () => S(N.intToDecimal(a)) });
    cs.push({ py: `bin(${a})`, js: () => S(N.intToString(a, 2)) });
    cs.push({ py: `oct(${a})`, js: () => S(N.intToString(a, 8)) });
    cs.push({ py: `hex(${a})`, js: () => S(N.intToString(a, 16)) });
    cs.push({ py: `(${a}).bit_length()`, js: () => I(N.bitLength(a)) });
    cs.push({ py: `(${a}).bit_count()`, js: () => I(N.bitCount(a)) });
    for (const [len, order, signed] of [[8, "big", false], [8, "little", true], [9, "big", true], [40, "little", false], [0, "big", false], [1, "big", true]] as const) {
      const sg = signed ? "True" : "False";
      cs.push({ py: `(${a}).to_bytes(${len}, '${order}', signed=${sg})`, js: () => Y(N.toBytes(a, len, order, signed)) });
    }
    cs.push({ py: `math.isqrt(${a})`, js: () => I(N.isqrt(a)) });
    cs.push({ py: `math.gcd(${a}, 1234567890123456789012)`, js: () => I(N.gcd(a, big("1234567890123456789012"))) });
    cs.push({ py: `math.lcm(${a}, -360)`, js: () => I(N.lcm(a, -360)) });
    cs.push({ py: `int(${pyFloat(N.intToFloat(a) * 1.5)})`, js: () => I(N.floatToInt(N.intToFloat(a) * 1.5)) });
  }
  return cs;
}

// Rounding of huge ints to float and of huge quotients (ties, sticky bits, subnormals).
function roundingCases(): Case[] {
  const cs: Case[] = [];
  const ints = [
    (1n << 53n) + 1n, (1n << 53n) + 3n, (1n << 54n) + 2n, (1n << 54n) + 6n, (1n << 1024n) - (1n << 970n),
    (1n << 1024n) - (1n << 971n), (1n << 1024n), -(1n << 1023n), (1n << 200n) + (1n << 147n), (1n << 200n) + (1n << 147n) + 1n,
    10n ** 300n + 1n, 10n ** 400n,
  ];
  for (const x of ints) cs.push({ py: `float(${x})`, js: () => F(N.intToFloat(normInt(x))) });
  const nums = [1n, 3n, 7n, 10n ** 30n, (1n << 1100n) + 5n, 10n ** 330n, -(10n ** 308n) * 17n, (1n << 1023n) * 3n, 2n ** 2000n];
  const dens = [3n, 7n, -(10n ** 30n), 10n ** 330n, (1n << 1100n) - 1n, 10n ** 340n + 1n, 2n ** 1074n, 2n ** 1075n, 3n * 2n ** 1075n, 2n ** 1076n, 5n ** 30n];
  for (const a of nums) for (const b of dens) {
    cs.push({ py: `${pyInt(a)} / ${pyInt(b)}`, js: () => F(N.truediv(normInt(a), normInt(b))) });
    cs.push({ py: `${pyInt(b)} / ${pyInt(a)}`, js: () => F(N.truediv(normInt(b), normInt(a))) });
  }
  // Tie at the subnormal boundary: (2k+1) * 2**-1075 rounds to even.
  for (const k of [0n, 1n, 2n, 3n, 1000n]) cs.push({ py: `${2n * k + 1n} / 2**1075`, js: () => F(N.truediv(normInt(2n * k + 1n), 2n ** 1075n)) });
  for (const f of [0.5, -0.5, 1e16, -1e300, 1.7976931348623157e308, 5e-324, NaN, Infinity, -Infinity, -0.0, 4503599627370495.5]) {
    cs.push({ py: `int(${pyFloat(f)})`, js: () => I(N.floatToInt(f)) });
  }
  return cs;
}

function stringCases(): Case[] {
  const cs: Case[] = [];
  const strs = [
    "0", "-0", "+12", " 12 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "", " ", "-", "+ 1", "0x1f", "0X1F", "0o17", "0b101", "0b_1_1",
    "017", "00", "0_0", "09", "1e5", "12a", "z", "Z", "zz", "9" .repeat(30), "-" + "7".repeat(25), "\u0663\u0664", "\u00a05\u2003", "12\u0661",
    "\x1c1", "\u00b2", "1\x00", "x".repeat(300), "٣", "𝟙𝟚", "0x", "0b2", "  0o_7  ", "0_x1",
  ];
  for (const s of strs) {
    for (const base of [10, 0, 2, 8, 16, 36, 7]) cs.push({ py: `int(${JSON.stringify(s)}, ${base})`, js: () => I(N.intFromString(s, base)) });
  }
  for (const base of [1, 37, -1]) cs.push({ py: `int('1', ${base})`, js: () => I(N.intFromString("1", base)) });
  // The 4300-digit limit on both sides of the conversion.
  for (const n of [4300, 4301, 5000]) {
    cs.push({ py: `str(10**${n - 1})`, js: () => S(N.intToDecimal(normInt(10n ** BigInt(n - 1)))) });
    cs.push({ py: `str(-10**${n - 1})`, js: () => S(N.intToDecimal(normInt(-(10n ** BigInt(n - 1))))) });
    cs.push({ py: `int('1'*${n})`, js: () => I(N.intFromString("1".repeat(n))) });
    cs.push({ py: `int('-'+'0'*${n})`, js: () => I(N.intFromString("-" + "0".repeat(n))) });
    cs.push({ py: `int('1'*${n}+'x')`, js: () => I(N.intFromString("1".repeat(n) + "x")) });
    cs.push({ py: `hex(int('f'*${n}, 16))`, js: () => S(N.intToString(N.intFromString("f".repeat(n), 16), 16)) });
    cs.push({ py: `int('z'*${n}, 36) % 1000000007`, js: () => I(N.mod(N.intFromString("z".repeat(n), 36), 1000000007)) });
  }
  cs.push({ py: `str(2**14500)`, js: () => S(N.intToDecimal(normInt(2n ** 14500n))) });
  cs.push({ py: `str(10**4299)[-3:]`, js: () => S(N.intToDecimal(normInt(10n ** 4299n)).slice(-3)) });
  return cs;
}

function miscCases(): Case[] {
  const cs: Case[] = [];
  for (const [b, order, signed] of [
    [[], "big", false], [[0xff], "big", true], [[0xff], "big", false], [[1, 2, 3], "little", false], [[0x80, 0], "little", true],
    [[0x80, 0, 0, 0, 0, 0, 0, 0, 0], "big", true], [[1, 2], "middle", false],
  ] as const) {
    cs.push({ py: `int.from_bytes(bytes(${JSON.stringify(b)}), '${order}', signed=${signed ? "True" : "False"})`, js: () => I(N.fromBytes(Uint8Array.from(b), order, signed)) });
  }
  cs.push({ py: `(1).to_bytes(-1, 'big')`, js: () => Y(N.toBytes(1, -1, "big")) });
  for (const n of [0, 1, 5, 20, 21, 100, 170, -1]) cs.push({ py: `math.factorial(${n})`, js: () => I(N.factorial(n)) });
  for (const [n, k] of [[10, 3], [0, 0], [5, 7], [100, 50], [-1, 2], [3, -2], [60, 30], [1000, 3]]) {
    cs.push({ py: `math.comb(${n}, ${k})`, js: () => I(N.comb(n, k)) });
    cs.push({ py: `math.perm(${n}, ${k})`, js: () => I(N.perm(n, k)) });
  }
  cs.push({ py: `math.perm(5)`, js: () => I(N.perm(5)) });
  for (const v of [0, 5, 15, 25, 35, -25, -15, 149, 150, 151, 250, -250, 12345, normInt(10n ** 30n + 5n * 10n ** 28n), normInt(-(2n ** 80n))]) {
    for (const nd of [0, 2, -1, -2, -3, -30, -31, -100]) cs.push({ py: `round(${pyInt(v)}, ${pyInt(nd)})`, js: () => I(N.intRound(v, nd)) });
  }
  cs.push({ py: `1 << (1 << 70)`, js: () => I(N.lshift(1, normInt(1n << 70n))) });
  cs.push({ py: `1 >> (1 << 70)`, js: () => I(N.rshift(1, normInt(1n << 70n))) });
  cs.push({ py: `-5 >> (1 << 70)`, js: () => I(N.rshift(-5, normInt(1n << 70n))) });
  cs.push({ py: `0 << (1 << 70)`, js: () => I(N.lshift(0, normInt(1n << 70n))) });
  cs.push({ py: `0 ** 0`, js: () => I(N.pow(0, 0)) });
  cs.push({ py: `(-1) ** (10**30)`, js: () => I(N.pow(-1, normInt(10n ** 30n))) });
  cs.push({ py: `(-1) ** (10**30+1)`, js: () => I(N.pow(-1, normInt(10n ** 30n + 1n))) });
  cs.push({ py: `0 ** -1`, js: () => F(floatPow(N.intToFloat(0), -1)!) });
  cs.push({ py: `(10**400) ** -1`, js: () => F(floatPow(N.intToFloat(normInt(10n ** 400n)), -1)!) });
  return cs;
}

oracleSuite("int-ops against python3", [
  ["arithmetic grid", cases],
  ["rounding to float", roundingCases],
  ["int <-> str", stringCases],
  ["bytes, math", miscCases],
]);
