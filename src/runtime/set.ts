// set and frozenset (Objects/setobject.c).
import type { PyValue, PyObject } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PySet } from "./containers.js";
import { method } from "./descriptors.js";
import { pyRepr, reprEnter, reprLeave, pyHash, typeName } from "./ops.js";
import { getIter, toArray, nativeIter } from "./iter.js";
import { ctors } from "./klass.js";
import { EXC, newExc } from "./exceptions.js";

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

function items(v: PyValue): PyValue[] {
  return v instanceof PySet ? v.t.keys() : toArray(v);
}
const isSet = (v: PyValue): v is PySet => v instanceof PySet;
const like = (s: PySet, out: PyValue[]): PySet => newSet(out, s.frozen);

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
const subset = (a: PySet, b: PySet): boolean => a.t.size <= b.t.size && a.t.keys().every((k) => b.t.has(k));

for (const t of [T.set, T.frozenset]) {
  const isFrozen = t === T.frozenset;
  method(t, "__repr__", 0, 0, (s) => setRepr(S(s)));
  method(t, "__len__", 0, 0, (s) => S(s).t.size);
  method(t, "__iter__", 0, 0, (s) => nativeIter(s as PyObject)!);
  method(t, "__contains__", 1, 1, (s, v) => {
    try {
      return S(s).t.has(v);
    } catch (e) {
      if (v instanceof PySet && !v.frozen) return S(s).t.has(newSet(v.t.keys(), true));
      throw e;
    }
  });
  method(t, "__eq__", 1, 1, (s, o) => (isSet(o) ? S(s).t.size === o.t.size && subset(S(s), o) : NotImplemented));
  method(t, "__ne__", 1, 1, (s, o) => (isSet(o) ? !(S(s).t.size === o.t.size && subset(S(s), o)) : NotImplemented));
  method(t, "__le__", 1, 1, (s, o) => (isSet(o) ? subset(S(s), o) : NotImplemented));
  method(t, "__lt__", 1, 1, (s, o) => (isSet(o) ? S(s).t.size < o.t.size && subset(S(s), o) : NotImplemented));
  method(t, "__ge__", 1, 1, (s, o) => (isSet(o) ? subset(o, S(s)) : NotImplemented));
  method(t, "__gt__", 1, 1, (s, o) => (isSet(o) ? o.t.size < S(s).t.size && subset(o, S(s)) : NotImplemented));
  const binop = (name: string, f: (a: PySet, b: PySet) => PyValue[]) => {
    method(t, name, 1, 1, (s, o) => (isSet(o) ? like(S(s), f(S(s), o)) : NotImplemented));
  };
  const and = (a: PySet, b: PySet) => a.t.keys().filter((k) => b.t.has(k));
  const or = (a: PySet, b: PySet) => [...a.t.keys(), ...b.t.keys()];
  const sub = (a: PySet, b: PySet) => a.t.keys().filter((k) => !b.t.has(k));
  const xor = (a: PySet, b: PySet) => [...sub(a, b), ...sub(b, a)];
  binop("__and__", and);
  binop("__or__", or);
  binop("__sub__", sub);
  binop("__xor__", xor);
  binop("__rand__", (a, b) => and(b, a));
  binop("__ror__", (a, b) => or(b, a));
  binop("__rsub__", (a, b) => sub(b, a));
  binop("__rxor__", (a, b) => xor(b, a));
  method(t, "union", 0, Infinity, (s, ...os) => like(S(s), [...S(s).t.keys(), ...os.flatMap(items)]));
  method(t, "intersection", 0, Infinity, (s, ...os) => {
    let cur = S(s).t.keys();
    for (const o of os) {
      const b = newSet(items(o));
      cur = cur.filter((k) => b.t.has(k));
    }
    return like(S(s), cur);
  });
  method(t, "difference", 0, Infinity, (s, ...os) => {
    let cur = S(s).t.keys();
    for (const o of os) {
      const b = newSet(items(o));
      cur = cur.filter((k) => !b.t.has(k));
    }
    return like(S(s), cur);
  });
  method(t, "symmetric_difference", 1, 1, (s, o) => like(S(s), xor(S(s), newSet(items(o)))));
  method(t, "issubset", 1, 1, (s, o) => subset(S(s), newSet(items(o))));
  method(t, "issuperset", 1, 1, (s, o) => subset(newSet(items(o)), S(s)));
  method(t, "isdisjoint", 1, 1, (s, o) => items(o).every((k) => !S(s).t.has(k)));
  method(t, "copy", 0, 0, (s) => (isFrozen ? s : newSet(S(s).t.keys())));
  if (isFrozen) {
    method(t, "__hash__", 0, 0, (s) => {
      let h = 1927868237;
      for (const k of S(s).t.keys()) h ^= Math.imul(pyHash(k) ^ 89869747, 3644798167);
      return h === -1 ? -2 : h | 0;
    });
  }
}
const st = T.set;
st.attrs.set("__hash__", null);
method(st, "__init__", 0, 1, (s, it) => {
  S(s).t.clear();
  if (it !== undefined) for (const x of items(it)) S(s).t.set(x, x);
  return null;
});
method(st, "add", 1, 1, (s, v) => (S(s).t.set(v, v), null));
method(st, "remove", 1, 1, (s, v) => {
  if (!S(s).t.delete(v)) throw newExc(EXC.KeyError, [v]);
  return null;
});
method(st, "discard", 1, 1, (s, v) => (S(s).t.delete(v), null));
method(st, "pop", 0, 0, (s) => {
  const t = S(s).t;
  if (t.size === 0) raise("KeyError", "pop from an empty set");
  const k = t.keys()[0];
  t.delete(k);
  return k;
});
method(st, "clear", 0, 0, (s) => (S(s).t.clear(), null));
method(st, "update", 0, Infinity, (s, ...os) => {
  for (const o of os) for (const x of items(o)) S(s).t.set(x, x);
  return null;
});
method(st, "intersection_update", 0, Infinity, (s, ...os) => {
  for (const o of os) {
    const b = newSet(items(o));
    for (const k of S(s).t.keys()) if (!b.t.has(k)) S(s).t.delete(k);
  }
  return null;
});
method(st, "difference_update", 0, Infinity, (s, ...os) => {
  for (const o of os) for (const k of items(o)) S(s).t.delete(k);
  return null;
});
method(st, "symmetric_difference_update", 1, 1, (s, o) => {
  for (const k of newSet(items(o)).t.keys()) {
    if (S(s).t.has(k)) S(s).t.delete(k);
    else S(s).t.set(k, k);
  }
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
  return newSet(args.length ? items(args[0]) : []);
});
ctors.set(T.frozenset, (args, kwnames) => {
  if (kwnames) raise("TypeError", "frozenset() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `frozenset expected at most 1 argument, got ${args.length}`);
  if (args.length && args[0] instanceof PySet && args[0].frozen) return args[0];
  return newSet(args.length ? items(args[0]) : [], true);
});
export { typeName };
