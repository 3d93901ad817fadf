// bytes/bytearray methods against CPython, including every error message.
import { describe, expect, it } from "vitest";
import * as B from "../../src/runtime/bytes-methods.js";
import { bytesArg, compare, type Case, type Impl } from "./text-oracle.js";

const raw = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const SAMPLES = ["", "a", "abc", "aaa", "Hello World", "  spaced \t out \x0b\x0c ", "a,b,,c,", "\x1c\x1d x\x85\xa0y", "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cend\n",
  "tab\there\tx\n\tyy\r\tz", "123", "ABC", "Title Case Words", "they're bill's", "mIxEd CaSe", "-42", "+7", "\xe9\xff\x00\x80", "caf\xe9 CAF\xc9"];
const SUBS = ["", "a", "b", "ab", " ", "l", "\n", "\xe9"];
const RANGES: unknown[][] = [[], [1], [-2], [0, -1], [2, 100], [-100, 3], [null, 2], [5, 1], [100]];
const BIG = { $int: "18446744073709551616" };
const b = (s: string) => bytesArg(raw(s));

function cases(): Case[] {
  const out: Case[] = [];
  for (const s of SAMPLES) {
    const x = b(s);
    for (const m of ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]) {
      for (const sub of SUBS) for (const r of RANGES) out.push([`bytes.${m}`, x, b(sub), ...r]);
    }
    for (const m of ["find", "rfind", "index", "rindex", "count"]) for (const n of [97, 0, 255, 256, -1]) out.push([`bytes.${m}`, x, n]);
    out.push(["bytes.startswith", x, { $tuple: [b("x"), b("a")] }], ["bytes.endswith", x, { $tuple: [b("c"), b("")] }, 1]);
    for (const [o, n] of [["", "-"], ["a", "XY"], ["l", ""], [" ", "_"]]) for (const c of [[], [0], [1], [-5], [BIG]]) out.push(["bytes.replace", x, b(o), b(n), ...c]);
    for (const sep of [null, " ", ",", "", "ab", "\n"]) {
      for (const mx of [[], [-1], [0], [1], [2], [BIG]]) out.push(["bytes.split", x, sep === null ? null : b(sep), ...mx], ["bytes.rsplit", x, sep === null ? null : b(sep), ...mx]);
      if (sep !== null) out.push(["bytes.partition", x, b(sep)], ["bytes.rpartition", x, b(sep)]);
    }
    out.push(["bytes.splitlines", x], ["bytes.splitlines", x, true]);
    for (const ch of [null, "", " ", "a", "lo1\n"]) for (const m of ["strip", "lstrip", "rstrip"]) out.push(ch === null ? [`bytes.${m}`, x] : [`bytes.${m}`, x, b(ch)]);
    for (const w of [-1, 0, 5, 10, 11, BIG]) {
      for (const m of ["center", "ljust", "rjust"]) out.push([`bytes.${m}`, x, w], [`bytes.${m}`, x, w, b("*")], [`bytes.${m}`, x, w, b("ab")]);
      out.push(["bytes.zfill", x, w]);
    }
    for (const t of [[], [8], [0], [-1], [1], [4], [{ $int: "1099511627776" }]]) out.push(["bytes.expandtabs", x, ...t]);
    for (const m of ["lower", "upper", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]) out.push([`bytes.${m}`, x]);
    for (const p of ["", "a", "ab", "H", "Hello"]) out.push(["bytes.removeprefix", x, b(p)], ["bytes.removesuffix", x, b(p)]);
    out.push(["bytes.hex", x], ["bytes.hex", x, ":"], ["bytes.hex", x, "-", 2], ["bytes.hex", x, b("_"), -2], ["bytes.hex", x, " ", 3], ["bytes.hex", x, "::"],
      ["bytes.hex", x, ""], ["bytes.hex", x, "\xe9"], ["bytes.hex", x, "x", 0], ["bytes.hex", x, ".", -100]);
    out.push(["bytes.translate", x, null, b("a ")], ["bytes.translate", x, bytesArg(Array.from({ length: 256 }, (_, i) => 255 - i))], ["bytes.translate", x, b("short")]);
  }
  for (const h of ["", "00", "0a0B ff", " 01 02 ", "0g", "a", "01 0", "\u00e9", "1 2", "\t01\n02\x0b", "0\u{1f600}", "\x1c01", "abcdef0123456789ABCDEF"]) out.push(["bytes.fromhex", h]);
  for (const sep of ["", ", "]) for (const items of [[], ["a"], ["a", "b", "\xff"]]) out.push(["bytes.join", b(sep), items.map(b)]);
  out.push(["bytes.maketrans", b("ab"), b("xy")], ["bytes.maketrans", b("ab"), b("c")]);
  return out;
}

const impls: Record<string, Impl> = {
  "bytes.find": B.bytesFind, "bytes.rfind": B.bytesRfind, "bytes.index": B.bytesIndex, "bytes.rindex": B.bytesRindex, "bytes.count": B.bytesCount,
  "bytes.startswith": B.bytesStartswith, "bytes.endswith": B.bytesEndswith, "bytes.replace": B.bytesReplace,
  "bytes.split": B.bytesSplit, "bytes.rsplit": B.bytesRsplit, "bytes.partition": B.bytesPartition, "bytes.rpartition": B.bytesRpartition,
  "bytes.splitlines": B.bytesSplitlines, "bytes.strip": B.bytesStrip, "bytes.lstrip": B.bytesLstrip, "bytes.rstrip": B.bytesRstrip,
  "bytes.center": B.bytesCenter, "bytes.ljust": B.bytesLjust, "bytes.rjust": B.bytesRjust, "bytes.zfill": B.bytesZfill, "bytes.expandtabs": B.bytesExpandtabs,
  "bytes.lower": B.bytesLower, "bytes.upper": B.bytesUpper, "bytes.swapcase": B.bytesSwapcase, "bytes.title": B.bytesTitle, "bytes.capitalize": B.bytesCapitalize,
  "bytes.isalnum": B.bytesIsalnum, "bytes.isalpha": B.bytesIsalpha, "bytes.isascii": B.bytesIsascii, "bytes.isdigit": B.bytesIsdigit,
  "bytes.islower": B.bytesIslower, "bytes.isspace": B.bytesIsspace, "bytes.istitle": B.bytesIstitle, "bytes.isupper": B.bytesIsupper,
  "bytes.removeprefix": B.bytesRemoveprefix, "bytes.removesuffix": B.bytesRemovesuffix, "bytes.hex": B.bytesHex, "bytes.translate": B.bytesTranslate,
  "bytes.fromhex": B.bytesFromhex, "bytes.join": B.bytesJoin, "bytes.maketrans": B.bytesMaketrans,
};

describe("bytes methods match CPython", () => {
  const all = cases();
  const { got, want } = compare(all, impls);
  const CH = 2000;
  for (let i = 0; i < all.length; i += CH) {
    it(`cases ${i}..${Math.min(all.length, i + CH) - 1}`, () => expect(got.slice(i, i + CH)).toEqual(want.slice(i, i + CH)));
  }
});
