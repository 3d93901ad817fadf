// percent-format.ts against python3: `fmt % args` with a toy object model standing in
// for the real one (ints, floats, strs, bools, None, tuples, lists and dicts).
import { percentFormat, percentFormatBytes, type PercentOps, type BytesPercentOps } from "../../src/runtime/percent-format.js";
import { intToDecimal, floatToInt, normInt, type PyInt } from "../../src/runtime/int-ops.js";
import { floatStr } from "../../src/runtime/float-format.js";
import { strRepr, bytesRepr } from "../../src/runtime/repr.js";
import { raise } from "../../src/runtime/raise.js";
import { oracleSuite, S, Y, pyFloat, pyInt, type Case } from "./numbers-oracle.js";

type V =
  | { k: "int"; v: PyInt }
  | { k: "float"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "none" }
  | { k: "tuple"; items: V[] }
  | { k: "list"; items: V[] }
  | { k: "dict"; entries: [string, V][] }
  | { k: "bytes"; v: Uint8Array }
  | { k: "bdict"; entries: [string, V][] };

const i = (v: PyInt | bigint): V => ({ k: "int", v: typeof v === "bigint" ? normInt(v) : v });
const f = (v: number): V => ({ k: "float", v });
const s = (v: string): V => ({ k: "str", v });
const t = (...items: V[]): V => ({ k: "tuple", items });
const d = (entries: [string, V][]): V => ({ k: "dict", entries });
const NONE: V = { k: "none" };
const TRUE: V = { k: "bool", v: true };

function py(v: V): string {
  switch (v.k) {
    case "int": return pyInt(v.v);
    case "float": return pyFloat(v.v);
    case "str": return JSON.stringify(v.v);
    case "bool": return v.v ? "True" : "False";
    case "none": return "None";
    case "tuple": return `(${v.items.map(py).join(", ")}${v.items.length === 1 ? "," : ""})`;
    case "list": return `[${v.items.map(py).join(", ")}]`;
    case "dict": return `{${v.entries.map(([key, x]) => `${JSON.stringify(key)}: ${py(x)}`).join(", ")}}`;
    case "bytes": return `bytes(${JSON.stringify(Array.from(v.v))})`;
    case "bdict": return `{${v.entries.map(([key, x]) => `${JSON.stringify(key)}.encode('latin-1'): ${py(x)}`).join(", ")}}`;
  }
}

function repr(v: V): string {
  switch (v.k) {
    case "int": return intToDecimal(v.v);
    case "float": return floatStr(v.v);
    case "str": return strRepr(v.v);
    case "bool": return v.v ? "True" : "False";
    case "none": return "None";
    case "tuple": return `(${v.items.map(repr).join(", ")}${v.items.length === 1 ? "," : ""})`;
    case "list": return `[${v.items.map(repr).join(", ")}]`;
    case "dict": return `{${v.entries.map(([key, x]) => `${strRepr(key)}: ${repr(x)}`).join(", ")}}`;
    case "bytes": return bytesRepr(v.v);
    case "bdict": return "{...}";
  }
}

const ops: PercentOps<V> = {
  isTuple: (v) => v.k === "tuple",
  tupleItems: (v) => (v.k === "tuple" ? v.items : []),
  isMapping: (v) => v.k === "dict" || v.k === "list",
  getItem: (m, key) => {
    if (m.k !== "dict") return raise("TypeError", "list indices must be integers or slices, not str");
    const hit = m.entries.find(([k2]) => k2 === key);
    return hit ? hit[1] : raise("KeyError", strRepr(key));
  },
  str: (v) => (v.k === "str" ? v.v : repr(v)),
  repr,
  ascii: (v) => repr(v).replace(/[^\x00-\x7f]/gu, (c) => { const cp = c.codePointAt(0)!; return cp < 256 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 65536 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`; }),
  typeName: (v) => ({ int: "int", float: "float", str: "str", bool: "bool", none: "NoneType", tuple: "tuple", list: "list", dict: "dict", bytes: "bytes", bdict: "dict" })[v.k],
  asInt: (v) => (v.k === "int" ? v.v : v.k === "bool" ? (v.v ? 1 : 0) : null),
  isNumber: (v) => v.k === "int" || v.k === "float" || v.k === "bool",
  index: (v) => (v.k === "int" ? v.v : v.k === "bool" ? (v.v ? 1 : 0) : null),
  toInt: (v) => (v.k === "float" ? floatToInt(v.v) : v.k === "int" ? v.v : v.k === "bool" ? (v.v ? 1 : 0) : raise("TypeError", "bad")),
  toFloat: (v) => {
    if (v.k === "float") return v.v;
    if (v.k === "int") return typeof v.v === "number" ? v.v : Number.isFinite(Number(v.v)) ? Number(v.v) : raise("OverflowError", "int too large to convert to float");
    if (v.k === "bool") return v.v ? 1 : 0;
    return raise("TypeError", `must be real number, not ${ops.typeName(v)}`);
  },
  asChar: (v) => (v.k === "str" && Array.from(v.v).length === 1 ? v.v : null),
};

function grid(): Case[] {
  const cs: Case[] = [];
  const flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#", "- "];
  const widths = ["", "1", "8"];
  const precs = ["", ".0", ".2", ".5", ".20"];
  const values: V[] = [i(0), i(42), i(-42), i(255), i(10n ** 25n), i(-(2n ** 70n)), f(0), f(-0), f(3.14159), f(-2.5), f(0.125), f(1e20), f(1.5e-7), f(Infinity), f(-Infinity), f(NaN), TRUE, s("hi"), s("\u00e9t\u00e9"), NONE];
  for (const conv of ["d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "s", "r", "a", "c"]) {
    for (const fl of flags) for (const w of widths) for (const p of precs) {
      if ((fl.length + w.length + p.length) % 3 === 1 && conv !== "d" && conv !== "f") continue; // thin the grid
      const fmt = `[%${fl}${w}${p}${conv}]`;
      for (const v of values) cs.push({ py: `${JSON.stringify(fmt)} % (${py(v)},)`, js: () => S(percentFormat(fmt, t(v), ops)) });
    }
  }
  return cs;
}

function structure(): Case[] {
  const cases: [string, V][] = [
    ["%5%", t()], ["%5%", t(i(1))], ["%%", t()], ["%d %d", t(i(1))], ["%d", t(i(1), i(2))], ["%(a)s", d([["a", i(1)]])], ["%(a)s", i(5)], ["%(a)s %s", d([["a", i(1)]])],
    ["%s", d([["a", i(1)]])], ["%(a", d([["a", i(1)]])], ["%(a(b))s", d([["a(b)", i(1)]])], ["%", t()], ["%5", i(5)], ["%y", i(5)], ["abc%", t()], ["%ld %hd %Ld", t(i(1), i(2), i(3))],
    ["%s", t()], ["%s", t(t())], ["%s", { k: "list", items: [i(1), i(2)] }], ["%s %s", { k: "list", items: [i(1), i(2)] }], ["%*d", t(i(5), i(3))], ["%-*d", t(i(5), i(3))], ["%*d", t(i(-5), i(3))],
    ["%.*f", t(i(2), f(3.14159))], ["%.*f", t(i(-2), f(3.14159))], ["%*d", t(s("a"), i(3))], ["%*s", t(i(10n ** 20n), s("a"))], ["%.*s", t(i(10n ** 20n), s("a"))], ["%99999999999999999999d", i(1)],
    ["%.99999999999999999999d", i(1)], ["%.2147483648d", i(1)], ["%z", i(1)], ["%\u1234", i(1)], ["%(a)", d([["a", i(1)]])], ["%()s", d([["", i(3)]])], ["%s%(a)s", d([["a", i(1)]])],
    ["%(a)s%s", d([["a", i(1)]])], ["x", d([])], ["x", d([["a", i(1)]])], ["x", t()], ["x", i(5)], ["x", { k: "list", items: [] }], ["%(a)*d", d([["a", i(1)]])], ["%(x)s", d([])],
    ["%(x)d%%", d([["x", i(5)]])], ["%c", f(1.5)], ["%c", s("ab")], ["%c", s("")], ["%c", i(-1)], ["%c", i(0x110000)], ["%c", i(10n ** 30n)], ["%c", s("\u{1f600}")], ["%5c|%-5c|", t(i(65), s("z"))],
    ["%d", s("x")], ["%x", f(1.5)], ["%o", f(3.0)], ["%d", f(1.9)], ["%d", f(-1.9)], ["%i", NONE], ["%e", s("a")], ["%e", NONE], ["%f", i(10n ** 400n)], ["%d", f(NaN)], ["%d", f(Infinity)],
    ["%s %s", t(i(1), i(2), i(3))], ["%x", s("a")], ["%.3s", f(1.23456)], ["%5s|", s("\u00e9")], ["%5s|", s("\u{1f600}")], ["%.100f", f(1.5)], ["%.0e", i(12345)], ["%#.3g", f(0)], ["%.3g", f(2.5e-5)],
    ["%*s", t(i(2n ** 62n), s("a"))], ["%d", i(10n ** 5000n)], ["%x", i(10n ** 5000n)],
  ];
  return cases.map(([fmt, v]) => ({ py: `${JSON.stringify(fmt)} % ${py(v)}`, js: () => S(percentFormat(fmt, v, ops)) }));
}

const bops: BytesPercentOps<V> = {
  ...ops,
  isMapping: (v) => v.k === "bdict" || v.k === "dict" || v.k === "list",
  getItem: (m, key) => {
    const k = String.fromCharCode(...key);
    if (m.k !== "bdict") return raise("KeyError", bytesRepr(key));
    const hit = m.entries.find(([k2]) => k2 === k);
    return hit ? hit[1] : raise("KeyError", bytesRepr(key));
  },
  bytesOf: (v) => (v.k === "bytes" ? v.v : null),
  asByte: (v) => (v.k === "bytes" && v.v.length === 1 ? v.v[0] : null),
};

const b = (t: string): V => ({ k: "bytes", v: Uint8Array.from(t, (c) => c.charCodeAt(0)) });

function bytesCases(): Case[] {
  const cases: [string, V][] = [
    ["%s", b("ab")], ["%s", s("ab")], ["%b", s("ab")], ["%s", i(5)], ["%r", s("\u00e9")], ["%a", s("\u00e9")], ["%r", b("x")], ["%c", i(65)], ["%c", i(256)], ["%c", b("a")], ["%c", b("ab")],
    ["%c", s("a")], ["%d", i(5)], ["%5.2f|", f(1.5)], ["%x", i(255)], ["%(a)s", { k: "bdict", entries: [["a", b("v")]] }], ["%(a)s", d([["a", b("v")]])], ["%y", i(1)], ["%\xff", i(1)], ["%\x01", i(1)],
    ["%d", s("x")], ["%s", NONE], ["%.1s", b("abc")], ["%5s|", b("ab")], ["%-5b|", b("ab")], ["%i", f(3.5)], ["%c", i(-1)], ["%d %d", t(i(1))], ["%", t()], ["%s", t(b("a"), b("b"))], ["%05s", b("a")],
    ["%s and %r and %d%%", t(b("\xff\x00"), b("'q'"), i(-3))], ["\x80%s\xff", b("\x80")],
  ];
  return cases.map(([fmt, v]) => ({
    py: `${JSON.stringify(fmt)}.encode('latin-1') % ${py(v)}`,
    js: () => Y(percentFormatBytes(Uint8Array.from(fmt, (c) => c.charCodeAt(0)), v, bops)),
  }));
}

oracleSuite("percent-format against python3", [
  ["bytes % args", bytesCases],
  ["conversion grid", grid],
  ["arguments, keys and errors", structure],
]);
