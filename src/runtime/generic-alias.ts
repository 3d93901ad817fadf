// types.GenericAlias: `list[int]` and friends (Objects/genericaliasobject.c), enough
// for annotations: repr, __origin__, __args__, calling makes an instance of the origin.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { PyTuple, tuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import { pyRepr } from "./ops.js";
import { callv } from "./call.js";
import { Ellipsis } from "./types.js";
import { ctors } from "./klass.js";
import { raise } from "./raise.js";

export const genericAliasType = new PyType("GenericAlias", [T.object]);
genericAliasType.computeMro();
genericAliasType.attrs.set("__module__", "types");

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyType, readonly args: PyValue[]) {
    super();
  }
}
PyGenericAlias.prototype.$cls = genericAliasType;

/** ga_repr_item: classes by (module-qualified) name, `...` as is, others by repr. */
export function gaItemRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyType) {
    const mod = v.attrs.get("__module__");
    return typeof mod === "string" && mod !== "builtins" ? `${mod}.${v.qualname}` : v.qualname;
  }
  return pyRepr(v);
}

// types.GenericAlias(origin, args), as used by `__class_getitem__ = classmethod(GenericAlias)`
ctors.set(genericAliasType, (args, kwnames) => {
  if (kwnames && kwnames.length) raise("TypeError", "GenericAlias() takes no keyword arguments");
  if (args.length !== 2) raise("TypeError", `GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0] as PyType, args[1] instanceof PyTuple ? args[1].a : [args[1]]);
});

export function makeGenericAlias(origin: PyType, key: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, key instanceof PyTuple ? key.a : [key]);
}

method(genericAliasType, "__repr__", 0, 0, (s) => {
  const g = s as PyGenericAlias;
  return `${gaItemRepr(g.origin)}[${g.args.length ? g.args.map(gaItemRepr).join(", ") : "()"}]`;
});
method(genericAliasType, "__call__", 0, Infinity, (s, ...a) => callv((s as PyGenericAlias).origin, a, null));
getset(genericAliasType, "__origin__", (s) => (s as PyGenericAlias).origin);
// a class statement with `list[int]` as a base gets `list` (genericaliasobject.c ga_mro_entries)
method(genericAliasType, "__mro_entries__", 1, 1, (s) => tuple([(s as PyGenericAlias).origin]));
getset(genericAliasType, "__args__", (s) => tuple((s as PyGenericAlias).args));
// __eq__, __hash__, __parameters__, __getitem__, __reduce__, __new__: generic-subst.ts

/** The built-in classes that are generic in 3.11. */
export const GENERIC_BUILTINS = (): PyType[] => [T.list, T.dict, T.tuple, T.set, T.frozenset, T.type, T.enumerate, T.reversed, T.filter, T.map, T.zip];
