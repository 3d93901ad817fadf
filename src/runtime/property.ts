// property, classmethod, staticmethod (Objects/descrobject.c, funcobject.c).
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";

export class PyProperty extends PyObject {
  /** the attribute name given by __set_name__, for error messages */
  pname: string | null = null;
  /** the docstring came from the getter (property_copy then takes the new getter's) */
  getterDoc = false;
  constructor(public fget: PyValue, public fset: PyValue, public fdel: PyValue, public doc: PyValue) {
    super();
  }
}
/** "property 'x' of 'C' object has no getter" (descrobject.c property_descr_get/set). */
export function propertyError(p: PyProperty, owner: { qualname: string }, what: string): never {
  return raise("AttributeError", `property ${p.pname !== null ? `'${p.pname}' ` : ""}of '${owner.qualname}' object has no ${what}`);
}

PyProperty.prototype.$cls = T.property;
T.property.alloc = (cls) => {
  const p = new PyProperty(null, null, null, null);
  if (cls !== T.property) {
    p.$cls = cls;
  }
  return p;
};

export class PyClassMethod extends PyObject {
  constructor(public f: PyValue) {
    super();
  }
}
PyClassMethod.prototype.$cls = T.classmethod;

export class PyStaticMethod extends PyObject {
  constructor(public f: PyValue) {
    super();
  }
}
PyStaticMethod.prototype.$cls = T.staticmethod;
