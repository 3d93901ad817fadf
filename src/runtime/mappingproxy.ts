// mappingproxy (descrobject.c mappingproxy_*): the read-only view that a class's
// `__dict__` is and that types.MappingProxyType makes. Every read goes to the
// wrapped mapping; nothing can be written through the view.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyDict } from "./dict.js";
import { PyList, PyTuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import type { DictView } from "./dict-methods.js";
import { ctors } from "./klass.js";
import { callMethod } from "./attributes.js";
import { getIter } from "./iter.js";
import { pyRepr, pyStr, typeOf, typeName, richCompare, bitor, type CmpOp } from "./ops.js";
import { makeGenericAlias } from "./generic-alias.js";
import { PyClassMethod } from "./property.js";
import { PyBuiltin } from "./function.js";

export class PyMappingProxy extends PyObject {
  /** `type` for a class's `__dict__`: the view then reads that class's namespace as
   * it is now (typeobject.c type_dict hands out a proxy of the live dict) */
  private readonly t: PyType | null;
  constructor(private readonly w: PyValue, t: PyType | null = null) {
    super();
    this.t = t;
  }
  /** the mapping every read goes to */
  get m(): PyValue {
    return this.t === null ? this.w : typeNamespace(this.t);
  }
}
const mpt = T.mappingproxy;
PyMappingProxy.prototype.$cls = mpt;

/** A class's namespace as a dict: pycell keeps it in a JS Map (PyType.attrs), so the
 * dict is a copy, remade only after the namespace changed (TypeDict.ver). Nothing
 * writes into it: mappingproxy has no writing methods. */
const nsCopies = new WeakMap<PyType, { ver: number; d: PyDict }>();
function typeNamespace(t: PyType): PyDict {
  const c = nsCopies.get(t);
  if (c !== undefined && c.ver === t.attrs.ver) return c.d;
  const d = new PyDict();
  for (const [k, v] of t.attrs) if (!(k === "__dict__" && t === T.object)) d.setStr(k, v);
  nsCopies.set(t, { ver: t.attrs.ver, d });
  return d;
}

/** The view of a class's own namespace (type.__dict__), live as CPython's. */
export function typeDictProxy(t: PyType): PyMappingProxy {
  return new PyMappingProxy(null, t);
}

const M = (s: PyValue): PyValue => (s as PyMappingProxy).m;

// mappingproxy_new: any object with __getitem__ except a list or a tuple
ctors.set(mpt, (args, kwnames) => {
  let mapping: PyValue;
  if (kwnames !== null && kwnames.length) {
    if (args.length !== 1 || kwnames.length !== 1 || kwnames[0] !== "mapping") raise("TypeError", `mappingproxy() takes at most 1 argument (${args.length} given)`);
    mapping = args[0];
  } else {
    if (args.length === 0) raise("TypeError", "mappingproxy() missing required argument 'mapping' (pos 1)");
    if (args.length > 1) raise("TypeError", `mappingproxy() takes at most 1 argument (${args.length} given)`);
    mapping = args[0];
  }
  if (mapping instanceof PyList || mapping instanceof PyTuple || typeOf(mapping).lookup("__getitem__") === undefined) raise("TypeError", `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  return new PyMappingProxy(mapping);
});

method(mpt, "__getitem__", 1, 1, (s, k) => callMethod(M(s), "__getitem__", [k], null));
method(mpt, "__contains__", 1, 1, (s, k) => callMethod(M(s), "__contains__", [k], null));
method(mpt, "__iter__", 0, 0, (s) => getIter(M(s)));
method(mpt, "__len__", 0, 0, (s) => callMethod(M(s), "__len__", [], null));
method(mpt, "__reversed__", 0, 0, (s) => callMethod(M(s), "__reversed__", [], null));
method(mpt, "get", 1, 2, (s, k, d) => callMethod(M(s), "get", [k, d ?? null], null));
for (const n of ["keys", "values", "items", "copy"]) method(mpt, n, 0, 0, (s) => callMethod(M(s), n, [], null));
method(mpt, "__repr__", 0, 0, (s) => `mappingproxy(${pyRepr(M(s))})`);
method(mpt, "__str__", 0, 0, (s) => pyStr(M(s)));
for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as [string, CmpOp][]) {
  method(mpt, name, 1, 1, (s, o) => richCompare(M(s), o, op));
}
mpt.attrs.set("__hash__", null);
// mappingproxy_or: proxies on either side are unwrapped first
const unwrap = (v: PyValue): PyValue => (v instanceof PyMappingProxy ? v.m : v);
method(mpt, "__or__", 1, 1, (s, o) => (s instanceof PyMappingProxy ? bitor(M(s), unwrap(o)) : NotImplemented));
method(mpt, "__ror__", 1, 1, (s, o) => bitor(unwrap(o), M(s)));
method(mpt, "__ior__", 1, 1, () => raise("TypeError", "'|=' is not supported by mappingproxy; use '|' instead"));
mpt.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, item) => makeGenericAlias(cls as PyType, item), 2, 2)));
mpt.attrs.set("__doc__", null);
// dict_keys/values/items.mapping (dictobject.c dictview_mapping): a read-only view of
// the dict the view belongs to
for (const t of [T.dict_keys, T.dict_values, T.dict_items]) getset(t, "mapping", (s) => new PyMappingProxy((s as DictView).d));
