// `_bisect`: the bisection functions in TypeScript. bisect.py imports them when present,
// as CPython's bisect does with its C accelerator (and import_fresh_module(...,
// blocked=['_bisect']) still gets the Python versions). Written from the documentation of
// the bisect module; argument errors are CPython's (black-box checked against python3).
import type { PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { kwbuiltin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyList } from "../runtime/containers.js";
import { T } from "../runtime/types.js";
import { typeName, isIndex, indexValue, asInt } from "../runtime/ops.js";
import { normInt } from "../runtime/int-ops.js";
import { less } from "./heapq-native.js";
import { getitem, lenValue } from "../runtime/rt.js";
import { callv } from "../runtime/call.js";
import { callMethod } from "../runtime/attributes.js";
import type { PyBuiltin } from "../runtime/function.js";

const PARAMS = ["a", "x", "lo", "hi"];

/** The item at i: an exact list is read directly, anything else through __getitem__. */
function itemAt(a: PyValue, i: number): PyValue {
  if (a instanceof PyList && a.$cls === T.list) {
    if (i >= a.a.length) raise("IndexError", "list index out of range");
    return a.a[i];
  }
  return getitem(a, i);
}

/** A Py_ssize_t argument (lo, or hi when not None), with CPython's conversion errors;
 * a bigint beyond 2**53 stays exact (test_bisect searches range(sys.maxsize)). */
function ssize(v: PyValue): number | bigint {
  if (!isIndex(v)) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = typeof v === "bigint" ? v : asInt(v) ?? indexValue(v, true);
  if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n))) raise("OverflowError", "Python int too large to convert to C ssize_t");
  return n;
}

interface Parsed {
  a: PyValue;
  x: PyValue;
  lo: number | bigint;
  /** -1: len(a) */
  hi: number | bigint;
  key: PyValue;
}

/** Argument clinic of bisect_*(a, x, lo=0, hi=None, *, key=None). */
function parse(fname: string, args: PyValue[], kw: Map<string, PyValue> | null): Parsed {
  const given = args.length + (kw?.size ?? 0);
  if (given > 5) raise("TypeError", `${fname}() takes at most 5 arguments (${given} given)`);
  if (args.length > 4) raise("TypeError", `${fname}() takes at most 4 positional arguments (${args.length} given)`);
  const slots: (PyValue | undefined)[] = [args[0], args[1], args[2], args[3]];
  let key: PyValue = null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = PARAMS.indexOf(k);
      if (k === "key") key = v;
      else if (i < 0) raise("TypeError", `'${k}' is an invalid keyword argument for ${fname}()`);
      else if (i < args.length) raise("TypeError", `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      else slots[i] = v;
    }
  }
  if (slots[0] === undefined) raise("TypeError", `${fname}() missing required argument 'a' (pos 1)`);
  if (slots[1] === undefined) raise("TypeError", `${fname}() missing required argument 'x' (pos 2)`);
  const lo = slots[2] === undefined ? 0 : ssize(slots[2]);
  const hiArg = slots[3] ?? null;
  let hi: number | bigint;
  if (hiArg === null) hi = -1;
  else if (!isIndex(hiArg)) raise("TypeError", `argument should be integer or None, not '${typeName(hiArg)}'`);
  else hi = ssize(hiArg);
  return { a: slots[0], x: slots[1], lo, hi, key };
}

/** The search itself (internal_bisect_left/right): `right` puts x after equal items. */
function search(p: Parsed, x: PyValue, right: boolean): number | bigint {
  if (p.lo < 0) raise("ValueError", "lo must be non-negative");
  const hi = p.hi === -1 ? (lenValue(p.a) as number | bigint) : p.hi;
  if (typeof hi === "bigint" || typeof p.lo === "bigint") return searchBig(p, x, right, BigInt(p.lo), BigInt(hi));
  let lo = p.lo, h = hi;
  const a = p.a, key = p.key;
  while (lo < h) {
    const mid = Math.floor((lo + h) / 2);
    let item = itemAt(a, mid);
    if (key !== null) item = callv(key, [item], null);
    if (right ? less(x, item) : !less(item, x)) h = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The same search with indices beyond 2**53, exact. */
function searchBig(p: Parsed, x: PyValue, right: boolean, lo: bigint, hi: bigint): number | bigint {
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    let item = getitem(p.a, normInt(mid));
    if (p.key !== null) item = callv(p.key, [item], null);
    if (right ? less(x, item) : !less(item, x)) hi = mid;
    else lo = mid + 1n;
  }
  return normInt(lo);
}

function bisectWith(fname: string, args: PyValue[], kw: Map<string, PyValue> | null, right: boolean): number | bigint {
  const p = parse(fname, args, kw);
  return search(p, p.x, right);
}

function insert(a: PyValue, i: number | bigint, x: PyValue): void {
  if (a instanceof PyList && a.$cls === T.list && typeof i === "number") a.a.splice(i, 0, x);
  else callMethod(a, "insert", [i, x], null);
}

function named(b: PyBuiltin): PyBuiltin {
  b.module = "_bisect";
  return b;
}

registerModule("_bisect", (m) => {
  const d = m.$dict!;
  d.setStr("bisect_right", named(kwbuiltin("bisect_right", (args, kw) => bisectWith("bisect_right", args, kw, true))));
  d.setStr("bisect_left", named(kwbuiltin("bisect_left", (args, kw) => bisectWith("bisect_left", args, kw, false))));
  for (const [name, right] of [["insort_right", true], ["insort_left", false]] as const) {
    d.setStr(name, named(kwbuiltin(name, (args, kw) => {
      const p = parse(name, args, kw);
      // with a key, the new item's key is what is searched for
      const probe = p.key === null ? p.x : callv(p.key, [p.x], null);
      insert(p.a, search(p, probe, right), p.x);
      return null;
    })));
  }
});
