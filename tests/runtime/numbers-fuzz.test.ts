// Random inputs against python3: format specs, int()/float() strings and %-formats
// drawn from small alphabets, so parser errors and corner cases get exercised. A
// JavaScript exception (not a Python one) shows up as "JS-ERROR" and fails.
import { formatFloat, formatInt, formatStr } from "../../src/runtime/format-spec.js";
import { intFromString } from "../../src/runtime/int-ops.js";
import { floatFromString, floatPow, mathExp, mathLog, mathHypot } from "../../src/runtime/float-ops.js";
import { oracleSuite, S, I, F, pyFloat, type Case } from "./numbers-oracle.js";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomStrings(seed: number, count: number, alphabet: string, maxLen: number): string[] {
  const r = rng(seed);
  const chars = Array.from(alphabet);
  const out = new Set<string>();
  while (out.size < count) {
    const len = Math.floor(r() * (maxLen + 1));
    let s = "";
    for (let k = 0; k < len; k++) s += chars[Math.floor(r() * chars.length)];
    out.add(s);
  }
  return [...out];
}

const pyStr = (s: string) => JSON.stringify(s);

function specCases(): Case[] {
  const cs: Case[] = [];
  for (const spec of randomStrings(11, 3000, "<>=^+- z#0123456789,_.%bcdeEfFgGnosxXé", 7)) {
    cs.push({ py: `format(-1234.5678, ${pyStr(spec)})`, js: () => S(formatFloat(-1234.5678, spec)) });
    cs.push({ py: `format(98765, ${pyStr(spec)})`, js: () => S(formatInt(98765, spec)) });
    cs.push({ py: `format('abc', ${pyStr(spec)})`, js: () => S(formatStr("abc", spec)) });
  }
  return cs;
}

function parseCases(): Case[] {
  const cs: Case[] = [];
  for (const s of randomStrings(12, 3000, "0123456789_ +-xobXOB.eEjabfz\t\u0663\u00a0", 8)) {
    for (const base of [0, 10, 16]) cs.push({ py: `int(${pyStr(s)}, ${base})`, js: () => I(intFromString(s, base)) });
    cs.push({ py: `float(${pyStr(s)})`, js: () => F(floatFromString(s)) });
  }
  for (const s of randomStrings(13, 1500, "0123456789_.eE+-infatyINF ", 10)) cs.push({ py: `float(${pyStr(s)})`, js: () => F(floatFromString(s)) });
  return cs;
}

function roundTripCases(): Case[] {
  // Random doubles of every magnitude: repr, fixed and scientific digits.
  const r = rng(14);
  const cs: Case[] = [];
  const buf = new DataView(new ArrayBuffer(8));
  for (let k = 0; k < 1500; k++) {
    buf.setUint32(0, Math.floor(r() * 4294967296));
    buf.setUint32(4, Math.floor(r() * 4294967296));
    const x = buf.getFloat64(0);
    if (!Number.isFinite(x)) continue;
    for (const spec of ["", ".17g", ".3e", ".20f", "r" === "r" ? ".0e" : ""]) cs.push({ py: `format(${pyFloat(x)}, ${pyStr(spec)})`, js: () => S(formatFloat(x, spec)) });
    cs.push({ py: `float(${pyStr(formatFloat(x, ".25e"))})`, js: () => F(floatFromString(formatFloat(x, ".25e"))) });
  }
  return cs;
}

// pow, exp, log and hypot are correctly rounded in pycell; glibc (hence CPython here)
// misrounds about 0.1% of random arguments by one ulp, so the oracle is the exact
// value from decimal at 60 digits, rounded once by float().
function transcendental(): Case[] {
  const r = rng(15);
  const cs: Case[] = [];
  for (let k = 0; k < 1500; k++) {
    const x = r() * 10;
    const y = (r() - 0.5) * 40;
    cs.push({ py: `float(Decimal(${pyFloat(x)}) ** Decimal(${pyFloat(y)}))`, js: () => F(floatPow(x, y)!) });
    cs.push({ py: `float(Decimal(${pyFloat(y)}).exp())`, js: () => F(mathExp(y)) });
    cs.push({ py: `float(Decimal(${pyFloat(x)}).ln())`, js: () => F(mathLog(x)) });
    const v = [x - 5, y, r() * 1e-3];
    cs.push({ py: `float(sum(Decimal(c) ** 2 for c in ${JSON.stringify(v.map(pyFloat)).replace(/"/g, "")}).sqrt())`, js: () => F(mathHypot(v)) });
  }
  return cs;
}

oracleSuite("correctly rounded pow, exp, log, hypot", [["random arguments vs decimal", transcendental]], "from decimal import Decimal, getcontext\ngetcontext().prec = 60");

oracleSuite("random inputs against python3", [
  ["format specs", specCases],
  ["int() and float() strings", parseCases],
  ["random doubles", roundTripCases],
]);
