// Attribute access: object.__getattribute__ with data and non-data descriptors
// (https://docs.python.org/3/howto/descriptor.html#invocation-from-an-instance),
// type.__getattribute__ for classes, __getattr__ fallback, setattr and delattr.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyFunction, PyBuiltin, PyBoundMethod, type KwNames } from "./function.js";
import { PyGetSet } from "./descriptors.js";
import { PyProperty, PyClassMethod, PyStaticMethod, propertyError } from "./property.js";
import { PyModule } from "./containers.js";
import { PyDict } from "./dict.js";
import { typeOf, setGetDescr } from "./ops.js";
import { callv, callBuiltin } from "./call.js";
import { EXC, excFields, newExc, PyBaseException } from "./exceptions.js";
import { PySuper, superGetattr, superGet } from "./klass.js";
import { unboundMethod } from "./unbound.js";

const isMethodBuiltin = (b: PyBuiltin): boolean => b.$meth;

export function isDataDescr(d: PyObject): boolean {
  if (d instanceof PyGetSet || d instanceof PyProperty) return true;
  const t = d.$cls;
  return t.heap && (t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined);
}

/** A data descriptor that also reads: one with __set__ but no __get__ lets the
 * instance dict answer first (object.c _PyObject_GenericGetAttrWithDict). */
export function isReadingDataDescr(d: PyObject): boolean {
  if (d instanceof PyGetSet || d instanceof PyProperty) return true;
  // any other data descriptor is an instance of a class (isDataDescr)
  return isDataDescr(d) && d.$cls.lookup("__get__") !== undefined;
}

/** descr.__get__(self, owner) for a value found on a type. */
export function getDescr(d: PyValue, self: PyValue, owner: PyType): PyValue {
  if (d === null || typeof d !== "object") return d;
  if (d instanceof PyFunction) return self === null && owner === undefined ? d : new PyBoundMethod(d, self);
  if (d instanceof PyBuiltin) return isMethodBuiltin(d) ? new PyBoundMethod(d, self) : d;
  if (d instanceof PyGetSet) return d.get(self);
  // a subclass of property may override __get__: the generic path below calls it
  if (d instanceof PyProperty && (d.$cls === T.property || d.$cls.lookup("__get__") === T.property.attrs.get("__get__"))) {
    const f = d.fget;
    if (f === null) propertyError(d, typeOf(self), "getter");
    // a plain getter of one positional parameter: called as call.ts's fast path would
    if (f instanceof PyFunction && f.$fast === 1) return f.$fn(self);
    return callv(f, [self], null);
  }
  if (d instanceof PyClassMethod) return classMethodGet(d, owner);
  if (d instanceof PyStaticMethod) return d.f;
  if (d.$cls.heap || d.$cls.descrGet) {
    const g = d.$cls.lookup("__get__");
    if (g != null) return callv(g, [d, self, owner], null);
  }
  if (d instanceof PySuper) return superGet(d, self);
  return d;
}
setGetDescr(getDescr);

/** classmethod.__get__: a wrapped descriptor (a property) is bound to the class
 * through its own __get__ (funcobject.c cm_descr_get, 3.9-3.12). */
function classMethodGet(cm: PyClassMethod, owner: PyType): PyValue {
  const f = cm.f;
  if (f instanceof PyFunction || f === null || typeof f !== "object" || f instanceof PyBuiltin) return new PyBoundMethod(f, owner);
  if (f instanceof PyProperty || (f.$cls.heap && f.$cls.lookup("__get__") != null)) return getDescr(f, owner, typeOf(owner));
  return new PyBoundMethod(f, owner);
}

export function attributeError(o: PyValue, name: string): never {
  let msg: string;
  if (o instanceof PyType) msg = `type object '${o.name}' has no attribute '${name}'`;
  else if (o instanceof PyModule) msg = `module '${o.name}' has no attribute '${name}'`;
  else msg = `'${typeOf(o).name}' object has no attribute '${name}'`;
  const e = newExc(EXC.AttributeError, [msg]);
  excFields(e).setStr("name", name);
  excFields(e).setStr("obj", o);
  throw e;
}

let objectGetattribute: PyValue | undefined;

export function getattr(o: PyValue, name: string): PyValue {
  const t = typeOf(o);
  if (t === T.super) return superGetattr(o as PySuper, name);
  if (t.heap) {
    // an instance of a subclass of super looks names up like super does
    if (o instanceof PySuper && t.lookup("__getattribute__") === T.super.attrs.get("__getattribute__")) return superGetattr(o, name);
    objectGetattribute ??= T.object.attrs.get("__getattribute__");
    const ga = t.lookup("__getattribute__");
    if (ga !== objectGetattribute && ga != null) {
      try {
        return callv(getDescr(ga, o, t), [name], null);
      } catch (e) {
        if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) {
          const ga2 = t.lookup("__getattr__");
          if (ga2 != null) return callGetattrHook(ga2, o, t, name);
          augmentAttributeError(e, o, name);
        }
        throw e;
      }
    }
  }
  if (t.heap) {
    const hook = t.lookup("__getattr__");
    if (hook != null) {
      // typeobject.c slot_tp_getattr_hook: an AttributeError raised by the lookup
      // itself (an empty __slots__ member, a property's getter) falls back too
      let r: PyValue | undefined;
      try {
        r = genericGetattr(o, name, t);
      } catch (e) {
        if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return callGetattrHook(hook, o, t, name);
        throw e;
      }
      return r !== undefined ? r : callGetattrHook(hook, o, t, name);
    }
  }
  const r = genericGetattr(o, name, t);
  if (r !== undefined) return r;
  // a bound method reads the other attributes from its function (classobject.c
  // method_getattro)
  if (t === T.method) {
    // PyObject_GetAttr(im_func, name): its error names the function's type
    return getattr((o as PyObject & { func: PyValue }).func, name);
  }
  // PEP 562: a module's own __getattr__ answers for the names it lacks
  // (moduleobject.c module_getattro)
  if (o instanceof PyModule && o.$dict !== null) {
    const mg = o.$dict.getStr("__getattr__");
    if (mg !== undefined) return callv(mg, [name], null);
  }
  return attributeError(o, name);
}

/** A class's __getattr__ fallback; an AttributeError it raises without a name gets
 * this lookup's name and object (object.c set_attribute_error_context), for the
 * "Did you mean" suggestion. */
function callGetattrHook(ga: PyValue, o: PyValue, t: PyType, name: string): PyValue {
  try {
    return callv(getDescr(ga, o, t), [name], null);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) augmentAttributeError(e, o, name);
    throw e;
  }
}
function augmentAttributeError(e: PyObject, o: PyValue, name: string): void {
  if (!(e instanceof PyBaseException)) return;
  const d = excFields(e);
  const n = d.getStr("name"), ob = d.getStr("obj");
  if ((n === undefined || n === null) && (ob === undefined || ob === null)) {
    d.setStr("name", name);
    d.setStr("obj", o);
  }
}

/** object.__getattribute__ without the __getattr__ fallback; undefined when absent. */
export function genericGetattr(o: PyValue, name: string, t: PyType = typeOf(o)): PyValue | undefined {
  if (o instanceof PyType) return typeGetattr(o, name);
  const d = t.lookup(name);
  if (d !== undefined && d !== null && typeof d === "object" && isReadingDataDescr(d)) return getDescr(d, o, t);
  if (o !== null && typeof o === "object" && o.$dict !== null) {
    const v = o.$dict.t.m.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return getDescr(d, o, t);
  return undefined;
}

/** type.__getattribute__ (typeobject.c type_getattro). */
function typeGetattr(cls: PyType, name: string): PyValue | undefined {
  const meta = typeOf(cls);
  const md = meta.lookup(name);
  if (md !== undefined && md !== null && typeof md === "object" && isReadingDataDescr(md)) return getDescr(md, cls, meta);
  const a = cls.lookup(name);
  if (a !== undefined) {
    if (a === null || typeof a !== "object") return a;
    if (a instanceof PyBuiltin && a.$meth) return unboundMethod(cls, name, a);
    if (a instanceof PyFunction || a instanceof PyBuiltin || a instanceof PyProperty || a instanceof PyGetSet) return a;
    if (a instanceof PyClassMethod) return classMethodGet(a, cls);
    if (a instanceof PyStaticMethod) return a.f;
    if (a.$cls.heap || a.$cls.descrGet) {
      const g = a.$cls.lookup("__get__");
      if (g != null) return callv(g, [a, null, cls], null);
    }
    return a;
  }
  if (md !== undefined) return getDescr(md, cls, meta);
  return undefined;
}

let objectSetattr: PyValue | undefined;
export function setattr(o: PyValue, name: string, v: PyValue): void {
  const t = typeOf(o);
  if (t.heap) {
    objectSetattr ??= T.object.attrs.get("__setattr__");
    const sa = t.lookup("__setattr__");
    // a metaclass's own __setattr__ applies to its classes too (EnumType guards members)
    if (sa !== objectSetattr && sa != null && sa !== T.type.attrs.get("__setattr__")) {
      callv(getDescr(sa, o, t), [name, v], null);
      return;
    }
  }
  genericSetattr(o, name, v, t);
}

export function genericSetattr(o: PyValue, name: string, v: PyValue | undefined, t: PyType = typeOf(o)): void {
  const d = t.lookup(name);
  if (d !== undefined && d !== null && typeof d === "object") {
    if (d instanceof PyGetSet) {
      // type_setattro refuses every attribute of a built-in type first
      if (o instanceof PyType && !o.heap && d.owner === T.type) raise("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
      if (d.set === null) raise("AttributeError", d.readonlyMember ? "readonly attribute" : `attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(o, v);
      return;
    }
    if (d instanceof PyProperty) {
      const f = v === undefined ? d.fdel : d.fset;
      if (f === null) propertyError(d, t, v === undefined ? "deleter" : "setter");
      callv(f, v === undefined ? [o] : [o, v], null);
      return;
    }
    if (d.$cls.heap) {
      const s = d.$cls.lookup(v === undefined ? "__delete__" : "__set__");
      if (s != null) {
        callv(s, v === undefined ? [d, o] : [d, o, v], null);
        return;
      }
    }
  }
  if (o instanceof PyType) {
    if (!o.heap) raise("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (v === undefined) {
      if (!o.attrs.delete(name)) attributeError(o, name);
    } else o.attrs.set(name, v);
    return;
  }
  if (o !== null && typeof o === "object" && o.$dict === null && t.instDict) o.$dict = new PyDict();
  if (o !== null && typeof o === "object" && o.$dict !== null) {
    if (v === undefined) {
      if (!o.$dict.t.delete(name)) attributeError(o, name);
    } else o.$dict.t.m.set(name, v);
    return;
  }
  // no instance dict: a class attribute of that name cannot be shadowed
  // (object.c _PyObject_GenericSetAttrWithDict)
  if (d !== undefined) raise("AttributeError", `'${t.name}' object attribute '${name}' is read-only`);
  attributeError(o, name);
}

export function delattr(o: PyValue, name: string): void {
  const t = typeOf(o);
  if (t.heap) {
    const da = t.lookup("__delattr__");
    if (da != null && da !== T.object.attrs.get("__delattr__") && da !== T.type.attrs.get("__delattr__")) {
      callv(getDescr(da, o, t), [name], null);
      return;
    }
  }
  genericSetattr(o, name, undefined, t);
}

/** o.name(*args): skips the bound-method allocation when the attribute is a plain
 * function on the type (CPython's LOAD_METHOD). */
export function callMethod(o: PyValue, name: string, args: PyValue[], kwnames: KwNames): PyValue {
  const t = typeOf(o);
  const f = t.lookup(name);
  if (f instanceof PyFunction || (f instanceof PyBuiltin && isMethodBuiltin(f))) {
    if (!(o instanceof PyType) && (o === null || typeof o !== "object" || o.$dict === null || !o.$dict.t.m.has(name)) && !t.attrs.has("__getattribute__")) {
      if (f instanceof PyBuiltin) return callBuiltin(f, [o, ...args], kwnames);
      if (kwnames === null && f.$fast === args.length + 1) return f.$fn(o, ...args);
      return callv(f, [o, ...args], kwnames);
    }
  }
  return callv(getattr(o, name), args, kwnames);
}
export function cm0(o: PyValue, name: string): PyValue {
  const f = typeOf(o).lookup(name);
  if (f !== undefined && f !== null && (f as PyObject).$fast === 1 && (f as PyObject).$meth && !hasOwn(o, name)) return (f as PyFunction).$fn(o);
  return callMethod(o, name, [], null);
}
export function cm1(o: PyValue, name: string, a: PyValue): PyValue {
  const f = typeOf(o).lookup(name);
  if (f !== undefined && f !== null && (f as PyObject).$fast === 2 && (f as PyObject).$meth && !hasOwn(o, name)) return (f as PyFunction).$fn(o, a);
  return callMethod(o, name, [a], null);
}
export function cm2(o: PyValue, name: string, a: PyValue, b: PyValue): PyValue {
  const f = typeOf(o).lookup(name);
  if (f !== undefined && f !== null && (f as PyObject).$fast === 3 && (f as PyObject).$meth && !hasOwn(o, name)) return (f as PyFunction).$fn(o, a, b);
  return callMethod(o, name, [a, b], null);
}
function hasOwn(o: PyValue, name: string): boolean {
  return o !== null && typeof o === "object" && (o instanceof PyType || (o.$dict !== null && o.$dict.t.m.has(name)) || o.$cls.attrs.has("__getattribute__"));
}
