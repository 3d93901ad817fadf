// format-spec.ts and float-format.ts against python3: format(value, spec) over a
// deterministic sample of the spec grammar, exact-decimal rounding ties, huge
// precisions and every error message.
import { formatComplex, formatFloat, formatInt, formatStr } from "../../src/runtime/format-spec.js";
import { floatStr } from "../../src/runtime/float-format.js";
import { normInt, type PyInt } from "../../src/runtime/int-ops.js";
import { oracleSuite, S, pyFloat, pyInt, type Case } from "./numbers-oracle.js";

// A small deterministic PRNG so the sample is the same on every run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function specs(seed: number, count: number, types: readonly string[]): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    out.add(
      pick(r, ["", "", "<", ">", "^", "=", "*<", "*^", "x=", "0>", "\u00e9>"]) +
        pick(r, ["", "", "+", "-", " "]) +
        pick(r, ["", "", "", "z"]) +
        pick(r, ["", "", "#"]) +
        pick(r, ["", "", "0"]) +
        pick(r, ["", "", "1", "12", "25"]) +
        pick(r, ["", "", "", ",", "_"]) +
        pick(r, ["", "", ".0", ".1", ".3", ".12", ".17", ".30"]) +
        pick(r, types),
    );
  }
  return [...out];
}

const floats = [0, -0, 1, 0.5, 2.5, -2.5, 0.125, 1234.5, -1234.5678, 1e16, 1e-5, 1.5e300, 5e-324, Infinity, -Infinity, NaN, 123456789, 0.1, 1 / 3, 9.995, 1e22, 2.675];
const ints: PyInt[] = [0, 1, -1, 7, 255, -255, 65, 1234567, -1234567890123, normInt(10n ** 30n), normInt(-(2n ** 70n))];
const strs = ["", "a", "abc", "h\u00e9llo", "\u{1f600}x", "long string here"];
const complexes: [number, number][] = [[1, 2], [0, 1], [-0, 1], [0, -0], [-1.5, -2.25], [1e16, 1e-5], [Infinity, NaN], [1234.5, -0.125]];

const cplx = (re: number, im: number) => `complex(${pyFloat(re)}, ${pyFloat(im)})`;

function floatCases(): Case[] {
  const cs: Case[] = [];
  for (const spec of specs(1, 700, ["", "e", "E", "f", "F", "g", "G", "n", "%", "", "f", "g"]))
    for (const x of floats) cs.push({ py: `format(${pyFloat(x)}, ${JSON.stringify(spec)})`, js: () => S(formatFloat(x, spec)) });
  return cs;
}

function intCases(): Case[] {
  const cs: Case[] = [];
  for (const spec of specs(2, 600, ["", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "", "d", "x"]))
    for (const v of ints) cs.push({ py: `format(${pyInt(v)}, ${JSON.stringify(spec)})`, js: () => S(formatInt(v, spec)) });
  return cs;
}

function strAndComplexCases(): Case[] {
  const cs: Case[] = [];
  for (const spec of specs(3, 250, ["", "s", ""]))
    for (const s of strs) cs.push({ py: `format(${JSON.stringify(s)}, ${JSON.stringify(spec)})`, js: () => S(formatStr(s, spec)) });
  for (const spec of specs(4, 300, ["", "e", "f", "g", "G", "n", "", "%"]))
    for (const [re, im] of complexes) cs.push({ py: `format(${cplx(re, im)}, ${JSON.stringify(spec)})`, js: () => S(formatComplex(re, im, spec)) });
  return cs;
}

function edgeCases(): Case[] {
  const cs: Case[] = [];
  const fl: [number, string][] = [
    [0.5, ".0f"], [1.5, ".0f"], [2.5, ".0f"], [-0.5, ".0f"], [0.125, ".2f"], [0.375, ".2f"], [2.675, ".2f"], [1.005, ".2f"], [5e-324, ".1100f"], [1e22, ".30f"],
    [1.7976931348623157e308, "f"], [1.7976931348623157e308, ".400e"], [0.1, ".60g"], [2.5, ".1e"], [1.25, ".1e"], [1e23, ".0e"], [9.5, ".0e"], [0.5, "z.0f"], [-0.5, "z.0f"],
    [-0.0001, "z.1f"], [-0.0, "z"], [-0.0, "z.3g"], [1234.0, ".4"], [100.0, ".3"], [1.0, "#.0e"], [1e16, "#"], [0.0, "#.3g"], [123.456, "0=+20,.5f"], [1234.5, "012,.2f"], [-1e-7, ".3"],
    [1.5, ".3000000000"], [1.5, "99999999999999999999"], [1.5, "d"], [1.5, "c"], [1.5, "xx"], [1.5, ","], [1.5, ",,"], [1.5, "_,"], [1.5, ",_"], [1.5, "."], [1.5, ",n"], [1.5, "\u1234"],
    [1.5, "_n"], [1.5, "z"], [1.5, "10.3%"], [Infinity, "010,"], [NaN, "08"], [-Infinity, "=+10"],
  ];
  for (const [x, spec] of fl) cs.push({ py: `format(${pyFloat(x)}, ${JSON.stringify(spec)})`, js: () => S(formatFloat(x, spec)) });
  const il: [PyInt, string][] = [
    [1, ".2"], [1, "+c"], [1, "#c"], [-1, "c"], [0x110000, "c"], [1, "zd"], [1, ",c"], [1, ",x"], [1, "_x"], [12345678, "_x"], [-12345678, "#_b"], [1, "s"], [normInt(10n ** 400n), "f"],
    [normInt(10n ** 5000n), "d"], [normInt(10n ** 5000n), ","], [1, "99999999999999999999"], [3, "0=5"], [-1, "=+5"], [1, "+=5"], [12345, "010,"], [-12345, "010,"], [1, "\u1234"], [1, "_n"],
  ];
  for (const [v, spec] of il) cs.push({ py: `format(${pyInt(v)}, ${JSON.stringify(spec)})`, js: () => S(formatInt(v, spec)) });
  cs.push({ py: `format(True, 'xx')`, js: () => S(formatInt(1, "xx", "bool")) });
  for (const spec of ["+", "z", "#", "=", ",", "_", "d", "05", "x^7", "=<3", ".0", ".1"]) cs.push({ py: `format('ab', ${JSON.stringify(spec)})`, js: () => S(formatStr("ab", spec)) });
  for (const spec of ["=10", "010", "0<10", "%", "d", "x<10", ".3000000000", "0<5x"]) cs.push({ py: `format(1+2j, ${JSON.stringify(spec)})`, js: () => S(formatComplex(1, 2, spec)) });
  // str(float) through the shared formatter.
  for (const x of [...floats, 1e15, 1e-4, 1.5e-4, 123456789012345680, 2 ** 60, 0.30000000000000004]) cs.push({ py: `str(${pyFloat(x)})`, js: () => S(floatStr(x)) });
  return cs;
}

oracleSuite("format-spec against python3", [
  ["float", floatCases],
  ["int", intCases],
  ["str and complex", strAndComplexCases],
  ["edges and errors", edgeCases],
]);

function hugePrecision(): Case[] {
  const cs: Case[] = [];
  for (const [x, spec] of [[1.5, ".1200f"], [5e-324, ".1100f"], [5e-324, ".1000e"], [1e300, ".2000g"], [0.1, "#.900g"], [1 / 3, ".5000f"], [-0.0, "z.2000f"], [2.5, ".100000e"]] as const) {
    cs.push({ py: `format(${pyFloat(x)}, ${JSON.stringify(spec)})`, js: () => S(formatFloat(x, spec)) });
  }
  return cs;
}

oracleSuite("format-spec huge precisions", [["digits past the exact expansion", hugePrecision]]);
