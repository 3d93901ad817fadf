// dict methods and views (Objects/dictobject.c).
import { PyObject, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyDict } from "./dict.js";
import { PyList, PyTuple, PySet, tuple } from "./containers.js";
import { method, kwmethod } from "./descriptors.js";
import { pyRepr, pyEqBool, reprEnter, reprLeave, typeName, callSpecial, typeOf, bindDescr, contains } from "./ops.js";
import type { PyType } from "./type.js";
import { installGenericNew } from "./generic-new.js";
import { getIter, toArray, HashIter, iterType, nativeIter } from "./iter.js";
import { ctors } from "./klass.js";
import { EXC, newExc } from "./exceptions.js";
import { getattr } from "./attributes.js";
import { callv } from "./call.js";

const D = (v: PyValue): PyDict => v as PyDict;

export function keyError(k: PyValue): never {
  throw newExc(EXC.KeyError, [k]);
}

/** d[k], with __missing__ for dict subclasses. */
export function dictGet(d: PyDict, k: PyValue): PyValue {
  const v = d.t.get(k);
  if (v !== undefined) return v;
  if (d.$cls !== T.dict) {
    const r = callSpecial(d, "__missing__", [k]);
    if (r !== undefined) return r;
  }
  return keyError(k);
}

/** Update `d` from a mapping or an iterable of pairs (dict_update_arg). */
export function dictUpdate(d: PyDict, src: PyValue): void {
  // dict_merge: a dict whose type keeps dict's __iter__ is read directly; an __eq__
  // that changes its size on the way is an error
  if (src instanceof PyDict && (src.$cls === T.dict || src.$cls.lookup("__iter__") === T.dict.attrs.get("__iter__"))) {
    if (d.size === 0 && d !== src) {
      d.t.copyFrom(src.t, (_k, v) => v);
      return;
    }
    const n = src.size;
    for (const [k, v] of src.t.m) {
      d.t.setFrom(src.t, k, v);
      if (src.size !== n) raise("RuntimeError", "dict mutated during update");
    }
    return;
  }
  if (src !== null && typeof src === "object" && src.$cls.lookup("keys") != null) {
    for (const k of toArray(callv(getattr(src, "keys"), [], null))) d.set(k, callSpecial(src, "__getitem__", [k])!);
    return;
  }
  const it = getIter(src);
  let i = 0;
  for (let item = it.$next(); item !== undefined; item = it.$next(), i++) {
    let pair: PyValue[];
    try {
      pair = toArray(item);
    } catch (e) {
      if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.TypeError)) raise("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) raise("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

export function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return "{...}";
  try {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(pyRepr(k) + ": " + pyRepr(v));
    return "{" + parts.join(", ") + "}";
  } finally {
    reprLeave(d);
  }
}

export function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  // dict_equal: each key looked up in b with the hash a keeps for it
  for (const [n, v] of a.t.m) {
    const w = b.t.getFrom(a.t, n);
    if (w === undefined || !pyEqBool(v, w)) return false;
  }
  return true;
}

const dt = T.dict;
installGenericNew(dt);
method(dt, "__repr__", 0, 0, (s) => dictRepr(D(s)));
method(dt, "__len__", 0, 0, (s) => D(s).size);
method(dt, "__iter__", 0, 0, (s) => nativeIter(s as PyObject)!);
method(dt, "__getitem__", 1, 1, (s, k) => dictGet(D(s), k));
method(dt, "__setitem__", 2, 2, (s, k, v) => (D(s).set(k, v), null));
method(dt, "__delitem__", 1, 1, (s, k) => {
  if (!D(s).t.delete(k)) keyError(k);
  return null;
});
method(dt, "__contains__", 1, 1, (s, k) => D(s).t.has(k));
method(dt, "__eq__", 1, 1, (s, o) => (o instanceof PyDict ? dictEq(D(s), o) : NotImplemented));
method(dt, "__ne__", 1, 1, (s, o) => (o instanceof PyDict ? !dictEq(D(s), o) : NotImplemented));
method(dt, "__or__", 1, 1, (s, o) => {
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = new PyDict();
  dictUpdate(d, s);
  dictUpdate(d, o);
  return d;
});
method(dt, "__ior__", 1, 1, (s, o) => (dictUpdate(D(s), o), s));
dt.attrs.set("__hash__", null);
kwmethod(dt, "__init__", (args, kw) => {
  const d = D(args[0]);
  if (args.length > 2) raise("TypeError", `dict expected at most 1 argument, got ${args.length - 1}`);
  if (args.length === 2) dictUpdate(d, args[1]);
  if (kw) for (const [k, v] of kw) d.setStr(k, v);
  return null;
});
method(dt, "get", 1, 2, (s, k, dflt) => {
  const v = D(s).t.get(k);
  return v !== undefined ? v : dflt === undefined ? null : dflt;
});
method(dt, "setdefault", 1, 2, (s, k, dflt) => {
  return D(s).t.setDefault(k, dflt === undefined ? null : dflt);
});
method(dt, "pop", 1, 2, (s, k, dflt) => {
  const d = D(s);
  const v = d.t.get(k);
  if (v !== undefined) {
    d.t.delete(k);
    return v;
  }
  if (dflt !== undefined) return dflt;
  return keyError(k);
});
method(dt, "popitem", 0, 0, (s) => {
  const d = D(s);
  if (d.size === 0) raise("KeyError", "popitem(): dictionary is empty");
  const last = [...d.t.m.keys()].pop();
  const k = d.t.keyOf(last);
  const v = d.t.m.get(last)!;
  d.t.delete(k);
  return tuple([k, v]);
});
method(dt, "__reversed__", 0, 0, (s) => getIter(new PyList(D(s).t.keys().reverse())));
method(dt, "keys", 0, 0, (s) => new DictView(D(s), 0));
method(dt, "values", 0, 0, (s) => new DictView(D(s), 1));
method(dt, "items", 0, 0, (s) => new DictView(D(s), 2));
method(dt, "clear", 0, 0, (s) => (D(s).t.clear(), null));
method(dt, "copy", 0, 0, (s) => {
  const d = new PyDict();
  dictUpdate(d, s);
  return d;
});
kwmethod(dt, "update", (args, kw) => {
  const d = D(args[0]);
  if (args.length > 1) dictUpdate(d, args[1]);
  if (kw) for (const [k, v] of kw) d.setStr(k, v);
  return null;
});
const fromkeys = (cls: PyValue, it: PyValue, v?: PyValue): PyValue => {
  const d = cls === T.dict ? new PyDict() : callv(cls, [], null);
  const val = v === undefined ? null : v;
  // dictobject.c _PyDict_FromKeys: an exact dict is filled directly, anything else
  // cls() returned through its __setitem__
  if (d instanceof PyDict && d.$cls === T.dict) {
    // a set or an exact dict gives its keys with their hashes (no __hash__ call)
    if (d.size === 0 && (it instanceof PySet || (it instanceof PyDict && it.$cls === T.dict))) {
      d.t.copyFrom(it.t, () => val);
      return d;
    }
    for (const k of toArray(it)) d.set(k, val);
    return d;
  }
  const f = typeOf(d).lookup("__setitem__");
  if (f == null) raise("TypeError", `'${typeName(d)}' object does not support item assignment`);
  const set = bindDescr(f, d);
  const iter = getIter(it);
  for (let k = iter.$next(); k !== undefined; k = iter.$next()) callv(set, [k, val], null);
  return d;
};
import { PyClassMethod } from "./property.js";
import { classMethod, staticMethod } from "./descriptors.js";
classMethod(dt, "fromkeys", 1, 2, fromkeys);
ctors.set(dt, (args, kwnames) => {
  const d = new PyDict();
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) raise("TypeError", `dict expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdate(d, args[0]);
  if (kwnames) kwnames.forEach((k, i) => d.setStr(k, args[npos + i]));
  return d;
});

// ---- views ----
export class DictView extends PyObject {
  constructor(readonly d: PyDict, readonly kind: 0 | 1 | 2) {
    super();
    this.$cls = kind === 0 ? T.dict_keys : kind === 1 ? T.dict_values : T.dict_items;
  }
}
const viewItems = (v: DictView): PyValue[] => {
  const out: PyValue[] = [];
  for (const [k, x] of v.d.entries()) out.push(v.kind === 0 ? k : v.kind === 1 ? x : tuple([k, x]));
  return out;
};
const ITER_NAMES = ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator"];
for (const [t, name] of [[T.dict_keys, "dict_keys"], [T.dict_values, "dict_values"], [T.dict_items, "dict_items"]] as const) {
  method(t, "__iter__", 0, 0, (s) => {
    const v = s as DictView;
    const h = new HashIter(v.d.t, v.kind, "dictionary");
    h.$cls = iterType(ITER_NAMES[v.kind]);
    return h;
  });
  method(t, "__len__", 0, 0, (s) => (s as DictView).d.size);
  method(t, "__repr__", 0, 0, (s) => `${name}([${viewItems(s as DictView).map(pyRepr).join(", ")}])`);
  method(t, "__contains__", 1, 1, (s, x) => {
    const v = s as DictView;
    if (v.kind === 0) return v.d.t.has(x);
    if (v.kind === 1) return viewItems(v).some((y) => pyEqBool(y, x));
    if (!(x instanceof PyTuple) || x.a.length !== 2) return false;
    const w = v.d.t.get(x.a[0]);
    return w !== undefined && pyEqBool(w, x.a[1]);
  });
  method(t, "__reversed__", 0, 0, (s) => getIter(new PyList(viewItems(s as DictView).reverse())));
  if (t !== T.dict_values) installSetLikeView(t);
}

// ---- dict_keys and dict_items as sets (dictobject.c dictview_richcompare,
// dictviews_sub/and/or/xor, dictviews_isdisjoint) ----
const isSetLike = (v: PyValue): boolean => v instanceof PySet || (v instanceof DictView && v.kind !== 1);
const sizeOf = (v: PyValue): number => (v instanceof DictView ? v.d.size : (v as PySet).t.size);
/** all_contained_in: every item of `a` is `in` b (through b's own __contains__) */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let x = it.$next(); x !== undefined; x = it.$next()) if (!contains(b, x)) return false;
  return true;
}
/** set(first), then updated by the operation with `other` (any iterable) */
const setOf = (v: PyValue): PySet => {
  const st = new PySet(false);
  const it = getIter(v);
  for (let x = it.$next(); x !== undefined; x = it.$next()) st.t.set(x, x);
  return st;
};
function viewOp(op: string, a: PyValue, b: PyValue): PyValue {
  const r = setOf(a);
  callv(getattr(r, op), [b], null);
  return r;
}
function installSetLikeView(t: PyType): void {
  const cmp = (name: string, f: (s: PyValue, o: PyValue) => boolean) =>
    method(t, name, 1, 1, (s, o) => (isSetLike(o) ? f(s, o) : NotImplemented));
  cmp("__eq__", (s, o) => sizeOf(s) === sizeOf(o) && allContainedIn(s, o));
  cmp("__ne__", (s, o) => !(sizeOf(s) === sizeOf(o) && allContainedIn(s, o)));
  cmp("__lt__", (s, o) => sizeOf(s) < sizeOf(o) && allContainedIn(s, o));
  cmp("__le__", (s, o) => sizeOf(s) <= sizeOf(o) && allContainedIn(s, o));
  cmp("__gt__", (s, o) => sizeOf(s) > sizeOf(o) && allContainedIn(o, s));
  cmp("__ge__", (s, o) => sizeOf(s) >= sizeOf(o) && allContainedIn(o, s));
  // the number slots serve both operand orders: `{2} | d.keys()` is set({2}) | keys
  for (const [name, op] of [["sub", "difference_update"], ["and", "intersection_update"], ["or", "update"], ["xor", "symmetric_difference_update"]] as const) {
    method(t, `__${name}__`, 1, 1, (s, o) => viewOp(op, s, o));
    method(t, `__r${name}__`, 1, 1, (s, o) => viewOp(op, o, s));
  }
  method(t, "isdisjoint", 1, 1, (s, o) => {
    const it = getIter(o);
    for (let x = it.$next(); x !== undefined; x = it.$next()) if (contains(s, x)) return false;
    return true;
  });
}
export { typeName };
