// The types of a built-in type's methods read from the class: `str.lower` is a
// method_descriptor, `int.__add__` a wrapper_descriptor (descrobject.c). pycell's
// descriptors are PyBuiltins; these types give them CPython's type names, and
// descr-wrappers.ts gives the types builtin_function_or_method's methods.
import { PyType } from "./type.js";
import { T } from "./types.js";
import type { PyBuiltin } from "./function.js";

function descrType(name: string): PyType {
  const t = new PyType(name, [T.object]);
  t.computeMro();
  t.final = true;
  return t;
}
export const methodDescrType = descrType("method_descriptor");
export const wrapperDescrType = descrType("wrapper_descriptor");

/** The owner a built-in method's repr names: its qualname without the method name,
 * so a type of an extension module keeps its module ('collections.deque'). */
export function descrOwner(b: PyBuiltin): string {
  const q = b.qualname;
  return q.endsWith("." + b.name) ? q.slice(0, q.length - b.name.length - 1) : q.split(".")[0];
}
