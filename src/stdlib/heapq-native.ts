// `_heapq`: the heap primitives of heapq in TypeScript (heapq.py imports them when
// present, as CPython's heapq does with its C accelerator). Same algorithm as the
// Python versions in src/stdlib/lib/heapq.py, so heap layouts are identical; items
// are compared with `<` only.
import type { PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyList } from "../runtime/containers.js";
import { richCompare, truthy, typeName } from "../runtime/ops.js";
import { PyBuiltin } from "../runtime/function.js";

/** a < b as a boolean (bisect-native shares it) */
export function less(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return truthy(richCompare(a, b, "Lt"));
}

function listArg(fname: string, v: PyValue, what = "argument 1"): PyValue[] {
  if (!(v instanceof PyList)) raise("TypeError", `${fname}() ${what} must be list, not ${typeName(v)}`);
  return (v as PyList).a;
}

/** Move a[pos] up towards `start` while it is smaller than its parent. A comparison
 * may run Python code that shrinks the list: re-check the bounds after each one. */
function floatUp(a: PyValue[], start: number, pos: number, lt: (x: PyValue, y: PyValue) => boolean): void {
  const item = a[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    const above = a[parent];
    const smaller = lt(item, above);
    if (pos >= a.length) raise("RuntimeError", "list changed size during iteration");
    if (!smaller) break;
    a[pos] = above;
    pos = parent;
  }
  a[pos] = item;
}

/** Sink a[pos] to a leaf along the smaller children, then float it back up. */
function sink(a: PyValue[], pos: number, lt: (x: PyValue, y: PyValue) => boolean): void {
  const end = a.length;
  const start = pos;
  const item = a[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end) {
      const leftFirst = lt(a[child], a[right]);
      if (a.length !== end) raise("RuntimeError", "list changed size during iteration");
      if (!leftFirst) child = right;
    }
    a[pos] = a[child];
    pos = child;
    child = 2 * pos + 1;
  }
  a[pos] = item;
  floatUp(a, start, pos, lt);
}

const greater = (x: PyValue, y: PyValue): boolean => less(y, x);

registerModule("_heapq", (m) => {
  const d = m.$dict!;
  d.setStr("heappush", builtin("heappush", 2, 2, (h, item) => {
    const a = listArg("heappush", h);
    a.push(item);
    floatUp(a, 0, a.length - 1, less);
    return null;
  }));
  d.setStr("heappop", builtin("heappop", 1, 1, (h) => {
    const a = listArg("heappop", h, "argument");
    if (a.length === 0) raise("IndexError", "index out of range");
    const last = a.pop()!;
    if (a.length === 0) return last;
    const top = a[0];
    a[0] = last;
    sink(a, 0, less);
    return top;
  }));
  d.setStr("heapreplace", builtin("heapreplace", 2, 2, (h, item) => {
    const a = listArg("heapreplace", h);
    if (a.length === 0) raise("IndexError", "index out of range");
    const top = a[0];
    a[0] = item;
    sink(a, 0, less);
    return top;
  }));
  d.setStr("heappushpop", builtin("heappushpop", 2, 2, (h, item) => {
    const a = listArg("heappushpop", h);
    if (a.length === 0 || !less(a[0], item)) return item;
    if (a.length === 0) raise("IndexError", "index out of range");
    const top = a[0];
    a[0] = item;
    sink(a, 0, less);
    return top;
  }));
  d.setStr("heapify", builtin("heapify", 1, 1, (h) => {
    const a = listArg("heapify", h, "argument");
    for (let i = (a.length >> 1) - 1; i >= 0; i--) sink(a, i, less);
    return null;
  }));
  d.setStr("_heapify_max", builtin("_heapify_max", 1, 1, (h) => {
    const a = listArg("_heapify_max", h, "argument");
    for (let i = (a.length >> 1) - 1; i >= 0; i--) sink(a, i, greater);
    return null;
  }));
  d.setStr("_heapreplace_max", builtin("_heapreplace_max", 2, 2, (h, item) => {
    const a = listArg("_heapreplace_max", h);
    if (a.length === 0) raise("IndexError", "index out of range");
    const top = a[0];
    a[0] = item;
    sink(a, 0, greater);
    return top;
  }));
  d.setStr("_heappop_max", builtin("_heappop_max", 1, 1, (h) => {
    const a = listArg("_heappop_max", h, "argument");
    if (a.length === 0) raise("IndexError", "index out of range");
    const last = a.pop()!;
    if (a.length === 0) return last;
    const top = a[0];
    a[0] = last;
    sink(a, 0, greater);
    return top;
  }));
  // test_heapq checks that the accelerated functions report their module
  for (const v of d.t.m.values()) if (v instanceof PyBuiltin) v.module = "_heapq";
});
