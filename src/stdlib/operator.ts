// operator: the language's operators as functions, plus itemgetter, attrgetter and
// methodcaller; written from the operator module's documentation. Each function goes
// straight to the runtime's own operator implementation.
import { PyObject, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T, NotImplemented } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method, builtin, kwbuiltin } from "../runtime/descriptors.js";
import { PyBuiltin, type KwNames } from "../runtime/function.js";
import { PyStaticMethod } from "../runtime/property.js";
import { registerModule, importModule } from "../runtime/modules.js";
import { ctors } from "../runtime/klass.js";
import { callv } from "../runtime/call.js";
import { getattr } from "../runtime/attributes.js";
import { tuple, PyList, type PyModule } from "../runtime/containers.js";
import type { PyDict } from "../runtime/dict.js";
import { getIter } from "../runtime/iter.js";
import * as O from "../runtime/ops.js";
import * as R from "../runtime/rt.js";
import { EXC } from "../runtime/exceptions.js";

const BIN: [string, keyof typeof O.OPS][] = [
  ["add", "Add"], ["sub", "Sub"], ["mul", "Mult"], ["truediv", "Div"], ["floordiv", "FloorDiv"], ["mod", "Mod"],
  ["pow", "Pow"], ["lshift", "LShift"], ["rshift", "RShift"], ["and_", "BitAnd"], ["or_", "BitOr"], ["xor", "BitXor"],
  ["matmul", "MatMult"],
];
const CMP: [string, O.CmpOp][] = [["lt", "Lt"], ["le", "LtE"], ["eq", "Eq"], ["ne", "NotEq"], ["ge", "GtE"], ["gt", "Gt"]];

/** `name` without a trailing underscore, as its dunder alias (and_ -> __and__). */
const dunder = (name: string): string => `__${name.replace(/_$/, "")}__`;

function isSequence(v: PyValue): boolean {
  if (typeof v === "string") return true;
  if (v === null || typeof v !== "object" || v.$cls.isSubtypeOf(T.dict)) return false;
  return v.$cls.lookup("__getitem__") != null;
}

// ---- itemgetter / attrgetter / methodcaller ----
function getterType(name: string, make: (args: PyValue[], kw: Map<string, PyValue> | null) => PyObject): PyType {
  const t = new PyType(`operator.${name}`, [T.object]);
  t.qualname = name;
  t.computeMro();
  t.attrs.set("__module__", "operator");
  const build = (args: PyValue[], kwnames: KwNames): PyObject => {
    const npos = args.length - (kwnames?.length ?? 0);
    const kw = kwnames ? new Map(kwnames.map((k, i): [string, PyValue] => [k, args[npos + i]])) : null;
    return make(args.slice(0, npos), kw);
  };
  ctors.set(t, build);
  const newFn = (a: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    const o = make(a.slice(1), kw);
    if (a[0] !== t) o.$cls = a[0] as PyType;
    return o;
  };
  t.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => newFn(a, null), 1, Infinity, newFn)));
  return t;
}
const noKw = (name: string, kw: Map<string, PyValue> | null): void => {
  if (kw && kw.size) raise("TypeError", `${name}() takes no keyword arguments`);
};

class ItemGetter extends PyObject {
  constructor(readonly items: PyValue[]) {
    super();
  }
}
const itemgetterType = getterType("itemgetter", (args, kw) => {
  noKw("itemgetter", kw);
  if (args.length < 1) raise("TypeError", `itemgetter expected 1 argument, got 0`);
  return new ItemGetter(args);
});
ItemGetter.prototype.$cls = itemgetterType;
method(itemgetterType, "__call__", 1, 1, (s, obj) => {
  const items = (s as ItemGetter).items;
  if (items.length === 1) return R.getitem(obj, items[0]);
  return tuple(items.map((k) => R.getitem(obj, k)));
});
method(itemgetterType, "__repr__", 0, 0, (s) => `operator.itemgetter(${(s as ItemGetter).items.map(O.pyRepr).join(", ")})`);
method(itemgetterType, "__reduce__", 0, 0, (s) => tuple([O.typeOf(s), tuple((s as ItemGetter).items)]));

class AttrGetter extends PyObject {
  constructor(readonly names: string[]) {
    super();
  }
}
const attrgetterType = getterType("attrgetter", (args, kw) => {
  noKw("attrgetter", kw);
  if (args.length < 1) raise("TypeError", `attrgetter expected 1 argument, got 0`);
  for (const a of args) if (typeof a !== "string") raise("TypeError", "attribute name must be a string");
  return new AttrGetter(args as string[]);
});
AttrGetter.prototype.$cls = attrgetterType;
const dotted = (obj: PyValue, name: string): PyValue => {
  for (const part of name.split(".")) obj = getattr(obj, part);
  return obj;
};
method(attrgetterType, "__call__", 1, 1, (s, obj) => {
  const names = (s as AttrGetter).names;
  if (names.length === 1) return dotted(obj, names[0]);
  return tuple(names.map((n) => dotted(obj, n)));
});
method(attrgetterType, "__repr__", 0, 0, (s) => `operator.attrgetter(${(s as AttrGetter).names.map(O.pyRepr).join(", ")})`);
method(attrgetterType, "__reduce__", 0, 0, (s) => tuple([O.typeOf(s), tuple((s as AttrGetter).names)]));

class MethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kw: Map<string, PyValue>) {
    super();
  }
}
const methodcallerType = getterType("methodcaller", (args, kw) => {
  if (args.length < 1) raise("TypeError", "methodcaller needs at least one argument, the method name");
  if (typeof args[0] !== "string") raise("TypeError", "method name must be a string");
  return new MethodCaller(args[0], args.slice(1), kw ?? new Map());
});
MethodCaller.prototype.$cls = methodcallerType;
method(methodcallerType, "__call__", 1, 1, (s, obj) => {
  const m = s as MethodCaller;
  const f = getattr(obj, m.name);
  if (m.kw.size === 0) return callv(f, m.args, null);
  return callv(f, [...m.args, ...m.kw.values()], [...m.kw.keys()]);
});
method(methodcallerType, "__repr__", 0, 0, (s) => {
  const m = s as MethodCaller;
  const parts = [O.pyRepr(m.name), ...m.args.map(O.pyRepr), ...[...m.kw].map(([k, v]) => `${k}=${O.pyRepr(v)}`)];
  return `operator.methodcaller(${parts.join(", ")})`;
});
// methodcaller_reduce: keywords travel in a functools.partial of the type
method(methodcallerType, "__reduce__", 0, 0, (s) => {
  const m = s as MethodCaller;
  if (m.kw.size === 0) return tuple([O.typeOf(m), tuple([m.name, ...m.args])]);
  const partial = getattr(importModule("functools", true), "partial");
  const bound = callv(partial, [O.typeOf(m), m.name, ...m.kw.values()], [...m.kw.keys()]);
  return tuple([bound, tuple(m.args)]);
});

// ---- module ----
// _operator (CPython's accelerator, what operator.py re-exports) is the same native
// module here: test.support.import_fresh_module(..., fresh=['_operator']) finds it
registerModule("_operator", (m) => initOperator(m));
// operator re-exports _operator's objects, so pickling operator.add by reference
// (_operator.add) finds the very same function
registerModule("operator", (m) => {
  let src: PyDict;
  try {
    src = (importModule("_operator", true) as PyModule).$dict!;
  } catch (e) {
    // _operator blocked (import_fresh_module(blocked=['_operator'])): own objects
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.ImportError)) return initOperator(m);
    throw e;
  }
  const d = m.$dict!;
  for (const [k, v] of src.entries()) {
    if (typeof k === "string" && (!k.startsWith("__") || !MODULE_ATTRS.has(k))) d.setStr(k, v);
  }
});
const MODULE_ATTRS = new Set(["__name__", "__loader__", "__spec__", "__file__", "__package__", "__path__", "__builtins__", "__cached__"]);
function initOperator(m: PyModule): void {
  const d = m.$dict!;
  const all: string[] = [];
  const put = (name: string, f: PyValue, alias: string | null = dunder(name)): void => {
    // CPython's operator functions live in _operator (pickling by reference, __all__ checks)
    if (f instanceof PyBuiltin) f.module = "_operator";
    d.setStr(name, f);
    all.push(name);
    if (alias !== null) d.setStr(alias, f);
  };
  const builtins = importModule("builtins", true) as PyObject;
  const bAbs = getattr(builtins, "abs");
  put("abs", builtin("abs", 1, 1, (a) => callv(bAbs, [a], null)));
  for (const [name, op] of BIN) {
    put(name, builtin(name, 2, 2, (a, b) => O.binop(a, b, O.OPS[op])));
    put(`i${name.replace(/_$/, "")}`, builtin(`i${name.replace(/_$/, "")}`, 2, 2, (a, b) => O.inplace(a, b, O.OPS[op])));
  }
  for (const [name, op] of CMP) put(name, builtin(name, 2, 2, (a, b) => O.richCompare(a, b, op)));
  put("not_", builtin("not_", 1, 1, (a) => !O.truthy(a)), "__not__");
  put("truth", builtin("truth", 1, 1, (a) => O.truthy(a)), null);
  put("is_", builtin("is_", 2, 2, (a, b) => O.is(a, b)), null);
  put("is_not", builtin("is_not", 2, 2, (a, b) => !O.is(a, b)), null);
  put("neg", builtin("neg", 1, 1, (a) => O.neg(a)));
  put("pos", builtin("pos", 1, 1, (a) => O.pos(a)));
  put("invert", builtin("invert", 1, 1, (a) => O.invert(a)));
  put("inv", builtin("inv", 1, 1, (a) => O.invert(a)));
  put("index", builtin("index", 1, 1, (a) => {
    if (O.isInt(a)) return a;
    const r = O.callSpecial(a, "__index__", []);
    if (r === undefined) raise("TypeError", `'${O.typeName(a)}' object cannot be interpreted as an integer`);
    if (typeof r === "boolean") return r ? 1 : 0;
    if (!O.isInt(r)) raise("TypeError", `__index__ returned non-int (type ${O.typeName(r)})`);
    return r;
  }));
  put("concat", builtin("concat", 2, 2, (a, b) => {
    if (!isSequence(a)) raise("TypeError", `'${O.typeName(a)}' object can't be concatenated`);
    return O.add(a, b);
  }));
  put("iconcat", builtin("iconcat", 2, 2, (a, b) => {
    if (!isSequence(a)) raise("TypeError", `'${O.typeName(a)}' object can't be concatenated`);
    return O.inplace(a, b, O.OPS.Add);
  }));
  put("contains", builtin("contains", 2, 2, (a, b) => R.contains(a, b)));
  put("countOf", builtin("countOf", 2, 2, (a, b) => {
    let n = 0;
    const it = getIter(a);
    for (let v = it.$next(); v !== undefined; v = it.$next()) if (v === b || O.pyEqBool(v, b)) n++;
    return n;
  }), null);
  put("indexOf", builtin("indexOf", 2, 2, (a, b) => {
    let i = 0;
    const it = getIter(a);
    for (let v = it.$next(); v !== undefined; v = it.$next(), i++) if (v === b || O.pyEqBool(v, b)) return i;
    return raise("ValueError", "sequence.index(x): x not in sequence");
  }), null);
  put("getitem", builtin("getitem", 2, 2, (a, b) => R.getitem(a, b)));
  put("setitem", builtin("setitem", 3, 3, (a, b, c) => (R.setitem(a, b, c), null)));
  put("delitem", builtin("delitem", 2, 2, (a, b) => (R.delitem(a, b), null)));
  put("length_hint", builtin("length_hint", 1, 2, (obj, dflt) => lengthHint(obj, dflt === undefined ? 0 : dflt)), null);
  put("call", kwbuiltin("call", (args, kw) => {
    if (args.length < 1) raise("TypeError", "call() missing required argument 'obj' (pos 1)");
    if (!kw || kw.size === 0) return callv(args[0], args.slice(1), null);
    return callv(args[0], [...args.slice(1), ...kw.values()], [...kw.keys()]);
  }));
  put("itemgetter", itemgetterType, null);
  put("attrgetter", attrgetterType, null);
  put("methodcaller", methodcallerType, null);
  all.sort();
  d.setStr("__all__", new PyList(all));
  d.setStr("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
}

/** operator.length_hint (abstract.c PyObject_LengthHint): len(), then __length_hint__. */
function lengthHint(obj: PyValue, dflt: PyValue): PyValue {
  if (!O.isIndex(dflt)) raise("TypeError", `'${O.typeName(dflt)}' object cannot be interpreted as an integer`);
  const t = O.typeOf(obj);
  if (t.lookup("__len__") != null || typeof obj === "string") {
    try {
      return R.len(obj);
    } catch (e) {
      if (!(e instanceof PyObject && e.$cls.isSubtypeOf(EXC.TypeError))) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h == null) return dflt;
  let r: PyValue;
  try {
    r = callv(O.bindDescr(h, obj), [], null);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (!O.isInt(r)) raise("TypeError", `__length_hint__ must be an integer, not ${O.typeName(r)}`);
  if (r < 0) raise("ValueError", "__length_hint__() should return >= 0");
  return r;
}
