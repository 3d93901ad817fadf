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
import { PyFunction, PyBuiltin, PyBoundMethod, type PyCell, type KwNames } from "./function.js";
import { PyDict } from "./dict.js";
import { PySuper } from "./klass.js";
import { PyProperty } from "./property.js";
import { getattr, setattr, getDescr, isDataDescr, isReadingDataDescr, cm0, cm1, cm2, callMethod } from "./attributes.js";
import { c0, c1, c2, c3, callv } from "./call.js";
import { typeOf } from "./ops.js";
import { state } from "./state.js";
import { SlotMap, slotSet, instDict, type SlotLayout } from "./attr-slots.js";
import { PyMember, memberType, newSlotValues, type Slotted } from "./slots.js";

const enum K {
  /** nothing cached yet, or the site saw a case it does not cache */
  NONE = 0,
  /** load: the instance dict, else the type's non-data attribute `d` (maybe absent) */
  DICT = 1,
  /** load: the type's data descriptor `d` */
  DATA = 2,
  /** store: straight into the instance dict */
  STORE = 3,
  /** method call: `d` is a plain function or built-in method taking self plus the
   * arguments */
  METHOD = 4,
  /** method call: the type has no such attribute; the callable is in the instance
   * dict (a module's function: `math.sqrt(x)`) */
  DICTCALL = 5,
  /** method call: `d` is a built-in method taking its arguments as a list (and
   * keywords, none here): callBuiltin's `kw` entry */
  KWBUILTIN = 6,
  /** load: `d` is an exact property: its getter is called without getDescr's type
   * tests (a plain function straight through `$fn`) */
  PROP = 7,
  /** load: `d` is a `__slots__` member: its value is the instance's `$sv[i]` */
  MEMBER = 8,
  /** store: into the instance's `$sv[i]` (a `__slots__` member, object.__setattr__) */
  MSTORE = 9,
}

export class AttrIC {
  t: PyType | null = null;
  e = -1;
  k: K = K.NONE;
  d: PyValue | undefined = undefined;
  /** `super().m(...)` sites: the class whose __class__ cell the entry was made for */
  s: PyType | null = null;
  /** the slot layout of the instance dict seen at the fill and the name's index in it
   * (attr-slots.ts); null when that dict had none or the layout was full */
  l: SlotLayout | null = null;
  i = -1;
  /** the type has a __getattr__: an AttributeError from a descriptor must reach it
   * (slot_tp_getattr_hook), so loads answered by a descriptor take getattr's path */
  h = false;
  /** the entry for the type seen before this one, kept when the site refilled for a
   * new type: a site that sees instances of two classes in turn (a loop over mixed
   * objects) swaps the two instead of refilling at every call */
  alt: AttrIC | null = null;
}

/** Swap in the alternate entry when it is for `t` and still valid. */
function altHit(c: AttrIC, t: PyType): boolean {
  const a = c.alt;
  if (a === null || a.t !== t || a.e !== typeEpoch) return false;
  const { k, d, s, l, i, h } = a;
  a.t = c.t; a.e = c.e; a.k = c.k; a.d = c.d; a.s = c.s; a.l = c.l; a.i = c.i; a.h = c.h;
  c.t = t; c.e = typeEpoch; c.k = k; c.d = d; c.s = s; c.l = l; c.i = i; c.h = h;
  return true;
}
/** Keep the current entry, if valid, as the alternate before the site refills. */
function stash(c: AttrIC): void {
  if (c.t === null || c.e !== typeEpoch) return;
  const a = (c.alt ??= new AttrIC());
  a.t = c.t; a.e = c.e; a.k = c.k; a.d = c.d; a.s = c.s; a.l = c.l; a.i = c.i; a.h = c.h;
}

/** Remember where `name` lives in the slots of `o`'s instance dict, if it has slots.
 * `reserve`: give the name a slot if it has none yet (attribute loads and stores; a
 * method call does not, so that method names do not widen every instance's array). */
function fillSlot(o: PyObject, name: string, c: AttrIC, reserve = true): void {
  const m = o.$dict === null ? undefined : o.$dict.t.m;
  const i = m instanceof SlotMap ? (reserve ? m.L.slot(name) : (m.L.idx.get(name) ?? -1)) : -1;
  c.l = i >= 0 ? (m as SlotMap).L : null;
  c.i = i;
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
  if ((c.t !== t || c.e !== typeEpoch) && !altHit(c, t)) {
    if (o instanceof PyType || !genericGet(t)) return getattr(o, name);
    stash(c);
    const d = t.lookup(name);
    c.t = t;
    c.e = typeEpoch;
    c.d = d;
    c.h = t.heap && t.lookup("__getattr__") != null;
    c.k = d !== undefined && d !== null && typeof d === "object" && isReadingDataDescr(d) ? (d instanceof PyProperty && d.$cls === T.property ? K.PROP : K.DATA) : K.DICT;
    if (c.k === K.DATA && d instanceof PyMember && d.index >= 0 && d.$cls === memberType) {
      c.k = K.MEMBER;
      c.l = null;
      c.i = d.index;
    } else fillSlot(o, name, c);
  }
  if (c.k === K.MEMBER) {
    const v = (o as Slotted).$sv?.[c.i];
    if (v !== undefined) return v;
    return getattr(o, name); // empty: AttributeError, or the class's __getattr__
  }
  const d = c.d;
  if (c.k === K.DICT) {
    const dict = o.$dict;
    if (dict !== null) {
      const m = dict.t.m as SlotMap;
      // a slot of the layout is the dict's own answer, absent included
      const v = m.L === c.l ? m.s[c.i] : m.get(name);
      if (v !== undefined) return v;
    }
    if (d !== undefined) return d instanceof PyFunction ? new PyBoundMethod(d, o) : c.h ? getattr(o, name) : getDescr(d, o, t);
    return getattr(o, name); // __getattr__ or AttributeError
  }
  if (c.h) return getattr(o, name);
  if (c.k === K.PROP) {
    const f = (d as PyProperty).fget;
    if (f instanceof PyFunction && f.$fast === 1) return f.$fn(o);
  }
  return getDescr(d!, o, t);
}

/** `o.name = v` */
export function sa(o: PyValue, name: string, v: PyValue, c: AttrIC): void {
  if (o === null || typeof o !== "object") return setattr(o, name, v);
  const t = o.$cls;
  if ((c.t !== t || c.e !== typeEpoch) && !altHit(c, t)) {
    if (!t.heap || o instanceof PyType) return setattr(o, name, v);
    stash(c);
    c.t = null;
    c.k = K.NONE;
    objSetattr ??= T.object.attrs.get("__setattr__");
    const d = t.lookup(name);
    // a descriptor with __set__ decides: the generic path handles it every time,
    // except a `__slots__` member, whose store the site does itself
    const plain = d === undefined || d === null || typeof d !== "object" || !isDataDescr(d);
    if (t.lookup("__setattr__") !== objSetattr) return setattr(o, name, v);
    if (!plain) {
      if (!(d instanceof PyMember && d.index >= 0 && d.$cls === memberType)) return setattr(o, name, v);
      c.t = t;
      c.e = typeEpoch;
      c.d = undefined;
      c.k = K.MSTORE;
      c.l = null;
      c.i = d.index;
    } else {
      c.t = t;
      c.e = typeEpoch;
      c.d = undefined;
      c.k = K.STORE;
      if (o.$dict === null && t.instDict) o.$dict = instDict(t);
      fillSlot(o, name, c);
    }
  }
  if (c.k === K.MSTORE) {
    const s = (o as Slotted).$sv;
    if (s !== undefined) s[c.i] = v;
    else ((o as Slotted).$sv = newSlotValues(t))[c.i] = v;
    return;
  }
  if (c.k === K.STORE) {
    let dict = o.$dict;
    if (dict === null && t.instDict) dict = o.$dict = instDict(t);
    if (dict !== null) {
      const m = dict.t.m as SlotMap;
      if (m.L === c.l) slotSet(m, name, c.i, v);
      else m.set(name, v);
      return;
    }
  }
  setattr(o, name, v);
}

/** Fill a method-call cache for receivers of type `t`: `d` is a method taking `argc`
 * arguments after self without any binding work (a plain function of that arity, or a
 * built-in method whose arity range holds it: callBuiltin would call it the same way). */
function fillMethod(o: PyValue, t: PyType, name: string, c: AttrIC, argc: number): void {
  if (o instanceof PyType || !genericGet(t)) return;
  stash(c);
  const d = t.lookup(name);
  c.t = t;
  c.e = typeEpoch;
  c.d = d;
  c.k = K.NONE;
  if (o !== null && typeof o === "object") fillSlot(o, name, c, false);
  else c.l = null;
  if (d instanceof PyFunction) {
    if (d.$fast === argc + 1) c.k = K.METHOD;
  } else if (d instanceof PyBuiltin) {
    // `$kwFree`: a keyword-taking builtin whose `$fn` is its positional call within
    // minArgs..maxArgs (descriptors.ts kwPosMethod, exc-extra.ts): no args array
    if (d.$meth && (d.kw === null || d.$kwFree === true) && d.minArgs <= argc + 1 && argc + 1 <= d.maxArgs) c.k = K.METHOD;
    else if (d.$meth && d.kw !== null) c.k = K.KWBUILTIN;
  } else if (d === undefined) c.k = K.DICTCALL;
}
/** the receiver's type, when a method call on it can be cached */
const cacheType = (o: PyValue): PyType | null => (typeof o === "string" ? T.str : o !== null && typeof o === "object" ? o.$cls : null);
/** the instance dict does not shadow the method (a slot, when the site knows it,
 * answers without hashing) */
function unshadowed(o: PyValue, name: string, c: AttrIC): boolean {
  if (typeof o !== "object" || o === null || o.$dict === null) return true;
  const m = o.$dict.t.m as SlotMap;
  return m.L === c.l ? m.s[c.i] === undefined : !m.has(name);
}

/** `super().name(...)` bound to an instance: the function found after the class in the
 * instance type's MRO (superGetattr's walk), when it can be called with the instance
 * first and `argc` arguments without binding work; else undefined. */
function superMethod(o: PyValue, name: string, argc: number): PyFunction | PyBuiltin | undefined {
  if (!(o instanceof PySuper) || o.objType === null || o.obj === o.objType || name === "__class__") return undefined;
  const mro = o.objType.mro;
  let i = mro.indexOf(o.thisType) + 1;
  for (; i > 0 && i < mro.length; i++) {
    const v = mro[i].attrs.get(name);
    if (v === undefined) continue;
    if (v instanceof PyFunction) return v.$fast === argc + 1 ? v : undefined;
    if (v instanceof PyBuiltin) return v.$meth && v.kw === null && v.minArgs <= argc + 1 && argc + 1 <= v.maxArgs ? v : undefined;
    return undefined;
  }
  return undefined;
}

export function cmi0(o: PyValue, name: string, c: AttrIC): PyValue {
  const t = cacheType(o);
  if (t !== null) {
    if ((c.t === t && c.e === typeEpoch) || altHit(c, t)) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name, c)) return (c.d as PyFunction).$fn(o);
      } else if (c.k === K.KWBUILTIN) {
        if (unshadowed(o, name, c)) return (c.d as PyBuiltin).kw!([o], null);
      } else if (c.k === K.DICTCALL) {
        const f = (o as PyObject).$dict?.t.m.get(name);
        if (f !== undefined) return c0(f);
      }
    } else if (t === T.super) {
      const f = superMethod(o, name, 0);
      if (f !== undefined) return f.$fn((o as PySuper).obj);
    } else fillMethod(o, t, name, c, 0);
  }
  return cm0(o, name);
}
export function cmi1(o: PyValue, name: string, a: PyValue, c: AttrIC): PyValue {
  const t = cacheType(o);
  if (t !== null) {
    if ((c.t === t && c.e === typeEpoch) || altHit(c, t)) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name, c)) return (c.d as PyFunction).$fn(o, a);
      } else if (c.k === K.KWBUILTIN) {
        if (unshadowed(o, name, c)) return (c.d as PyBuiltin).kw!([o, a], null);
      } else if (c.k === K.DICTCALL) {
        const f = (o as PyObject).$dict?.t.m.get(name);
        if (f !== undefined) return c1(f, a);
      }
    } else if (t === T.super) {
      const f = superMethod(o, name, 1);
      if (f !== undefined) return f.$fn((o as PySuper).obj, a);
    } else fillMethod(o, t, name, c, 1);
  }
  return o instanceof Looked ? o.call([a]) : cm1(o, name, a);
}
export function cmi2(o: PyValue, name: string, a: PyValue, b: PyValue, c: AttrIC): PyValue {
  const t = cacheType(o);
  if (t !== null) {
    if ((c.t === t && c.e === typeEpoch) || altHit(c, t)) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name, c)) return (c.d as PyFunction).$fn(o, a, b);
      } else if (c.k === K.KWBUILTIN) {
        if (unshadowed(o, name, c)) return (c.d as PyBuiltin).kw!([o, a, b], null);
      } else if (c.k === K.DICTCALL) {
        const f = (o as PyObject).$dict?.t.m.get(name);
        if (f !== undefined) return c2(f, a, b);
      }
    } else if (t === T.super) {
      const f = superMethod(o, name, 2);
      if (f !== undefined) return f.$fn((o as PySuper).obj, a, b);
    } else fillMethod(o, t, name, c, 2);
  }
  return o instanceof Looked ? o.call([a, b]) : cm2(o, name, a, b);
}
export function cmi3(o: PyValue, name: string, a: PyValue, b: PyValue, d: PyValue, c: AttrIC): PyValue {
  const t = cacheType(o);
  if (t !== null) {
    if ((c.t === t && c.e === typeEpoch) || altHit(c, t)) {
      if (c.k === K.METHOD) {
        if (unshadowed(o, name, c)) return (c.d as PyFunction).$fn(o, a, b, d);
      } else if (c.k === K.KWBUILTIN) {
        if (unshadowed(o, name, c)) return (c.d as PyBuiltin).kw!([o, a, b, d], null);
      } else if (c.k === K.DICTCALL) {
        const f = (o as PyObject).$dict?.t.m.get(name);
        if (f !== undefined) return c3(f, a, b, d);
      }
    } else if (t === T.super) {
      const f = superMethod(o, name, 3);
      if (f !== undefined) return f.$fn((o as PySuper).obj, a, b, d);
    } else fillMethod(o, t, name, c, 3);
  }
  return o instanceof Looked ? o.call([a, b, d]) : callMethod(o, name, [a, b, d], null);
}

/** `super().name(...)` in a method, before its arguments are evaluated: the function
 * the super object would find (superMethod's walk) when it can be called with `self`
 * first and `argc` arguments, with no super object made; undefined sends the site to
 * the ordinary path (superZero, then cmi<N>), which nothing here has started. Cached
 * per (type of self, __class__, typeEpoch). */
export function superFind(sup: PyValue, cell: PyCell, self: PyValue | undefined, name: string, argc: number, c: AttrIC): PyFunction | PyBuiltin | undefined {
  const tt = cell.v;
  if (sup !== T.super || self === undefined || self === null || typeof self !== "object" || self instanceof PyType || !(tt instanceof PyType)) return undefined;
  const ot = self.$cls;
  if (c.t === ot && c.s === tt && c.e === typeEpoch) return c.d as PyFunction | PyBuiltin | undefined;
  // makeSuper's check; a proxy claiming the class through __class__ goes the long way
  if (!ot.isSubtypeOf(tt) || name === "__class__") return undefined;
  const mro = ot.mro;
  let f: PyFunction | PyBuiltin | undefined;
  for (let i = mro.indexOf(tt) + 1; i > 0 && i < mro.length; i++) {
    const v = mro[i].attrs.get(name);
    if (v === undefined) continue;
    if (v instanceof PyFunction) f = v.$fast === argc + 1 ? v : undefined;
    // `$kwFree`: a keyword-taking builtin whose `$fn` is its call without keywords (exc-extra.ts)
    else if (v instanceof PyBuiltin) f = v.$meth && (v.kw === null || v.$kwFree === true) && v.minArgs <= argc + 1 && argc + 1 <= v.maxArgs ? v : undefined;
    break;
  }
  c.t = ot;
  c.s = tt;
  c.e = typeEpoch;
  c.d = f;
  return f;
}

/** lk's answer when the call cannot go through the site's cache: the callable found
 * and the receiver to pass first (undefined: call it as it is). Its `$cls` is null, so
 * cmi<N> skips its cache for it (cacheType). */
class Looked {
  declare $cls: null;
  constructor(
    readonly f: PyValue,
    readonly s: PyValue | undefined,
  ) {}
  call(args: PyValue[]): PyValue {
    return cjv(this.f, this.s, args, null);
  }
}
Looked.prototype.$cls = null;

/** `o.name` looked up for a call with `argc` positional arguments, before the arguments
 * are evaluated (CPython's LOAD_METHOD: an attribute error comes first). When the
 * site's cache holds the answer the lookup has no effect to run now: `o` itself goes on
 * to cmi<N>; else the lookup is done here and its result carried as a Looked. */
export function lk(o: PyValue, name: string, c: AttrIC, argc: number): PyValue {
  // a method of the type (shadowed or not by the instance dict: found either way, with
  // no code run), or a module's function that is there
  const t = cacheType(o);
  if (c.e === typeEpoch && c.t === t && lkHit(o, name, c)) return o;
  // the other type of a two-type site: its entry answers as a hit would have
  if (t !== null && c.t !== t && altHit(c, t) && lkHit(o, name, c)) return o;
  const f = lmMiss(o, name, c, argc);
  return new Looked(f, state.ms) as unknown as PyValue;
}
const lkHit = (o: PyValue, name: string, c: AttrIC): boolean =>
  c.k === K.METHOD || c.k === K.KWBUILTIN || (c.k === K.DICTCALL && (o as PyObject).$dict?.t.m.has(name) === true);
function lmMiss(o: PyValue, name: string, c: AttrIC, argc: number): PyValue {
  const t = cacheType(o);
  if (t !== null) {
    if ((c.t === t && c.e === typeEpoch) || altHit(c, t)) {
      if (c.k === K.KWBUILTIN) {
        if (unshadowed(o, name, c)) {
          state.ms = undefined;
          return new PyBoundMethod(c.d!, o);
        }
      } else if (c.k === K.DICTCALL) {
        const f = (o as PyObject).$dict?.t.m.get(name);
        if (f !== undefined) {
          state.ms = undefined;
          return f;
        }
      }
    } else if (t === T.super) {
      const f = superMethod(o, name, argc);
      if (f !== undefined) {
        state.ms = (o as PySuper).obj;
        return f;
      }
    } else fillMethod(o, t, name, c, argc);
  }
  return lmv(o, name, argc);
}

/** lm without a cache; `argc` -1: any number of arguments or keywords (the receiver is
 * then passed through callv, never `$fn`). */
export function lmv(o: PyValue, name: string, argc: number): PyValue {
  const t = typeOf(o);
  const f = t.lookup(name);
  if (f instanceof PyFunction ? argc < 0 || f.$fast === argc + 1 : f instanceof PyBuiltin && f.$meth && (argc < 0 || (f.kw === null && f.minArgs <= argc + 1 && argc + 1 <= f.maxArgs))) {
    if (!(o instanceof PyType) && (o === null || typeof o !== "object" || o.$dict === null || !o.$dict.t.m.has(name)) && genericGet(t)) {
      state.ms = o;
      return f as PyFunction | PyBuiltin;
    }
  }
  const v = getattr(o, name);
  // after getattr, which may have run Python code (and other lookups)
  state.ms = undefined;
  return v;
}

/** The call half of `o.name(...)` after lm: `f` with the receiver `s` first, or alone. */
export function cjv(f: PyValue, s: PyValue | undefined, args: PyValue[], kwnames: KwNames): PyValue {
  if (s !== undefined) args.unshift(s);
  return callv(f, args, kwnames);
}
