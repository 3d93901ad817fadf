// set and frozenset (Objects/setobject.c).
import type { PyValue, PyObject } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PySet } from "./containers.js";
import { PyDict } from "./dict.js";
import { installGenericNew } from "./generic-new.js";
import { method, kwmethod } from "./descriptors.js";
import { pyRepr, reprEnter, reprLeave, pyHash, typeName } from "./ops.js";
import { getIter, toArray, nativeIter } from "./iter.js";
import { ctors } from "./klass.js";
import { EXC, newExc, PyBaseException } from "./exceptions.js";
import { LayoutMap } from "./set-layout.js";

const S = (v: PyValue): PySet => v as PySet;

export function newSet(items: PyValue[], frozen = false): PySet {
  const s = new PySet(frozen);
  if (frozen) s.$cls = T.frozenset;
  for (const x of items) s.t.set(x, x);
  return s;
}
export function setAdd(s: PySet, v: PyValue): void {
  s.t.set(v, v);
}

/** setobject.c set_contains/set_discard_key: an unhashable set is looked up as the
 * frozenset of its items (PySet_Check: set and its subclasses, not frozenset). */
function asFrozenKey(e: unknown, v: PyValue): PySet {
  if (v instanceof PySet && !v.frozen && e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.TypeError)) return newSet(v.t.keys(), true);
  throw e;
}
export function setHas(s: PySet, v: PyValue): boolean {
  try {
    return s.t.has(v);
  } catch (e) {
    return s.t.has(asFrozenKey(e, v));
  }
}
function setDelete(s: PySet, v: PyValue): boolean {
  try {
    return s.t.delete(v);
  } catch (e) {
    return s.t.delete(asFrozenKey(e, v));
  }
}

/** A set or an exact dict: its keys come with the hashes its table keeps
 * (set_update_internal, set_difference... take this path for PyAnySet/PyDict_CheckExact). */
type Table = PySet | PyDict;
const hasTable = (v: PyValue): v is Table => v instanceof PySet || (v instanceof PyDict && v.$cls === T.dict);
/** the model of CPython's table kept by a set's Map (set-layout.ts) */
const layoutMap = (s: PySet): LayoutMap | null => (s.t.m instanceof LayoutMap && s.t.m.layout !== null ? s.t.m : null);
/** set_update_internal: add every item of `v` to `s` */
function fill(s: PySet, v: PyValue): void {
  if (hasTable(v)) {
    // set_merge / the dict case: one resize for all the new keys first; an empty set
    // copied from a set of the same table size without dummies takes its exact layout
    const lm = layoutMap(s);
    lm?.layout!.presize(v.t.size);
    const src = v instanceof PySet ? layoutMap(v) : null;
    const exact = lm !== null && src !== null && s.t.size === 0 && lm.layout!.mask === src.layout!.mask && src.layout!.fill === src.layout!.used;
    // an exact copy takes the layout afterwards: no need to model each insertion
    if (exact) lm.paused = true;
    try {
      if (s.t.size === 0 && s.t !== v.t) s.t.copyFrom(v.t, (k) => k);
      else for (const n of [...v.t.m.keys()]) s.t.setFrom(v.t, n, v.t.keyOf(n));
    } finally {
      if (exact) lm.paused = false;
    }
    if (exact) {
      lm.layout = src.layout!.clone();
      lm.dirty = true;
    }
    return;
  }
  for (const x of toArray(v)) s.t.set(x, x);
}
/** A set display of constants, or (`iter`) a constant set iterated by a `for` or
 * comprehension. CPython folds it into a frozenset constant (compile.c
 * starunpack_helper for more than two items, ast_opt.c fold_iter), which the compiler
 * rebuilds from its own iteration order when it stores the constant
 * (merge_consts_recursive); a display then copies it into a new set (SET_UPDATE). */
export function constSet(items: PyValue[], iter: boolean): PySet {
  const folded = newSet(newSet(items, true).t.keys(), true);
  return iter ? folded : copyOf(folded, false);
}
/** set_copy: a new set (or frozenset) filled from `a` as set_merge does */
function copyOf(a: PySet, frozen: boolean): PySet {
  const r = newSet([], frozen);
  fill(r, a);
  return r;
}
function fromIterable(v: PyValue, frozen: boolean): PySet {
  const s = newSet([], frozen);
  fill(s, v);
  return s;
}
/** the entries (Map keys) of `a` that `b` holds or lacks, looked up with a's hashes */
const entries = (a: PySet): unknown[] => [...a.t.m.keys()];
const keep = (a: PySet, b: Table, want: boolean): PyValue[] => entries(a).filter((n) => b.t.hasFrom(a.t, n) === want).map((n) => a.t.keyOf(n));

function items(v: PyValue): PyValue[] {
  return v instanceof PySet ? v.t.keys() : toArray(v);
}
const isSet = (v: PyValue): v is PySet => v instanceof PySet;

/** set_or / set_union: a copy of `a` updated with each of `os` */
function union(a: PySet, os: PyValue[], frozen: boolean): PySet {
  const r = copyOf(a, frozen);
  for (const o of os) fill(r, o);
  return r;
}
/** set_intersection: over the smaller set (the other one when sizes tie), or over an
 * iterable's items in their order */
function intersect(a: PySet, o: PyValue, frozen: boolean): PySet {
  if (o instanceof PySet) {
    const [over, other] = o.t.size > a.t.size ? [a, o] : [o, a];
    return newSet(keep(over, other, true), frozen);
  }
  const r = newSet([], frozen);
  for (const k of items(o)) if (a.t.has(k)) r.t.set(k, k);
  return r;
}
/** set_difference: a copy with the other's keys discarded when `a` is over four times
 * bigger (or `o` is neither a set nor a dict), else `a`'s keys the other lacks */
function difference(a: PySet, o: PyValue, frozen: boolean): PySet {
  if (hasTable(o) && a.t.size >> 2 <= o.t.size) return newSet(keep(a, o, false), frozen);
  const r = copyOf(a, frozen);
  for (const k of items(o)) setDelete(r, k);
  return r;
}
/** set_symmetric_difference: a set made from the other, updated with `a` */
function symmetric(a: PySet, o: PyValue, frozen: boolean): PySet {
  const r = newSet([], frozen);
  fill(r, o);
  symmetricUpdate(r, a);
  return r;
}
/** set_symmetric_difference_update: each key of `src` (in its table order) is
 * discarded from `s`, or added when it was not there */
function symmetricUpdate(s: PySet, src: Table): void {
  const t = s.t;
  for (const n of [...src.t.m.keys()]) {
    if (t.hasFrom(src.t, n)) t.deleteFrom(src.t, n);
    else t.setFrom(src.t, n, src.t.keyOf(n));
  }
}

function setRepr(s: PySet): string {
  const name = s.$cls.name;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    const ks = s.t.keys();
    if (s.frozen || s.$cls !== T.set) {
      if (ks.length === 0) return `${name}()`;
      return `${name}({${ks.map(pyRepr).join(", ")}})`;
    }
    if (ks.length === 0) return "set()";
    return "{" + ks.map(pyRepr).join(", ") + "}";
  } finally {
    reprLeave(s);
  }
}
const subset = (a: PySet, b: PySet): boolean => a.t.size <= b.t.size && entries(a).every((n) => b.t.hasFrom(a.t, n));

const frozenHashes = new WeakMap<PySet, number>();
for (const t of [T.set, T.frozenset]) {
  const isFrozen = t === T.frozenset;
  method(t, "__repr__", 0, 0, (s) => setRepr(S(s)));
  method(t, "__len__", 0, 0, (s) => S(s).t.size);
  method(t, "__iter__", 0, 0, (s) => nativeIter(s as PyObject)!);
  method(t, "__contains__", 1, 1, (s, v) => setHas(S(s), v));
  method(t, "__eq__", 1, 1, (s, o) => (isSet(o) ? S(s).t.size === o.t.size && subset(S(s), o) : NotImplemented));
  method(t, "__ne__", 1, 1, (s, o) => (isSet(o) ? !(S(s).t.size === o.t.size && subset(S(s), o)) : NotImplemented));
  method(t, "__le__", 1, 1, (s, o) => (isSet(o) ? subset(S(s), o) : NotImplemented));
  method(t, "__lt__", 1, 1, (s, o) => (isSet(o) ? S(s).t.size < o.t.size && subset(S(s), o) : NotImplemented));
  method(t, "__ge__", 1, 1, (s, o) => (isSet(o) ? subset(o, S(s)) : NotImplemented));
  method(t, "__gt__", 1, 1, (s, o) => (isSet(o) ? o.t.size < S(s).t.size && subset(o, S(s)) : NotImplemented));
  // each result is built with CPython's sequence of insertions (setobject.c), which
  // decides its iteration order (set-layout.ts)
  const binop = (name: string, f: (a: PySet, b: PySet, frozen: boolean) => PySet) => {
    method(t, name, 1, 1, (s, o) => (isSet(o) ? f(S(s), o, S(s).frozen) : NotImplemented));
  };
  binop("__and__", (a, b, fz) => intersect(a, b, fz));
  binop("__or__", (a, b, fz) => union(a, [b], fz));
  binop("__sub__", (a, b, fz) => difference(a, b, fz));
  binop("__xor__", (a, b, fz) => symmetric(a, b, fz));
  binop("__rand__", (a, b, fz) => intersect(b, a, fz));
  binop("__ror__", (a, b, fz) => union(b, [a], fz));
  binop("__rsub__", (a, b, fz) => difference(b, a, fz));
  binop("__rxor__", (a, b, fz) => symmetric(b, a, fz));
  method(t, "union", 0, Infinity, (s, ...os) => union(S(s), os, S(s).frozen));
  method(t, "intersection", 0, Infinity, (s, ...os) => {
    if (os.length === 0) return copyOf(S(s), S(s).frozen);
    let cur = S(s);
    for (const o of os) cur = intersect(cur, o, S(s).frozen);
    return cur;
  });
  method(t, "difference", 0, Infinity, (s, ...os) => {
    if (os.length === 0) return copyOf(S(s), S(s).frozen);
    const r = difference(S(s), os[0], S(s).frozen);
    for (const o of os.slice(1)) for (const k of items(o)) setDelete(r, k);
    return r;
  });
  method(t, "symmetric_difference", 1, 1, (s, o) => symmetric(S(s), o, S(s).frozen));
  method(t, "issubset", 1, 1, (s, o) => subset(S(s), o instanceof PySet ? o : fromIterable(o, false)));
  method(t, "issuperset", 1, 1, (s, o) => subset(o instanceof PySet ? o : fromIterable(o, false), S(s)));
  method(t, "isdisjoint", 1, 1, (s, o) => items(o).every((k) => !S(s).t.has(k)));
  // frozenset.copy() is the frozenset itself only for the exact type
  method(t, "copy", 0, 0, (s) => (isFrozen && S(s).$cls === T.frozenset ? s : fromIterable(s, isFrozen)));
  if (isFrozen) {
    // the shape of frozenset_hash (also Set._hash in collections.abc), in 32 bits: each
    // item's hash is shuffled so that nested or similar sets spread, the xor of them is
    // mixed with the size and scrambled so that the low bits vary too
    method(t, "__hash__", 0, 0, (s) => {
      // cached like frozenset's own hash field: nested frozensets would otherwise be
      // hashed again at every level
      const cached = frozenHashes.get(S(s));
      if (cached !== undefined) return cached;
      let h = 0;
      for (const k of S(s).t.keys()) {
        const hk = pyHash(k);
        h ^= Math.imul(hk ^ 89869747 ^ (hk << 16), 3644798167 | 0);
      }
      h ^= Math.imul(S(s).t.size + 1, 1927868237);
      h ^= (h >>> 11) ^ (h >>> 25);
      h = (Math.imul(h, 69069) + 907133923) | 0;
      if (h === -1) h = 590923713;
      frozenHashes.set(S(s), h);
      return h;
    });
  }
}
const st = T.set;
// set_new: keywords only when a subclass's own __init__ takes them
installGenericNew(st, (cls) => cls === st || cls.lookup("__init__") === st.attrs.get("__init__"));
st.attrs.set("__hash__", null);
// set_init refuses keywords with set()'s own message
kwmethod(st, "__init__", (args, kw) => {
  if (kw !== null && kw.size > 0) raise("TypeError", "set() takes no keyword arguments");
  if (args.length > 2) raise("TypeError", `set expected at most 1 argument, got ${args.length - 1}`);
  const s = S(args[0]);
  s.t.clear();
  if (args.length > 1) fill(s, args[1]);
  return null;
});
method(st, "add", 1, 1, (s, v) => (S(s).t.set(v, v), null));
method(st, "remove", 1, 1, (s, v) => {
  if (!setDelete(S(s), v)) throw newExc(EXC.KeyError, [v]);
  return null;
});
method(st, "discard", 1, 1, (s, v) => (setDelete(S(s), v), null));
method(st, "pop", 0, 0, (s) => {
  const t = S(s).t;
  if (t.size === 0) raise("KeyError", "pop from an empty set");
  // set_pop: from the table's finger on, when the set models CPython's table
  const lm = layoutMap(S(s));
  if (lm !== null) {
    const n = lm.layout!.popKey();
    const k = t.keyOf(n);
    lm.paused = true;
    try {
      t.delete(k);
    } finally {
      lm.paused = false;
    }
    lm.dirty = true;
    return k;
  }
  const k = t.keys()[0];
  t.delete(k);
  return k;
});
method(st, "clear", 0, 0, (s) => (S(s).t.clear(), null));
method(st, "update", 0, Infinity, (s, ...os) => {
  for (const o of os) fill(S(s), o);
  return null;
});
method(st, "intersection_update", 0, Infinity, (s, ...os) => {
  // set_intersection_update: the set takes the body of the intersection (its layout too)
  if (os.length === 0) return null;
  let cur = S(s);
  for (const o of os) cur = intersect(cur, o, false);
  const t = S(s).t;
  t.clear();
  fill(S(s), cur);
  const lm = layoutMap(S(s)), from = layoutMap(cur);
  if (lm !== null && from !== null) {
    lm.layout = from.layout!.clone();
    lm.dirty = true;
  }
  return null;
});
method(st, "difference_update", 0, Infinity, (s, ...os) => {
  for (const o of os) for (const k of items(o)) S(s).t.delete(k);
  return null;
});
method(st, "symmetric_difference_update", 1, 1, (s, o) => {
  if (o === s) return S(s).t.clear(), null;
  symmetricUpdate(S(s), hasTable(o) ? o : fromIterable(o, false));
  return null;
});
for (const [name, f] of [["__ior__", "update"], ["__iand__", "intersection_update"], ["__isub__", "difference_update"], ["__ixor__", "symmetric_difference_update"]] as const) {
  method(st, name, 1, 1, (s, o) => {
    if (!isSet(o)) return NotImplemented;
    (st.attrs.get(f) as unknown as { $fn: (...a: PyValue[]) => PyValue }).$fn(s, o);
    return s;
  });
}
ctors.set(T.set, (args, kwnames) => {
  if (kwnames) raise("TypeError", "set() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `set expected at most 1 argument, got ${args.length}`);
  return args.length ? fromIterable(args[0], false) : newSet([]);
});
ctors.set(T.frozenset, (args, kwnames) => {
  if (kwnames) raise("TypeError", "frozenset() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `frozenset expected at most 1 argument, got ${args.length}`);
  if (args.length && args[0] instanceof PySet && args[0].frozen) return args[0];
  return args.length ? fromIterable(args[0], true) : newSet([], true);
});
export { typeName };
