// `__new__` for subclasses of float, complex, bytes and frozenset (floatobject.c
// float_subtype_new and friends): the instance is the built-in value object itself
// (PyFloat, PyComplex, PyBytes, PySet) with the subclass as its own `$cls` and a
// `__dict__`, so every method and operator of the base reads its value unchanged.
// int and str, whose values are JS primitives, use PyIntSub/PyStrSub (numbers.ts, str.ts).
import { PyFloat, PyComplex, PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes, PySet } from "./containers.js";
import { PyDict } from "./dict.js";
import { PyType } from "./type.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod } from "./property.js";
import { ctors } from "./klass.js";
import { typeName } from "./ops.js";

function adopt<O extends PyObject>(o: O, cls: PyType): O {
  o.$cls = cls;
  o.$dict = cls.instDict ? new PyDict() : null;
  return o;
}

function subclassNew(base: PyType, copy: (v: PyValue, cls: PyType) => PyObject, empty?: (cls: PyType) => PyObject): void {
  const f = (a: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    const cls = a[0];
    if (!(cls instanceof PyType)) return raise("TypeError", `${base.name}.__new__(X): X is not a type object (${typeName(cls ?? null)})`);
    if (!cls.isSubtypeOf(base)) raise("TypeError", `${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    // frozenset_new (and float's, complex's...): a subclass with its own __init__
    // receives keywords that its __new__ ignores
    const initTakesKw = cls !== base && KW_TO_INIT.has(base) && cls.lookup("__init__") !== T.object.attrs.get("__init__");
    if (initTakesKw) kw = null;
    const kwnames = kw && kw.size ? [...kw.keys()] : null;
    const args = kw ? [...a.slice(1), ...kw.values()] : a.slice(1);
    const v = ctors.get(base)!(args, kwnames);
    return cls === base ? v : copy(v, cls);
  };
  base.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => f(a, null), 1, Infinity, f, undefined, `${base.name}.__new__`)));
  if (empty) base.alloc = empty;
}
// the types whose __new__ leaves keywords to a subclass's own __init__ (map_new,
// filter_new, frozenset_new...: only the exact type refuses them)
const KW_TO_INIT = new Set([T.frozenset, T.float, T.map, T.filter]);

subclassNew(T.float, (v, cls) => adopt(new PyFloat((v as PyFloat).v), cls), (cls) => adopt(new PyFloat(0), cls));
subclassNew(T.complex, (v, cls) => adopt(new PyComplex((v as PyComplex).re, (v as PyComplex).im), cls), (cls) => adopt(new PyComplex(0, 0), cls));
subclassNew(T.bytes, (v, cls) => adopt(new PyBytes((v as PyBytes).b), cls), (cls) => adopt(new PyBytes(new Uint8Array(0)), cls));
// a frozenset's table is never mutated, so the subclass instance may share it
subclassNew(T.frozenset, (v, cls) => {
  const s = adopt(new PySet(true), cls);
  s.t = (v as PySet).t;
  return s;
}, (cls) => adopt(new PySet(true), cls));
// iterators: the fresh object made by the built-in constructor simply becomes the
// subclass instance
for (const t of [T.map, T.filter, T.zip, T.enumerate, T.reversed]) subclassNew(t, (v, cls) => adopt(v as PyObject, cls));
