// Per-site inline caches for attribute loads, stores and method calls in generated
// code (`o.x`, `o.x = v`, `o.m(a)`): each site remembers the type it last saw and what
// the full lookup decided for it, valid while no type namespace has changed since
// (type.ts typeEpoch). A hit skips the MRO walk and the descriptor checks of
// object.__getattribute__ / __setattr__ (CPython 3.11's specialised LOAD_ATTR_INSTANCE_VALUE,
// STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES do the same). Every miss, and
// every case that is not the plain one, goes through attributes.ts unchanged.
import { PyObject, type PyValue } from "./object.js";
import { PyType, typeEpoch } from "./type.js";
import { T } from "./types.js";
import { PyFunction, PyBoundMethod } from "./function.js";
import { PyDict } from "./dict.js";
import { getattr, setattr, getDescr, isDataDescr, cm0, cm1, cm2 } from "./attributes.js";
import { c0, c1, c2 } from "./call.js";

const enum K {
  /** nothing cached yet, or the site saw a case it does not cache */
  NONE = 0,
  /** load: the instance dict, else the type's non-data attribute `d` (maybe absent) */
  DICT = 1,
  /** load: the type's data descriptor `d` */
  DATA = 2,
  /** store: straight into the instance dict */
  STORE = 3,
  /** method call: `d` is a plain function/builtin taking self plus the arguments */
  METHOD = 4,
  /** method call: the type has no such attribute; the callable is in the instance
   * dict (a module's function: `math.sqrt(x)`) */
  DICTCALL = 5,
}

export class AttrIC {
  t: PyType | null = null;
  e = -1;
  k: K = K.NONE;
  d: PyValue | undefined = undefined;
}
export const ic = (): AttrIC => new AttrIC();

let objGetattribute: PyValue | undefined;
let objSetattr: PyValue | undefined;
/** instances of `t` use object.__getattribute__ (built-in types other than super and
 * type itself do; a class may override it) */
function genericGet(t: PyType): boolean {
  if (t === T.super) return false;
  if (!t.heap) return true;
  objGetattribute ??= T.object.attrs.get("__getattribute__");
  return t.lookup("__getattribute__") === objGetattribute;
}

/** `o.name` */
export function ga(o: PyValue, name: string, c: AttrIC): PyValue {
  if (o === null || typeof o !== "object") return getattr(o, name);
  const t = o.$cls;
  if (c.t === t && c.e === typeEpoch) {
    const d = c.d;
    if (c.k === K.DICT) {
      const dict = o.$dict;
      if (dict !== null) {
        const v = dict.t.m.get(name);
        if (v !== undefined) return v;
      }
      if (d !== undefined) return d instanceof PyFunction ? new PyBoundMethod(d, o) : getDescr(d, o, t);
    } else if (c.k === K.DATA) return getDescr(d!, o, t);
    return getattr(o, name);
  }
  if (!(o instanceof PyType) && genericGet(t)) {
    const d = t.lookup(name);
    c.t = t;
    c.e = typeEpoch;
    c.d = d;
    c.k = d !== undefined && d !== null && typeof d === "object" && isDataDescr(d) ? K.DATA : K.DICT;
  }
  return getattr(o, name);
}

/** `o.name = v` */
export function sa(o: PyValue, name: string, v: PyValue, c: AttrIC): void {
  if (o === null || typeof o !== "object") return setattr(o, name, v);
  const t = o.$cls;
  if (c.t === t && c.e === typeEpoch && c.k === K.STORE) {
    let dict = o.$dict;
    if (dict === null && t.instDict) dict = o.$dict = new PyDict();
    if (dict !== null) {
      dict.t.m.set(name, v);
      return;
    }
  } else if (t.heap && !(o instanceof PyType)) {
    objSetattr ??= T.object.attrs.get("__setattr__");
    const d = t.lookup(name);
    // a descriptor with __set__ decides: the generic path handles it every time
    const plain = d === undefined || d === null || typeof d !== "object" || !isDataDescr(d);
    if (plain && t.lookup("__setattr__") === objSetattr) {
      c.t = t;
      c.e = typeEpoch;
      c.d = undefined;
      c.k = K.STORE;
    }
  }
  setattr(o, name, v);
}

/** Fill a method-call cache: `d` is a method taking `argc` arguments after self. */
function fillMethod(o: PyObject, name: string, c: AttrIC, argc: number): void {
  const t = o.$cls;
  if (o instanceof PyType || !genericGet(t)) return;
  const d = t.lookup(name);
  c.t = t;
  c.e = typeEpoch;
  if (d !== undefined && d !== null && typeof d === "object" && d.$meth && d.$fast === argc + 1) {
    c.d = d;
    c.k = K.METHOD;
  } else c.k = d === undefined ? K.DICTCALL : K.NONE;
}
/** the instance dict does not shadow the method */
const unshadowed = (o: PyObject, name: string): boolean => o.$dict === null || !o.$dict.t.m.has(name);

export function cmi0(o: PyValue, name: string, c: AttrIC): PyValue {
  if (o !== null && typeof o === "object") {
    if (c.t === o.$cls && c.e === typeEpoch) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name)) return (c.d as PyFunction).$fn(o);
      } else if (c.k === K.DICTCALL && o.$dict !== null) {
        const f = o.$dict.t.m.get(name);
        if (f !== undefined) return c0(f);
      }
    } else fillMethod(o, name, c, 0);
  }
  return cm0(o, name);
}
export function cmi1(o: PyValue, name: string, a: PyValue, c: AttrIC): PyValue {
  if (o !== null && typeof o === "object") {
    if (c.t === o.$cls && c.e === typeEpoch) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name)) return (c.d as PyFunction).$fn(o, a);
      } else if (c.k === K.DICTCALL && o.$dict !== null) {
        const f = o.$dict.t.m.get(name);
        if (f !== undefined) return c1(f, a);
      }
    } else fillMethod(o, name, c, 1);
  }
  return cm1(o, name, a);
}
export function cmi2(o: PyValue, name: string, a: PyValue, b: PyValue, c: AttrIC): PyValue {
  if (o !== null && typeof o === "object") {
    if (c.t === o.$cls && c.e === typeEpoch) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name)) return (c.d as PyFunction).$fn(o, a, b);
      } else if (c.k === K.DICTCALL && o.$dict !== null) {
        const f = o.$dict.t.m.get(name);
        if (f !== undefined) return c2(f, a, b);
      }
    } else fillMethod(o, name, c, 2);
  }
  return cm2(o, name, a, b);
}
