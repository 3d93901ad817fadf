// The built-in type objects, created bare here (no methods) so that every family file
// can import them without import cycles; each family file installs its methods.
import { PyType } from "./type.js";
import { PyObject, PyFloat, PyComplex } from "./object.js";

function mk(name: string, bases: PyType[], final = false): PyType {
  const t = new PyType(name, bases);
  t.computeMro();
  t.final = final;
  return t;
}

export const objectType = mk("object", []);
export const typeType = mk("type", [objectType]);
PyType.prototype.$cls = typeType;

export const T = {
  object: objectType,
  type: typeType,
  NoneType: mk("NoneType", [objectType], true),
  NotImplementedType: mk("NotImplementedType", [objectType], true),
  ellipsis: mk("ellipsis", [objectType], true),
  int: mk("int", [objectType]),
  bool: null as unknown as PyType,
  float: mk("float", [objectType]),
  complex: mk("complex", [objectType]),
  str: mk("str", [objectType]),
  bytes: mk("bytes", [objectType]),
  bytearray: mk("bytearray", [objectType]),
  list: mk("list", [objectType]),
  tuple: mk("tuple", [objectType]),
  dict: mk("dict", [objectType]),
  set: mk("set", [objectType]),
  frozenset: mk("frozenset", [objectType]),
  range: mk("range", [objectType], true),
  slice: mk("slice", [objectType], true),
  function: mk("function", [objectType], true),
  builtin_function_or_method: mk("builtin_function_or_method", [objectType], true),
  method: mk("method", [objectType], true),
  cell: mk("cell", [objectType], true),
  code: mk("code", [objectType], true),
  module: mk("module", [objectType]),
  property: mk("property", [objectType]),
  classmethod: mk("classmethod", [objectType]),
  staticmethod: mk("staticmethod", [objectType]),
  super: mk("super", [objectType]),
  generator: mk("generator", [objectType], true),
  iterator: mk("iterator", [objectType], true),
  mappingproxy: mk("mappingproxy", [objectType], true),
  dict_keys: mk("dict_keys", [objectType], true),
  dict_values: mk("dict_values", [objectType], true),
  dict_items: mk("dict_items", [objectType], true),
  enumerate: mk("enumerate", [objectType]),
  zip: mk("zip", [objectType]),
  map: mk("map", [objectType]),
  filter: mk("filter", [objectType]),
  reversed: mk("reversed", [objectType]),
};
T.bool = mk("bool", [T.int], true);
PyFloat.prototype.$cls = T.float;
PyComplex.prototype.$cls = T.complex;

/** A singleton object of a type (NotImplemented, Ellipsis). */
export class PySingleton extends PyObject {
  constructor(cls: PyType, readonly repr: string) {
    super();
    this.$cls = cls;
  }
}
export const NotImplemented = new PySingleton(T.NotImplementedType, "NotImplemented");
export const Ellipsis = new PySingleton(T.ellipsis, "Ellipsis");
