// `__new__` for list, dict and set (typeobject.c PyType_GenericNew, setobject.c
// set_new): allocate an empty instance of the subtype and ignore the arguments, which
// `__init__` reads. Without it `super().__new__(cls, seq)` in a subclass would reach
// object.__new__, which refuses arguments.
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { PyType } from "./type.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod } from "./property.js";
import { typeName } from "./ops.js";

/** typeobject.c tp_new_wrapper's checks of `base.__new__(cls, ...)`'s first argument. */
export function newTarget(base: PyType, cls: PyValue | undefined): PyType {
  if (!(cls instanceof PyType)) return raise("TypeError", `${base.name}.__new__(X): X is not a type object (${typeName(cls ?? null)})`);
  if (!cls.isSubtypeOf(base)) raise("TypeError", `${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

/** Install `base.__new__`; `refuseKw(cls)` says when keywords are an error (set_new). */
export function installGenericNew(base: PyType, refuseKw: ((cls: PyType) => boolean) | null = null): void {
  const make = (a: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    const cls = newTarget(base, a[0]);
    if (kw !== null && kw.size > 0 && refuseKw !== null && refuseKw(cls)) raise("TypeError", `${base.name}() takes no keyword arguments`);
    return cls.alloc!(cls);
  };
  base.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => make(a, null), 1, Infinity, make, undefined, `${base.name}.__new__`)));
}
