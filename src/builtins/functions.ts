// The built-in functions that are not types (Python/bltinmodule.c).
import { PyObject, PyFloat, PyComplex, PyIntSub, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T, NotImplemented } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { builtin, kwbuiltin } from "../runtime/descriptors.js";
import { PyBuiltin, PyFunction, PyBoundMethod } from "../runtime/function.js";
import { PyGenerator } from "../runtime/generator.js";
import * as O from "../runtime/ops.js";
import { callv, c1 } from "../runtime/call.js";
import { getattr, setattr, delattr, genericGetattr, callMethod } from "../runtime/attributes.js";
import { getIter, nextOrStop, toArray, CallIter } from "../runtime/iter.js";
import { PyList, PyTuple, tuple } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import { sortArray, sortLess, sortGreater } from "../runtime/list.js";
import { pyFormat } from "../runtime/format.js";
import { len, lenValue, add } from "../runtime/rt.js";
import { state } from "../runtime/state.js";
import { EXC, PyBaseException } from "../runtime/exceptions.js";
import { dirOf } from "../runtime/object-methods.js";
import * as I from "../runtime/int.js";
import { powMod } from "../runtime/int-ops.js";
import { roundFloat, toFloat } from "../runtime/numbers.js";
import { sysStdout } from "./sysio.js";
import { unionChecks } from "../runtime/union-type.js";
import { abcHooks, abcInstancecheck, abcSubclasscheck } from "../stdlib/abc-native.js";

type Kw = Map<string, PyValue> | null;
const kwGet = (kw: Kw, name: string): PyValue | undefined => kw?.get(name);
function noKw(kw: Kw, fname: string, allowed: string[]): void {
  if (kw) for (const k of kw.keys()) if (!allowed.includes(k)) raise("TypeError", `${fname}() got an unexpected keyword argument '${k}'`);
}

export function writeTo(file: PyValue, s: string): void {
  if (file === null || file === undefined) {
    sysStdout(s);
    return;
  }
  callv(getattr(file, "write"), [s], null);
}

const print = kwbuiltin("print", (args, kw) => {
  noKw(kw, "print", ["sep", "end", "file", "flush"]);
  const sep = kwGet(kw, "sep") ?? null;
  const end = kwGet(kw, "end") ?? null;
  if (sep !== null && typeof sep !== "string") raise("TypeError", `sep must be None or a string, not ${O.typeName(sep)}`);
  if (end !== null && typeof end !== "string") raise("TypeError", `end must be None or a string, not ${O.typeName(end)}`);
  const out = args.map(O.pyStr).join(sep ?? " ") + (end ?? "\n");
  const file = kwGet(kw, "file") ?? null;
  writeTo(file, out);
  if (file !== null && O.truthy(kwGet(kw, "flush") ?? false)) callv(getattr(file, "flush"), [], null);
  return null;
});

const input = builtin("input", 0, 1, (prompt) => {
  if (prompt !== undefined) writeTo(null, O.pyStr(prompt));
  const line = state.stdin();
  if (line === null) raise("EOFError", "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
});

function minmax(name: string, args: PyValue[], kw: Kw, op: "Lt" | "Gt"): PyValue {
  noKw(kw, name, ["key", "default"]);
  const key = kwGet(kw, "key") ?? null;
  const dflt = kwGet(kw, "default");
  let items: PyValue[];
  // an exact list is read in place, as its iterator reads it (listiter_next checks the
  // length at every step): no copy, and what a key function appends is seen
  let live: PyList | null = null;
  if (args.length === 0) raise("TypeError", `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) {
    const o = args[0];
    if (o instanceof PyList && o.$cls === T.list) items = (live = o).a;
    else if (o instanceof PyTuple && o.$cls === T.tuple) items = o.a;
    else items = toArray(o);
  } else {
    if (dflt !== undefined) raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    raise("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === null ? best : c1(key, best);
  const isMin = op === "Lt";
  for (let i = 1; ; i++) {
    if (live !== null) items = live.a;
    if (i >= items.length) break;
    const v = items[i];
    const k = key === null ? v : c1(key, v);
    // small ints compared inline; sortLess/sortGreater are PyObject_RichCompareBool(k,
    // best, Py_LT/Py_GT) with exact tuples compared item by item (tuplerichcompare)
    const wins = typeof k === "number" && typeof bestKey === "number" ? (isMin ? k < bestKey : k > bestKey) : isMin ? sortLess(k, bestKey) : sortGreater(k, bestKey);
    if (wins) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

function sum(args: PyValue[], kw: Kw): PyValue {
  if (args.length === 0) raise("TypeError", "sum() takes at least 1 positional argument (0 given)");
  if (args.length > 2) raise("TypeError", `sum() takes at most 2 arguments (${args.length} given)`);
  noKw(kw, "sum", ["start"]);
  let acc: PyValue = args.length > 1 ? args[1] : kwGet(kw, "start") ?? 0;
  if (typeof acc === "string") raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  // bltinmodule.c builtin_sum_impl refuses bytes-like starts too
  if (acc instanceof PyObject && (acc.$cls.isSubtypeOf(T.bytes) || acc.$cls.isSubtypeOf(T.bytearray))) raise("TypeError", `sum() can't sum ${acc.$cls.isSubtypeOf(T.bytes) ? "bytes" : "bytearray"} [use b''.join(seq) instead]`);
  const it = getIter(args[0]);
  for (let v = it.$next(); v !== undefined; v = it.$next()) {
    // small ints inline (bltinmodule.c builtin_sum_impl has the same int fast path);
    // a sum leaving the safe range, and everything else, goes through add
    if (typeof acc === "number" && typeof v === "number") {
      const r: number = acc + v;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = add(acc, v);
  }
  return acc;
}

// isinstance/issubclass follow abstract.c: a type argument is checked through the MRO
// and the instance's __class__; any other object takes part through __bases__
// (abstract_get_bases) and __class__, and a metaclass's or object's
// __instancecheck__/__subclasscheck__ decides first. The depth guard stands for
// CPython's Py_EnterRecursiveCall on nested tuples and checkers (which shares its
// counter with the Python frames, hence state.depth).
let checkDepth = 0;
function guard<R>(where: string, f: () => R): R {
  if (checkDepth + state.depth > state.limit) raise("RecursionError", `maximum recursion depth exceeded ${where}`);
  checkDepth++;
  try {
    return f();
  } finally {
    checkDepth--;
  }
}
/** getattr that answers null where CPython clears an AttributeError */
function attrOrNull(o: PyValue, name: string): PyValue | null {
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return null;
    throw e;
  }
}
/** abstract.c abstract_get_bases: cls.__bases__ when it is a tuple */
function abstractBases(cls: PyValue): PyTuple | null {
  const b = attrOrNull(cls, "__bases__");
  return b instanceof PyTuple ? b : null;
}
/** abstract.c abstract_issubclass: a walk over __bases__ */
function abstractIssubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === null || bases.a.length === 0) return false;
    if (bases.a.length === 1) {
      derived = bases.a[0];
      continue;
    }
    return guard("in __subclasscheck__", () => bases.a.some((b) => abstractIssubclass(b, cls)));
  }
}
function checkClass(cls: PyValue, msg: string): void {
  if (abstractBases(cls) === null) raise("TypeError", msg);
}
/** abstract.c object_isinstance */
function objectIsinstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (O.isInstance(v, cls)) return true;
    // `__class__` is type(v) unless the type overrides it or __getattribute__
    const vt = O.typeOf(v);
    if (vt.lookup("__class__") === T.object.attrs.get("__class__") && vt.lookup("__getattribute__") === T.object.attrs.get("__getattribute__")) return false;
    const icls = attrOrNull(v, "__class__");
    return icls !== O.typeOf(v) && icls instanceof PyType && icls.isSubtypeOf(cls);
  }
  checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = attrOrNull(v, "__class__");
  return icls !== null && abstractIssubclass(icls, cls);
}
function isinstanceImpl(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (O.isInstance(v, cls)) return true;
    const meta = O.typeOf(cls);
    if (meta !== T.type) {
      const ic = meta.lookup("__instancecheck__");
      if (ic != null && ic !== T.type.attrs.get("__instancecheck__")) {
        // abc.py's ABCMeta.__instancecheck__ only calls _abc's check: call it frameless
        if (ic === abcHooks.instancecheck) return guard("in __instancecheck__", () => O.truthy(abcInstancecheck(cls, v)));
        return guard("in __instancecheck__", () => O.truthy(callv(O.bindDescr(ic, cls), [v], null)));
      }
    }
    return objectIsinstance(v, cls);
  }
  if (cls instanceof PyTuple) return guard("in __instancecheck__", () => cls.a.some((c) => isinstanceImpl(v, c)));
  // any other object whose type defines __instancecheck__ decides (abstract.c
  // object_recursive_isinstance): a union, typing's special forms
  const ic = O.typeOf(cls).lookup("__instancecheck__");
  if (ic != null) return guard("in __instancecheck__", () => O.truthy(callv(O.bindDescr(ic, cls), [v], null)));
  return objectIsinstance(v, cls);
}
/** abstract.c recursive_issubclass */
function recursiveIssubclass(c: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && c instanceof PyType) return c.isSubtypeOf(cls);
  checkClass(c, "issubclass() arg 1 must be a class");
  checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIssubclass(c, cls);
}
function issubclassImpl(c: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    // a metaclass's __subclasscheck__ decides (abstract.c PyObject_IsSubclass), e.g. ABCMeta
    const meta = O.typeOf(cls);
    if (meta !== T.type) {
      const sc = meta.lookup("__subclasscheck__");
      if (sc != null && sc !== T.type.attrs.get("__subclasscheck__")) {
        if (sc === abcHooks.subclasscheck) return guard("in __subclasscheck__", () => abcSubclasscheck(cls, c));
        return guard("in __subclasscheck__", () => O.truthy(callv(O.bindDescr(sc, cls), [c], null)));
      }
    }
    return recursiveIssubclass(c, cls);
  }
  if (cls instanceof PyTuple) return guard("in __subclasscheck__", () => cls.a.some((x) => issubclassImpl(c, x)));
  const sc = O.typeOf(cls).lookup("__subclasscheck__");
  if (sc != null) return guard("in __subclasscheck__", () => O.truthy(callv(O.bindDescr(sc, cls), [c], null)));
  return recursiveIssubclass(c, cls);
}

unionChecks.isinstance = isinstanceImpl;
unionChecks.issubclass = issubclassImpl;

function toBase(v: PyValue, base: number, prefix: string): string {
  const i = O.asInt(v) ?? O.asInt(O.callSpecial(v, "__index__", []) ?? null);
  if (i === undefined) raise("TypeError", `'${O.typeName(v)}' object cannot be interpreted as an integer`);
  const neg = i < 0;
  const abs = neg ? -BigInt(i) : BigInt(i);
  return (neg ? "-" : "") + prefix + abs.toString(base);
}

function round(args: PyValue[], kw: Kw): PyValue {
  noKw(kw, "round", ["number", "ndigits"]);
  if (args.length > 2) raise("TypeError", `round() takes at most 2 arguments (${args.length} given)`);
  const x = args[0] ?? kwGet(kw, "number");
  if (x === undefined) raise("TypeError", "round() missing required argument 'number' (pos 1)");
  const nd = args.length > 1 ? args[1] : kwGet(kw, "ndigits") ?? null;
  const r = O.callSpecial(x, "__round__", nd === null ? [] : [nd]);
  if (r === undefined) raise("TypeError", `type ${O.typeName(x)} doesn't define __round__ method`);
  return r;
}

function pow(args: PyValue[], kw: Kw): PyValue {
  noKw(kw, "pow", ["base", "exp", "mod"]);
  if (args.length > 3) raise("TypeError", `pow() takes at most 3 arguments (${args.length} given)`);
  const b = args.length > 0 ? args[0] : kwGet(kw, "base") ?? raise("TypeError", "pow() missing required argument 'base' (pos 1)");
  const e = args.length > 1 ? args[1] : kwGet(kw, "exp") ?? raise("TypeError", "pow() missing required argument 'exp' (pos 2)");
  const m = args.length > 2 ? args[2] : kwGet(kw, "mod") ?? null;
  if (m === null) return O.binop(b, e, O.OPS.Pow);
  // abstract.c ternary_op: ints (long_pow, with its negative-modulus and modular
  // inverse rules), complex refuses a modulus, and otherwise only the base's __pow__
  // is asked (slot_nb_power: three-argument pow never uses __rpow__)
  const bi = O.asInt(b), ei = O.asInt(e), mi = O.asInt(m);
  if (bi !== undefined && ei !== undefined && mi !== undefined && !(b instanceof PyObject && b.$cls.lookup("__pow__") !== T.int.attrs.get("__pow__"))) return powMod(bi, ei, mi);
  if (b instanceof PyComplex || e instanceof PyComplex) raise("ValueError", "complex modulo");
  if (b instanceof PyObject && b.$cls.heap) {
    const r = O.callSpecial(b, "__pow__", [e, m]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  if ((bi !== undefined || b instanceof PyFloat) && (ei !== undefined || e instanceof PyFloat) && (mi !== undefined || m instanceof PyFloat)) raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
  return raise("TypeError", `unsupported operand type(s) for ** or pow(): '${O.typeName(b)}', '${O.typeName(e)}', '${O.typeName(m)}'`);
}

function divmod(a: PyValue, b: PyValue): PyValue {
  const ai = O.asInt(a), bi = O.asInt(b);
  if (ai !== undefined && bi !== undefined) return tuple([I.intFloorDiv(ai, bi), I.intMod(ai, bi)]);
  const fa = O.asFloat(a), fb = O.asFloat(b);
  if (fa !== undefined && fb !== undefined && (a instanceof PyFloat || b instanceof PyFloat)) {
    if (fb === 0) raise("ZeroDivisionError", "float divmod()");
    return tuple([O.binop(a, b, O.OPS.FloorDiv), O.binop(a, b, O.OPS.Mod)]);
  }
  const r = O.callSpecial(a, "__divmod__", [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  const r2 = O.callSpecial(b, "__rdivmod__", [a]);
  if (r2 !== undefined && r2 !== NotImplemented) return r2;
  return raise("TypeError", `unsupported operand type(s) for divmod(): '${O.typeName(a)}' and '${O.typeName(b)}'`);
}

function abs(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  const r = O.callSpecial(v, "__abs__", []);
  if (r === undefined) raise("TypeError", `bad operand type for abs(): '${O.typeName(v)}'`);
  return r;
}

function chr(v: PyValue): PyValue {
  const i = O.asInt(v);
  if (i === undefined) raise("TypeError", `'${O.typeName(v)}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}
function ord(v: PyValue): PyValue {
  if (typeof v === "string") {
    const cps = [...v];
    if (cps.length !== 1) raise("TypeError", `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  }
  if (v !== null && typeof v === "object" && "b" in v) {
    const b = (v as unknown as { b: Uint8Array }).b;
    if (b.length !== 1) raise("TypeError", `ord() expected a character, but string of length ${b.length} found`);
    return b[0];
  }
  return raise("TypeError", `ord() expected string of length 1, but ${O.typeName(v)} found`);
}

/** An attribute name: a str, or the value of a str subclass instance (StrEnum). */
function attrName(n: PyValue): string {
  return O.asStr(n) ?? raise("TypeError", `attribute name must be string, not '${O.typeName(n)}'`);
}
function getattrB(o: PyValue, nameIn: PyValue, dflt?: PyValue): PyValue {
  const name = attrName(nameIn);
  if (dflt === undefined) return getattr(o, name);
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.AttributeError)) return dflt;
    throw e;
  }
}
function hasattr(o: PyValue, nameIn: PyValue): boolean {
  const name = attrName(nameIn);
  try {
    getattr(o, name);
    return true;
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.AttributeError)) return false;
    throw e;
  }
}

function callable(v: PyValue): boolean {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof PyType || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod) return true;
  return O.typeOf(v).lookup("__call__") != null;
}

function vars(o?: PyValue): PyValue {
  if (o === undefined) raise("SystemError", "vars() without arguments needs a frame");
  let d: PyValue | undefined;
  try {
    d = genericGetattr(o, "__dict__");
  } catch (e) {
    if (!(e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError))) throw e;
  }
  if (d === undefined) raise("TypeError", "vars() argument must have __dict__ attribute");
  return d;
}

function iter(o: PyValue, sentinel?: PyValue): PyValue {
  if (sentinel === undefined) return getIter(o);
  if (!callable(o)) raise("TypeError", "iter(v, w): v must be callable");
  return new CallIter(o, sentinel, O.pyEqBool);
}
function next(it: PyValue, dflt?: PyValue): PyValue {
  if (it === null || typeof it !== "object" || O.typeOf(it).lookup("__next__") == null) raise("TypeError", `'${O.typeName(it)}' object is not an iterator`);
  if (it instanceof PyGenerator && dflt === undefined) return it.send(null);
  // a __next__ written in Python (or a coroutine wrapper...) is called once, its
  // StopIteration (with its value) propagating as it is
  if (dflt === undefined && (it as PyObject).$next === PyObject.prototype.$next) return callMethod(it, "__next__", [], null);
  const v = (it as PyObject).$next();
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  return nextOrStop(it as PyObject);
}

function sorted(args: PyValue[], kw: Kw): PyValue {
  noKw(kw, "sorted", ["key", "reverse"]);
  if (args.length !== 1) raise("TypeError", `sorted expected 1 argument, got ${args.length}`);
  return new PyList(sortArray(toArray(args[0]), kwGet(kw, "key") ?? null, O.truthy(kwGet(kw, "reverse") ?? false)));
}

function anyAll(v: PyValue, want: boolean): boolean {
  const it = getIter(v);
  for (let x = it.$next(); x !== undefined; x = it.$next()) if (O.truthy(x) === want) return want;
  return !want;
}

function hash(v: PyValue): PyValue {
  if (v !== null && typeof v === "object" && !(v instanceof PyFloat && v.$cls === T.float)) {
    const f = O.typeOf(v).lookup("__hash__");
    if (f === null || f === undefined) raise("TypeError", `unhashable type: '${O.typeName(v)}'`);
    let r = O.callSpecial(v, "__hash__", [])!;
    // an int subclass result counts as its int value
    if (r instanceof PyIntSub) r = r.iv;
    if (!O.isInt(r)) raise("TypeError", "__hash__ method should return an integer");
    // typeobject.c slot_tp_hash: a result that fits a Py_ssize_t is kept as it is
    if (typeof r === "number" || (r >= -(2n ** 63n) && r < 2n ** 63n)) return r === -1 || r === -1n ? -2 : r;
    return O.intHash(r);
  }
  const h = O.pyHash(v);
  if (typeof v === "number" || typeof v === "bigint") return O.intHash(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  // _Py_HashDouble: a NaN hashes by identity, like object.__hash__
  if (v instanceof PyFloat) return v.v !== v.v ? Number(O.pyId(v)) / 16 : O.floatHash(v.v);
  return h;
}

export function builtinFunctions(): Record<string, PyBuiltin> {
  return {
    print,
    input,
    len: builtin("len", 1, 1, (o) => lenValue(o)),
    repr: builtin("repr", 1, 1, (o) => O.reprObject(o)),
    // PyObject_ASCII returns the repr object itself when it is already ASCII
    ascii: builtin("ascii", 1, 1, (o) => {
      const r = O.reprObject(o);
      const s = typeof r === "string" ? r : r.sv;
      return /^[\x00-\x7f]*$/.test(s) ? r : O.pyAscii(o);
    }),
    abs: builtin("abs", 1, 1, abs),
    min: kwbuiltin("min", (a, kw) => minmax("min", a, kw, "Lt")),
    max: kwbuiltin("max", (a, kw) => minmax("max", a, kw, "Gt")),
    sum: kwbuiltin("sum", sum),
    round: kwbuiltin("round", round),
    pow: kwbuiltin("pow", pow),
    divmod: builtin("divmod", 2, 2, divmod),
    hex: builtin("hex", 1, 1, (v) => toBase(v, 16, "0x")),
    oct: builtin("oct", 1, 1, (v) => toBase(v, 8, "0o")),
    bin: builtin("bin", 1, 1, (v) => toBase(v, 2, "0b")),
    chr: builtin("chr", 1, 1, chr),
    ord: builtin("ord", 1, 1, ord),
    id: builtin("id", 1, 1, (v) => O.pyId(v)),
    hash: builtin("hash", 1, 1, hash),
    isinstance: builtin("isinstance", 2, 2, isinstanceImpl),
    issubclass: builtin("issubclass", 2, 2, issubclassImpl),
    callable: builtin("callable", 1, 1, callable),
    getattr: builtin("getattr", 2, 3, getattrB),
    setattr: builtin("setattr", 3, 3, (o, n, v) => {
      setattr(o, attrName(n), v);
      return null;
    }),
    delattr: builtin("delattr", 2, 2, (o, n) => {
      delattr(o, attrName(n));
      return null;
    }),
    hasattr: builtin("hasattr", 2, 2, hasattr),
    vars: builtin("vars", 0, 1, vars),
    dir: builtin("dir", 0, 1, (o) => {
      if (o === undefined) raise("SystemError", "dir() without arguments needs a frame");
      const r = O.callSpecial(o, "__dir__", []);
      return new PyList(sortArray(toArray(r ?? new PyList(dirOf(o))), null, false));
    }),
    iter: builtin("iter", 1, 2, iter),
    next: builtin("next", 1, 2, next),
    sorted: kwbuiltin("sorted", sorted),
    any: builtin("any", 1, 1, (v) => anyAll(v, true)),
    all: builtin("all", 1, 1, (v) => anyAll(v, false)),
    format: builtin("format", 1, 2, (v, spec) => pyFormat(v, spec === undefined ? "" : (O.asStr(spec) ?? raise("TypeError", `format() argument 2 must be str, not ${O.typeName(spec)}`)))),
    globals: builtin("globals", 0, 0, () => raise("SystemError", "globals() needs a frame")),
    locals: builtin("locals", 0, 0, () => raise("SystemError", "locals() needs a frame")),
  };
}
export { PyComplex, PyDict, toFloat, roundFloat };
