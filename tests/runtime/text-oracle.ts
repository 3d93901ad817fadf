// Shared by tests/runtime/text-*.test.ts: runs a list of cases through CPython (one
// python3 process per call, see text_oracle.py) and through pycell, in the same JSON
// shape, so a test compares the two lists. TEXT_DIFF=1 prints each mismatching case.
import { execFileSync } from "node:child_process";
import { PendingPyError } from "../../src/runtime/raise.js";

export type Case = [op: string, ...args: unknown[]];
export type Impl = (...args: never[]) => unknown;

const hexOf = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
export const bytesArg = (b: Uint8Array | number[] | string) =>
  ({ $bytes: typeof b === "string" ? hexOf(new TextEncoder().encode(b)) : hexOf(Uint8Array.from(b)) });

/** CPython's results for the cases. */
export function oracle(cases: Case[]): unknown[] {
  const out = execFileSync("python3", ["tests/runtime/text_oracle.py"], { input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(out) as unknown[];
}

function decodeArg(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ("$bytes" in o || "$bytearray" in o) {
      const h = (o.$bytes ?? o.$bytearray) as string;
      return Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
    }
    if ("$int" in o) return BigInt(o.$int as string);
    if ("$tuple" in o) return (o.$tuple as unknown[]).map(decodeArg);
    if ("$dict" in o) return (o.$dict as [unknown, unknown][]).map(([k, x]) => [decodeArg(k), decodeArg(x)]);
  }
  if (Array.isArray(v)) return v.map(decodeArg);
  return v;
}

/** A pycell result in the oracle's JSON shape. Map results stand for dicts. */
export function encodeResult(v: unknown): unknown {
  if (v instanceof Uint8Array) return { $bytes: hexOf(v) };
  if (typeof v === "bigint") return v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : { $int: v.toString() };
  if (v instanceof Map) return { $dict: [...v].map(([k, x]) => [encodeResult(k), encodeResult(x)]) };
  if (Array.isArray(v)) return v.map(encodeResult);
  return v;
}

/** pycell's results for the cases, through the given implementations by op name. */
export function pycell(cases: Case[], impls: Record<string, Impl>): unknown[] {
  return cases.map(([op, ...args]) => {
    const f = impls[op];
    if (!f) throw new Error(`no implementation for ${op}`);
    try {
      return encodeResult((f as (...a: unknown[]) => unknown)(...args.map(decodeArg)));
    } catch (e) {
      if (e instanceof PendingPyError) return { $error: [e.kind, e.pyMessage] };
      throw e;
    }
  });
}

/** Pairs each case with both results, so a failing expect shows the case. */
export function compare(cases: Case[], impls: Record<string, Impl>): { got: unknown[]; want: unknown[] } {
  const want = oracle(cases);
  const got = pycell(cases, impls);
  if (process.env.TEXT_DIFF) {
    console.log(`TEXT_DIFF: ${cases.length} cases`);
    cases.forEach((c, i) => {
      if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) console.log(JSON.stringify(c), "\n  got ", JSON.stringify(got[i]), "\n  want", JSON.stringify(want[i]));
    });
  }
  return {
    got: cases.map((c, i) => [JSON.stringify(c), got[i]]),
    want: cases.map((c, i) => [JSON.stringify(c), want[i]]),
  };
}
