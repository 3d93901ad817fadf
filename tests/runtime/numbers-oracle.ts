// Shared harness of the numbers-*.test.ts files: a case is a Python expression and a
// JS thunk computing the same thing with pycell's leaf functions. One python3 process
// evaluates every expression of a file; both sides are encoded the same way
// ("i:5", "f:0.1", "E:ValueError: msg", tuples in parentheses) and compared.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { PendingPyError } from "../../src/runtime/raise.js";
import { floatRepr, complexRepr } from "../../src/runtime/repr.js";
import type { PyInt } from "../../src/runtime/int-ops.js";

export type Enc = string;
export interface Case {
  py: string;
  js: () => Enc;
}

const ENCODER = String.raw`
import sys, json, math
def enc(v):
    if isinstance(v, bool): return 'b:' + str(v)
    if isinstance(v, int): return 'i:' + str(v)
    if isinstance(v, float): return 'f:' + repr(v)
    if isinstance(v, complex): return 'c:' + repr(v)
    if isinstance(v, str): return 's:' + v
    if isinstance(v, (bytes, bytearray)): return 'y:' + bytes(v).hex()
    if isinstance(v, tuple): return '(' + ','.join(enc(x) for x in v) + ')'
    if v is None: return 'None'
    return 'r:' + repr(v)
out = []
src = json.load(sys.stdin)
g = {'math': math, 'sys': sys}
exec(src['prelude'], g)
for e in src['exprs']:
    try:
        v = eval(e, g)
        lim = sys.get_int_max_str_digits(); sys.set_int_max_str_digits(0)
        try: r = enc(v)
        finally: sys.set_int_max_str_digits(lim)
    except Exception as ex:
        r = 'E:' + type(ex).__name__ + ': ' + str(ex)
    out.append(r)
json.dump(out, sys.stdout)
`;

export function pyEval(exprs: string[], prelude = ""): Enc[] {
  // A timeout so that an expression CPython cannot finish fails the test instead of
  // hanging the whole run (execFileSync blocks vitest's own timeout).
  const out = execFileSync("python3", ["-c", ENCODER], { input: JSON.stringify({ exprs, prelude }), encoding: "utf8", maxBuffer: 1 << 30, timeout: 180_000 });
  return JSON.parse(out) as Enc[];
}

export const I = (v: PyInt): Enc => `i:${v.toString()}`;
export const F = (v: number): Enc => `f:${floatRepr(v)}`;
export const C = (re: number, im: number): Enc => `c:${complexRepr(re, im)}`;
export const S = (v: string): Enc => `s:${v}`;
export const Bo = (v: boolean): Enc => `b:${v ? "True" : "False"}`;
export const Y = (v: Uint8Array): Enc => `y:${Array.from(v, (x) => x.toString(16).padStart(2, "0")).join("")}`;
export const T = (...xs: Enc[]): Enc => `(${xs.join(",")})`;

export function runJs(f: () => Enc): Enc {
  try {
    return f();
  } catch (e) {
    if (e instanceof PendingPyError) return `E:${e.kind}: ${e.pyMessage}`;
    return `JS-ERROR: ${String(e)}`;
  }
}

/** Evaluates all cases on both sides; returns the mismatches (empty when all agree). */
export function compareAll(cases: Case[], prelude = ""): { py: string; expected: Enc; got: Enc }[] {
  const expected = pyEval(cases.map((c) => c.py), prelude);
  const bad: { py: string; expected: Enc; got: Enc }[] = [];
  cases.forEach((c, k) => {
    const got = runJs(c.js);
    const cut = (t: string) => (t.length > 300 ? t.slice(0, 300) + `…(${t.length})` : t);
    if (got !== expected[k]) bad.push({ py: cut(c.py), expected: cut(expected[k]), got: cut(got) });
  });
  return bad;
}

/** Python source for a JS number as a Python float literal (exact round trip). */
export function pyFloat(x: number): string {
  if (x !== x) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  return `(${floatRepr(x)})`;
}

export function pyInt(x: PyInt): string {
  // Decimal literals beyond 4300 digits are a SyntaxError in 3.11: use hex.
  if (typeof x === "bigint" && (x > 10n ** 4000n || x < -(10n ** 4000n))) return `(${x < 0n ? "-" : ""}0x${(x < 0n ? -x : x).toString(16)})`;
  return `(${x.toString()})`;
}

/** Declares one vitest `it` per group; all groups' expressions go to a single
 * python3 process (run once, before the first test). */
export function oracleSuite(title: string, groups: [string, () => Case[]][], prelude = ""): void {
  const built = groups.map(([name, make]) => [name, make()] as const);
  let expected: Enc[] = [];
  describe(title, () => {
    beforeAll(() => {
      expected = pyEval(built.flatMap(([, cs]) => cs.map((c) => c.py)), prelude);
    });
    let offset = 0;
    for (const [name, cs] of built) {
      const start = offset;
      offset += cs.length;
      it(`${name} (${cs.length} cases)`, () => {
        const bad: { py: string; expected: Enc; got: Enc }[] = [];
        const cut = (t: string) => (t.length > 300 ? t.slice(0, 300) + `…(${t.length})` : t);
        cs.forEach((c, k) => {
          const got = runJs(c.js);
          if (got !== expected[start + k]) bad.push({ py: cut(c.py), expected: cut(expected[start + k]), got: cut(got) });
        });
        expect(bad).toEqual([]);
      });
    }
  });
}
