// str.encode / bytes.decode against CPython: every codec and error handler, random and
// hand-picked byte sequences, lone surrogates, codec name aliases and error messages.
import { describe, expect, it } from "vitest";
import { codecInfoName, decode, encode, lookupCodec } from "../../src/runtime/codecs.js";
import { bytesArg, compare, type Case } from "./text-oracle.js";

const CODECS = ["utf-8", "utf-8-sig", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"];
const ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "bogus"];

// a small deterministic generator, so failures reproduce
let seed = 12345;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

function randomBytes(): number[] {
  const pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff, 0xfe, 0xd8, 0xdc, 0xdb, 0x11, 0x10];
  const n = rand(9);
  return Array.from({ length: n }, () => (rand(3) === 0 ? rand(256) : pool[rand(pool.length)]));
}

const STRINGS = ["", "abc", "caf\u00e9", "\u0100\u0101", "\u20ac", "\u{1f600}", "a\ud800b", "\udc80\udcff", "\udc80x\ud800\udcff", "\ud800\ud801a",
  "x\udfff", "\u00ff\u0100\u{10ffff}", "\ufeffbom"];

function cases(): Case[] {
  const out: Case[] = [];
  for (const c of CODECS) {
    for (const e of ERRORS) {
      for (const s of STRINGS) out.push(["str.encode", s, c, e]);
      for (let k = 0; k < 150; k++) out.push(["bytes.decode", bytesArg(randomBytes()), c, e]);
    }
  }
  const fixed = [[0xff], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xed, 0xb2, 0x80, 0x41], [0xf4, 0x90, 0x80, 0x80],
    [0xe0, 0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [0xff, 0xfe, 0x41, 0x00], [0xfe, 0xff, 0x00, 0x41], [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0],
    [0, 0, 0xfe, 0xff, 0, 0, 0, 0x41], [0x00, 0xd8, 0x00, 0xdc], [0x00, 0xd8, 0x41], [0x00, 0xd8], [0x41]];
  for (const b of fixed) for (const c of CODECS) for (const e of ERRORS) out.push(["bytes.decode", bytesArg(b), c, e]);
  for (const name of ["utf8", "UTF-8", "U8", "utf_8", " utf 8 ", "latin1", "Latin-1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "l1", "us-ascii",
    "ASCII", "646", "utf16", "UTF-16LE", "utf_16_be", "utf-32", "utf32le", "utf-8-sig", "UTF8-SIG", "xyz", "", "utf-9", "utf.8", "cp65001"]) {
    out.push(["str.encode", "a\u00e9", name], ["bytes.decode", bytesArg([0x61]), name], ["codec", name]);
  }
  out.push(["str.encode", "x"], ["bytes.decode", bytesArg("h\u00e9llo")]);
  return out;
}

const impls = {
  "str.encode": (s: string, enc?: string, err?: string) => encode(s, enc, err),
  "bytes.decode": (b: Uint8Array, enc?: string, err?: string) => decode(b, enc, err),
  codec: (name: string) => codecInfoName(lookupCodec(name)),
};

describe("codecs match CPython", () => {
  const all = cases();
  const { got, want } = compare(all, impls);
  const CH = 2000;
  for (let i = 0; i < all.length; i += CH) {
    it(`cases ${i}..${Math.min(all.length, i + CH) - 1}`, () => expect(got.slice(i, i + CH)).toEqual(want.slice(i, i + CH)));
  }
});
