// property, classmethod, staticmethod (Objects/descrobject.c, funcobject.c).
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";

export class PyProperty extends PyObject {
  constructor(public fget: PyValue, public fset: PyValue, public fdel: PyValue, public doc: PyValue) {
    super();
  }
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
