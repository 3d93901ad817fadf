// str methods against CPython over many strings: non-BMP characters, lone surrogates,
// combining marks, Python's whitespace and line-break sets, and every error message.
import { describe, expect, it } from "vitest";
import * as S from "../../src/runtime/str-methods.js";
import { compare, type Case, type Impl } from "./text-oracle.js";

const STRINGS = [
  "", "a", "abc", "aaa", "Hello World", "  spaced  out  ", "a,b,,c,", "ab\u00df", "\u01c6ungla \u01c5 \u01c4",
  "\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3", "a\u03a3", "\u03a3", "A\u03a3.", "A\u03a3'B", "A\u03a3\u0345", "\u0130stanbul",
  "\ufb01re", "\u{1f600} emoji \u{1f600}x", "a\ud800b", "\udc00x\ud800", "e\u0301cole", "\u{10400}\u{10428}",
  "\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000 x\u200b",
  "l1\nl2\r\nl3\rl4\vl5\fl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029end\n", "\r\n\n\r", "tab\there\tx\n\tyy\r\t\u{1f600}\tz",
  "123", "\u00b2\u00b3", "\u00bd", "\u4e00\u4e8c\u4e09", "\u0663\u0664", "ABC", "Title Case Words", "hello world", "mIxEd CaSe",
  "-42", "+7", "\u1f80\u1fb3 \u1f88", "\ufb00", "\u0149", "_id", "1id", "a-b", "\u210c", "\u00b5\u0130\u0131", "they're bill's",
  "\u02b0a", "A\u02b0B", "\u03a3A", "A\u03a3 B", "\u1f48\u03a3", "A.\u03a3", "A\u03a3\u03a3", "\u03a3\u0345\u03a3", "xn\u0300N", "\u{1d7ce}\u{1d7d8}",
];

const SUBS = ["", "a", "b", "ab", "\u{1f600}", "\ud800", "\ude00", "\ud83d", " ", "\u03a3", "l", "\n"];
const RANGES: unknown[][] = [[], [1], [-2], [0, -1], [2, 100], [-100, 3], [null, 2], [5, 1], [100], [{ $int: "99999999999999999999" }], [0, { $int: "-99999999999999999999" }]];
const BIG = { $int: "18446744073709551616" };

function cases(): Case[] {
  const out: Case[] = [];
  for (const s of STRINGS) {
    for (const m of ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]) {
      for (const sub of SUBS) for (const r of RANGES) out.push([`str.${m}`, s, sub, ...r]);
    }
    out.push(["str.startswith", s, { $tuple: ["x", "a", "\u{1f600}"] }], ["str.endswith", s, { $tuple: ["c", ""] }, 1], ["str.endswith", s, { $tuple: [] }]);
    for (const [o, n] of [["", "-"], ["a", "XY"], ["\u{1f600}", "!"], ["\ud800", "?"], ["\ude00", "?"], ["l", ""], ["\u03a3", "s"]]) {
      for (const c of [[], [0], [1], [2], [-5], [BIG]]) out.push(["str.replace", s, o, n, ...c]);
    }
    for (const sep of [null, " ", ",", "", "\u{1f600}", "ab", "\u03a3", "\n", "\ud800"]) {
      for (const mx of [[], [-1], [0], [1], [2], [BIG], [{ $int: "-18446744073709551616" }]]) {
        out.push(["str.split", s, sep, ...mx], ["str.rsplit", s, sep, ...mx]);
      }
      if (sep !== null) out.push(["str.partition", s, sep], ["str.rpartition", s, sep]);
    }
    out.push(["str.splitlines", s], ["str.splitlines", s, true], ["str.splitlines", s, false]);
    for (const ch of [null, "", " ", "a", "\u{1f600}x", "\ud800", "\u03a3 ", "lo1"]) {
      for (const m of ["strip", "lstrip", "rstrip"]) out.push(ch === null ? [`str.${m}`, s] : [`str.${m}`, s, ch]);
    }
    for (const w of [-1, 0, 5, 10, 11, BIG]) {
      for (const m of ["center", "ljust", "rjust"]) {
        out.push([`str.${m}`, s, w]);
        for (const f of ["*", "\u{1f600}", "ab", "", "\udc80"]) out.push([`str.${m}`, s, w, f]);
      }
      out.push(["str.zfill", s, w]);
    }
    for (const t of [[], [8], [0], [-1], [1], [4], [{ $int: "1099511627776" }]]) out.push(["str.expandtabs", s, ...t]);
    for (const m of ["lower", "upper", "casefold", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdecimal",
      "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]) out.push([`str.${m}`, s]);
    for (const p of ["", "a", "ab", "\ud83d", "\u{1f600}", "H", "Hello"]) out.push(["str.removeprefix", s, p], ["str.removesuffix", s, p]);
    out.push(["ascii", s], ["len", s], ["list", s], ["ord", s]);
    for (const f of ["NFC", "NFD", "NFKC", "NFKD"]) out.push(["unicodedata.normalize", f, s], ["unicodedata.is_normalized", f, s]);
    if (S.cpLength(s) === 1) out.push(["unicodedata.category", s], ["unicodedata.decimal", s], ["unicodedata.decimal", s, null]);
    for (const t of [...SUBS, "\uffff", "\ue000", "\u{10000}", "\ud83d\ude01", "\ud83e", "a\u{1f600}", "a\ud83dx"]) {
      out.push(["contains", s, t], ["cmp", s, t], ["cmp", t, s], ["cmp", s + t, s + "\ufffd"], ["cmp", s + "\ud83d", s + t]);
    }
    for (const i of [0, 1, -1, -2, 3, 100, -100]) out.push(["getitem", s, i]);
    for (const sl of [[null, null, -1], [1, null], [null, -1], [1, 4], [null, null, 2], [-1, 0, -2], [10, 2, -3], [0, 100, 3], [null, null, 0]]) out.push(["slice", s, ...sl]);
    out.push(["str.translate", s, { $dict: [[97, "A\u{1f600}"], [98, null], [0x3a3, 0x3c3], [0x1f600, 120], [32, "__"]] }]);
  }
  for (const sep of ["", ", ", "\u{1f600}", "\ud800"]) {
    for (const items of [[], ["a"], ["a", "b", "\udc00"], ["", ""]]) out.push(["str.join", sep, items]);
  }
  out.push(
    ["str.translate", "abc", { $dict: [[97, 0x110000]] }], ["str.translate", "abc", { $dict: [[97, -1]] }],
    ["str.maketrans", { $dict: [["a", 1], [98, "x"], ["\u{1f600}", null]] }], ["str.maketrans", { $dict: [["ab", 1]] }],
    ["str.maketrans", "abc", "xyz"], ["str.maketrans", "aba", "xyz", "q\u{1f600}a"], ["str.maketrans", "ab", "c"],
    ["str.maketrans", "\u{1f600}", "\ud800"], ["str.maketrans", { $dict: [[true, 1], ["b", 2], [1, 3]] }],
    ["str.expandtabs", "a\tb", { $int: "-3000000000" }],
    ["unicodedata.normalize", "nfc", "a"], ["unicodedata.normalize", "NFKC", "\ufb01\u{11f00}\u0301e\u0301\u{1e030}\u1100\u1161\u11a8"],
    ["unicodedata.normalize", "NFD", "\u00e9\u{11f00}\u00e9\u{16d40}\uac00"], ["unicodedata.normalize", "NFC", "e" + "\u0301".repeat(5000) + "e\u0301"],
    ["unicodedata.normalize", "NFC", "A\u030a".repeat(3000)],
    ["chr", 0], ["chr", 0x10ffff], ["chr", 0x110000], ["chr", -1], ["chr", 0xd800], ["chr", 2 ** 31], ["chr", -(2 ** 31) - 1], ["chr", { $int: "-99999999999999999999" }],
    ["indices", 10, null, null, null], ["indices", 10, -3, null, -1], ["indices", 5, { $int: "99999999999999999999" }, -100, -2],
    ["indices", 0, 1, 2, 3], ["indices", 7, 1, 5, 0],
  );
  return out;
}

// random strings over characters where the rules have corners
const POOL = ["a", "Z", " ", "\t", "\n", "\r", "\x1c", "\x85", "\xa0", "\u2028", "\u3000", "\u03a3", "\u03c3", "\u0345", "'", ".", "\u0301",
  "\u00df", "\u01c5", "\u01c6", "\u0130", "\u1f88", "\ufb03", "\u{1f600}", "\ud800", "\udc00", "\u{10400}", "\u00b2", "\u2155", "\u4e94", "5", "_", "\u02b0", "\u{1d7d9}"];
let seed = 777;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
function randomCases(): Case[] {
  const out: Case[] = [];
  for (let k = 0; k < 400; k++) {
    const s = Array.from({ length: rand(8) }, () => POOL[rand(POOL.length)]).join("");
    const t = Array.from({ length: 1 + rand(2) }, () => POOL[rand(POOL.length)]).join("");
    for (const m of ["lower", "upper", "casefold", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isdecimal", "isdigit", "isidentifier",
      "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines", "strip", "expandtabs"]) out.push([`str.${m}`, s]);
    out.push(["str.find", s, t], ["str.rfind", s, t, 1], ["str.count", s, t], ["str.split", s, t], ["str.rsplit", s, t, 1], ["str.replace", s, t, "-"],
      ["str.strip", s, t], ["str.partition", s, t], ["contains", s, t], ["cmp", s, t], ["len", s], ["slice", s, 1, null, 2], ["str.center", s, 9, "\u{1f600}"]);
  }
  return out;
}

type Entries = Array<[unknown, unknown]>;
const dict = (e: Entries) => new Map(e);
const impls: Record<string, Impl> = {
  "str.find": S.strFind, "str.rfind": S.strRfind, "str.index": S.strIndex, "str.rindex": S.strRindex, "str.count": S.strCount,
  "str.startswith": S.strStartswith, "str.endswith": S.strEndswith, "str.replace": S.strReplace,
  "str.split": S.strSplit, "str.rsplit": S.strRsplit, "str.partition": S.strPartition, "str.rpartition": S.strRpartition,
  "str.splitlines": S.strSplitlines, "str.strip": S.strStrip, "str.lstrip": S.strLstrip, "str.rstrip": S.strRstrip,
  "str.center": S.strCenter, "str.ljust": S.strLjust, "str.rjust": S.strRjust, "str.zfill": S.strZfill, "str.expandtabs": S.strExpandtabs,
  "str.lower": S.strLower, "str.upper": S.strUpper, "str.casefold": S.strCasefold, "str.swapcase": S.strSwapcase,
  "str.title": S.strTitle, "str.capitalize": S.strCapitalize, "str.isalnum": S.strIsalnum, "str.isalpha": S.strIsalpha,
  "str.isascii": S.strIsascii, "str.isdecimal": S.strIsdecimal, "str.isdigit": S.strIsdigit, "str.isidentifier": S.strIsidentifier,
  "str.islower": S.strIslower, "str.isnumeric": S.strIsnumeric, "str.isprintable": S.strIsprintable, "str.isspace": S.strIsspace,
  "str.istitle": S.strIstitle, "str.isupper": S.strIsupper, "str.removeprefix": S.strRemoveprefix, "str.removesuffix": S.strRemovesuffix,
  "str.join": S.strJoin,
  "unicodedata.normalize": S.udNormalize, "unicodedata.is_normalized": S.udIsNormalized, "unicodedata.category": S.udCategory,
  "unicodedata.decimal": S.udDecimal,
  contains: S.strContains, cmp: S.strCompare, ord: S.pyOrd, chr: S.pyChr,
  ascii: S.asciiRepr, len: S.cpLength, list: (s: string) => [...S.cpIter(s)], getitem: S.pyIndex, slice: S.pySlice,
  indices: (n: number, a: S.OptIndex, b: S.OptIndex, c: S.OptIndex) => S.sliceIndices(n, a, b, c).slice(0, 3),
  "str.translate": (s: string, table: Entries) => {
    const m = dict(table);
    return S.strTranslate(s, (c) => (m.has(c) ? (m.get(c) as string | number | null) : undefined));
  },
  "str.maketrans": (x: string | Entries, y?: string, z?: string) =>
    dict(typeof x === "string" ? S.strMaketrans(x, y!, z) : S.strMaketransDict(x)),
};

describe("str methods match CPython", () => {
  const all = [...cases(), ...randomCases()];
  const { got, want } = compare(all, impls);
  // split into chunks so a failure report stays readable
  const CH = 2000;
  for (let i = 0; i < all.length; i += CH) {
    it(`cases ${i}..${Math.min(all.length, i + CH) - 1}`, () => expect(got.slice(i, i + CH)).toEqual(want.slice(i, i + CH)));
  }
});
