// Type-variable substitution for `list[T][int]` and `(int | list[T])[str]`
// (genericaliasobject.c _Py_make_parameters / _Py_subs_parameters), plus the parts of
// types.GenericAlias that make it a value: ==, hash, pickling and subclassing.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { NotImplemented } from "./types.js";
import { PyTuple, tuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import { pyEqBool, pyHash, pyRepr, typeOf, bitor, typeName } from "./ops.js";
import { genericGetattr, cm1, callMethod } from "./attributes.js";
import { getitem } from "./rt.js";
import { raise } from "./raise.js";
import { PyDict } from "./dict.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod } from "./property.js";
import { PyGenericAlias, genericAliasType } from "./generic-alias.js";
import { PyUnion, unionType } from "./union-type.js";
import { newTarget } from "./generic-new.js";

const isTypeVarLike = (a: PyValue): boolean => typeOf(a).lookup("__typing_subst__") !== undefined;

/** The type variables an argument carries: its own `__parameters__` (nested aliases,
 * unions, typing's aliases); none for classes. */
function nestedParameters(a: PyValue): PyValue[] {
  if (a instanceof PyGenericAlias || a instanceof PyUnion) return makeParameters(a.args);
  if (a instanceof PyType || a === null || typeof a !== "object") return [];
  const p = genericGetattr(a, "__parameters__");
  return p instanceof PyTuple ? p.a : [];
}

/** _Py_make_parameters: type variables among `args`, each once, in order of appearance. */
export function makeParameters(args: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const a of args) {
    if (a instanceof PyType) continue;
    const found = isTypeVarLike(a) ? [a] : nestedParameters(a);
    for (const p of found) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** _Py_subs_parameters: the arguments of `self` with `key` bound to its parameters. */
function substitute(self: PyValue, args: PyValue[], key: PyValue): PyValue[] {
  const params = makeParameters(args);
  if (params.length === 0) raise("TypeError", `${pyRepr(self)} is not a generic class`);
  let items = key instanceof PyTuple ? key.a : [key];
  // TypeVarTuple and ParamSpec regroup the arguments first
  for (const p of params) {
    if (typeOf(p).lookup("__typing_prepare_subst__") === undefined) continue;
    const r = callMethod(p, "__typing_prepare_subst__", [self, tuple(items)], null);
    items = r instanceof PyTuple ? r.a : [r];
  }
  if (items.length !== params.length) {
    raise("TypeError", `Too ${items.length > params.length ? "many" : "few"} arguments for ${pyRepr(self)}; actual ${items.length}, expected ${params.length}`);
  }
  const bound = (p: PyValue): PyValue => items[params.indexOf(p)];
  return args.map((a) => {
    if (a instanceof PyType) return a;
    if (isTypeVarLike(a)) return cm1(a, "__typing_subst__", bound(a));
    const sub = nestedParameters(a);
    if (sub.length === 0) return a;
    return getitem(a, sub.length === 1 ? bound(sub[0]) : tuple(sub.map(bound)));
  });
}

method(genericAliasType, "__getitem__", 1, 1, (s, key) => {
  const g = s as PyGenericAlias;
  return new PyGenericAlias(g.origin, substitute(s, g.args, key));
});
getset(genericAliasType, "__parameters__", (s) => tuple(makeParameters((s as PyGenericAlias).args)));

// unionobject.c union_getitem: the substituted arguments joined again with `|`
method(unionType, "__getitem__", 1, 1, (s, key) => {
  const args = substitute(s, (s as PyUnion).args, key);
  let res = args[0];
  for (let i = 1; i < args.length; i++) res = bitor(res, args[i]);
  return res;
});
getset(unionType, "__parameters__", (s) => tuple(makeParameters((s as PyUnion).args)));

// ga_richcompare: same origin and equal argument tuples (errors from == propagate)
function gaEqual(a: PyGenericAlias, b: PyValue): PyValue {
  if (!(b instanceof PyGenericAlias)) return NotImplemented;
  return pyEqBool(a.origin, b.origin) && pyEqBool(tuple(a.args), tuple(b.args));
}
method(genericAliasType, "__eq__", 1, 1, (s, o) => gaEqual(s as PyGenericAlias, o));
method(genericAliasType, "__ne__", 1, 1, (s, o) => {
  const r = gaEqual(s as PyGenericAlias, o);
  return r === NotImplemented ? r : !r;
});
// ga_hash: hash(origin) ^ hash(args)
method(genericAliasType, "__hash__", 0, 0, (s) => pyHash((s as PyGenericAlias).origin) ^ pyHash(tuple((s as PyGenericAlias).args)));
// ga_reduce: type(self)(origin, args)
method(genericAliasType, "__reduce__", 0, 0, (s) => {
  const g = s as PyGenericAlias;
  return tuple([typeOf(s), tuple([g.origin, tuple(g.args)])]);
});

// ga_new: GenericAlias(origin, args), also for subclasses of GenericAlias
function gaNew(a: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const cls = newTarget(genericAliasType, a[0]);
  if (kw !== null && kw.size > 0 && cls === genericAliasType) raise("TypeError", "GenericAlias() takes no keyword arguments");
  if (a.length !== 3) raise("TypeError", `GenericAlias expected 2 arguments, got ${a.length - 1}`);
  const g = new PyGenericAlias(a[1] as PyType, a[2] instanceof PyTuple ? a[2].a : [a[2]]);
  if (cls !== genericAliasType) {
    (g as PyObject).$cls = cls;
    g.$dict = cls.instDict ? new PyDict() : null;
  }
  return g;
}
genericAliasType.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => gaNew(a, null), 1, Infinity, gaNew, undefined, "GenericAlias.__new__")));
