// _abc: the bookkeeping of abc.ABCMeta in TypeScript, as CPython's Modules/_abc.c
// keeps it in C. Each ABC holds an `_abc_impl` (_abc_data) with its registry of
// virtual subclasses and its positive/negative caches; one invalidation counter for
// the whole process makes every negative cache stale when any ABC registers a class.
// abc.py's ABCMeta methods call these functions, and builtins isinstance/issubclass
// call `abcInstancecheck`/`abcSubclasscheck` directly when the metaclass's hook is
// abc.py's own (see `abcHooks`), so the common check runs no Python frame.
import { PyObject, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T, NotImplemented } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import type { PyModule } from "../runtime/containers.js";
import { PyTuple } from "../runtime/containers.js";
import { getattr, setattr } from "../runtime/attributes.js";
import { callv } from "../runtime/call.js";
import * as O from "../runtime/ops.js";
import { EXC } from "../runtime/exceptions.js";
import { newSet } from "../runtime/set.js";
import { getIter } from "../runtime/iter.js";
import { unionChecks } from "../runtime/union-type.js";
import { patmaMarks } from "../runtime/patma-flags.js";
import { patmaKind } from "../runtime/rt.js";

/** What one ABC remembers (_abc.c _abc_data). Classes are kept by identity. */
class AbcData extends PyObject {
  registry = new Set<PyValue>();
  cache = new Set<PyValue>();
  negative = new Set<PyValue>();
  negativeVersion = invalidationCounter;
}
const abcDataType = new PyType("_abc_data", [T.object]);
abcDataType.computeMro();
abcDataType.attrs.set("__module__", "_abc");
AbcData.prototype.$cls = abcDataType;

/** bumped by every registration (_abc.c abc_invalidation_counter) */
let invalidationCounter = 0;

/** The functions abc.py installs as ABCMeta.__instancecheck__/__subclasscheck__
 * (its `_abc_hooks` call): a metaclass lookup that finds them may skip their frame. */
export const abcHooks: { instancecheck: PyValue | undefined; subclasscheck: PyValue | undefined } = {
  instancecheck: undefined,
  subclasscheck: undefined,
};

/** _abc.c _get_impl: `self._abc_impl`, which must be an _abc_data */
function implOf(cls: PyValue): AbcData {
  let d: PyValue | undefined = cls instanceof PyType ? cls.lookup("_abc_impl") : undefined;
  if (!(d instanceof AbcData)) d = getattr(cls, "_abc_impl");
  if (!(d instanceof AbcData)) raise("TypeError", "_abc_impl is set to a wrong type");
  return d;
}

function attrOrUndefined(o: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return undefined;
    throw e;
  }
}

/** _abc.c _PyObject_IsAbstract: a true `__isabstractmethod__` */
function isAbstract(v: PyValue): boolean {
  const flag = attrOrUndefined(v, "__isabstractmethod__");
  return flag !== undefined && O.truthy(flag);
}

/** _abc.c compute_abstract_methods: abstract names of the class's own namespace,
 * plus the inherited abstract names it does not override concretely */
function computeAbstracts(cls: PyType): void {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (k: string): void => {
    if (!seen.has(k)) {
      seen.add(k);
      names.push(k);
    }
  };
  for (const [k, v] of Array.from(cls.attrs.entries())) if (isAbstract(v)) add(k);
  const bases = getattr(cls, "__bases__");
  if (!(bases instanceof PyTuple)) raise("TypeError", "__bases__ is not tuple");
  for (const base of bases.a) {
    const inherited = attrOrUndefined(base, "__abstractmethods__");
    if (inherited === undefined) continue;
    const it = getIter(inherited);
    for (let k = it.$next(); k !== undefined; k = it.$next()) {
      if (typeof k !== "string") continue;
      const v = attrOrUndefined(cls, k);
      if (v !== undefined && isAbstract(v)) add(k);
    }
  }
  setattr(cls, "__abstractmethods__", newSet(names, true));
}

/** _abc.c _abc__abc_init */
function abcInit(cls: PyValue): PyValue {
  if (cls instanceof PyType) computeAbstracts(cls);
  setattr(cls, "_abc_impl", new AbcData());
  return null;
}

/** The class `instance` claims (its `__class__`), read without the generic attribute
 * path when its type keeps object's `__class__` and `__getattribute__`. */
let objectClassDescr: PyValue | undefined;
let objectGetattribute: PyValue | undefined;
function claimedClass(instance: PyValue): PyValue {
  const t = O.typeOf(instance);
  objectClassDescr ??= T.object.attrs.get("__class__");
  objectGetattribute ??= T.object.attrs.get("__getattribute__");
  if (t.lookup("__class__") === objectClassDescr && t.lookup("__getattribute__") === objectGetattribute) return t;
  return getattr(instance, "__class__");
}

/** `cls.__subclasscheck__(sub)` through the metaclass, abc.py's own without a frame */
function callSubclasscheck(cls: PyValue, sub: PyValue): PyValue {
  const f = O.typeOf(cls).lookup("__subclasscheck__");
  if (f !== undefined && f === abcHooks.subclasscheck) return abcSubclasscheck(cls, sub);
  return callv(getattr(cls, "__subclasscheck__"), [sub], null);
}

/** _abc.c _abc__abc_instancecheck_impl */
export function abcInstancecheck(cls: PyValue, instance: PyValue): PyValue {
  const impl = implOf(cls);
  const claimed = claimedClass(instance);
  if (impl.cache.has(claimed)) return true;
  const actual = O.typeOf(instance);
  if (actual === claimed) {
    if (impl.negativeVersion === invalidationCounter && impl.negative.has(claimed)) return false;
    return callSubclasscheck(cls, claimed);
  }
  const r = callSubclasscheck(cls, claimed);
  if (O.truthy(r)) return r;
  return callSubclasscheck(cls, actual);
}

/** _abc.c _abc__abc_subclasscheck_impl, its numbered steps */
export function abcSubclasscheck(cls: PyValue, sub: PyValue): boolean {
  if (!(sub instanceof PyType)) raise("TypeError", "issubclass() arg 1 must be a class");
  const impl = implOf(cls);
  // 1. the positive cache
  if (impl.cache.has(sub)) return true;
  // 2. the negative cache, unless some registration made it stale
  if (impl.negativeVersion < invalidationCounter) {
    impl.negative.clear();
    impl.negativeVersion = invalidationCounter;
  } else if (impl.negative.has(sub)) return false;
  // 3. the subclass hook
  const ok = callv(getattr(cls, "__subclasshook__"), [sub], null);
  if (ok === true) {
    impl.cache.add(sub);
    return true;
  }
  if (ok === false) {
    impl.negative.add(sub);
    return false;
  }
  if (ok !== NotImplemented) raise("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented");
  // 4. a real subclass
  if (cls instanceof PyType && sub.mro.includes(cls)) {
    impl.cache.add(sub);
    return true;
  }
  // 5. a subclass of a registered class
  for (const r of Array.from(impl.registry)) {
    if (unionChecks.issubclass(sub, r)) {
      impl.cache.add(sub);
      return true;
    }
  }
  // 6. a subclass of a subclass (recursive)
  const subs = callv(getattr(cls, "__subclasses__"), [], null);
  const it = getIter(subs);
  for (let s = it.$next(); s !== undefined; s = it.$next()) {
    if (unionChecks.issubclass(sub, s)) {
      impl.cache.add(sub);
      return true;
    }
  }
  // 7. no
  impl.negative.add(sub);
  return false;
}

/** typeobject.c set_collection_flag_recursive: the class and its subclasses, stopping
 * at immutable types and at classes that have the flag already */
function spreadCollectionKind(klass: PyType, kind: number): void {
  if (!klass.heap || patmaKind(klass) === kind) return;
  patmaMarks.set(klass, kind);
  const subs = callv(T.type.attrs.get("__subclasses__")!, [klass], null);
  const it = getIter(subs);
  for (let s = it.$next(); s !== undefined; s = it.$next()) if (s instanceof PyType) spreadCollectionKind(s, kind);
}

/** _abc.c _abc__abc_register_impl */
function abcRegister(cls: PyValue, sub: PyValue): PyValue {
  if (!(sub instanceof PyType)) raise("TypeError", "Can only register classes");
  if (unionChecks.issubclass(sub, cls)) return sub;
  if (unionChecks.issubclass(cls, sub)) raise("RuntimeError", "Refusing to create an inheritance cycle");
  implOf(cls).registry.add(sub);
  invalidationCounter++;
  if (cls instanceof PyType) {
    const kind = patmaKind(cls);
    if (kind === 1 || kind === 2) spreadCollectionKind(sub, kind);
  }
  return sub;
}

registerModule("_abc", (m: PyModule) => {
  const d = m.$dict!;
  d.setStr("_abc_data", abcDataType);
  d.setStr("get_cache_token", builtin("get_cache_token", 0, 0, () => invalidationCounter));
  d.setStr("_abc_init", builtin("_abc_init", 1, 1, abcInit));
  d.setStr("_abc_register", builtin("_abc_register", 2, 2, abcRegister));
  d.setStr("_abc_instancecheck", builtin("_abc_instancecheck", 2, 2, abcInstancecheck));
  d.setStr("_abc_subclasscheck", builtin("_abc_subclasscheck", 2, 2, abcSubclasscheck));
  d.setStr(
    "_get_dump",
    builtin("_get_dump", 1, 1, (cls: PyValue) => {
      const impl = implOf(cls);
      return new PyTuple([newSet(Array.from(impl.registry)), newSet(Array.from(impl.cache)), newSet(Array.from(impl.negative)), impl.negativeVersion]);
    }),
  );
  d.setStr(
    "_reset_registry",
    builtin("_reset_registry", 1, 1, (cls: PyValue) => {
      implOf(cls).registry.clear();
      return null;
    }),
  );
  d.setStr(
    "_reset_caches",
    builtin("_reset_caches", 1, 1, (cls: PyValue) => {
      const impl = implOf(cls);
      impl.cache.clear();
      impl.negative.clear();
      return null;
    }),
  );
  // abc.py names its two hooks here, so isinstance/issubclass may call the native
  // checks directly while ABCMeta still has them (a subclass overriding them does not)
  d.setStr(
    "_abc_hooks",
    builtin("_abc_hooks", 2, 2, (inst: PyValue, sub: PyValue) => {
      abcHooks.instancecheck = inst;
      abcHooks.subclasscheck = sub;
      return null;
    }),
  );
});

