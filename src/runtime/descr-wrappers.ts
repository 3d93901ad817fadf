// Python-visible behaviour of the descriptor wrappers: classmethod and staticmethod
// objects carry a `__dict__` filled from the wrapped callable (funcobject.c cm_init /
// sm_init, functools_wraps), property's __set__/__delete__, super.__get__, and
// `function.__call__` with keywords. Installed after object-methods.ts.
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyDict } from "./dict.js";
import { PyProperty, PyClassMethod, PyStaticMethod, propertyError } from "./property.js";
import { method, kwmethod, getset } from "./descriptors.js";
import { ctors, PySuper, superGet } from "./klass.js";
import { callv } from "./call.js";
import { getattr, attributeError } from "./attributes.js";
import { PyBuiltin, PyBoundMethod } from "./function.js";
import { PyType as PyTypeClass } from "./type.js";
import { typeOf, isInstance } from "./ops.js";
import { EXC } from "./exceptions.js";
import type { PyType } from "./type.js";
import { methodDescrType, wrapperDescrType, descrOwner } from "./descr-types.js";
import { isSlotWrapper } from "./unbound.js";
import { PyGetSet } from "./descriptors.js";
import { PyMember } from "./slots.js";

/** The attributes cm_init/sm_init copy from the callable (functools_wraps). */
const WRAPPED = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

function copyWrapped(w: PyObject, f: PyValue): void {
  const d = new PyDict();
  for (const n of WRAPPED) {
    let v: PyValue;
    try {
      v = getattr(f, n);
    } catch (e) {
      if (e instanceof PyObject && isInstance(e, EXC.AttributeError)) continue;
      throw e;
    }
    d.setStr(n, v);
  }
  w.$dict = d;
}

function wrapperArgs(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const name = t.name;
  if (kwnames !== null && kwnames.length) raise("TypeError", `${name}() takes no keyword arguments`);
  if (args.length !== 1) raise("TypeError", `${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

for (const t of [T.classmethod, T.staticmethod]) {
  const make = t === T.classmethod ? (f: PyValue) => new PyClassMethod(f) : (f: PyValue) => new PyStaticMethod(f);
  ctors.set(t, (args, kwnames) => {
    const w = make(wrapperArgs(t, args, kwnames));
    copyWrapped(w, w.f);
    return w;
  });
  kwmethod(t, "__init__", (a, kw) => {
    const w = a[0] as PyClassMethod;
    w.f = wrapperArgs(t, a.slice(1), kw && kw.size ? [...kw.keys()] : null);
    copyWrapped(w, w.f);
    return null;
  });
  // the copied names live in the instance dict now, not in getsets of the type
  for (const n of WRAPPED) t.attrs.delete(n);
  t.instDict = true;
  getset(t, "__dict__", (s) => {
    const o = s as PyObject;
    return (o.$dict ??= new PyDict());
  }, (s, v) => {
    if (!(v instanceof PyDict)) raise("TypeError", `__dict__ must be set to a dictionary, not a '${typeOf(v ?? null).name}'`);
    (s as PyObject).$dict = v;
  });
}
T.classmethod.attrs.set("__doc__", "classmethod(function) -> method\n\nConvert a function to be a class method.");
T.staticmethod.attrs.set("__doc__", "staticmethod(function) -> method\n\nConvert a function to be a static method.");

// property.__delete__ (descrobject.c property_descr_set; __get__ and __set__ are in object-methods.ts)
const P = (v: PyValue): PyProperty => v as PyProperty;
method(T.property, "__delete__", 1, 1, (s, obj) => {
  if (P(s).fdel === null) propertyError(P(s), typeOf(obj), "deleter");
  callv(P(s).fdel, [obj], null);
  return null;
});

// super.__get__(obj, type=None) (typeobject.c super_descr_get)
method(T.super, "__get__", 1, 2, (s, obj) => superGet(s as PySuper, obj ?? null));

// function.__call__ passes keywords on (a slot wrapper taking *args, **kwargs)
kwmethod(T.function, "__call__", (a, kw) => (kw && kw.size ? callv(a[0], [...a.slice(1), ...kw.values()], [...kw.keys()]) : callv(a[0], a.slice(1), null)));

// __objclass__ of a built-in type's method (descrobject.c descr_get_objclass): the
// type named by its qualname ("list.__add__"); bound methods ask their function
function objclassOf(b: PyValue): PyType | undefined {
  if (!(b instanceof PyBuiltin) || !b.$meth) return undefined;
  const i = b.qualname.lastIndexOf(".");
  if (i < 0) return undefined;
  const tn = b.qualname.slice(0, i);
  for (const t of [...Object.values(T), ...Object.values(EXC)]) if (t instanceof PyTypeClass && t.name === tn && t.attrs.has(b.name)) return t;
  return undefined;
}
getset(T.builtin_function_or_method, "__objclass__", (s) => objclassOf(s) ?? attributeError(s, "__objclass__"));
getset(T.method, "__objclass__", (s) => objclassOf((s as PyBoundMethod).func) ?? attributeError(s, "__objclass__"));

// method_descriptor / wrapper_descriptor answer like builtin_function_or_method
// (call, __name__, __qualname__, ==, hash, repr), with their own type names
for (const t of [methodDescrType, wrapperDescrType]) {
  for (const [k, v] of T.builtin_function_or_method.attrs) if (!t.attrs.has(k)) t.attrs.set(k, v);
}
// complex.real / complex.imag are struct members in CPython (member_descriptor)
for (const n of ["real", "imag"]) {
  const g = T.complex.attrs.get(n);
  if (g instanceof PyGetSet && !(g instanceof PyMember)) T.complex.attrs.set(n, new PyMember(n, T.complex, g.get, null, true));
}
method(wrapperDescrType, "__repr__", 0, 0, (s) => {
  const b = s as PyBuiltin;
  return `<slot wrapper '${b.name}' of '${descrOwner(b)}' objects>`;
});
// method_get: bound to an instance, itself without one
for (const t of [methodDescrType, wrapperDescrType]) method(t, "__get__", 1, 2, (s, obj) => (obj === null ? s : new PyBoundMethod(s, obj!)));
// object's own methods are never wrapped in a checking form (they apply to
// everything), so they take their descriptor type here: object.__init__ is a
// slot wrapper, object.__reduce__ a method descriptor
for (const [k, v] of T.object.attrs) {
  if (!(v instanceof PyBuiltin) || !v.$meth) continue;
  v.$cls = isSlotWrapper(k) ? wrapperDescrType : methodDescrType;
}
