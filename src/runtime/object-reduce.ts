// The default pickle protocol of every object: object.__reduce_ex__, __reduce__,
// __getstate__ (typeobject.c object___reduce_ex___impl, _common_reduce,
// reduce_newobj, object_getstate), the __getnewargs__ of the immutable built-ins,
// and type.__flags__ (copyreg tells built-in from heap types by it).
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { method, getset } from "./descriptors.js";
import { PyTuple, PyBytes, PyList, PyModule, PyRange, PySlice, tuple } from "./containers.js";
import { PyByteArray } from "./bytes.js";
import { PyBuiltin, PyBoundMethod } from "./function.js";
import { PyDict } from "./dict.js";
import { typeOf, typeName, isInstance, truthy, asInt, asStr, asFloat, bindDescr } from "./ops.js";
import { getattr, callMethod } from "./attributes.js";
import { PyFloat, PyComplex } from "./object.js";
import { callv } from "./call.js";
import { getIter, toArray } from "./iter.js";
import { importModule } from "./modules.js";
import { EXC } from "./exceptions.js";
import { patmaKind } from "./rt.js";

const ot = T.object;

function copyregAttr(name: string): PyValue {
  return getattr(importModule("copyreg", true), name);
}

/** The first type along the MRO that no class statement made (CPython's solid base
 * for our purposes): its instances carry state only its own methods know about. */
function builtinBase(t: PyType): PyType {
  for (const b of t.mro) if (!b.heap) return b;
  return ot;
}

/** Built-in types whose instances hold nothing beyond object's (CPython compares
 * tp_basicsize with object's): the default reduction can rebuild them. */
const STATELESS = new Set<PyType>([ot, T.NoneType, T.NotImplementedType, T.ellipsis]);

/** Attribute lookup that answers undefined for AttributeError only. */
function lookupOrUndefined(o: PyValue, name: string): PyValue | undefined {
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return undefined;
    throw e;
  }
}

/** _PyObject_LookupSpecial: the method on the type, bound to obj (an instance's
 * __getattr__ is not consulted). */
function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  const f = typeOf(obj).lookup(name);
  return f === undefined ? undefined : bindDescr(f, obj);
}

/** object_getstate_default: the instance dict (None when empty), paired with a dict
 * of the filled __slots__ when the class has any. `required`: the object has no
 * other way to carry its state, so a built-in layout cannot be pickled. */
function defaultState(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  if (required && !STATELESS.has(builtinBase(t))) raise("TypeError", `cannot pickle '${t.name}' object`);
  let state: PyValue = null;
  if (obj instanceof PyObject && obj.$dict !== null && obj.$dict.t.m.size > 0) state = obj.$dict;
  const names = toArray(callv(copyregAttr("_slotnames"), [t], null));
  if (names.length > 0) {
    const slots = new PyDict();
    for (const n of names) {
      const v = lookupOrUndefined(obj, n as string);
      if (v !== undefined) slots.set(n, v);
    }
    if (slots.t.m.size > 0) state = tuple([state, slots]);
  }
  return state;
}

const getstateBuiltin = method(ot, "__getstate__", 0, 0, (self) => defaultState(self, false));

/** _PyObject_GetState: an overriding __getstate__, else the default. */
function getState(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  if (t.lookup("__getstate__") === getstateBuiltin) return defaultState(obj, required);
  return callMethod(obj, "__getstate__", [], null);
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems),
 * or copyreg.__newobj_ex__ when __getnewargs_ex__ gave keyword arguments. */
function reduceNewobj(obj: PyValue): PyValue {
  const t = typeOf(obj);
  let args: PyValue[] | null = null;
  let kwargs: PyDict | null = null;
  const gx = lookupSpecial(obj, "__getnewargs_ex__");
  if (gx !== undefined) {
    const r = callv(gx, [], null);
    if (!(r instanceof PyTuple)) raise("TypeError", `__getnewargs_ex__ should return a tuple, not '${typeName(r)}'`);
    if (r.a.length !== 2) raise("ValueError", `__getnewargs_ex__ should return a tuple of length 2, not ${r.a.length}`);
    const [a, k] = r.a;
    if (!(a instanceof PyTuple)) raise("TypeError", `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(a)}'`);
    if (!(k instanceof PyDict)) raise("TypeError", `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(k)}'`);
    args = a.a;
    kwargs = k;
  } else {
    const g = lookupSpecial(obj, "__getnewargs__");
    if (g !== undefined) {
      const r = callv(g, [], null);
      if (!(r instanceof PyTuple)) raise("TypeError", `__getnewargs__ should return a tuple, not '${typeName(r)}'`);
      args = r.a;
    }
  }
  const isList = isInstance(obj, T.list);
  const isDict = isInstance(obj, T.dict);
  let fn: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.t.m.size === 0) {
    fn = copyregAttr("__newobj__");
    newargs = tuple([t, ...(args ?? [])]);
  } else {
    fn = copyregAttr("__newobj_ex__");
    newargs = tuple([t, tuple(args!), kwargs]);
  }
  const state = getState(obj, args === null && !isList && !isDict);
  const listitems = isList ? getIter(obj) : null;
  const dictitems = isDict ? getIter(callMethod(obj, "items", [], null)) : null;
  return tuple([fn, newargs, state, listitems, dictitems]);
}

function commonReduce(obj: PyValue, proto: number): PyValue {
  // CPython's code objects refuse with their own message
  if (typeOf(obj) === T.code) raise("TypeError", "cannot pickle code objects");
  if (proto >= 2) return reduceNewobj(obj);
  return callv(copyregAttr("_reduce_ex"), [obj, proto], null);
}

const reduceBuiltin = method(ot, "__reduce__", 0, 0, (self) => commonReduce(self, 0));
method(ot, "__reduce_ex__", 1, 1, (self, proto) => {
  if (typeof proto !== "number" && typeof proto !== "bigint" && typeof proto !== "boolean") {
    raise("TypeError", `'${typeName(proto)}' object cannot be interpreted as an integer`);
  }
  // a class's own __reduce__ wins over the default protocol
  const t = typeOf(self);
  const r = t.lookup("__reduce__");
  if (r !== undefined && r !== reduceBuiltin) return callMethod(self, "__reduce__", [], null);
  return commonReduce(self, Number(proto));
});

// __getnewargs__ of the immutable built-ins: the value itself rebuilds them
method(T.int, "__getnewargs__", 0, 0, (self) => tuple([asInt(self)!]));
method(T.str, "__getnewargs__", 0, 0, (self) => tuple([asStr(self)!]));
method(T.float, "__getnewargs__", 0, 0, (self) => tuple([self instanceof PyFloat && self.$cls === T.float ? self : new PyFloat(asFloat(self)!)]));
method(T.tuple, "__getnewargs__", 0, 0, (self) => tuple([(self as PyTuple).$cls === T.tuple ? self : tuple((self as PyTuple).a)]));
method(T.bytes, "__getnewargs__", 0, 0, (self) => tuple([(self as PyBytes).$cls === T.bytes ? self : new PyBytes((self as PyBytes).b)]));

// type.__flags__: only the bits a Python program tests (Include/object.h)
const enum TPFlags {
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  READY = 1 << 12,
  IS_ABSTRACT = 1 << 20,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
}
getset(T.type, "__flags__", (self) => {
  const t = self as PyType;
  let f = TPFlags.READY;
  if (t.heap) f |= TPFlags.HEAPTYPE;
  if (!t.final) f |= TPFlags.BASETYPE;
  const abs = t.attrs.get("__abstractmethods__");
  if (abs !== undefined && truthy(abs)) f |= TPFlags.IS_ABSTRACT;
  const sub: [PyType, number][] = [[T.int, TPFlags.LONG_SUBCLASS], [T.list, TPFlags.LIST_SUBCLASS], [T.tuple, TPFlags.TUPLE_SUBCLASS],
    [T.bytes, TPFlags.BYTES_SUBCLASS], [T.str, TPFlags.UNICODE_SUBCLASS], [T.dict, TPFlags.DICT_SUBCLASS], [EXC.BaseException, TPFlags.BASE_EXC_SUBCLASS]];
  for (const [b, bit] of sub) if (t.isSubtypeOf(b)) f |= bit;
  // Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, the kinds `match` tells apart
  const kind = patmaKind(t);
  if (kind !== 0) f |= kind === 1 ? 1 << 5 : 1 << 6;
  // CPython's flags are an unsigned long; bit 31 (TYPE_SUBCLASS) makes it large
  return t.isSubtypeOf(T.type) ? f + 2 ** 31 : f;
});

// ---- reductions of built-in types (their C __reduce__ in CPython) ----

function builtinsAttr(name: string): PyValue {
  return getattr(importModule("builtins", true), name);
}

/** builtin_function_or_method.__reduce__ (methodobject.c meth_reduce): a function
 * of a module pickles by name; a method, as getattr(owner, name). */
method(T.builtin_function_or_method, "__reduce__", 0, 0, (self) => {
  const b = self as PyBuiltin;
  if (b.self !== undefined && !(b.self instanceof PyModule)) return tuple([builtinsAttr("getattr"), tuple([b.self, b.name])]);
  const dot = b.qualname.lastIndexOf(".");
  if (b.$meth && dot > 0) {
    // a method descriptor of a built-in type ("int.__add__"): getattr(int, "__add__")
    let owner: PyValue | undefined = importModule("builtins", true);
    for (const part of b.qualname.slice(0, dot).split(".")) owner = owner === undefined ? undefined : lookupOrUndefined(owner, part);
    if (owner !== undefined) return tuple([builtinsAttr("getattr"), tuple([owner, b.name])]);
  }
  return b.name;
});

/** method.__reduce__ (classobject.c method_reduce): getattr(self, name). */
method(T.method, "__reduce__", 0, 0, (self) => {
  const m = self as PyBoundMethod;
  return tuple([builtinsAttr("getattr"), tuple([m.self, getattr(m.func, "__name__")])]);
});

/** The instance dict of a built-in subclass's instance, or None (the state part of
 * set/frozenset/bytearray reductions). */
function dictOrNone(o: PyValue): PyValue {
  return o instanceof PyObject && o.$dict !== null && o.$dict.t.m.size > 0 ? o.$dict : null;
}

// set_reduce: the state is the object's __getstate__() (dict and slots of a subclass)
method(T.set, "__reduce__", 0, 0, (self) => tuple([typeOf(self), tuple([new PyList(toArray(self))]), getState(self, false)]));
method(T.frozenset, "__reduce__", 0, 0, (self) => tuple([typeOf(self), tuple([new PyList(toArray(self))]), getState(self, false)]));
method(T.range, "__reduce__", 0, 0, (self) => {
  const r = self as PyRange;
  return tuple([T.range, tuple([r.start, r.stop, r.step])]);
});
method(T.slice, "__reduce__", 0, 0, (self) => {
  const s = self as PySlice;
  return tuple([T.slice, tuple([s.start, s.stop, s.step])]);
});
method(T.complex, "__getnewargs__", 0, 0, (self) => {
  const c = self as PyComplex;
  return tuple([new PyFloat(c.re), new PyFloat(c.im)]);
});
// bytearray.__reduce_ex__ (bytearrayobject.c _common_reduce): protocols below 3
// carry the data as latin-1 text, since Python 2 had no bytes type
function bytearrayReduce(self: PyValue, proto: number): PyValue {
  const view = (self as PyByteArray).b;
  // latin-1 text, built in chunks (a spread of a large buffer overflows the stack)
  let text = "";
  if (proto < 3) for (let i = 0; i < view.length; i += 8192) text += String.fromCharCode(...view.subarray(i, i + 8192));
  const args = proto < 3
    ? tuple([text, "latin-1"])
    : tuple([new PyBytes(view.slice())]);
  return tuple([typeOf(self), args, dictOrNone(self)]);
}
method(T.bytearray, "__reduce__", 0, 0, (self) => bytearrayReduce(self, 0));
method(T.bytearray, "__reduce_ex__", 1, 1, (self, proto) => bytearrayReduce(self, Number(proto)));
// the singletons pickle by name (NotImplemented.__reduce__ == 'NotImplemented')
method(T.NotImplementedType, "__reduce__", 0, 0, () => "NotImplemented");
method(T.ellipsis, "__reduce__", 0, 0, () => "Ellipsis");
