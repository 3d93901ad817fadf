// The runtime entry points generated code calls, gathered in one object (`$R`).
// Subscripting, unpacking, exceptions and tracebacks, with-statements, function
// objects, imports and pattern matching live here; operators and attributes are
// re-exported from their own files.
import { PyObject, PyFloat, PyInstance, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T, NotImplemented, Ellipsis } from "./types.js";
import { raise } from "./raise.js";
import * as O from "./ops.js";
import * as Call from "./call.js";
import * as Attr from "./attributes.js";
import { PyFunction, PyBuiltin, PyCell, PyCode, type JsFn } from "./function.js";
import { PyList, PyTuple, PySet, PySlice, PyModule, tuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { writeUnraisable } from "./unraisable.js";
import { patmaMarks } from "./patma-flags.js";
import { EXC, excFields, newExc, PyBaseException, type TbEntry } from "./exceptions.js";
import { getIter, toArray } from "./iter.js";
import { PyGenerator, resuming, yfIter, yfSend, yfThrow, type JsGen, type SmFn } from "./generator.js";
import { PyFrame, frameType, tbFrame, type FrameRec } from "./frames.js";
import { listGet, listSet, listDel, tupleGet, seqFind } from "./list.js";
import { dictGet, dictUpdate, keyError } from "./dict-methods.js";
import { strGetitem } from "./str.js";
import { isSimple as isSimpleStr, cpLength, concatStr } from "./text/codepoints.js";
import { newSet, setHas, constSet } from "./set.js";
import { strContains } from "./text/str-search.js";
import { buildClass, superZero, classKw } from "./klass.js";
export { superNoArgs } from "./klass.js";
import { formatValue } from "./format.js";
import { tracebackOf } from "./exc-methods.js";
import { state, isStackOverflow } from "./state.js";
import { isHostSizeLimit } from "./mem-limit.js";
import { importModule, importFrom, importStar, sysModules } from "./modules.js";
import { method, getset } from "./descriptors.js";
import { makeGenericAlias, GENERIC_BUILTINS } from "./generic-alias.js";

// ---- subscripts ----
/** The builtins whose `__class_getitem__` a subclass inherits (3.11: not type, map...). */
const SUBSCRIPTABLE_BASES = (): PyType[] => [T.list, T.dict, T.tuple, T.set, T.frozenset, T.enumerate];
/** dict.__getitem__ (built-in types never change: fetched once) */
let DICT_GETITEM: PyValue | undefined;
export function getitem(o: PyValue, k: PyValue): PyValue {
  if (o instanceof PyList && !o.$cls.heap) return listGet(o, k);
  if (o instanceof PyDict && o.$cls === T.dict) {
    const v = o.t.get(k);
    return v !== undefined ? v : dictGet(o, k);
  }
  // a dict subclass that keeps dict's __getitem__ (defaultdict, Counter, OrderedDict):
  // dict_subscript itself, which asks for __missing__ only when the key is absent
  if (o instanceof PyDict && o.$cls.lookup("__getitem__") === (DICT_GETITEM ??= T.dict.attrs.get("__getitem__"))) return dictGet(o, k);
  if (typeof o === "string") return strGetitem(o, k);
  // a tuple subclass (a namedtuple) keeps the fast path unless it overrides __getitem__
  if (o instanceof PyTuple && (!o.$cls.heap || o.$cls.lookup("__getitem__") === T.tuple.attrs.get("__getitem__"))) return tupleGet(o, k);
  if (o instanceof PyType) {
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) return Call.callv(Attr.getDescr(cg, null, o), [k], null);
    const gens = GENERIC_BUILTINS();
    if (gens.includes(o)) return makeGenericAlias(o, k);
    // subclasses inherit the builtin's __class_getitem__ (namedtuple `Group[int]`);
    // with a metaclass other than type, its __getitem__ would come first
    if (o.$cls === T.type && o.mro.some((c) => SUBSCRIPTABLE_BASES().includes(c))) return makeGenericAlias(o, k);
  }
  const r = O.callSpecial(o, "__getitem__", [k]);
  if (r === undefined) {
    // PyObject_GetItem names a class that has no __class_getitem__ itself
    if (o instanceof PyType) raise("TypeError", `type '${o.name}' is not subscriptable`);
    raise("TypeError", `'${O.typeName(o)}' object is not subscriptable`);
  }
  return r;
}
/** `o[a:b]` (no step) without allocating the slice object for exact lists and for strs
 * without surrogates, where a code point is one unit; small-int bounds only (None is
 * null), clamped as PySlice_AdjustIndices does. Everything else gets a real slice. */
export function getslice(o: PyValue, a: PyValue, b: PyValue): PyValue {
  if ((a === null || typeof a === "number") && (b === null || typeof b === "number")) {
    if (typeof o === "string") {
      // s[-k:]: when the last k UTF-16 units hold no surrogate they are the last k code
      // points, whatever the rest of s holds (no scan of a fresh string)
      if (b === null && a !== null && a < 0 && a > -16) {
        const t = o.slice(a);
        if (isSimpleStr(t)) return t;
      }
      if (isSimpleStr(o)) return o.slice(clampLo(a, o.length), clampHi(b, o.length));
    } else if (o instanceof PyList && o.$cls === T.list) {
      const n = o.a.length;
      const lo = clampLo(a, n), hi = clampHi(b, n);
      return new PyList(lo < hi ? o.a.slice(lo, hi) : []);
    }
  }
  return getitem(o, new PySlice(a, b, null));
}
const clampLo = (a: number | null, n: number): number => (a === null ? 0 : a < 0 ? Math.max(0, a + n) : Math.min(a, n));
const clampHi = (b: number | null, n: number): number => (b === null ? n : b < 0 ? Math.max(0, b + n) : Math.min(b, n));

export function setitem(o: PyValue, k: PyValue, v: PyValue): void {
  if (o instanceof PyList && !o.$cls.heap) return listSet(o, k, v);
  if (o instanceof PyDict && o.$cls === T.dict) return o.set(k, v);
  const f = O.typeOf(o).lookup("__setitem__");
  if (f == null) raise("TypeError", `'${O.typeName(o)}' object does not support item assignment`);
  // a built-in __setitem__ (a dict/list subclass that keeps its base's) is called
  // without a bound method, as callSpecial does
  if (f instanceof PyBuiltin && f.$meth && f.kw === null) f.$fn(o, k, v);
  else Call.callv(O.bindDescr(f, o), [k, v], null);
}
export function delitem(o: PyValue, k: PyValue): void {
  if (o instanceof PyList && !o.$cls.heap) return listDel(o, k);
  // an exact dict: its __delitem__ without the bound method (dict-methods.ts)
  if (o instanceof PyDict && o.$cls === T.dict) {
    if (!o.t.delete(k)) keyError(k);
    return;
  }
  const f = O.typeOf(o).lookup("__delitem__");
  if (f == null) raise("TypeError", `'${O.typeName(o)}' object doesn't support item deletion`);
  Call.callv(O.bindDescr(f, o), [k], null);
}

/** `x in c` (PySequence_Contains). */
export function contains(c: PyValue, x: PyValue): boolean {
  if (typeof c === "string") {
    const xs = O.asStr(x);
    if (xs === undefined) return raise("TypeError", `'in <string>' requires string as left operand, not ${O.typeName(x)}`);
    return strContains(c, xs);
  }
  if (c instanceof PyDict && !c.$cls.heap) return c.t.has(x);
  if (c instanceof PySet && !c.$cls.heap) return setHas(c, x);
  if ((c instanceof PyList || c instanceof PyTuple) && !c.$cls.heap) {
    return seqFind(c, x, 0, Infinity) >= 0;
  }
  const r = O.callSpecial(c, "__contains__", [x]);
  if (r !== undefined) return O.truthy(r);
  const t = O.typeOf(c);
  if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) raise("TypeError", `argument of type '${t.name}' is not iterable`);
  const it = getIter(c);
  for (let v = it.$next(); v !== undefined; v = it.$next()) if (v === x || O.pyEqBool(v, x)) return true;
  return false;
}
O.setContains(contains);

export function len(o: PyValue): number {
  if (typeof o === "string") return cpLength(o);
  if ((o instanceof PyList || o instanceof PyTuple) && !o.$cls.heap) return o.a.length;
  if ((o instanceof PyDict || o instanceof PySet) && !o.$cls.heap) return o.t.size;
  const r = O.callSpecial(o, "__len__", []);
  if (r === undefined) raise("TypeError", `object of type '${O.typeName(o)}' has no len()`);
  if (!O.isInt(r) && typeof r !== "boolean") raise("TypeError", `'${O.typeName(r)}' object cannot be interpreted as an integer`);
  const n = O.indexValue(r, true);
  if (n < 0) raise("ValueError", "__len__() should return >= 0");
  if (typeof r === "bigint" && r > 0x7fffffffffffffffn) raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  return n;
}
/** The builtin len(): like `len`, but a length beyond 2**53 (up to sys.maxsize) stays exact. */
export function lenValue(o: PyValue): PyValue {
  const n = len(o);
  if (Number.isSafeInteger(n)) return n;
  return O.asInt(O.callSpecial(o, "__len__", [])!)!;
}

// ---- displays ----
export const newList = (a: PyValue[]): PyList => new PyList(a);
export const mkset = (a: PyValue[]): PySet => newSet(a);
/** a set display of constants, a constant set iterated (set.ts constSet) */
export const mksetConst = (a: PyValue[], iter: boolean): PySet => constSet(a, iter);
export function mkdict(kv: PyValue[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) d.set(kv[i], kv[i + 1]);
  return d;
}
export function mkdictMerge(parts: PyValue[][]): PyDict {
  const d = new PyDict();
  for (const p of parts) {
    if (p.length === 2) d.set(p[0], p[1]);
    else {
      const src = p[0];
      if (!(src instanceof PyDict) && (src === null || typeof src !== "object" || src.$cls.lookup("keys") == null)) raise("TypeError", `'${O.typeName(src)}' object is not a mapping`);
      dictUpdate(d, src);
    }
  }
  return d;
}
/** A dict from alternating str keys and values (kw defaults, annotations). */
export function kwdict(kv: PyValue[]): PyDict {
  return mkdict(kv);
}
export const setAdd = (s: PySet, v: PyValue): void => s.t.set(v, v);
export const dictSet = (d: PyDict, k: PyValue, v: PyValue): void => d.set(k, v);
export const mkslice = (a: PyValue, b: PyValue, c: PyValue): PySlice => new PySlice(a, b, c);

// ---- unpacking ----
function checkUnpackable(v: PyValue): void {
  const t = O.typeOf(v);
  if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null && typeof v !== "string") raise("TypeError", `cannot unpack non-iterable ${t.name} object`);
}
function unpackIter(v: PyValue): PyObject {
  checkUnpackable(v);
  return getIter(v);
}
/** `a` when it has at least `n` items (a starred target's unpacking, UNPACK_EX) */
function atLeast(a: PyValue[], n: number): PyValue[] {
  if (a.length < n) raise("ValueError", `not enough values to unpack (expected at least ${n}, got ${a.length})`);
  return a;
}
export function unpack(v: PyValue, n: number): PyValue[] {
  let a: PyValue[];
  if (v instanceof PyTuple && !v.$cls.heap) a = v.a;
  // a copy: the targets are assigned after the unpacking (`l[1], l[0] = l`)
  else if (v instanceof PyList && !v.$cls.heap) a = v.a.slice();
  else {
    const it = unpackIter(v);
    a = [];
    for (let x = it.$next(); x !== undefined; x = it.$next()) {
      a.push(x);
      if (a.length > n) raise("ValueError", `too many values to unpack (expected ${n})`);
    }
  }
  if (a.length < n) raise("ValueError", `not enough values to unpack (expected ${n}, got ${a.length})`);
  if (a.length > n) raise("ValueError", `too many values to unpack (expected ${n})`);
  return a;
}
export function unpackStar(v: PyValue, before: number, after: number): PyValue[] {
  checkUnpackable(v);
  const a = atLeast(toArray(v), before + after);
  return [...a.slice(0, before), new PyList(a.slice(before, a.length - after)), ...a.slice(a.length - after)];
}

// ---- names ----
/** PRINT_EXPR of interactive code (compile mode "single"): sys.displayhook(value). */
export function printExpr(v: PyValue): void {
  const hook = Attr.genericGetattr(importModule("sys", false), "displayhook");
  if (hook === undefined) raise("RuntimeError", "lost sys.displayhook");
  Call.callv(hook, [v], null);
}

export function nameError(name: string): never {
  const e = newExc(EXC.NameError, [`name '${name}' is not defined`]);
  excFields(e).setStr("name", name);
  throw e;
}
export function unboundLocal(name: string): never {
  const e = newExc(EXC.UnboundLocalError, [`cannot access local variable '${name}' where it is not associated with a value`]);
  excFields(e).setStr("name", name);
  throw e;
}
export function unboundFree(name: string): never {
  const e = newExc(EXC.NameError, [`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`]);
  excFields(e).setStr("name", name);
  throw e;
}
export function delGlobal(d: PyDict, name: string): void {
  if (d.$cls !== T.dict && nsGet(d, name) !== undefined) return delitem(d, name), undefined;
  if (!d.t.delete(name)) nameError(name);
}
export let builtinsMap: Map<unknown, PyValue> = new Map();
export function setBuiltins(d: PyDict): void {
  builtinsMap = nsMap(d); // global-cache.ts: loads of builtins are cached per module
  builtinsDictRef = d;
}
/** The builtins a module's code reads (LOAD_GLOBAL's second dict), looked up once per
 * run of the module from its globals' `__builtins__` as _PyEval_BuiltinsFromGlobals
 * does: the module or its dict, an exact dict directly, any other object through
 * `__getitem__` (a KeyError means "not there"; a non-mapping raises its TypeError). */
export function builtinsOf(g: PyDict): { get(n: string): PyValue | undefined } {
  const b = g.t.m.get("__builtins__");
  if (b === undefined || b === builtinsDictRef) return builtinsMap;
  if (b instanceof PyModule) return b.$dict !== undefined && b.$dict !== null && b.$dict.$cls === T.dict ? b.$dict.t.m : builtinsMap;
  if (b instanceof PyDict && b.$cls === T.dict) return b.t.m;
  return { get: (n: string) => nsGet(b as PyDict, n) };
}
/** A class statement whose builtins are not the real ones (exec with a custom
 * `__builtins__`): CPython's LOAD_BUILD_CLASS needs `__build_class__` there. */
export function needBuildClass(bm: { get(n: string): PyValue | undefined }): void {
  if (bm !== builtinsMap && bm.get("__build_class__") === undefined) raise("NameError", "__build_class__ not found");
}
/** A name's value in a namespace that may be any mapping (exec's locals, a
 * `__prepare__` result): exact dicts directly, others through `__getitem__` as
 * ceval.c LOAD_NAME does; undefined when absent. */
function nsGet(ns: PyDict, name: string): PyValue | undefined {
  if (ns.$cls === T.dict) return ns.t.m.get(name);
  try {
    return getitem(ns, name);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.KeyError)) return undefined;
    throw e;
  }
}
/** STORE_NAME into a class body or exec namespace. */
export function nsSet(ns: PyDict, name: string, v: PyValue): void {
  if (ns.$cls === T.dict) ns.t.m.set(name, v);
  else setitem(ns, name, v);
}
/** The end of an `except ... as name` handler in a namespace: the name goes, if there. */
export function nsDel(ns: PyDict, name: string): void {
  if (ns.$cls === T.dict) ns.t.delete(name);
  else if (nsGet(ns, name) !== undefined) delitem(ns, name);
}
/** A name in a class body: the class namespace, then globals, then builtins (LOAD_NAME). */
export function classLoad(ns: PyDict, name: string, lg: (n: string) => PyValue): PyValue {
  const v = nsGet(ns, name);
  return v !== undefined ? v : lg(name);
}
/** A free name in a class body: the namespace first, then the cell (LOAD_CLASSDEREF). */
export function classDeref(ns: PyDict, name: string, cell: PyCell): PyValue {
  const v = nsGet(ns, name);
  if (v !== undefined) return v;
  if (cell.v === undefined) unboundFree(name);
  return cell.v;
}
/** SETUP_ANNOTATIONS (ceval.c): a module or class body that annotates names gets an
 * empty `__annotations__` unless its namespace already has one. */
export function setupAnnotations(ns: PyDict): void {
  if (ns.$cls === T.dict) {
    if (!ns.t.has("__annotations__")) ns.t.set("__annotations__", new PyDict());
    return;
  }
  try {
    getitem(ns, "__annotations__");
  } catch (e) {
    if (!(e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.KeyError))) throw e;
    setitem(ns, "__annotations__", new PyDict());
  }
}

// ---- frame introspection ----
export function localsDict(names: string[], vals: (PyValue | undefined)[], into: PyDict | undefined): PyDict {
  const d = into ?? new PyDict();
  names.forEach((n, i) => {
    if (vals[i] !== undefined) d.setStr(n, vals[i] as PyValue);
    else d.t.delete(n);
  });
  return d;
}
/** globals()/locals()/vars()/dir() with no arguments, when the name is the builtin. */
export function frameCall(f: PyValue, globals: PyDict, locals: () => PyDict): PyValue {
  const b = builtinsMap;
  if (f === b.get("globals")) return globals;
  if (f === b.get("locals") || f === b.get("vars")) return locals();
  if (f === b.get("dir")) {
    const l = locals();
    // dir() sorts the keys of whatever mapping the frame's locals are (eval with a mapping)
    if (l.$cls !== T.dict) return Call.callv(b.get("sorted")!, [Attr.callMethod(l, "keys", [], null)], null);
    return new PyList(l.t.keys().filter((k) => typeof k === "string").sort() as PyValue[]);
  }
  return Call.c0(f);
}

export let frameEval: (f: PyValue, globals: PyDict, locals: () => PyDict, args: PyValue[]) => PyValue = (f, _g, _l, args) => Call.callv(f, args, null);
export function setFrameEval(fn: typeof frameEval): void {
  frameEval = fn;
}

// ---- operators with in-place forms ----
export function iadd(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  } else if (typeof a === "string" && typeof b === "string") return concatStr(a, b);
  else if ((typeof a === "number" || typeof a === "bigint" || a instanceof PyFloat) && (typeof b === "number" || b instanceof PyFloat || typeof b === "bigint")) return O.add(a, b); // no __iadd__
  return O.inplace(a, b, O.OPS.Add);
}

// ---- functions ----
export function mkfn(code: PyCode, fn: JsFn, defaults: PyValue[] | null, kwdefaults: PyDict | null, closure: PyCell[] | null, globals: PyDict, annotations: PyValue, doc: PyValue): PyFunction {
  const f = new PyFunction(code, fn, defaults, kwdefaults, closure, globals);
  code.$globals ??= globals;
  if (annotations !== null) f.annotations = annotations;
  f.doc = doc;
  return f;
}
export function mkgen(g: JsGen, code: PyCode, frameLocals?: () => PyValue, line?: () => number): PyGenerator {
  const gen = new PyGenerator(g, code, code.co_name, code.co_qualname, frameLocals ?? null);
  if (line) gen.line = line;
  return gen;
}
/** A generator whose body codegen compiled to a state machine (codegen gen-sm.ts). */
export function mksm(sm: SmFn, code: PyCode, frameLocals?: () => PyValue, line?: () => number): PyGenerator {
  const gen = new PyGenerator(null, code, code.co_name, code.co_qualname, frameLocals ?? null);
  gen.sm = sm;
  if (line) gen.line = line;
  return gen;
}
/** `yield from x` as a JS generator delegated to with `yield*` (PEP 380). */
export function* yieldFrom(v: PyValue): Generator<PyValue, PyValue, PyValue> {
  const it = yfIter(v);
  const me = resuming[resuming.length - 1];
  if (me) me.yf = it;
  try {
    let r = yfSend(it, null);
    while (!r.done) {
      let sent: PyValue;
      try {
        sent = yield r.value;
      } catch (e) {
        r = yfThrow(it, e);
        continue;
      }
      r = yfSend(it, sent);
    }
    return r.value;
  } finally {
    if (me) me.yf = null;
  }
}

/** f(*args, **kwargs), the shape every forwarding wrapper uses. */
export function callStarKw(f: PyValue, args: PyValue, kwargs: PyValue): PyValue {
  if (args instanceof PyTuple && kwargs instanceof PyDict && kwargs.$cls === T.dict) {
    const m = kwargs.t.m;
    // forwarding into another def f(*args, **kwargs): hand over the tuple and a copy of
    // the dict directly (string keys only: no binding can fail)
    if (f instanceof PyFunction && kwargs.t.orig === null && kwargs.t.buckets === null) {
      const co = f.code;
      if ((co.co_flags & 0xc) === 0xc && co.co_argcount === 0 && co.co_kwonlyargcount === 0) {
        // copied entry by entry: `new Map(m)` costs twice as much for small maps (b4)
        const d = new PyDict();
        const dm = d.t.m;
        let allStr = true;
        for (const [k, v] of m) {
          if (typeof k !== "string") {
            allStr = false;
            break;
          }
          dm.set(k, v);
        }
        if (allStr) return f.$fn(args, d);
      }
    }
    if (m.size === 0) return Call.callv(f, args.a, null);
    const vals = args.a.slice();
    const names: string[] = [];
    for (const [k, v] of m) {
      if (typeof k !== "string") return callStar(f, [[args, 1]], [[kwargs]]);
      names.push(k);
      vals.push(v);
    }
    return Call.callv(f, vals, names);
  }
  return callStar(f, [[args, 1]], [[kwargs]]);
}
/** f(*args) */
export function callStarPos(f: PyValue, args: PyValue): PyValue {
  if (args instanceof PyTuple || (args instanceof PyList && !args.$cls.heap)) return Call.callv(f, args.a.slice(), null);
  return callStar(f, [[args, 1]], []);
}

/** object.c _PyObject_FunctionStr: `module.qualname` as call errors name a callable
 * (without the module for builtins). */
function functionStr(f: PyValue): string {
  const q = matchAttr(f, "__qualname__");
  const qual = q === undefined ? O.pyStr(f) : O.pyStr(q);
  const m = matchAttr(f, "__module__");
  return m !== undefined && m !== null && m !== "builtins" ? `${O.pyStr(m)}.${qual}` : qual;
}

/** f(a, *b, c=1, **d): `parts` are [value] or [iterable, 1] for a starred argument. */
export function callStar(f: PyValue, parts: PyValue[][], kw: PyValue[][]): PyValue {
  const fname = () => functionStr(f);
  const pos: PyValue[] = [];
  for (const p of parts) {
    if (p.length === 1) pos.push(p[0]);
    else {
      const v = p[0];
      const t = O.typeOf(v);
      if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null && typeof v !== "string") raise("TypeError", `${fname()}() argument after * must be an iterable, not ${t.name}`);
      for (const x of toArray(v)) pos.push(x);
    }
  }
  if (kw.length === 0) return Call.callv(f, pos, null);
  const names: PyValue[] = [];
  const vals: PyValue[] = [];
  const seen = new Set<PyValue>();
  const add = (k: PyValue, v: PyValue) => {
    // all ** mappings are merged (DICT_MERGE finds repeated keys) before the call
    // looks for keys that are not strings
    if (seen.has(k)) raise("TypeError", `${fname()}() got multiple values for keyword argument '${O.pyStr(k)}'`);
    seen.add(k);
    names.push(k);
    vals.push(v);
  };
  for (const p of kw) {
    if (p.length === 2) add(p[0], p[1]);
    else {
      const m = p[0];
      if (m instanceof PyDict) for (const [n, v] of m.t.m) add(m.t.keyOf(n), v);
      else {
        if (m === null || typeof m !== "object" || m.$cls.lookup("keys") == null) raise("TypeError", `${fname()}() argument after ** must be a mapping, not ${O.typeName(m)}`);
        for (const k of toArray(Attr.callMethod(m, "keys", [], null))) add(k, getitem(m, k));
      }
    }
  }
  if (names.some((k) => typeof k !== "string")) raise("TypeError", "keywords must be strings");
  return Call.callv(f, [...pos, ...vals], names.length ? (names as string[]) : null);
}

/** getIter for the header of a loop that closes its iterator at exit: `mark` is
 * genMark() taken before the header ran, so only a generator the header made is the
 * loop's own (`for x in iter(g)` leaves `g`, held by the program, open). */
export function getIterTmp(mark: number, o: PyValue): PyObject {
  const it = getIter(o);
  if (it instanceof PyGenerator && it.serial > mark) it.tmp = true;
  return it;
}

/** Close a loop's private generator when the loop is left early. */
export function closeTemp(it: PyObject | undefined): void {
  if (it instanceof PyGenerator && it.tmp && !it.done) {
    // CPython finalizes the generator (its last reference gone): an error of its
    // `finally` is reported, never raised over what the loop was doing
    try {
      it.close();
    } catch (e) {
      writeUnraisable(e, it);
    }
  }
}
/** Whether a value thrown into a generator is close()'s GeneratorExit. */
export function isGenExit(v: PyValue): boolean {
  return v instanceof PyBaseException && v.$cls.isSubtypeOf(EXC.GeneratorExit);
}

// ---- exceptions ----
/** The last item, or undefined: `a[a.length - 1]` of an empty array reads the key "-1",
 * a generic property lookup that cost ~200 ns per exception (p6). */
function lastOf<X>(a: X[]): X | undefined {
  const n = a.length;
  return n > 0 ? a[n - 1] : undefined;
}
/** Append a traceback entry; the first two make arrays of their exact size (a push
 * would allocate room for 16 more). */
function addTb(e: PyBaseException, en: TbEntry): void {
  const n = e.tb.length;
  if (n === 0) e.tb = [en];
  else if (n === 1) e.tb = [e.tb[0], en];
  else e.tb.push(en);
}
/** The exception a `catch` received, as a Python exception (JS stack overflow becomes
 * RecursionError; anything else that is not Python is an internal error and rethrown). */
export function caught(e: unknown, code?: PyCode, line?: number, rec?: FrameRec): PyBaseException {
  let x: PyBaseException;
  if (e instanceof PyBaseException) x = e;
  else if (isStackOverflow(e)) {
    // the overflow may have hit a function entered with state.soft before it read it
    state.soft = false;
    x = newExc(EXC.RecursionError, ["maximum recursion depth exceeded"]);
  }
  else if (isHostSizeLimit(e)) x = newExc(EXC.MemoryError, []);
  else throw e;
  // raised by the runtime while an exception was being handled (errors.c _PyErr_SetObject)
  const ctx = lastOf(excStack);
  if (ctx !== undefined && x.context === null && x !== ctx) setContext(x, ctx);
  if (code !== undefined) {
    const last = lastOf(x.tb);
    if (last === undefined || !(last.local && last.code === code)) addTb(x, rec === undefined ? { code, line: line!, local: true } : { code, line: line!, local: true, rec });
  }
  return x;
}
export const excStack: PyBaseException[] = [];
export function excEnter(e: PyBaseException): void {
  excStack.push(e);
}
export function excLeave(): void {
  excStack.pop();
}
/** `x.__context__ = handled`, cutting a cycle through handled's own context chain
 * (errors.c _PyErr_SetObject). */
function setContext(x: PyBaseException, handled: PyBaseException): void {
  let o = handled;
  for (let n = 0; o.context instanceof PyBaseException && n < 10000; n++) {
    if (o.context === x) {
      o.context = null;
      break;
    }
    o = o.context;
  }
  x.context = handled;
}
/** An exception leaving an `except` block, an `__exit__` or a `finally` run for a
 * pending exception: it was raised while `handled` was being handled. */
export function excChain(x: unknown, handled: PyBaseException | undefined): unknown {
  if (x instanceof PyBaseException && handled !== undefined && x !== handled && x.context === null) setContext(x, handled);
  return x;
}
export function excMatch(e: PyBaseException, t: PyValue): boolean {
  // the exception's own class: valid as a handler, and a match
  if (e.$cls === t) return true;
  if (t instanceof PyTuple) {
    // every entry is checked before any is matched (ceval.c check_except_type_valid)
    for (const x of t.a) if (!(x instanceof PyType) || !x.isSubtypeOf(EXC.BaseException)) raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    return t.a.some((x) => e.$cls.isSubtypeOf(x as PyType));
  }
  if (!(t instanceof PyType) || !t.isSubtypeOf(EXC.BaseException)) raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
  return e.$cls.isSubtypeOf(t);
}
/** The exception object for `raise X` / `raise X from Y`. */
export function mkraise(x: PyValue, cause: PyValue | undefined): PyBaseException {
  let e: PyValue = x;
  if (x instanceof PyType) {
    if (!x.isSubtypeOf(EXC.BaseException)) raise("TypeError", "exceptions must derive from BaseException");
    e = Call.callv(x, [], null);
  }
  if (!(e instanceof PyBaseException)) raise("TypeError", "exceptions must derive from BaseException");
  if (cause !== undefined) {
    let c: PyValue = cause;
    if (c instanceof PyType) c = Call.callv(c, [], null);
    if (c !== null && !(c instanceof PyBaseException)) raise("TypeError", "exception causes must derive from BaseException");
    e.cause = c;
    e.suppressContext = true;
  }
  const ctx = lastOf(excStack);
  if (ctx !== undefined && ctx !== e) setContext(e, ctx);
  // `raise e` of a caught exception adds a new traceback entry for this line in front
  // of the one where it was first raised (ceval.c RAISE_VARARGS + PyTraceBack_Here)
  const last = lastOf(e.tb);
  if (last !== undefined && last.local) last.local = false;
  return e;
}
export function reraise(cur: PyBaseException | undefined): PyBaseException {
  const e = cur ?? lastOf(excStack);
  if (e === undefined) raise("RuntimeError", "No active exception to reraise");
  return e;
}
export function assertionError(msg: PyValue | undefined): PyBaseException {
  return newExc(EXC.AssertionError, msg === undefined ? [] : [msg]);
}
export function recursionError(): never {
  // raised by the call, in the caller (the new frame, not yet running, is not in the
  // traceback): tb() skips the frame that throws it first
  const e = newExc(EXC.RecursionError, ["maximum recursion depth exceeded"]);
  (e as PyBaseException & { $notInFrame?: boolean }).$notInFrame = true;
  throw e;
}
export function unsupported(what: string): never {
  raise("NotImplementedError", `pycell does not support ${what} yet`);
}

/** Where a JS error escaping generated code happened (for the internal-error report). */
export interface PyLocated {
  $pyloc?: TbEntry;
}
/** At a function boundary: record this frame in the exception's traceback. */
export function tb(e: unknown, code: PyCode, line: number, rec?: FrameRec): unknown {
  if (e instanceof PyBaseException) {
    // the innermost frame's names, for "Did you mean" (traceback.py uses f_locals)
    if (e.tb.length === 0 && e.$cls === EXC.NameError) (e as PyBaseException & { $frameNames?: string[] }).$frameNames ??= [...code.co_varnames, ...code.co_cellvars, ...code.co_freevars];
    if ((e as PyBaseException & { $notInFrame?: boolean }).$notInFrame) {
      (e as PyBaseException & { $notInFrame?: boolean }).$notInFrame = false;
      return e;
    }
    const last = lastOf(e.tb);
    if (last !== undefined && last.local && last.code === code) {
      // caught in this frame and re-raised (bare raise, no matching handler, finally,
      // with): the entry keeps the line it was raised at, as RERAISE keeps f_lasti
      last.local = false;
      if (rec !== undefined) last.rec = rec;
    } else addTb(e, rec === undefined ? { code, line } : { code, line, rec });
    return e;
  }
  if (isStackOverflow(e)) {
    state.soft = false; // as in caught()
    const r = newExc(EXC.RecursionError, ["maximum recursion depth exceeded"]);
    r.tb.push({ code, line });
    return r;
  }
  if (isHostSizeLimit(e)) {
    const r = newExc(EXC.MemoryError, []);
    r.tb.push({ code, line });
    return r;
  }
  if (e !== null && typeof e === "object") {
    const l = e as PyLocated;
    l.$pyloc ??= { code, line };
  }
  return e;
}

// ---- with ----
export function withEnter(mgr: PyValue, setExit: (f: PyValue) => void): PyValue {
  const t = O.typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter == null) raise("TypeError", `'${t.name}' object does not support the context manager protocol`);
  if (exit == null) raise("TypeError", `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  setExit(O.bindDescr(exit, mgr));
  return Call.callv(O.bindDescr(enter, mgr), [], null);
}
export function withExit(exit: PyValue, e: PyBaseException | null): boolean {
  if (e === null) {
    Call.callv(exit, [null, null, null], null);
    return true;
  }
  // __exit__ runs while `e` is being handled: an exception it raises gets `e` as
  // its __context__, and sys.exc_info() sees `e` (ceval.c WITH_EXCEPT_START)
  excEnter(e);
  try {
    return O.truthy(Call.callv(exit, [e.$cls, e, tracebackOf(e)], null));
  } catch (x) {
    throw excChain(x, e);
  } finally {
    excLeave();
  }
}

// ---- pattern matching (PEP 634) ----
/** `skipFrom`: the index of a wildcard star pattern; the items it would take are
 * not read from a user sequence (left as holes, never looked at). */
export function matchSeq(v: PyValue, n: number, star: boolean, skipFrom = -1): PyValue[] | null {
  if (typeof v === "string" || v === null || typeof v !== "object") return null;
  if (v.$cls.isSubtypeOf(T.str) || v.$cls.isSubtypeOf(T.bytes) || v.$cls.isSubtypeOf(T.bytearray) || v.$cls === T.dict) return null;
  if (!(v instanceof PyList || v instanceof PyTuple || v.$cls === T.range || abcMember(v, "Sequence"))) return null;
  if (v.$cls !== T.list && v.$cls !== T.tuple && v.$cls !== T.range && (v instanceof PyDict || abcMember(v, "Mapping")) && !firstKindIsSequence(v.$cls)) return null;
  if (!(v instanceof PyList || v instanceof PyTuple)) {
    // a range or user sequence: its len() decides first, then items are read by index
    // (MATCH_SEQUENCE + GET_LEN in ceval.c; iterating a collections.abc.Sequence
    // whose __getitem__ never raises IndexError would not end)
    // `[*_]` needs no length at all (CPython compiles it to MATCH_SEQUENCE alone)
    if (star && n === 0 && skipFrom >= 0) return [];
    const size = len(v);
    if (star ? size < n : size !== n) return null;
    // without a wildcard star the items are unpacked by iteration (UNPACK_SEQUENCE /
    // UNPACK_EX after GET_LEN), with their errors when the iteration disagrees with len()
    // (`[]` is the length check alone)
    if (skipFrom < 0) return star ? atLeast(toArray(v), n) : n === 0 ? [] : unpack(v, n);
    const items: PyValue[] = new Array<PyValue>(size);
    const tailFrom = skipFrom < 0 ? 0 : size - (n - skipFrom);
    for (let i = 0; i < size; i++) if (skipFrom < 0 || i < skipFrom || i >= tailFrom) items[i] = getitem(v, i);
    return items;
  }
  const a = toArray(v);
  if (star ? a.length < n : a.length !== n) return null;
  return a;
}
export function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict || (v !== null && typeof v === "object" && abcMember(v, "Mapping"))) {
    // dict or a direct subclass: patmaKind reaches dict's flag before any other, so no
    // Sequence check (an isinstance call) is needed
    if (v!.$cls === T.dict || (v instanceof PyDict && v.$cls.mro[1] === T.dict)) return true;
    const seq = v instanceof PyList || v instanceof PyTuple || abcMember(v, "Sequence");
    return !seq || !firstKindIsSequence(v!.$cls);
  }
  return false;
}
/** For a class that is both a sequence and a mapping by isinstance: CPython gives a
 * class the Py_TPFLAGS_SEQUENCE/MAPPING flag of the first class of its MRO that has
 * one (typeobject.c inherit_patma_flags), so the first base that is only one decides. */
function firstKindIsSequence(cls: PyType): boolean {
  return patmaKind(cls) === 1;
}
/** 1 for Py_TPFLAGS_SEQUENCE, 2 for Py_TPFLAGS_MAPPING, 0 for neither (also type.__flags__). */
export function patmaKind(cls: PyType): number {
  const abc = sysModules.getStr("collections.abc");
  const dict = abc instanceof PyModule ? abc.$dict! : null;
  const isSub = (c: PyType, name: string): boolean => {
    const a = dict?.getStr(name);
    return a !== undefined && O.truthy(Call.callv(builtinsMap.get("issubclass")!, [c, a], null));
  };
  // a str/bytes subclass is a Sequence through its base, which has no flag to inherit
  const strLike = cls.isSubtypeOf(T.str) || cls.isSubtypeOf(T.bytes) || cls.isSubtypeOf(T.bytearray);
  for (const c of cls.mro) {
    // set by registering the class (or a base) with Sequence/Mapping after creation
    const mark = patmaMarks.get(c);
    if (mark !== undefined) return mark;
    if (c === T.list || c === T.tuple || c === T.range) return 1;
    if (c === T.dict) return 2;
    // registered with Sequence but built without the flag, which subclasses inherit
    if (c === T.str || c === T.bytes || c === T.bytearray) return 0;
    const s = isSub(c, "Sequence");
    if (s !== isSub(c, "Mapping") && !(s && strLike)) return s ? 1 : 2;
  }
  return 0;
}
/** isinstance(v, collections.abc.<abc>): what CPython's Py_TPFLAGS_SEQUENCE/MAPPING
 * say, flags a class gets by subclassing or registering with that ABC (PEP 634).
 * Without collections.abc loaded no class can have done either. */
function abcMember(v: PyValue, abc: "Sequence" | "Mapping"): boolean {
  const mod = sysModules.getStr("collections.abc");
  if (!(mod instanceof PyModule)) return false;
  const cls = mod.$dict!.getStr(abc);
  if (cls === undefined) return false;
  return O.truthy(Call.callv(builtinsMap.get("isinstance")!, [v, cls], null));
}
/** MATCH_KEYS after the compiler's length check (ceval.c match_keys): the values
 * of all keys, each looked up with the subject's get(), before any sub-pattern is
 * matched; null when the subject is too short or lacks a key. */
export function matchKeys(v: PyValue, keys: PyValue[]): PyValue[] | null {
  if (keys.length === 0) return [];
  if (len(v) < keys.length) return null;
  const seen = new PyDict();
  const exact = v instanceof PyDict && v.$cls === T.dict;
  const get = exact ? null : Attr.getattr(v, "get");
  const missing = new PyInstance(T.object, null);
  const out: PyValue[] = [];
  for (const k of keys) {
    if (seen.t.has(k)) raise("ValueError", `mapping pattern checks duplicate key (${O.pyRepr(k)})`);
    seen.t.set(k, null);
    const r = exact ? (v as PyDict).t.get(k) : Call.callv(get!, [k, missing], null);
    if (r === undefined || r === missing) return null;
    out.push(r);
  }
  return out;
}
/** MATCH_CLASS (ceval.c match_class): the isinstance check, then every attribute the
 * sub-patterns need, positional ones through __match_args__, all fetched before any
 * sub-pattern is matched; null when the subject is no instance or lacks one. */
export function matchClass(v: PyValue, cls: PyValue, nargs: number, kwd: string[]): PyValue[] | null {
  if (!(cls instanceof PyType)) raise("TypeError", "called match pattern must be a type");
  if (!O.isInstance(v, cls)) return null;
  const seen = new Set<string>();
  const out: PyValue[] = [];
  const fetch = (name: string): boolean => {
    if (seen.has(name)) raise("TypeError", `${cls.name}() got multiple sub-patterns for attribute ${O.pyRepr(name)}`);
    seen.add(name);
    const a = matchAttr(v, name);
    if (a === undefined) return false;
    out.push(a);
    return true;
  };
  if (nargs) {
    const ma = matchAttr(cls, "__match_args__");
    // _Py_TPFLAGS_MATCH_SELF counts only while the class defines no __match_args__
    const self = ma === undefined && SELF_MATCH().some((t) => cls.isSubtypeOf(t));
    if (ma !== undefined && !(ma instanceof PyTuple && ma.$cls === T.tuple)) {
      raise("TypeError", `${cls.name}.__match_args__ must be a tuple (got ${O.typeName(ma)})`);
    }
    const names = ma === undefined ? [] : toArray(ma);
    const allowed = self ? 1 : names.length;
    if (allowed < nargs) raise("TypeError", `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
    if (self) out.push(v);
    for (let i = 0; !self && i < nargs; i++) {
      const n = names[i];
      if (typeof n !== "string") raise("TypeError", `__match_args__ elements must be strings (got ${O.typeName(n)})`);
      if (!fetch(n)) return null;
    }
  }
  for (const n of kwd) if (!fetch(n)) return null;
  return out;
}
export function matchRest(v: PyValue, keys: PyValue[]): PyDict {
  const d = new PyDict();
  dictUpdate(d, v);
  for (const k of keys) d.t.delete(k);
  return d;
}
const SELF_MATCH = () => [T.bool, T.bytearray, T.bytes, T.dict, T.float, T.frozenset, T.int, T.list, T.set, T.str, T.tuple];
export function matchAttr(v: PyValue, name: string): PyValue | undefined {
  try {
    return Attr.getattr(v, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.AttributeError)) return undefined;
    throw e;
  }
}

// ---- generator type methods ----
const genT = T.generator;
const G = (v: PyValue): PyGenerator => v as PyGenerator;
method(genT, "__iter__", 0, 0, (s) => s);
method(genT, "__next__", 0, 0, (s) => G(s).send(null));
method(genT, "send", 1, 1, (s, v) => G(s).send(v));
method(genT, "throw", 1, 3, (s, t, v, tb) => G(s).throwExc(throwArg(t, v, tb)));
method(genT, "close", 0, 0, (s) => (G(s).close(), null));
method(genT, "__repr__", 0, 0, (s) => `<generator object ${G(s).qualname} at ${O.hexId(s)}>`);
getset(genT, "__name__", (s) => G(s).name, (s, v) => void (G(s).name = nameArg("__name__", v)));
getset(genT, "__qualname__", (s) => G(s).qualname, (s, v) => void (G(s).qualname = nameArg("__qualname__", v)));
getset(genT, "gi_running", (s) => G(s).running);
getset(genT, "gi_code", (s) => G(s).code);
getset(genT, "gi_frame", (s) => G(s).frameObject());
// only a suspended generator delegates (genobject.c _PyGen_yf)
getset(genT, "gi_yieldfrom", (s) => (G(s).running ? null : G(s).yf));
getset(genT, "gi_suspended", (s) => G(s).started && !G(s).running && !G(s).done);

// ---- frame objects (frames.ts) ----
const FR = (v: PyValue): PyFrame => v as PyFrame;
getset(frameType, "f_locals", (s) => FR(s).locals);
getset(frameType, "f_code", (s) => FR(s).code);
getset(frameType, "f_globals", (s) => FR(s).globals ?? FR(s).code.$globals ?? new PyDict());
getset(frameType, "f_builtins", () => builtinsDictRef);
getset(frameType, "f_back", (s) => FR(s).fBack);
getset(frameType, "f_lineno", (s) => FR(s).lineno);
// an instruction offset has no meaning here: two bytes per line keeps it ordered
getset(frameType, "f_lasti", (s) => FR(s).lineno * 2);
getset(frameType, "f_trace", (s) => FR(s).trace, (s, v) => void (FR(s).trace = v ?? null));
getset(frameType, "f_trace_lines", () => true);
getset(frameType, "f_trace_opcodes", () => false);
method(frameType, "clear", 0, 0, () => null);
method(frameType, "__repr__", 0, 0, (s) => `<frame at ${O.hexId(s)}, file '${FR(s).code.co_filename}', line ${FR(s).lineno}, code ${FR(s).code.co_name}>`);
let builtinsDictRef: PyValue = null;
export { tbFrame };
export { tooManyItems } from "./mem-limit.js";
export { gij, c1j, jmiss, softRaise, c0s, c1s, c2s, c3s } from "./exc-jump.js";

export const { truediv, isub, imul, itruediv } = O;
export const { bitand, bitor, bitxor, add, sub, mul, mod, floordiv, binop, OPS, neg, pos, invert, truthy, eq, ne, lt, le, gt, ge, is, inplace } = O;
export const { c0, c1, c2, c3, callv } = Call;
export const { getattr, setattr, delattr, callMethod, cm0, cm1, cm2 } = Attr;
export { ga, sa, cmi0, cmi1, cmi2, cmi3, ic, superFind, lk, lmv, cjv } from "./attr-cache.js";
export { nsMap, gsite, gfill } from "./global-cache.js";
/** `"literal" % (a, b)` without the tuple (codegen percent-literal.ts) */
export { pct1, pct2, pct3, pct4 } from "./str-percent.js";
/** for the generated code's inline `o[k]` (codegen int-inline.ts) */
export const TUPLE_TYPE = T.tuple;
import { nsMap } from "./global-cache.js";
export { isSqrt, fl, LIST_TYPE, FLOAT_TYPE, UNB } from "./float-fuse.js";
export { starWrap, starSplit, starReraise } from "./exception-group.js";
export { mkcoro, mkagen, agWrap, awaitGen, aiterOf, anextOf, isStopAsync, awithEnter, awithExit, awithExitExc, acloseTemp } from "./coroutine.js";
import { throwArg, nameArg } from "./coroutine.js";
export { classKw };
export { getIter, toArray, tuple, buildClass, superZero, formatValue, PyCell, Ellipsis, NotImplemented, state, importModule, importFrom, importStar, PyFloat, PyObject, PyModule, PyList };
export { genMark } from "./generator.js";
