// Class creation (the `class` statement, type(name, bases, ns)), calling a type to
// make an instance (type.__call__: __new__ then __init__), and super().
import { PyObject, PyInstance, type PyValue } from "./object.js";
import { PyType, typeEpoch } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyDict } from "./dict.js";
import { PyCell, PyFunction, PyBuiltin, type KwNames } from "./function.js";
import { PyClassMethod, PyStaticMethod, PyProperty } from "./property.js";
import { PyTuple, tuple } from "./containers.js";
import { typeOf, bindDescr, isInstance, pyRepr as pyReprOf, asStr, typeName } from "./ops.js";
import { bestBase } from "./type-layout.js";
import { checkUtf8 } from "./type-names.js";
import { callv, callBuiltin } from "./call.js";
import { getDescr, attributeError, getattr, callMethod } from "./attributes.js";
import { state } from "./state.js";
import type { PyCode } from "./function.js";
import { PyGetSet } from "./descriptors.js";
import { EXC, newExc, PyBaseException } from "./exceptions.js";
import { toArray } from "./iter.js";
import { trackDel } from "./finalize.js";
import { installLayout } from "./slots.js";
import { registerSubclass, runCustomMro } from "./type-bases.js";
import { instDict } from "./attr-slots.js";

/** Per built-in type: a direct constructor used when calling the type itself. */
export const ctors = new Map<PyType, (args: PyValue[], kwnames: KwNames) => PyValue>();

const instanceAlloc = (cls: PyType): PyObject => new PyInstance(cls, cls.instDict ? instDict(cls) : null);

T.object.alloc = instanceAlloc;

function solidAlloc(t: PyType): (cls: PyType) => PyObject {
  // the layout of the nearest base with a built-in layout (typeobject.c solid_base):
  // a plain class before it in the MRO (a mixin) must not hide it
  for (const b of t.mro) if (b !== t && b.alloc && b.alloc !== instanceAlloc) return b.alloc;
  return instanceAlloc;
}

/** Instances of a class with `__del__` are registered for finalization (finalize.ts). */
const tracking = new WeakSet<object>();
function delTracking(alloc: (cls: PyType) => PyObject): (cls: PyType) => PyObject {
  if (tracking.has(alloc)) return alloc;
  const f = (cls: PyType): PyObject => {
    const o = alloc(cls);
    trackDel(o);
    return o;
  };
  tracking.add(f);
  return f;
}

/** The most derived metaclass of the bases (typeobject.c _PyType_CalculateMetaclass). */
export function calcMeta(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns). */
export function newClass(meta: PyType, name: string, basesIn: PyValue[], ns: PyDict): PyType {
  const bases: PyType[] = [];
  for (const b of basesIn) {
    if (!(b instanceof PyType)) raise("TypeError", `bases must be types`);
    if (b.final) raise("TypeError", `type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  for (let i = 0; i < bases.length; i++) for (let j = i + 1; j < bases.length; j++) if (bases[i] === bases[j]) raise("TypeError", `duplicate base class ${bases[i].name}`);
  if (bases.length === 0) bases.push(T.object);
  for (const b of bases) if (b.mro.length === 0) raise("TypeError", `Cannot extend an incomplete type '${b.name}'`);
  // best_base: the bases' instance layouts must nest (int and str cannot mix)
  if (bases.length > 1) bestBase(bases);
  const t = new PyType(name, bases);
  if (meta !== T.type) t.$cls = meta;
  t.heap = true;
  t.instDict = true;
  t.computeMro();
  registerSubclass(t);
  for (const [k, v] of ns.entries()) {
    if (typeof k !== "string") continue;
    // the class body's __class__ cell: filled here, never an attribute
    // (typeobject.c type_new_set_classcell)
    if (k === "__classcell__") {
      if (!(v instanceof PyCell)) raise("TypeError", `__classcell__ must be a nonlocal cell, not ${pyReprOf(typeOf(v))}`);
      v.v = t;
      continue;
    }
    if (k === "__qualname__") {
      const q = asStr(v);
      if (q === undefined) raise("TypeError", `type __qualname__ must be a str, not ${typeName(v)}`);
      t.qualname = q;
      continue;
    }
    // type_new_set_doc keeps a str docstring as UTF-8: a lone surrogate cannot be
    if (k === "__doc__" && typeof v === "string") checkUtf8(v);
    if ((k === "__new__") && v instanceof PyFunction) t.attrs.set(k, new PyStaticMethod(v));
    else if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) t.attrs.set(k, new PyClassMethod(v));
    else t.attrs.set(k, v);
  }
  // a metaclass's own mro() decides the MRO (typeobject.c mro_internal), called once
  // the namespace is in place
  if (meta !== T.type) {
    const mroFn = meta.lookup("mro");
    if (mroFn instanceof PyFunction) {
      // while mro() runs the class has no MRO yet (__mro__ is None)
      t.mro = [];
      try {
        t.mro = runCustomMro(t, mroFn);
      } catch (e) {
        if (t.mro.length === 0) t.computeMro();
        throw e;
      }
    }
  }
  installLayout(t, bases, t.attrs.get("__slots__"));
  if (!t.attrs.has("__doc__")) t.attrs.set("__doc__", null);
  // a class that defines __eq__ but not __hash__ is unhashable (typeobject.c inherit_slots)
  if (t.attrs.has("__eq__") && !t.attrs.has("__hash__")) t.attrs.set("__hash__", null);
  t.alloc = solidAlloc(t);
  if (t.lookup("__del__") !== undefined) t.alloc = delTracking(t.alloc);
  // __set_name__ on descriptors, then the parent's __init_subclass__
  for (const [k, v] of t.attrs) {
    if (v !== null && typeof v === "object" && (v.$cls.heap || v instanceof PyProperty)) {
      const sn = v.$cls.lookup("__set_name__");
      if (sn != null) {
        try {
          callv(bindDescr(sn, v), [t, k], null);
        } catch (e) {
          // 3.11 type_new_set_names: the error becomes the cause of a RuntimeError
          if (!(e instanceof PyBaseException)) throw e;
          const w = newExc(EXC.RuntimeError, [`Error calling __set_name__ on '${v.$cls.name}' instance '${k}' in '${t.name}'`]);
          w.cause = e;
          w.context = e;
          w.suppressContext = true;
          throw w;
        }
      }
    }
  }
  return t;
}

export function initSubclass(t: PyType, kwvals: PyValue[], kwnames: string[]): void {
  // super(t, t).__init_subclass__: the next definition along t's own MRO, so a
  // mixin listed first does not hide a later base's hook
  // type_new_init_subclass calls super(t, t): a custom mro() without t fails there
  if (!t.mro.includes(t)) raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
  let f: PyValue | undefined;
  for (let i = 1; i < t.mro.length && f === undefined; i++) f = t.mro[i].attrs.get("__init_subclass__");
  if (f === undefined) return;
  if (f instanceof PyClassMethod) callv(f.f, [t, ...kwvals], kwnames.length ? kwnames : null);
  else if (kwnames.length) raise("TypeError", `${t.name}.__init_subclass__() takes no keyword arguments`);
}

/** bltinmodule.c builtin___build_class__: __prepare__ must give a mapping. */
function prepareResultCheck(who: string, r: PyValue): void {
  if (typeOf(r).lookup("__getitem__") === undefined) raise("TypeError", `${who}.__prepare__() must return a mapping, not ${typeOf(r).name}`);
}

function resolveMroEntries(bases: PyValue[]): PyValue[] {
  let out: PyValue[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    const entries = b instanceof PyType ? undefined : getattrOrUndefined(b, "__mro_entries__");
    if (entries === undefined) {
      out?.push(b);
      continue;
    }
    out ??= bases.slice(0, i);
    const r = callv(entries, [tuple(bases)], null);
    if (!(r instanceof PyTuple)) raise("TypeError", "__mro_entries__ must return a tuple");
    out.push(...r.a);
  }
  return out ?? bases;
}
function getattrOrUndefined(o: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyObject && isInstance(e, EXC.AttributeError)) return undefined;
    throw e;
  }
}

/** `class C(**m)`: the mapping's items as the name, value pairs buildClass takes
 * (bltinmodule.c builtin___build_class__ receives them merged). */
export function classKw(m: PyValue): PyValue[] {
  const out: PyValue[] = [];
  let keys: PyValue[];
  if (m instanceof PyDict) keys = [...m.t.m.keys()].map((n) => m.t.keyOf(n));
  else {
    if (m === null || typeof m !== "object" || m.$cls.lookup("keys") == null) raise("TypeError", `__build_class__() argument after ** must be a mapping, not ${typeName(m)}`);
    keys = toArray(callMethod(m, "keys", [], null));
  }
  for (const k of keys) {
    if (typeof k !== "string") raise("TypeError", "keywords must be strings");
    out.push(k, m instanceof PyDict ? m.getStr(k)! : callMethod(m, "__getitem__", [k], null));
  }
  return out;
}

/** The class statement: run the body in a fresh namespace, then create the class. */
export function buildClass(body: (ns: PyDict) => PyCell | null, name: string, bases: PyValue[], kw: PyValue[], _code: PyCode): PyValue {
  let meta: PyType | null = null;
  const kwnames: string[] = [];
  const kwvals: PyValue[] = [];
  let explicitMeta: PyValue = null;
  for (let i = 0; i < kw.length; i += 2) {
    for (let j = 0; j < i; j += 2) if (kw[j] === kw[i]) raise("TypeError", `__build_class__() got multiple values for keyword argument '${kw[i] as string}'`);
    if (kw[i] === "metaclass") explicitMeta = kw[i + 1];
    else {
      kwnames.push(kw[i] as string);
      kwvals.push(kw[i + 1]);
    }
  }
  // PEP 560 (bltinmodule.c update_bases): a base that is not a class may stand for
  // others through __mro_entries__(original bases) (typing.Generic[T], NamedTuple)
  const origBases = bases;
  bases = resolveMroEntries(bases);
  if (explicitMeta instanceof PyType) meta = calcMeta(explicitMeta, bases);
  else if (explicitMeta === null) meta = bases.length ? calcMeta(typeOf(bases[0]), bases) : T.type;
  let ns = new PyDict();
  if (meta !== null && meta !== T.type) {
    const prep = meta.lookup("__prepare__");
    if (prep != null && !(prep instanceof PyBuiltin)) {
      const r = callv(getDescr(prep, meta, meta), [name, tuple(bases), ...kwvals], kwnames.length ? kwnames : null);
      if (r instanceof PyDict) ns = r;
      else prepareResultCheck(meta.name, r);
    }
  } else if (meta === null && explicitMeta !== null) {
    // a metaclass that is not a class: its own __prepare__ if it has one
    const prep = getattrOrUndefined(explicitMeta, "__prepare__");
    if (prep !== undefined) {
      const r = callv(prep, [name, tuple(bases), ...kwvals], kwnames.length ? kwnames : null);
      if (r instanceof PyDict) ns = r;
      else prepareResultCheck("<metaclass>", r);
    }
  }
  if (bases !== origBases) ns.setStr("__orig_bases__", tuple(origBases));
  const cell = body(ns);
  let cls: PyValue;
  if (meta === T.type) {
    cls = newClass(T.type, name, bases, ns);
    initSubclass(cls as PyType, kwvals, kwnames);
  } else cls = callv(meta ?? explicitMeta, [name, tuple(bases), ns, ...kwvals], kwnames.length ? kwnames : null);
  // bltinmodule.c builtin___build_class__: type.__new__ must have filled the cell
  if (cell !== null && cls instanceof PyType && cell.v !== cls) {
    if (cell.v === undefined) raise("RuntimeError", `__class__ not set defining '${name}' as ${pyReprOf(cls)}. Was __classcell__ propagated to type.__new__?`);
    raise("TypeError", `__class__ set to ${pyReprOf(cell.v)} defining '${name}' as ${pyReprOf(cls)}`);
  }
  return cls;
}

/** object_new's Py_TPFLAGS_IS_ABSTRACT check: the flag is a non-empty
 * `__abstractmethods__` in the class's own namespace (set by abc.ABCMeta). */
export function checkAbstract(cls: PyType): void {
  const am = cls.attrs.get("__abstractmethods__");
  if (am === undefined || am === null || typeof am !== "object" || !("t" in am)) return;
  const names = toArray(am).filter((n): n is string => typeof n === "string").sort();
  if (names.length === 0) return;
  raise("TypeError", `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
}

let objectNew: PyValue | undefined;
let objectInit: PyValue | undefined;

/** type.__call__(cls, *args, **kw) (typeobject.c type_call). */
export function callType(t: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  if (t === T.type && args.length === 1 && kwnames === null) return typeOf(args[0]);
  const meta = typeOf(t);
  if (meta !== T.type && meta.heap) {
    const mc = meta.lookup("__call__");
    if (mc !== T.type.attrs.get("__call__") && mc != null) return callv(bindDescr(mc, t), args, kwnames);
  }
  return typeCall(t, args, kwnames);
}

/** BaseException.__new__ and the call it stands for, set by exc-methods.ts: user
 * exception classes are made without the argument list copies (p6). */
export const excNewHook: {
  sm: PyValue | undefined;
  alloc: ((t: PyType, args: PyValue[]) => PyValue) | null;
  /** the instance's __init__ is BaseException's and would only set again what __new__ set (exc-extra.ts) */
  initDone: ((obj: PyValue) => boolean) | null;
} = { sm: undefined, alloc: null, initDone: null };

export function typeCall(t: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  // the plan of the last such call (below): no lookups of __new__ and __init__
  const plan = t.ctorPlan;
  if (plan !== null && plan.e === typeEpoch && plan.mro === t.mro && kwnames === null && (plan.init as PyFunction).$fast === args.length + 1) {
    const obj = t.alloc!(t);
    const init = plan.init.$fn;
    const r = args.length === 0 ? init(obj) : args.length === 1 ? init(obj, args[0]) : args.length === 2 ? init(obj, args[0], args[1]) : args.length === 3 ? init(obj, args[0], args[1], args[2]) : init(obj, ...args);
    if (r !== null) raise("TypeError", `__init__() should return None, not '${typeOf(r).name}'`);
    return obj;
  }
  const ctor = !t.heap ? ctors.get(t) : undefined;
  if (ctor !== undefined) return ctor(args, kwnames);
  objectNew ??= T.object.attrs.get("__new__");
  objectInit ??= T.object.attrs.get("__init__");
  const nf = t.lookup("__new__");
  let obj: PyValue;
  if (nf === objectNew) {
    if (args.length && t.lookup("__init__") === objectInit) raise("TypeError", `${t.name}() takes no arguments`);
    checkAbstract(t);
    // a built-in type without tp_new (iterators, views...): type_call refuses it
    if (typeof t.alloc !== "function") raise("TypeError", `cannot create '${t.name}' instances`);
    obj = t.alloc(t);
  } else {
    // slot_tp_new: __new__ is looked up as an attribute of the class, so a
    // classmethod __new__ receives the class twice
    if (nf === excNewHook.sm && kwnames === null) {
      obj = excNewHook.alloc!(t, args);
      if (excNewHook.initDone !== null && excNewHook.initDone(obj)) return obj;
    }
    else {
      const f = nf instanceof PyStaticMethod ? nf.f : nf instanceof PyClassMethod ? getDescr(nf, null, t) : nf!;
      obj = callv(f, [t, ...args], kwnames);
      if (!isInstance(obj, t)) return obj;
    }
  }
  const init = typeOf(obj).lookup("__init__");
  if (init !== objectInit && init != null) {
    // a plain function or built-in method takes the instance first: no bound method
    const plain = init instanceof PyFunction && kwnames === null && init.$fast === args.length + 1;
    // remembered for the next call when nothing but object.__new__ and this __init__ ran
    if (plain && t.heap && nf === objectNew && typeOf(obj) === t) t.ctorPlan = { e: typeEpoch, mro: t.mro, init };
    const r =
      plain
        ? init.$fn(obj, ...args)
        : init instanceof PyBuiltin && init.$meth
          ? callBuiltin(init, [obj, ...args], kwnames)
          : callv(bindDescr(init, obj), args, kwnames);
    if (r !== null) raise("TypeError", `__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}
state.callType = callType;

// ---- super ----
export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: PyValue, readonly objType: PyType | null) {
    super();
  }
}
PySuper.prototype.$cls = T.super;

export function makeSuper(thisType: PyValue, obj: PyValue | undefined): PySuper {
  if (!(thisType instanceof PyType)) raise("TypeError", "super() argument 1 must be a type, not " + typeOf(thisType).name);
  if (obj === undefined || obj === null) return new PySuper(thisType, null, null);
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) return new PySuper(thisType, obj, obj);
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(thisType)) {
    // a proxy may claim the class through __class__ (typeobject.c supercheck)
    const claimed = getattrOrUndefined(obj, "__class__");
    if (claimed instanceof PyType && claimed !== ot && claimed.isSubtypeOf(thisType)) return new PySuper(thisType, obj, claimed);
    raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
  }
  return new PySuper(thisType, obj, ot);
}

/** super.__get__: an unbound super(C) stored on a class binds to the instance
 * (typeobject.c super_descr_get). */
export function superGet(s: PySuper, obj: PyValue): PyValue {
  if (obj === null || s.obj !== null) return s;
  const t = typeOf(s);
  return t === T.super ? makeSuper(s.thisType, obj) : callv(t, [s.thisType, obj], null);
}

/** super() with no arguments: the __class__ cell and the frame's first argument. */
export function superZero(superObj: PyValue, cell: PyCell | null, self: PyValue | undefined): PyValue {
  if (superObj !== T.super) return callv(superObj, [], null);
  // typeobject.c super_init_without_args, in its order
  if (self === undefined) raise("RuntimeError", "super(): arg[0] deleted");
  if (cell === null) raise("RuntimeError", "super(): __class__ cell not found");
  if (cell.v === undefined) raise("RuntimeError", "super(): empty __class__ cell");
  return makeSuper(cell.v, self);
}
/** `super()` in a function without positional parameters */
export function superNoArgs(superObj: PyValue): PyValue {
  if (superObj !== T.super) return callv(superObj, [], null);
  return raise("RuntimeError", "super(): no arguments");
}

export function superGetattr(s: PySuper, name: string): PyValue {
  if (s.objType !== null && name !== "__class__") {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].attrs.get(name);
      if (v !== undefined) {
        if (v instanceof PyFunction) return s.obj === s.objType ? v : getDescr(v, s.obj, s.objType);
        // super(C, cls).prop: a data descriptor asked without an instance is itself
        if (s.obj === s.objType && (v instanceof PyProperty || v instanceof PyGetSet)) return v;
        return getDescr(v, s.obj === s.objType ? null : s.obj, s.objType);
      }
    }
  }
  const st = typeOf(s);
  const v = st.lookup(name);
  if (v !== undefined) return getDescr(v, s, st);
  return attributeError(s, name);
}

export { PyTuple };
