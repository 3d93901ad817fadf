// Methods of object and type, and of the function-family objects (function, cell,
// code, method, builtin), module, None, property/classmethod/staticmethod, super.
import { PyObject, PyInstance, type PyValue } from "./object.js";
import { pyWarn } from "./warn.js";
import { SLOT_DOCS } from "./slot-docs.js";
import { descrOwner } from "./descr-types.js";
import { PyType } from "./type.js";
import { T, NotImplemented, Ellipsis, PySingleton } from "./types.js";
import { raise } from "./raise.js";
import { method, kwmethod, getset, member, PyGetSet } from "./descriptors.js";
import { PyFunction, PyBuiltin, PyBoundMethod, PyCell, PyCode } from "./function.js";
import { PyTuple, PyModule, tuple, PyList } from "./containers.js";
import { PyDict } from "./dict.js";
import { PyProperty, PyClassMethod, PyStaticMethod, propertyError } from "./property.js";
import { defaultRepr, hexId, pyId, pyRepr, pyStr, reprObject, typeOf, typeName, richCompare, isInstance, truthy, callSpecial, asStr, bindDescr } from "./ops.js";
import { genericGetattr, genericSetattr, attributeError, getDescr, getattr } from "./attributes.js";
import { setCode, newFunction } from "./closures.js";
import { setClass, layoutBase } from "./type-layout.js";
import { c3Merge } from "./mro.js";
import { typeDictProxy } from "./mappingproxy.js";
import { currentFrameOrNone } from "./frames.js";
import { checkTypeName, typeNameSetter, typeQualnameSetter } from "./type-names.js";
import { ctors, newClass, typeCall, makeSuper, PySuper, superGetattr, checkAbstract, initSubclass, calcMeta } from "./klass.js";
import { callv } from "./call.js";
import { formatSpec, specArg } from "./format.js";
import { toArray } from "./iter.js";
import { newTarget } from "./generic-new.js";
import { EXC } from "./exceptions.js";
import { codeConsts } from "./co-consts.js";
import { sysModules } from "./modules.js";

// ---- object ----
const ot = T.object;
ot.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (cls: PyValue) => (cls as PyType).alloc!(cls as PyType), 1, Infinity)));
(ot.attrs.get("__new__") as PyStaticMethod).f = new PyBuiltin("__new__", (...a: PyValue[]) => {
  const cls = a[0];
  if (!(cls instanceof PyType)) raise("TypeError", `object.__new__(X): X is not a type object (${typeName(cls)})`);
  // excess arguments are an error unless the class customises __init__ and not
  // __new__ (typeobject.c object_new)
  if (a.length > 1) {
    if (cls.lookup("__new__") !== ot.attrs.get("__new__")) raise("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls.lookup("__init__") === ot.attrs.get("__init__")) raise("TypeError", `${cls.name}() takes no arguments`);
  }
  if (cls.heap) checkAbstract(cls);
  // a built-in type without a plain layout has its own __new__ (typeobject.c tp_new_wrapper)
  if (cls.alloc === null) raise("TypeError", `object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  return cls.alloc(cls);
}, 1, Infinity, null, undefined, "object.__new__");

ot.attrs.set("__new__", (ot.attrs.get("__new__") as PyStaticMethod));
method(ot, "__init__", 0, Infinity, (self, ...args) => {
  if (args.length) {
    const t = typeOf(self);
    // typeobject.c object_init: an overridden __init__ that passed arguments up
    // names object, a class without __init__ or __new__ names itself
    if (t.lookup("__init__") !== ot.attrs.get("__init__")) raise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
    if (t.lookup("__new__") === ot.attrs.get("__new__")) raise("TypeError", `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return null;
});
// object.__subclasshook__: "no opinion", the default every ABC's hook falls back to
ot.attrs.set("__subclasshook__", new PyClassMethod(new PyBuiltin("__subclasshook__", () => NotImplemented, 1, Infinity, null, undefined, "object.__subclasshook__")));
method(ot, "__repr__", 0, 0, (self) => defaultRepr(self));
// object_str: PyObject_Repr, whose result may be a str subclass instance, kept as is
method(ot, "__str__", 0, 0, (self) => reprObject(self));
method(ot, "__hash__", 0, 0, (self) => Number(pyId(self)) / 16);
// object.__sizeof__ (typeobject.c object___sizeof___impl is tp_basicsize): pycell's
// objects have no C layout, so this is CPython's 64-bit size of a bare object header
// (docs/differences.md); mock and pickle-size code only need it to exist
method(ot, "__sizeof__", 0, 0, () => 16);
method(ot, "__eq__", 1, 1, (self, o) => (self === o ? true : NotImplemented));
// object_richcompare Py_NE: only self's own __eq__, inverted (no reflected call)
method(ot, "__ne__", 1, 1, (self, o) => {
  const r = callSpecial(self, "__eq__", [o]) ?? NotImplemented;
  return r === NotImplemented ? r : !(r === true || (r !== false && r !== null));
});
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) method(ot, n, 1, 1, () => NotImplemented);
// the name must be a str (object.c PyObject_GenericGetAttr)
const attrName = (n: PyValue): string => (typeof n === "string" ? n : asStr(n) ?? raise("TypeError", `attribute name must be string, not '${typeName(n)}'`));
method(ot, "__getattribute__", 1, 1, (self, name) => {
  const n = attrName(name);
  const r = genericGetattr(self, n);
  return r === undefined ? attributeError(self, n) : r;
});
// typeobject.c hackcheck: object's setattr may not skip type's own (a class's
// namespace changes go through type.__setattr__)
const hackcheck = (self: PyValue, what: string): void => {
  if (self instanceof PyType) raise("TypeError", `can't apply this ${what} to ${typeName(self)} object`);
};
method(ot, "__setattr__", 2, 2, (self, name, v) => (hackcheck(self, "__setattr__"), genericSetattr(self, attrName(name), v), null));
method(ot, "__delattr__", 1, 1, (self, name) => (hackcheck(self, "__delattr__"), genericSetattr(self, attrName(name), undefined), null));
method(T.type, "__setattr__", 2, 2, (self, name, v) => (genericSetattr(self, attrName(name), v), null));
method(T.type, "__delattr__", 1, 1, (self, name) => (genericSetattr(self, attrName(name), undefined), null));
method(ot, "__format__", 1, 1, (self, spec) => {
  if (specArg(spec) !== "") raise("TypeError", `unsupported format string passed to ${typeName(self)}.__format__`);
  return pyStr(self);
});
method(ot, "__dir__", 0, 0, (self) => new PyList(dirOf(self)));
ot.attrs.set("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", () => null, 1, 1, (a, kw) => {
  if (a.length > 1) raise("TypeError", `${(a[0] as PyType).name}.__init_subclass__() takes no arguments (${a.length - 1} given)`);
  if (kw && kw.size) raise("TypeError", `${(a[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
  return null;
})));
getset(ot, "__class__", (self) => typeOf(self), setClass);
getset(ot, "__dict__", (self) => {
  if (self instanceof PyObject && self.$dict !== null) return self.$dict;
  // instances of subclasses of built-in types (list, tuple...) get their dict lazily
  if (self instanceof PyObject && self.$cls.instDict) return (self.$dict = new PyDict());
  return attributeError(self, "__dict__");
}, (self, v) => {
  // a built-in type's dict (an exception's) can be replaced, not deleted
  if (v === undefined) raise("TypeError", "cannot delete __dict__");
  if (!(v instanceof PyDict)) raise("TypeError", `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  (self as PyObject).$dict = v;
});
ot.attrs.set("__doc__", "The base class of the class hierarchy.");
// object has no __module__ of its own: type.__module__ answers "builtins" for built-in
// types, and instances of built-in types have none (None.__module__ raises)

/** object.__dir__ asks the instance for __class__: a class that redefines it (a
 * slot left empty) may have none, and then only the instance dict is listed. */
function dirClass(o: PyValue): PyType | null {
  const t = typeOf(o);
  if (!t.heap || t.lookup("__class__") === ot.attrs.get("__class__")) return t;
  try {
    const c = genericGetattr(o, "__class__", t);
    return c instanceof PyType ? c : null;
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return null;
    throw e;
  }
}
export function dirOf(o: PyValue): string[] {
  const names = new Set<string>();
  if (o instanceof PyObject && o.$dict !== null) for (const k of o.$dict.t.keys()) if (typeof k === "string") names.add(k);
  if (o instanceof PyBoundMethod && o.func instanceof PyObject && o.func.$dict !== null) for (const k of o.func.$dict.t.keys()) if (typeof k === "string") names.add(k);
  const t = o instanceof PyType ? o : dirClass(o);
  if (t === null) return [...names].sort();
  // object's `__dict__` getset is pycell's shared instance-dict accessor; CPython's
  // object has none (a class with a dict gets its own descriptor, slots.ts)
  for (const c of t.mro) for (const k of c.attrs.keys()) if (!(k === "__dict__" && c === ot && !t.instDict)) names.add(k);
  if (!(o instanceof PyType)) for (const k of ["__class__", "__doc__", "__module__"]) if (t.lookup(k) !== undefined || k === "__class__") names.add(k);
  return [...names].sort();
}

// ---- type ----
const tt = T.type;
method(tt, "__repr__", 0, 0, (self) => {
  const t = self as PyType;
  const mod = t.attrs.get("__module__");
  // a built-in type of an extension module (tp_name "collections.deque") names its module too
  if (mod === "builtins" || typeof mod !== "string") return `<class '${t.qualname}'>`;
  return `<class '${mod}.${t.qualname}'>`;
});
tt.attrs.set("__call__", new PyBuiltin("__call__", (...a: PyValue[]) => typeCall(a[0] as PyType, a.slice(1), null), 1, Infinity, (a, kw) => {
  const names = kw ? [...kw.keys()] : null;
  return typeCall(a[0] as PyType, [...a.slice(1), ...(kw ? kw.values() : [])], names);
}, undefined, "type.__call__"));
(tt.attrs.get("__call__") as PyBuiltin).$meth = true;
// type.__new__(meta, name, bases, ns, **kw): the keywords go to the parent's
// __init_subclass__ (typeobject.c type_new_impl -> init_subclass)
function typeNew(a: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (a.length === 0) raise("TypeError", "type.__new__(): not enough arguments");
  const meta = newTarget(tt, a[0]);
  const [, name, bases, ns] = a;
  if (a.length !== 4) raise("TypeError", `type.__new__() takes exactly 3 arguments (${a.length - 1} given)`);
  if (typeof name !== "string") raise("TypeError", `type.__new__() argument 1 must be str, not ${typeName(name)}`);
  checkTypeName(name);
  if (!(bases instanceof PyTuple)) raise("TypeError", `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) raise("TypeError", `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  // type_new_set_module: a missing __module__ is the calling frame's __name__, added
  // after the given names (a copy: the caller's dict is left alone)
  let ns2 = ns;
  if (ns.getStr("__module__") === undefined) {
    ns2 = new PyDict();
    for (const [k, v] of ns.entries()) ns2.set(k, v);
    const f = currentFrameOrNone();
    const g = f === null ? null : (f.globals ?? f.code.$globals);
    const modName = g instanceof PyDict ? g.getStr("__name__") : undefined;
    if (modName !== undefined) ns2.setStr("__module__", modName);
  }
  // typeobject.c type_new_get_bases: the most derived metaclass wins; when it has a
  // __new__ of its own, that makes the class
  const winner = calcMeta(meta, bases.a);
  if (winner !== meta) {
    const wn = winner.lookup("__new__");
    if (wn !== tt.attrs.get("__new__")) {
      const f = wn instanceof PyStaticMethod ? wn.f : wn instanceof PyClassMethod ? getDescr(wn, null, winner) : wn!;
      return callv(f, [winner, name, bases, ns, ...(kw ? kw.values() : [])], kw?.size ? [...kw.keys()] : null);
    }
  }
  const t = newClass(winner, name, bases.a, ns2);
  initSubclass(t, kw ? [...kw.values()] : [], kw ? [...kw.keys()] : []);
  return t;
}
tt.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => typeNew(a, null), 0, Infinity, typeNew, undefined, "type.__new__")));
// typeobject.c type_call: type(x) is x's type; type itself takes 1 or 3 arguments
// (checked before type.__new__, whose message counts differently)
ctors.set(tt, (args, kwnames) => {
  const nargs = args.length - (kwnames?.length ?? 0);
  if (nargs === 1 && !kwnames?.length) return typeOf(args[0]);
  if (nargs !== 3) raise("TypeError", "type() takes 1 or 3 arguments");
  const kw = kwnames?.length ? new Map(kwnames.map((k, i) => [k, args[nargs + i]])) : null;
  const made = typeNew([tt, ...args.slice(0, nargs)], kw);
  // a more derived metaclass may have made it: its __init__ runs as type_call's tp_init
  const mt = typeOf(made);
  if (mt !== tt && mt.isSubtypeOf(tt)) {
    const init = mt.lookup("__init__");
    if (init != null && init !== tt.attrs.get("__init__")) {
      const r = callv(bindDescr(init, made), args, kwnames);
      if (r !== null) raise("TypeError", `__init__() should return None, not '${typeName(r)}'`);
    }
  }
  return made;
});
// type.__init__ ignores its arguments, keywords included (typeobject.c type_init)
kwmethod(tt, "__init__", () => null);
// type.__prepare__: the class body's namespace, a new dict whatever the arguments
// (typeobject.c type_prepare)
tt.attrs.set("__prepare__", new PyClassMethod(new PyBuiltin("__prepare__", () => new PyDict(), 1, Infinity, () => new PyDict(), undefined, "type.__prepare__")));
// type.mro() computes the C3 linearization afresh (a metaclass's mro() calls it
// while the class's own MRO is not set yet)
method(tt, "mro", 0, 0, (self) => new PyList(c3Merge(self as PyType)));
method(tt, "__subclasses__", 0, 0, () => new PyList([]));
method(tt, "__instancecheck__", 1, 1, (self, o) => isInstance(o, self as PyType));
method(tt, "__subclasscheck__", 1, 1, (self, o) => o instanceof PyType && o.isSubtypeOf(self as PyType));
method(tt, "__or__", 1, 1, () => NotImplemented);
// a built-in type's name is its tp_name after the last dot (typeobject.c type_name)
getset(tt, "__name__", (self) => ((self as PyType).heap ? (self as PyType).name : (self as PyType).name.slice((self as PyType).name.lastIndexOf(".") + 1)), typeNameSetter);
getset(tt, "__qualname__", (self) => (self as PyType).qualname, typeQualnameSetter);
// an empty MRO: the class is being created and its metaclass's mro() is running
getset(tt, "__mro__", (self) => ((self as PyType).mro.length === 0 ? null : tuple((self as PyType).mro)));
getset(tt, "__bases__", (self) => tuple((self as PyType).bases));
getset(tt, "__base__", (self) => layoutBase(self as PyType));
getset(tt, "__dict__", (self) => typeDictProxy(self as PyType));
getset(tt, "__module__", (self) => {
  const m = (self as PyType).attrs.get("__module__");
  // `type` itself holds this getset under the name: its module is builtins
  return m === undefined || (m instanceof PyGetSet && !(self as PyType).heap) ? "builtins" : m;
}, (self, v) => {
  const t = self as PyType;
  if (!t.heap) raise("TypeError", `cannot set '__module__' attribute of immutable type '${t.name}'`);
  if (v === undefined) raise("TypeError", `cannot delete '__module__' attribute of immutable type '${t.name}'`);
  t.attrs.set("__module__", v);
});
getset(tt, "__doc__", (self) => {
  const d = (self as PyType).attrs.get("__doc__");
  if (d === undefined) return null;
  // a descriptor as the docstring is asked for the class's (typeobject.c type_get_doc);
  // a getset/member descriptor (a '__doc__' slot) answers with itself
  if (d instanceof PyGetSet) return d;
  if (d !== null && typeof d === "object" && (self as PyType).heap && !(d instanceof PyFunction) && !(d instanceof PyProperty)) return getDescr(d, null, self as PyType);
  return d;
}, (self, v) => {
  // type_set_doc: a class's docstring can be replaced, a built-in type's cannot
  const t = self as PyType;
  if (!t.heap) raise("TypeError", `cannot set '__doc__' attribute of immutable type '${t.name}'`);
  if (v === undefined) raise("TypeError", `cannot delete '__doc__' attribute of immutable type '${t.name}'`);
  t.attrs.set("__doc__", v);
});
getset(tt, "__annotations__", (self) => {
  const t = self as PyType;
  let a = t.attrs.get("__annotations__");
  if (a === undefined) t.attrs.set("__annotations__", (a = new PyDict()));
  return a;
}, (self, v) => {
  // type_set_annotations: a class's annotations can be replaced or deleted
  const t = self as PyType;
  if (!t.heap) raise("TypeError", `cannot set '__annotations__' attribute of immutable type '${t.name}'`);
  if (v === undefined) {
    if (!t.attrs.delete("__annotations__")) raise("AttributeError", "__annotations__");
  } else t.attrs.set("__annotations__", v);
});

// ---- None, NotImplemented, Ellipsis ----
method(T.NoneType, "__repr__", 0, 0, () => "None");
T.NoneType.attrs.set("__doc__", null);
method(T.NoneType, "__bool__", 0, 0, () => false);
// the singletons' types take no arguments (object.c none_new, notimplemented_new, ellipsis_new)
const noArgs = (name: string, v: PyValue) => (a: PyValue[]): PyValue => (a.length ? raise("TypeError", `${name} takes no arguments`) : v);
ctors.set(T.NoneType, noArgs("NoneType", null));
for (const t of [T.NotImplementedType, T.ellipsis]) method(t, "__repr__", 0, 0, (s) => (s as PySingleton).repr);
ctors.set(T.NotImplementedType, noArgs("NotImplementedType", NotImplemented));
// object.c notimplemented_bool: true, with a DeprecationWarning
method(T.NotImplementedType, "__bool__", 0, 0, () => (pyWarn("DeprecationWarning", "NotImplemented should not be used in a boolean context"), true));
ctors.set(T.ellipsis, noArgs("EllipsisType", Ellipsis));

// ---- function ----
const fnt = T.function;
const F = (v: PyValue): PyFunction => v as PyFunction;
method(fnt, "__repr__", 0, 0, (s) => `<function ${F(s).qualname} at ${hexId(s)}>`);
method(fnt, "__get__", 1, 2, (s, obj) => (obj === null ? s : new PyBoundMethod(s, obj!)));
method(fnt, "__call__", 0, Infinity, (s, ...a) => callv(s, a, null));
// types.MethodType(func, obj) (classobject.c method_new)
ctors.set(T.method, (args, kwnames) => {
  if (kwnames && kwnames.length) raise("TypeError", "method() takes no keyword arguments");
  if (args.length !== 2) raise("TypeError", `method expected 2 arguments, got ${args.length}`);
  if (typeOf(args[0]).lookup("__call__") == null && !(args[0] instanceof PyFunction || args[0] instanceof PyBuiltin || args[0] instanceof PyType)) raise("TypeError", "first argument must be callable");
  if (args[1] === null) raise("TypeError", "instance must not be None");
  return new PyBoundMethod(args[0], args[1]);
});
// builtins and bound methods are callable through their type too (collections.abc.Callable looks)
for (const t of [T.builtin_function_or_method, T.method]) {
  kwmethod(t, "__call__", (a, kw) => (kw && kw.size ? callv(a[0], [...a.slice(1), ...kw.values()], [...kw.keys()]) : callv(a[0], a.slice(1), null)));
}
member(fnt, "__closure__", (s) => (F(s).closure ? tuple(F(s).closure!) : null));
getset(fnt, "__code__", (s) => F(s).code, (s, v) => setCode(F(s), v));
ctors.set(fnt, newFunction);
// the builtins namespace the function's code sees (funcobject.c func_builtins)
member(fnt, "__builtins__", (s) => {
  const b = F(s).globals.getStr("__builtins__");
  if (b === undefined) {
    // globals without __builtins__: the running interpreter's builtins (funcobject.c
    // via _PyEval_BuiltinsFromGlobals)
    const m = sysModules.getStr("builtins");
    return m instanceof PyModule ? m.$dict! : null;
  }
  return b instanceof PyModule ? b.$dict! : b;
});
member(fnt, "__globals__", (s) => F(s).globals);
getset(fnt, "__name__", (s) => F(s).name, (s, v) => {
  if (typeof v !== "string") raise("TypeError", "__name__ must be set to a string object");
  F(s).name = v;
});
getset(fnt, "__qualname__", (s) => F(s).qualname, (s, v) => {
  if (typeof v !== "string") raise("TypeError", "__qualname__ must be set to a string object");
  F(s).qualname = v;
});
getset(fnt, "__doc__", (s) => F(s).doc, (s, v) => {
  F(s).doc = v ?? null;
});
getset(fnt, "__module__", (s) => F(s).module, (s, v) => {
  F(s).module = v ?? null;
});
getset(fnt, "__defaults__", (s) => (F(s).defaults ? tuple(F(s).defaults!) : null), (s, v) => {
  // funcobject.c func_set_defaults
  if (v !== null && v !== undefined && !(v instanceof PyTuple)) raise("TypeError", "__defaults__ must be set to a tuple object");
  F(s).defaults = v === null || v === undefined ? null : (v as PyTuple).a.slice();
});
getset(fnt, "__kwdefaults__", (s) => F(s).kwdefaults, (s, v) => {
  if (v !== null && v !== undefined && !(v instanceof PyDict)) raise("TypeError", "__kwdefaults__ must be set to a dict object");
  F(s).kwdefaults = (v ?? null) as PyDict | null;
});
getset(fnt, "__annotations__", (s) => {
  if (F(s).annotations === null) F(s).annotations = new PyDict();
  return F(s).annotations;
}, (s, v) => {
  if (v !== null && v !== undefined && !(v instanceof PyDict)) raise("TypeError", "__annotations__ must be set to a dict object");
  F(s).annotations = v ?? null;
});
getset(fnt, "__dict__", (s) => (F(s).$dict ??= new PyDict()), (s, v) => {
  if (v === undefined) raise("TypeError", "cannot delete __dict__");
  if (!(v instanceof PyDict)) raise("TypeError", `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
  F(s).$dict = v;
});
fnt.instDict = true;
// function objects accept arbitrary attributes
const fnDictGet = (s: PyValue): PyDict => (F(s).$dict ??= new PyDict());
export { fnDictGet };

// ---- builtin functions and bound methods ----
method(T.builtin_function_or_method, "__repr__", 0, 0, (s) => {
  const b = s as PyBuiltin;
  // the owner is the qualname without the method name: a type of an extension module
  // keeps its module ('collections.deque')
  return b.$meth ? `<method '${b.name}' of '${descrOwner(b)}' objects>` : `<built-in function ${b.name}>`;
});
getset(T.builtin_function_or_method, "__name__", (s) => (s as PyBuiltin).name);
getset(T.builtin_function_or_method, "__qualname__", (s) => (s as PyBuiltin).qualname);
// a special method of a built-in type has its slot's docstring; other built-ins have
// none yet (their CPython docstrings are not reproduced)
getset(T.builtin_function_or_method, "__doc__", (s) => ((s as PyBuiltin).$meth ? SLOT_DOCS.get((s as PyBuiltin).name) ?? null : null));
getset(T.builtin_function_or_method, "__module__", (s) => (s as PyBuiltin).module ?? "builtins");
function methodFuncName(f: PyValue): string {
  for (const n of ["__qualname__", "__name__"]) {
    const v = genericGetattr(f, n);
    if (typeof v === "string") return v;
  }
  return "?";
}
const mt = T.method;
method(mt, "__repr__", 0, 0, (s) => {
  const m = s as PyBoundMethod;
  if (m.func instanceof PyBuiltin) return `<built-in method ${m.func.name} of ${typeName(m.self)} object at ${hexId(m.self)}>`;
  // classobject.c method_repr: the callable's __qualname__, else __name__, else "?"
  const q = m.func instanceof PyFunction ? m.func.qualname : methodFuncName(m.func);
  return `<bound method ${q} of ${pyRepr(m.self)}>`;
});
getset(mt, "__self__", (s) => (s as PyBoundMethod).self);
getset(mt, "__func__", (s) => (s as PyBoundMethod).func);
mt.attrs.set("__getattr_fallback__", null);
method(mt, "__eq__", 1, 1, (s, o) => o instanceof PyBoundMethod && o.func === (s as PyBoundMethod).func && o.self === (s as PyBoundMethod).self);
method(mt, "__hash__", 0, 0, (s) => Number(pyId((s as PyBoundMethod).func)) / 16);
for (const name of ["__name__", "__qualname__", "__doc__", "__module__", "__code__", "__defaults__", "__kwdefaults__", "__closure__", "__globals__", "__builtins__", "__annotations__", "__dict__"]) {
  getset(mt, name, (s) => {
    const f = (s as PyBoundMethod).func;
    const d = typeOf(f).lookup(name);
    return d !== undefined ? getDescr(d, f, typeOf(f)) : attributeError(s, name);
  });
}

// ---- cell ----
const cellt = T.cell;
method(cellt, "__repr__", 0, 0, (s) => {
  const c = s as PyCell;
  if (c.v === undefined) return `<cell at ${hexId(s)}: empty>`;
  return `<cell at ${hexId(s)}: ${typeName(c.v)} object at ${hexId(c.v)}>`;
});
getset(cellt, "cell_contents", (s) => {
  const c = s as PyCell;
  if (c.v === undefined) raise("ValueError", "Cell is empty");
  return c.v;
}, (s, v) => {
  (s as PyCell).v = v;
});
// co_consts: rebuilt from the syntax tree when first read (co-consts.ts)
member(T.code, "co_consts", (s) => tuple(codeConsts(s as PyCode)));
for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
  method(cellt, name, 1, 1, (s, o) => {
    if (!(o instanceof PyCell)) return NotImplemented;
    const a = (s as PyCell).v, b = o.v;
    if (a === undefined || b === undefined) {
      const x = a === undefined ? 0 : 1, y = b === undefined ? 0 : 1;
      return { Eq: x === y, NotEq: x !== y, Lt: x < y, LtE: x <= y, Gt: x > y, GtE: x >= y }[op];
    }
    return richCompare(a, b, op);
  });
}
cellt.attrs.set("__hash__", null);
ctors.set(cellt, (args, kwnames) => {
  if (kwnames) raise("TypeError", "cell() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `cell expected at most 1 argument, got ${args.length}`);
  return new PyCell(args.length ? args[0] : undefined);
});

// ---- code ----
const codet = T.code;
const C = (v: PyValue): PyCode => v as PyCode;
method(codet, "__repr__", 0, 0, (s) => `<code object ${C(s).co_name} at ${hexId(s)}, file "${C(s).co_filename}", line ${C(s).co_firstlineno}>`);
// READONLY members ("readonly attribute") except the getsets co_varnames,
// co_cellvars, co_freevars (codeobject.c code_memberlist / code_getsetlist)
for (const k of ["co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_nlocals"] as const) {
  member(codet, k, (s) => C(s)[k]);
}
for (const k of ["co_varnames", "co_cellvars", "co_freevars"] as const) getset(codet, k, (s) => tuple(C(s)[k]));
member(codet, "co_names", (s) => tuple(C(s).co_names));
member(codet, "co_stacksize", () => 0);

// ---- module ----
const modt = T.module;
method(modt, "__repr__", 0, 0, (s) => {
  const m = s as PyModule;
  // importlib sets __spec__ (module_from_spec): its origin names the module then
  const spec = m.$dict!.getStr("__spec__");
  if (spec !== undefined && spec !== null) {
    const origin = getattr(spec, "origin"), loader = getattr(spec, "loader");
    if (origin !== null || loader !== null) {
      if (origin === null) return `<module '${m.name}' (${pyRepr(loader)})>`;
      return truthy(getattr(spec, "has_location")) ? `<module '${m.name}' from '${pyStr(origin)}'>` : `<module '${m.name}' (${pyStr(origin)})>`;
    }
  }
  const f = m.$dict!.getStr("__file__");
  if (typeof f === "string") return `<module '${m.name}' from '${f}'>`;
  // a module made by calling ModuleType has no origin to show (importlib _module_repr)
  return userModules.has(m) ? `<module '${m.name}'>` : `<module '${m.name}' (built-in)>`;
});
const userModules = new WeakSet<PyModule>();
modt.instDict = true;
// moduleobject.c module_dir: the module's own names only
method(modt, "__dir__", 0, 0, (s) => {
  // the __dict__ attribute as a subclass may redefine it; a module-level __dir__ decides
  const d = typeOf(s) === modt ? (s as PyModule).$dict! : getattr(s, "__dict__");
  if (!(d instanceof PyDict)) raise("TypeError", `${(s as PyModule).name}.__dict__ is not a dictionary`);
  const own = d.getStr("__dir__");
  if (own !== undefined) return callv(own, [], null);
  return new PyList([...d.t.keys()].filter((k) => typeof k === "string"));
});
// moduleobject.c module_get_annotations: a module without annotations gets an empty
// dict on first access, kept in its __dict__
getset(
  modt,
  "__annotations__",
  (s) => {
    const d = (s as PyModule).$dict!;
    let a = d.getStr("__annotations__");
    if (a === undefined) d.setStr("__annotations__", (a = new PyDict()));
    return a;
  },
  (s, v) => {
    const d = (s as PyModule).$dict!;
    if (v !== undefined) d.setStr("__annotations__", v);
    else if (!d.t.delete("__annotations__")) raise("AttributeError", "__annotations__");
  },
);
// subclasses of ModuleType: module.__new__ makes an empty module, module.__init__
// names it (moduleobject.c module___init___impl)
modt.alloc = (cls) => {
  const m = Object.assign(new PyModule("?", new PyDict()), { $cls: cls });
  userModules.add(m);
  return m;
};
kwmethod(modt, "__init__", (a, kw) => {
  const m = a[0] as PyModule;
  const name = a.length > 1 ? a[1] : kw?.get("name");
  const doc = a.length > 2 ? a[2] : kw?.get("doc") ?? null;
  if (name === undefined) raise("TypeError", "module.__init__() missing required argument 'name' (pos 1)");
  if (asStr(name) === undefined) raise("TypeError", `module.__init__() argument 'name' must be str, not ${typeName(name)}`);
  (m as { name: string }).name = asStr(name)!;
  const d = m.$dict!;
  d.setStr("__name__", name);
  d.setStr("__doc__", doc);
  for (const k of ["__package__", "__loader__", "__spec__"]) if (d.getStr(k) === undefined) d.setStr(k, null);
  return null;
});
ctors.set(modt, (args) => {
  const d = new PyDict();
  d.setStr("__name__", args[0]);
  d.setStr("__doc__", args[1] ?? null);
  const m = new PyModule(args[0] as string, d);
  userModules.add(m);
  return m;
});

// ---- property, classmethod, staticmethod ----
const pt = T.property;
const P = (v: PyValue): PyProperty => v as PyProperty;
kwmethod(pt, "__init__", (args, kw) => {
  const p = P(args[0]);
  const get = (i: number, k: string) => (args.length > i ? args[i] : kw?.get(k) ?? null);
  p.fget = get(1, "fget");
  p.fset = get(2, "fset");
  p.fdel = get(3, "fdel");
  p.doc = get(4, "doc");
  // no doc given: the getter's __doc__ (descrobject.c property_init_impl)
  p.getterDoc = false;
  if (p.doc === null && p.fget !== null) {
    p.doc = p.fget instanceof PyFunction ? p.fget.doc : getattrOr(p.fget, "__doc__");
    p.getterDoc = p.doc !== null;
    // a subclass instance keeps the getter's doc (even None) in its __dict__: the
    // subclass's own docstring would hide the __doc__ descriptor. CPython 3.11 does
    // this only on this path; with __slots__ there is no __dict__ to write to.
    const cls = typeOf(p);
    if (cls !== pt) {
      if (!cls.instDict) raise("AttributeError", `'${cls.name}' object attribute '__doc__' is read-only`);
      (p.$dict ??= new PyDict()).setStr("__doc__", p.doc);
    }
  }
  return null;
});
const getattrOr = (o: PyValue, name: string): PyValue => {
  try {
    return getattr(o, name);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return null;
    throw e;
  }
};
ctors.set(pt, (args, kwnames) => {
  const p = new PyProperty(null, null, null, null);
  const npos = args.length - (kwnames?.length ?? 0);
  const kw = kwnames ? new Map(kwnames.map((k, i) => [k, args[npos + i]])) : null;
  (pt.attrs.get("__init__") as PyBuiltin).kw!([p, ...args.slice(0, npos)], kw);
  return p;
});
// getter/setter/deleter: type(self)(fget, fset, fdel, doc), the doc dropped when it
// came from the getter so the new one's is taken (descrobject.c property_copy)
const copyProp = (p: PyProperty, which: 0 | 1 | 2, f: PyValue): PyValue => {
  const doc = p.getterDoc ? null : p.doc;
  const args = [which === 0 ? f : p.fget, which === 1 ? f : p.fset, which === 2 ? f : p.fdel, doc];
  const n = callv(typeOf(p), args, null);
  if (n instanceof PyProperty) n.pname = p.pname;
  return n;
};
method(pt, "__set_name__", 0, Infinity, (s, ...a) => {
  if (a.length !== 2) raise("TypeError", `__set_name__() takes 2 positional arguments but ${a.length} were given`);
  if (typeof a[1] === "string") P(s).pname = a[1];
  return null;
});
method(pt, "getter", 1, 1, (s, f) => copyProp(P(s), 0, f));
method(pt, "setter", 1, 1, (s, f) => copyProp(P(s), 1, f));
method(pt, "deleter", 1, 1, (s, f) => copyProp(P(s), 2, f));
// descrobject.c property_descr_get / property_descr_set: getDescr reads as attribute access does
method(pt, "__get__", 1, 2, (s, obj) => (obj === null ? s : getDescr(s, obj!, typeOf(obj!))));
method(pt, "__set__", 2, 2, (s, obj, v) => {
  if (P(s).fset === null) propertyError(P(s), typeOf(obj), "setter");
  callv(P(s).fset, [obj, v], null);
  return null;
});
member(pt, "fget", (s) => P(s).fget);
member(pt, "fset", (s) => P(s).fset);
member(pt, "fdel", (s) => P(s).fdel);
getset(pt, "__doc__", (s) => P(s).doc, (s, v) => void (P(s).doc = v ?? null));
// classmethod() and staticmethod() are made in descr-wrappers.ts (they copy the wrapped names)
method(T.classmethod, "__get__", 1, 2, (s, obj, owner) => new PyBoundMethod((s as PyClassMethod).f, owner ?? typeOf(obj!)));
method(T.staticmethod, "__get__", 1, 2, (s) => (s as PyStaticMethod).f);
getset(T.classmethod, "__func__", (s) => (s as PyClassMethod).f);
getset(T.staticmethod, "__func__", (s) => (s as PyStaticMethod).f);
for (const t of [T.classmethod, T.staticmethod]) {
  // 3.10+: the wrapper shows the function's attributes (cm_init copies them)
  for (const n of ["__name__", "__qualname__", "__doc__", "__module__", "__annotations__"]) getset(t, n, (s) => {
    const f = (s as PyClassMethod).f;
    const d = typeOf(f).lookup(n);
    if (d !== undefined) return getDescr(d, f, typeOf(f));
    if (n === "__module__" || n === "__annotations__") return getattr(f, n);
    return null;
  });
  getset(t, "__wrapped__", (s) => (s as PyClassMethod).f);
}
method(T.staticmethod, "__call__", 0, Infinity, (s, ...a) => callv((s as PyStaticMethod).f, a, null));
// subclasses (abc.abstractclassmethod...): the instance is the built-in object, filled by __init__
T.classmethod.alloc = (cls) => Object.assign(new PyClassMethod(null), { $cls: cls });
T.staticmethod.alloc = (cls) => Object.assign(new PyStaticMethod(null), { $cls: cls });
method(T.classmethod, "__init__", 1, 1, (s, f) => (((s as PyClassMethod).f = f), null));
method(T.staticmethod, "__init__", 1, 1, (s, f) => (((s as PyStaticMethod).f = f), null));
// __isabstractmethod__ (descrobject.c property_get___isabstractmethod__, funcobject.c cm_get___isabstractmethod__)
const isAbstract = (f: PyValue): boolean => {
  if (f === null || typeof f !== "object") return false;
  const d = typeOf(f).lookup("__isabstractmethod__");
  if (d === undefined && f.$dict === null) return false;
  try {
    return truthy(getattr(f, "__isabstractmethod__"));
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.AttributeError)) return false;
    throw e;
  }
};
getset(pt, "__isabstractmethod__", (s) => isAbstract(P(s).fget) || isAbstract(P(s).fset) || isAbstract(P(s).fdel));
getset(T.classmethod, "__isabstractmethod__", (s) => isAbstract((s as PyClassMethod).f));
getset(T.staticmethod, "__isabstractmethod__", (s) => isAbstract((s as PyStaticMethod).f));

// ---- super ----
ctors.set(T.super, (args) => {
  if (args.length === 0) raise("RuntimeError", "super(): no arguments");
  if (args.length > 2) raise("TypeError", `super() expected at most 2 arguments, got ${args.length}`);
  return makeSuper(args[0], args[1]);
});
method(T.super, "__repr__", 0, 0, (s) => {
  const x = s as PySuper;
  return `<super: <class '${x.thisType.name}'>, ${x.objType ? `<${x.objType.name} object>` : "NULL"}>`;
});
// subclasses of super: allocated empty, filled by super.__init__(type, obj)
T.super.alloc = (cls) => Object.assign(new PySuper(T.object, null, null), { $cls: cls });
method(T.super, "__init__", 0, Infinity, (self, t, o) => {
  if (t === undefined) return null;
  const x = makeSuper(t, o);
  Object.assign(self as PySuper, { thisType: x.thisType, obj: x.obj, objType: x.objType });
  return null;
});
// present so that method-call fast paths see super objects as having custom lookup
method(T.super, "__getattribute__", 1, 1, (s, name) => superGetattr(s as PySuper, name as string));

export { formatSpec, toArray, PySingleton };
