// `_functools`: partial, reduce, cmp_to_key and the lru_cache wrapper in TypeScript.
// functools.py imports them at its end, as CPython's functools does with its C
// accelerator, so `import_fresh_module('functools', blocked=['_functools'])` still gets
// the Python versions. Behaviour (reprs, messages, pickling, attribute rules) follows
// CPython's C versions, checked as a black box against python3.
import { PyObject, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method, kwmethod, getset, member, builtin, kwbuiltin } from "../runtime/descriptors.js";
import { PyBuiltin, PyBoundMethod, PyFunction } from "../runtime/function.js";
import { PyClassMethod, PyStaticMethod } from "../runtime/property.js";
import { registerModule } from "../runtime/modules.js";
import { ctors } from "../runtime/klass.js";
import { PyDict } from "../runtime/dict.js";
import { PyTuple, tuple, EMPTY_TUPLE } from "../runtime/containers.js";
import { callv } from "../runtime/call.js";
import { getIter } from "../runtime/iter.js";
import { EXC } from "../runtime/exceptions.js";
import { makeGenericAlias } from "../runtime/generic-alias.js";
import { pyRepr, pyStr, pyHash, pyEqBool, typeOf, typeName, reprEnter, reprLeave, richCompare, isIndex, indexValue, truthy, type CmpOp } from "../runtime/ops.js";

function isCallable(v: PyValue): boolean {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod) return true;
  return typeOf(v).lookup("__call__") != null;
}

/** A type of the extension module: tp_name "functools.<name>". */
function extType(name: string, doc: string | null): PyType {
  const t = new PyType(`functools.${name}`, [T.object]);
  t.qualname = name;
  t.computeMro();
  t.attrs.set("__module__", "functools");
  t.attrs.set("__doc__", doc);
  return t;
}

/** Call `fn` with positional `args` then the keyword items of `kw` (keys must be str). */
function callWith(fn: PyValue, args: PyValue[], kw: PyDict | null): PyValue {
  if (kw === null || kw.size === 0) return callv(fn, args, null);
  const names: string[] = [];
  const all = args.slice();
  for (const [k, v] of kw.entries()) {
    if (typeof k !== "string") raise("TypeError", "keywords must be strings");
    names.push(k);
    all.push(v);
  }
  return callv(fn, all, names);
}

/** Call `fn` with positional `args` then the keywords of a kwmethod's `kw` map. */
function callKw(fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw === null || kw.size === 0) return callv(fn, args, null);
  return callv(fn, [...args, ...kw.values()], [...kw.keys()]);
}

/** A getset `__dict__` for a type whose instances always have one (tp_dictoffset). */
function dictAttr(t: PyType): void {
  t.instDict = true;
  getset(t, "__dict__", (s) => ((s as PyObject).$dict ??= new PyDict()), (s, v) => {
    if (v === undefined) raise("TypeError", "cannot delete __dict__");
    if (!(v instanceof PyDict)) raise("TypeError", `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (s as PyObject).$dict = v;
  });
}

// ---- partial ----

const partialType = extType("partial", "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n");

class PyPartial extends PyObject {
  fn: PyValue = null;
  args: PyTuple = EMPTY_TUPLE;
  kw: PyDict = new PyDict();
}
PyPartial.prototype.$cls = partialType;
partialType.alloc = (cls) => {
  const p = new PyPartial();
  if (cls !== partialType) p.$cls = cls;
  return p;
};
dictAttr(partialType);

/** partial_new: `kw` holds the call's keywords (a fresh dict, owned by the result). */
function newPartial(cls: PyType, args: PyValue[], kw: PyDict): PyPartial {
  if (args.length < 1) raise("TypeError", "type 'partial' takes at least one argument");
  let fn = args[0];
  if (!isCallable(fn)) raise("TypeError", "the first argument must be callable");
  let pargs = args.slice(1);
  // a partial called by partial's own __call__ and without instance attributes is
  // flattened into the new one (partial_new's tp_call check)
  if (fn instanceof PyPartial && (fn.$dict === null || fn.$dict.size === 0) && (fn.$cls === partialType || typeOf(fn).lookup("__call__") === partialCall)) {
    pargs = [...fn.args.a, ...pargs];
    if (fn.kw.size) {
      const merged = new PyDict();
      for (const [k, v] of fn.kw.entries()) merged.set(k, v);
      for (const [k, v] of kw.entries()) merged.set(k, v);
      kw = merged;
    }
    fn = fn.fn;
  }
  const p = partialType.alloc!(cls) as PyPartial;
  p.fn = fn;
  p.args = tuple(pargs);
  p.kw = kw;
  return p;
}

function kwDict(kw: Map<string, PyValue> | null): PyDict {
  const d = new PyDict();
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
  return d;
}

ctors.set(partialType, (args, kwnames) => {
  if (kwnames === null || kwnames.length === 0) return newPartial(partialType, args, new PyDict());
  const npos = args.length - kwnames.length;
  const d = new PyDict();
  for (let i = 0; i < kwnames.length; i++) d.setStr(kwnames[i], args[npos + i]);
  return newPartial(partialType, args.slice(0, npos), d);
});
partialType.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (cls, ...a) => newPartial(cls as PyType, a, new PyDict()), 1, Infinity, (a, kw) => {
  if (!(a[0] instanceof PyType) || !a[0].isSubtypeOf(partialType)) raise("TypeError", "partial.__new__(X): X is not a subtype of functools.partial");
  return newPartial(a[0], a.slice(1), kwDict(kw));
})));

const P = (v: PyValue): PyPartial => v as PyPartial;

const partialCall = kwmethod(partialType, "__call__", (a, kw) => {
  const p = P(a[0]);
  const args = p.args.a.length === 0 ? a.slice(1) : [...p.args.a, ...a.slice(1)];
  if (kw === null || kw.size === 0) return callWith(p.fn, args, p.kw);
  if (p.kw.size === 0) return callKw(p.fn, args, kw);
  const merged = new PyDict();
  for (const [k, v] of p.kw.entries()) merged.set(k, v);
  for (const [k, v] of kw) merged.setStr(k, v);
  return callWith(p.fn, args, merged);
});

member(partialType, "func", (s) => P(s).fn);
member(partialType, "args", (s) => P(s).args);
member(partialType, "keywords", (s) => P(s).kw);

method(partialType, "__repr__", 0, 0, (s) => {
  const p = P(s);
  const t = typeOf(p);
  const name = t === partialType ? "functools.partial" : t.name;
  if (!reprEnter(p)) return "...";
  try {
    const parts = [pyRepr(p.fn)];
    for (const v of p.args.a) parts.push(pyRepr(v));
    // a snapshot: a key's __str__ may change the dict while the repr is built
    for (const [k, v] of [...p.kw.entries()]) parts.push(`${pyStr(k)}=${pyRepr(v)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprLeave(p);
  }
});

method(partialType, "__reduce__", 0, 0, (s) => {
  const p = P(s);
  const state = tuple([p.fn, p.args, p.kw.size ? p.kw : null, p.$dict ?? null]);
  return tuple([typeOf(p), tuple([p.fn]), state]);
});

method(partialType, "__setstate__", 1, 1, (s, state) => {
  const p = P(s);
  const bad = (): never => raise("TypeError", "invalid partial state");
  if (!(state instanceof PyTuple) || state.a.length !== 4) bad();
  const [fn, args, kw, dict] = (state as PyTuple).a;
  if (!isCallable(fn) || !(args instanceof PyTuple) || (kw !== null && !(kw instanceof PyDict)) || (dict !== null && !(dict instanceof PyDict))) bad();
  // subclasses of tuple and dict in the state become the exact types
  const exactArgs = (args as PyTuple).$cls === T.tuple ? (args as PyTuple) : tuple((args as PyTuple).a.slice());
  let exactKw: PyDict;
  if (kw === null) exactKw = new PyDict();
  else if ((kw as PyDict).$cls === T.dict) exactKw = kw as PyDict;
  else {
    exactKw = new PyDict();
    for (const [k, v] of (kw as PyDict).entries()) exactKw.set(k, v);
  }
  p.fn = fn;
  p.args = exactArgs;
  p.kw = exactKw;
  p.$dict = dict as PyDict | null;
  return null;
});
partialType.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2)));

// ---- reduce ----

const reduceFn = builtin("reduce", 2, 3, (...a: PyValue[]) => {
  const [fn, seq] = a;
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.TypeError)) raise("TypeError", "reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyValue | undefined = a.length > 2 ? a[2] : undefined;
  for (let v = it.$next(); v !== undefined; v = it.$next()) acc = acc === undefined ? v : callv(fn, [acc, v], null);
  if (acc === undefined) raise("TypeError", "reduce() of empty iterable with no initial value");
  return acc;
});

// ---- cmp_to_key ----

const keyType = extType("KeyWrapper", null);

class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, readonly obj: PyValue | undefined) {
    super();
  }
}
PyKeyWrapper.prototype.$cls = keyType;
keyType.attrs.set("__hash__", null);

kwmethod(keyType, "__call__", (a, kw) => {
  const self = a[0] as PyKeyWrapper;
  if (a.length > 2 || (a.length === 2 && kw !== null && kw.size > 0)) raise("TypeError", `K() takes at most 1 argument (${a.length - 1 + (kw?.size ?? 0)} given)`);
  let obj: PyValue | undefined = a[1];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== "obj") raise("TypeError", `K() got an unexpected keyword argument '${k}'`);
      obj = v;
    }
  }
  if (obj === undefined) raise("TypeError", "K() missing required argument 'obj' (pos 1)");
  return new PyKeyWrapper(self.cmp, obj);
});
getset(keyType, "obj", (s) => {
  const o = (s as PyKeyWrapper).obj;
  if (o === undefined) raise("AttributeError", "obj");
  return o;
});
for (const [name, op] of [["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"], ["__eq__", "Eq"], ["__ne__", "NotEq"]] as [string, CmpOp][]) {
  method(keyType, name, 1, 1, (s, o) => {
    if (!(o instanceof PyKeyWrapper)) raise("TypeError", "other argument must be K instance");
    const self = s as PyKeyWrapper;
    if (self.obj === undefined || o.obj === undefined) raise("AttributeError", "object");
    const r = callv(self.cmp, [self.obj, o.obj], null);
    return richCompare(r, 0, op);
  });
}

const cmpToKey = kwbuiltin("cmp_to_key", (a, kw) => {
  let cmp: PyValue | undefined = a[0];
  if (a.length > 1 || (a.length === 1 && kw !== null && kw.size > 0)) raise("TypeError", `cmp_to_key() takes at most 1 argument (${a.length + (kw?.size ?? 0)} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== "mycmp") raise("TypeError", `cmp_to_key() got an unexpected keyword argument '${k}'`);
      cmp = v;
    }
  }
  if (cmp === undefined) raise("TypeError", "cmp_to_key() missing required argument 'mycmp' (pos 1)");
  return new PyKeyWrapper(cmp, undefined);
});

// ---- lru_cache ----

/** A call's arguments as a cache key: hashed once, when made (the LRU tests count
 * __hash__ calls), compared item by item like a tuple. Never seen by Python code. */
class LruKey {
  readonly h: number;
  constructor(readonly parts: PyValue[]) {
    this.h = pyHash(tuple(parts));
  }
  equals(o: LruKey): boolean {
    const a = this.parts, b = o.parts;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEqBool(a[i], b[i])) return false;
    return true;
  }
}
/** separates positional arguments from keyword items in a key */
const KWD_MARK = new PyObject();
KWD_MARK.$cls = T.object;

/** The cache: a JS Map in recency order (least recent first). A lone int or str is its
 * own Map key; an LruKey is stored under the first equal key object seen, found through
 * its hash bucket, so a lookup runs no Python code beyond the items' __eq__. */
class LruStore {
  readonly order = new Map<unknown, PyValue>();
  private readonly buckets = new Map<number, LruKey[]>();
  /** the Map key under which `key` is stored, or undefined */
  find(key: PyValue | LruKey): unknown {
    if (!(key instanceof LruKey)) return this.order.has(key) ? key : undefined;
    const b = this.buckets.get(key.h);
    if (b === undefined) return undefined;
    // a snapshot: an item's __eq__ may call the cached function and change the bucket
    for (const cand of b.slice()) if (cand === key || cand.equals(key)) return this.order.has(cand) ? cand : undefined;
    return undefined;
  }
  add(key: PyValue | LruKey, v: PyValue): void {
    if (key instanceof LruKey) {
      const b = this.buckets.get(key.h);
      if (b === undefined) this.buckets.set(key.h, [key]);
      else b.push(key);
    }
    this.order.set(key, v);
  }
  remove(n: unknown): void {
    this.order.delete(n);
    if (n instanceof LruKey) {
      const b = this.buckets.get(n.h);
      if (b === undefined) return;
      const i = b.indexOf(n);
      if (i >= 0) b.splice(i, 1);
      if (b.length === 0) this.buckets.delete(n.h);
    }
  }
  clear(): void {
    this.order.clear();
    this.buckets.clear();
  }
}

function makeKey(args: PyValue[], kw: Map<string, PyValue> | null, typed: boolean): PyValue | LruKey {
  const hasKw = kw !== null && kw.size > 0;
  // a lone int or str argument is its own key (exact types only: True must not hit 1)
  if (!hasKw && !typed && args.length === 1) {
    const x = args[0];
    if (typeof x === "string" || typeof x === "number" || typeof x === "bigint") return x;
  }
  const parts = args.slice();
  if (hasKw) {
    parts.push(KWD_MARK);
    for (const [k, v] of kw!) parts.push(k, v);
  }
  if (typed) {
    for (const x of args) parts.push(typeOf(x));
    if (hasKw) for (const v of kw!.values()) parts.push(typeOf(v));
  }
  return new LruKey(parts);
}

const lruType = extType("_lru_cache_wrapper", "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n");
dictAttr(lruType);
lruType.descrGet = true;

class PyLruWrapper extends PyObject {
  hits = 0;
  misses = 0;
  readonly cache = new LruStore();
  constructor(
    cls: PyType,
    readonly fn: PyValue,
    /** -1: unbounded */
    readonly maxsize: number,
    readonly typed: boolean,
    readonly infoType: PyValue,
  ) {
    super();
    if (cls !== lruType) this.$cls = cls;
    this.$dict = new PyDict();
  }
}
PyLruWrapper.prototype.$cls = lruType;

const LRU_PARAMS = ["user_function", "maxsize", "typed", "cache_info_type"];
function newLru(cls: PyType, a: PyValue[], kw: Map<string, PyValue> | null): PyLruWrapper {
  if (a.length > 4) raise("TypeError", `lru_cache() takes at most 4 arguments (${a.length} given)`);
  const slots: (PyValue | undefined)[] = a.slice();
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = LRU_PARAMS.indexOf(k);
      if (i < 0) raise("TypeError", `lru_cache() got an unexpected keyword argument '${k}'`);
      if (i < a.length) raise("TypeError", `argument for lru_cache() given by name ('${k}') and position (${i + 1})`);
      slots[i] = v;
    }
  }
  for (let i = 0; i < 4; i++) if (slots[i] === undefined) raise("TypeError", `lru_cache() missing required argument '${LRU_PARAMS[i]}' (pos ${i + 1})`);
  const [fn, maxArg, typed, info] = slots as PyValue[];
  if (!isCallable(fn)) raise("TypeError", "the first argument must be callable");
  let maxsize: number;
  if (maxArg === null) maxsize = -1;
  else if (typeof maxArg !== "boolean" && isIndex(maxArg)) maxsize = Math.max(0, indexValue(maxArg, true));
  else if (typeof maxArg === "boolean") maxsize = maxArg ? 1 : 0;
  else raise("TypeError", "maxsize should be integer or None");
  return new PyLruWrapper(cls, fn, maxsize, truthy(typed), info);
}
ctors.set(lruType, (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  const kw = kwnames ? new Map(kwnames.map((k, i) => [k, args[npos + i]])) : null;
  return newLru(lruType, args.slice(0, npos), kw);
});
lruType.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (cls, ...a) => newLru(cls as PyType, a, null), 1, Infinity, (a, kw) => newLru(a[0] as PyType, a.slice(1), kw))));

const L = (v: PyValue): PyLruWrapper => v as PyLruWrapper;

function lruCall(w: PyLruWrapper, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (w.maxsize === 0) {
    w.misses++;
    return callKw(w.fn, args, kw);
  }
  const key = makeKey(args, kw, w.typed);
  const store = w.cache;
  const n = store.find(key);
  if (n !== undefined) {
    const found = store.order.get(n)!;
    w.hits++;
    if (w.maxsize > 0) {
      // move to the most recent end
      store.order.delete(n);
      store.order.set(n, found);
    }
    return found;
  }
  w.misses++;
  const result = callKw(w.fn, args, kw);
  // a recursive call may have cached this key meanwhile: a bounded cache keeps that
  // entry, an unbounded one overwrites it (as CPython's bounded/infinite wrappers do)
  const again = store.find(key);
  if (again !== undefined) {
    if (w.maxsize < 0) store.order.set(again, result);
    return result;
  }
  if (w.maxsize > 0 && store.order.size >= w.maxsize) {
    const oldest = store.order.keys().next();
    if (!oldest.done) store.remove(oldest.value);
  }
  store.add(key, result);
  return result;
}

kwmethod(lruType, "__call__", (a, kw) => lruCall(L(a[0]), a.slice(1), kw));
method(lruType, "__get__", 1, 2, (s, obj) => (obj === null || obj === undefined ? s : new PyBoundMethod(s, obj)));
method(lruType, "cache_info", 0, 0, (s) => {
  const w = L(s);
  return callv(w.infoType, [w.hits, w.misses, w.maxsize < 0 ? null : w.maxsize, w.cache.order.size], null);
});
method(lruType, "cache_clear", 0, 0, (s) => {
  const w = L(s);
  w.hits = w.misses = 0;
  w.cache.clear();
  return null;
});
// pickled by reference, like a function: the name update_wrapper stored
method(lruType, "__reduce__", 0, 0, (s) => {
  const q = (s as PyObject).$dict?.getStr("__qualname__");
  if (q === undefined) raise("AttributeError", "'functools._lru_cache_wrapper' object has no attribute '__qualname__'");
  return q;
});
method(lruType, "__copy__", 0, 0, (s) => s);
method(lruType, "__deepcopy__", 1, 1, (s) => s);

registerModule("_functools", (m) => {
  const d = m.$dict!;
  d.setStr("partial", partialType);
  d.setStr("reduce", reduceFn);
  d.setStr("cmp_to_key", cmpToKey);
  d.setStr("_lru_cache_wrapper", lruType);
  for (const f of [reduceFn, cmpToKey]) f.module = "_functools";
});
