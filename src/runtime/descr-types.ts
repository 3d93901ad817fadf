// The types of a built-in type's methods read from the class: `str.lower` is a
// method_descriptor, `int.__add__` a wrapper_descriptor (descrobject.c). pycell's
// descriptors are PyBuiltins; these types give them CPython's type names, and
// descr-wrappers.ts gives the types builtin_function_or_method's methods.
import { PyType } from "./type.js";
import { T } from "./types.js";

function descrType(name: string): PyType {
  const t = new PyType(name, [T.object]);
  t.computeMro();
  t.final = true;
  return t;
}
export const methodDescrType = descrType("method_descriptor");
export const wrapperDescrType = descrType("wrapper_descriptor");
