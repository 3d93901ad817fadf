// weakref: references that do not keep their referent alive.
//
// A `weakref.ref` holds a JS WeakRef. The engine clears a WeakRef only after the
// current job ends (a WeakRef keeps its target alive for the rest of the job that made
// or read it), and a Python program runs as one job: so within a run, `r()` keeps
// returning the object even after its last reference is gone and gc.collect() ran.
// Callbacks are queued when the engine reports the collection and run at gc.collect()
// (src/runtime/finalize.ts). docs/differences.md lists what this changes.
// The weak containers (WeakValueDictionary, WeakKeyDictionary, WeakSet) are in
// Python below, on top of ref.
import { PyObject, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T, NotImplemented } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method, getset, builtin } from "../runtime/descriptors.js";
import { registerModule, runPythonSource } from "../runtime/modules.js";
import { ctors } from "../runtime/klass.js";
import { callv } from "../runtime/call.js";
import { hexId, pyHash, pyEq, typeOf, typeName } from "../runtime/ops.js";
import { whenCollected } from "../runtime/finalize.js";
import { PyList } from "../runtime/containers.js";
import { PyStaticMethod } from "../runtime/property.js";
import { PyBuiltin } from "../runtime/function.js";

export const refType = new PyType("weakref.ReferenceType", [T.object]);
refType.qualname = "ReferenceType";
refType.computeMro();
refType.attrs.set("__module__", "weakref");

/** Built-in types whose instances CPython cannot weakly reference (no tp_weaklistoffset). */
const NO_WEAKREF = new Set(["int", "bool", "str", "bytes", "tuple", "list", "dict", "float", "complex", "NoneType", "bytearray", "cell", "range", "slice", "NotImplementedType", "ellipsis", "weakref.ReferenceType"]);

export class PyWeakref extends PyObject {
  target: WeakRef<PyObject>;
  hash: number | undefined = undefined;
  constructor(cls: PyType, obj: PyObject, readonly callback: PyValue) {
    super();
    if (cls !== refType) this.$cls = cls;
    this.target = new WeakRef(obj);
    if (callback !== null) {
      const self = new WeakRef<PyWeakref>(this);
      // the callback runs with the reference itself, if it is still alive
      whenCollected(obj, () => {
        const r = self.deref();
        if (r !== undefined) callv(callback, [r], null);
      });
    }
  }
  get(): PyValue {
    return this.target.deref() ?? null;
  }
}
PyWeakref.prototype.$cls = refType;

function weakrefable(obj: PyValue): PyObject {
  if (obj === null || typeof obj !== "object" || (!obj.$cls.heap && NO_WEAKREF.has(obj.$cls.name))) raise("TypeError", `cannot create weak reference to '${typeName(obj)}' object`);
  return obj;
}

function newRef(cls: PyType, args: PyValue[]): PyWeakref {
  if (args.length < 1 || args.length > 2) raise("TypeError", `__new__ expected at most 2 arguments, got ${args.length}`);
  return new PyWeakref(cls, weakrefable(args[0]), args.length > 1 ? args[1] : null);
}
ctors.set(refType, (args, kwnames) => {
  if (kwnames !== null && kwnames.length) raise("TypeError", "ref() takes no keyword arguments");
  return newRef(refType, args);
});
// type.__call__ of a subclass (WeakMethod) goes through __new__ and __init__
refType.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (cls, ...args) => newRef(cls as PyType, args), 1, Infinity)));
method(refType, "__init__", 0, Infinity, () => null);
method(refType, "__call__", 0, 0, (s) => (s as PyWeakref).get());
method(refType, "__repr__", 0, 0, (s) => {
  const r = s as PyWeakref;
  const o = r.get();
  if (o === null) return `<weakref at ${hexId(r)}; dead>`;
  return `<weakref at ${hexId(r)}; to '${typeOf(o).qualname}' at ${hexId(o)}>`;
});
method(refType, "__hash__", 0, 0, (s) => {
  const r = s as PyWeakref;
  if (r.hash !== undefined) return r.hash;
  const o = r.get();
  if (o === null) raise("TypeError", "weak object has gone away");
  return (r.hash = pyHash(o));
});
function refEq(a: PyValue, b: PyValue, ne: boolean): PyValue {
  if (!(b instanceof PyWeakref)) return NotImplemented;
  const x = (a as PyWeakref).get(), y = b.get();
  if (x === null || y === null) return ne ? a !== b : a === b;
  const r = pyEq(x, y);
  return ne ? !(r === true) : r;
}
method(refType, "__eq__", 1, 1, (a, b) => refEq(a, b, false));
method(refType, "__ne__", 1, 1, (a, b) => refEq(a, b, true));
getset(refType, "__callback__", (s) => (s as PyWeakref).callback);

registerModule("_weakref", (m) => {
  const d = m.$dict!;
  d.setStr("ref", refType);
  d.setStr("ReferenceType", refType);
  d.setStr("getweakrefcount", builtin("getweakrefcount", 1, 1, () => 0));
  d.setStr("getweakrefs", builtin("getweakrefs", 1, 1, () => new PyList([])));
});

registerModule("weakref", (m) => {
  runPythonSource(WEAKREF_PY, "<frozen weakref>", m.$dict!);
});

const WEAKREF_PY = String.raw`
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from _collections_abc import MutableMapping as _MutableMapping

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: to its object and its function."""
    __slots__ = ("_func_ref", "_meth_type", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held through weak references."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for r in self.data.values() if r() is not None)

    def __iter__(self):
        for k, r in list(self.data.items()):
            if r() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [o for o in (r() for r in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, r in list(self.data.items()):
            o = r()
            if o is not None:
                out.append((k, o))
        return out

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held through weak references."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for r, v in list(self.data.items()) if r() is not None]

    def items(self):
        out = []
        for r, v in list(self.data.items()):
            o = r()
            if o is not None:
                out.append((o, v))
        return out

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, other=None, /, **kw):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose items are held through weak references."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))


# proxies are written in Python (src/stdlib/lib/_pycell_weakproxy.py)
from _pycell_weakproxy import proxy, ProxyType, CallableProxyType
ProxyTypes = (ProxyType, CallableProxyType)


class finalize:
    """Call func(*args, **kwargs) once, when obj is collected or at the first
    explicit call; pycell runs collected ones at gc.collect()."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs)
        self.atexit = True
        self._ref = ref(obj, self._collected)

    def _collected(self, wr):
        self()

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj, info[0], info[1], info[2])

    def peek(self):
        obj = self._ref()
        if self._info is not None and obj is not None:
            return (obj, self._info[0], self._info[1], self._info[2])

    @property
    def alive(self):
        return self._info is not None
`;
