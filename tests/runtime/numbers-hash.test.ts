// hash.ts against python3 for the types whose hash is not randomized.
import { intHash, floatHash, complexHash, tupleHash, frozensetHash, strHash, bytesHash } from "../../src/runtime/hash.js";
import { normInt, type PyInt } from "../../src/runtime/int-ops.js";
import { oracleSuite, I, Bo, pyFloat, pyInt, type Case } from "./numbers-oracle.js";
import { describe, expect, it } from "vitest";

const ints: PyInt[] = [0, 1, -1, -2, 2 ** 53 - 1, -(2 ** 53 - 1), normInt(2n ** 61n - 1n), normInt(2n ** 61n - 2n), normInt(2n ** 61n), normInt(-(2n ** 61n) + 1n), normInt(2n ** 64n + 12345n), normInt(-(10n ** 40n)), normInt(2n ** 122n - 2n ** 61n)];
const floats = [0, -0, 1, -1, 0.5, -0.5, 1.5, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, Infinity, -Infinity, 0.1, -2.5, 2 ** 60, 2 ** 61, 2 ** 61 - 2 ** 9, 123.456, 1 / 3];

function cases(): Case[] {
  const cs: Case[] = [];
  for (const n of ints) cs.push({ py: `hash(${pyInt(n)})`, js: () => I(intHash(n)) });
  for (const x of floats) cs.push({ py: `hash(${pyFloat(x)})`, js: () => I(floatHash(x)) });
  for (const x of floats.slice(0, 12)) for (const y of [0, -0, 1, -1.5, 1e300]) cs.push({ py: `hash(complex(${pyFloat(x)}, ${pyFloat(y)}))`, js: () => I(complexHash(x, y)) });
  const tuples: PyInt[][] = [[], [1], [1, 2], [-1], [-2], [0, 0, 0], ints, [normInt(2n ** 61n)]];
  for (const tu of tuples) cs.push({ py: `hash((${tu.map(pyInt).join(", ")}${tu.length === 1 ? "," : ""}))`, js: () => I(tupleHash(tu.map(intHash))) });
  cs.push({ py: `hash(((1, 2), (3.5, -1)))`, js: () => I(tupleHash([tupleHash([1, 2].map(intHash)), tupleHash([floatHash(3.5), intHash(-1)])])) });
  for (const fs of [[], [1], [1, 2, 3], [-1], ints]) cs.push({ py: `hash(frozenset([${fs.map(pyInt).join(", ")}]))`, js: () => I(frozensetHash(fs.map(intHash))) });
  cs.push({ py: `hash(frozenset([frozenset([1]), 2.5]))`, js: () => I(frozensetHash([frozensetHash([intHash(1)]), floatHash(2.5)])) });
  // Random tuples of ints of every size (the 64-bit lane arithmetic).
  let seed = 99;
  const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  for (let k = 0; k < 300; k++) {
    const n = Math.floor(r() * 6);
    const items: PyInt[] = [];
    for (let j = 0; j < n; j++) {
      const bits = Math.floor(r() * 70);
      let v = BigInt(Math.floor(r() * 2 ** 30)) * BigInt(Math.floor(r() * 2 ** 30)) * BigInt(Math.floor(r() * 2 ** 10) + 1);
      v = v % (1n << BigInt(bits + 1));
      items.push(normInt(r() < 0.5 ? -v : v));
    }
    cs.push({ py: `hash((${items.map(pyInt).join(", ")}${items.length === 1 ? "," : ""}))`, js: () => I(tupleHash(items.map(intHash))) });
    const fv = (r() - 0.5) * 2 ** Math.floor(r() * 80 - 20);
    cs.push({ py: `hash(((${items.map(pyInt).join(", ")}${items.length === 1 ? "," : ""}), ${pyFloat(fv)}))`, js: () => I(tupleHash([tupleHash(items.map(intHash)), floatHash(fv)])) });
  }
  // Equal numbers hash equal across types.
  cs.push({ py: `hash(2**61 + 5) == hash(float(2**61 + 5))`, js: () => Bo(intHash(normInt(2n ** 61n + 5n)) === floatHash(Number(2n ** 61n + 5n))) });
  return cs;
}

oracleSuite("hash against python3", [["numbers, tuples, frozensets", cases]]);

describe("str/bytes hash properties", () => {
  it("empty is 0, latin-1 str equals bytes, distinct strings differ", () => {
    expect(strHash("")).toBe(0);
    expect(bytesHash(new Uint8Array())).toBe(0);
    expect(strHash("abc\u00e9")).toBe(bytesHash(Uint8Array.from([97, 98, 99, 0xe9])));
    const seen = new Set<PyInt>();
    for (let k = 0; k < 20000; k++) seen.add(strHash(`key${k}`));
    expect(seen.size).toBe(20000);
    expect(Number.isSafeInteger(strHash("\u{1f600}"))).toBe(true);
  });
});
