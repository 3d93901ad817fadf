// More of BaseException (Objects/exceptions.c): the keyword arguments of ImportError,
// AttributeError and NameError, pickling (__reduce__/__setstate__), add_note's checks.
// Loaded after exc-methods.ts (install.ts), whose __init__ it wraps.
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { method } from "./descriptors.js";
import { PyBuiltin } from "./function.js";
import { PyList, tuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { EXC, PyBaseException, excFields, initExcFields } from "./exceptions.js";
import { asStr, typeName, pyStr } from "./ops.js";
import { excStr } from "./exc-methods.js";
import type { PyType } from "./type.js";
import { PyTraceback, tbType } from "./exc-methods.js";
import { PyFrame } from "./frames.js";
import { ctors, excNewHook } from "./klass.js";
import { getset } from "./descriptors.js";
import { isInt, bindDescr, isInstance, typeOf } from "./ops.js";
import { excAlloc } from "./exc-methods.js";
import { callv } from "./call.js";
import { PyStaticMethod } from "./property.js";
import { T } from "./types.js";

const E = (v: PyValue): PyBaseException => v as PyBaseException;
const bt = EXC.BaseException;

/** Keyword parameters per class (ImportError_init, AttributeError_init, NameError_init). */
function keywordsOf(cls: PyType): readonly string[] {
  if (cls.isSubtypeOf(EXC.ImportError)) return ["name", "path"];
  if (cls.isSubtypeOf(EXC.AttributeError)) return ["name", "obj"];
  if (cls.isSubtypeOf(EXC.NameError)) return ["name"];
  return [];
}

/** Attributes CPython keeps in C members, not in the instance __dict__
 * (exc-members.ts installs their descriptors). */
export function membersOf(cls: PyType): readonly string[] {
  if (cls.isSubtypeOf(EXC.ImportError)) return ["msg", "name", "path"];
  if (cls.isSubtypeOf(EXC.AttributeError)) return ["name", "obj"];
  if (cls.isSubtypeOf(EXC.NameError)) return ["name"];
  if (cls.isSubtypeOf(EXC.StopIteration)) return ["value"];
  if (cls.isSubtypeOf(EXC.SystemExit)) return ["code"];
  if (cls.isSubtypeOf(EXC.OSError)) return ["errno", "strerror", "filename", "filename2", "characters_written"];
  if (cls.isSubtypeOf(EXC.SyntaxError)) return ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
  if (cls.isSubtypeOf(EXC.UnicodeError)) return ["encoding", "object", "start", "end", "reason"];
  return [];
}

function setDefaults(e: PyBaseException): void {
  const cls = e.$cls;
  // the dict is made on first use (exceptions.ts): only these classes need it here
  if (cls.isSubtypeOf(EXC.ImportError)) {
    const d = excFields(e);
    const a = e.args.a;
    d.setStr("msg", a.length === 1 ? a[0] : null);
    if (d.getStr("name") === undefined) d.setStr("name", null);
    if (d.getStr("path") === undefined) d.setStr("path", null);
  } else if (cls.isSubtypeOf(EXC.AttributeError)) {
    const d = excFields(e);
    if (d.getStr("name") === undefined) d.setStr("name", null);
    if (d.getStr("obj") === undefined) d.setStr("obj", null);
  }
}

// ImportError_str: the msg attribute when set
method(EXC.ImportError, "__str__", 0, 0, (s) => {
  const m = excFields(E(s)).getStr("msg");
  return m !== undefined && m !== null ? pyStr(m) : excStr(E(s));
});

const prevInit = bt.attrs.get("__init__") as PyBuiltin;
/** ImportError_init, AttributeError_init, NameError_init: every keyword attribute is
 * set on each call, so one not passed again goes back to None */
function resetKeywords(e: PyBaseException): void {
  const ks = keywordsOf(e.$cls);
  for (let i = 0; i < ks.length; i++) excFields(e).setStr(ks[i], null);
}
/** OSError's __init__ (exceptions.c OSError_init): the arguments were parsed by
 * __new__ unless a subclass defines its own __init__ (oserror_use_init), in which
 * case this call parses the ones it is given. */
function osErrorInit(a: PyValue[]): void {
  const e = E(a[0]);
  if (e.$cls.lookup("__init__") === init) return;
  prevInit.$fn(...a);
  initExcFields(e, a.slice(1));
}
/** Classes whose __init__ is BaseException_init alone (no keyword attributes, not
 * OSError), remembered per class while its MRO is the same array: their instances are
 * initialised without the subtype tests below (p6: `super().__init__(code)`). */
const plainInit = new WeakMap<PyType, PyType[]>();
function isPlainInit(cls: PyType): boolean {
  if (plainInit.get(cls) === cls.mro) return true;
  if (keywordsOf(cls).length || cls.isSubtypeOf(EXC.OSError)) return false;
  plainInit.set(cls, cls.mro);
  return true;
}
const init = new PyBuiltin("__init__", (self: PyValue, ...args: PyValue[]) => {
  if (self instanceof PyBaseException && isPlainInit(self.$cls)) {
    self.args = tuple(args);
    initExcFields(self, args);
    return null;
  }
  const a = [self, ...args];
  if (self instanceof PyBaseException && self.$cls.isSubtypeOf(EXC.OSError)) return osErrorInit(a), null;
  prevInit.$fn(...a);
  resetKeywords(E(self));
  setDefaults(E(self));
  return null;
}, 1, Infinity, (a, kw) => {
  const e = E(a[0]);
  if (kw === null) return init.$fn(...a);
  if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.OSError)) return osErrorInit(a), null;
  if (kw !== null && kw.size) {
    const allowed = keywordsOf(e.$cls);
    if (allowed.length === 0) raise("TypeError", `${e.$cls.name}() takes no keyword arguments`);
    for (const k of kw.keys()) if (!allowed.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for ${e.$cls.name}()`);
  }
  prevInit.$fn(...a);
  resetKeywords(e);
  if (kw !== null) for (const [k, v] of kw) excFields(e).setStr(k, v);
  setDefaults(e);
  return null;
}, undefined, "BaseException.__init__");
init.$meth = true;
// `$fn(...a)` is the call without keywords (attr-cache.ts superFind may call it)
init.$kwFree = true;
bt.attrs.set("__init__", init);
// `C(args)` of a class that keeps this __init__: BaseException.__new__ already set args
// (and the fields) from the same arguments, so type_call's __init__ call changes nothing
excNewHook.initDone = (o) => o instanceof PyBaseException && isPlainInit(o.$cls) && o.$cls.lookup("__init__") === init;

// KeyError(k), ValueError(msg)...: a built-in exception class whose __new__ and
// __init__ are BaseException's is made in one step (type_call's two calls, without
// the argument copies and bound method); keywords, and classes whose __init__ does
// more (ImportError, AttributeError, NameError, OSError), go the general way.
const btNew = bt.attrs.get("__new__") as PyStaticMethod;
for (const t of new Set(Object.values(EXC))) {
  if (t.heap || keywordsOf(t).length || t.isSubtypeOf(EXC.OSError)) continue;
  ctors.set(t, (args, kwnames) => {
    if (kwnames === null && t.lookup("__init__") === init && t.lookup("__new__") === btNew) return excAlloc(t, args);
    // type_call: the class's own __new__, then __init__ when it made an instance
    const nf = t.lookup("__new__");
    const e = callv(nf instanceof PyStaticMethod ? nf.f : nf!, [t, ...args], kwnames);
    if (isInstance(e, t)) {
      const i = typeOf(e).lookup("__init__");
      if (i != null && i !== T.object.attrs.get("__init__")) callv(bindDescr(i, e), args, kwnames);
    }
    return e;
  });
}

// BaseException.__reduce__: (type, args[, dict]); ImportError adds its non-None
// name and path to the state (ImportError_getstate)
method(bt, "__reduce__", 0, 0, (s) => {
  const e = E(s);
  const state = new PyDict();
  if (e.$xd !== null && e.$xd !== undefined) for (const [k, v] of e.$xd.entries()) state.set(k, v);
  if (e.$cls.isSubtypeOf(EXC.ImportError)) {
    for (const k of ["name", "path"]) {
      const v = excFields(e).getStr(k);
      if (v !== undefined && v !== null) state.setStr(k, v);
    }
  }
  let args = e.args;
  // OSError_reduce: a filename (trimmed from args by __init__) goes back in
  if (e.$cls.isSubtypeOf(EXC.OSError) && args.a.length === 2) {
    const fn = excFields(e).getStr("filename"), fn2 = excFields(e).getStr("filename2");
    if (fn !== undefined && fn !== null) args = tuple(fn2 !== undefined && fn2 !== null ? [...args.a, fn, null, fn2] : [...args.a, fn]);
  }
  return state.size ? tuple([e.$cls, args, state]) : tuple([e.$cls, args]);
});
method(bt, "__setstate__", 1, 1, (s, st) => {
  if (st === null) return null;
  if (!(st instanceof PyDict)) raise("TypeError", "state is not a dictionary");
  // BaseException_setstate sets attributes: a member's name goes to the member
  const members = membersOf(E(s).$cls);
  for (const [k, v] of st.entries()) (typeof k === "string" && members.includes(k) ? excFields(E(s)) : E(s).$dict!).set(k, v);
  return null;
});
method(bt, "add_note", 1, 1, (s, n) => {
  if (asStr(n) === undefined) raise("TypeError", `note must be a str, not '${typeName(n)}'`);
  const d = E(s).$dict!;
  let notes = d.getStr("__notes__");
  if (notes === undefined) d.setStr("__notes__", (notes = new PyList([])));
  if (!(notes instanceof PyList)) raise("TypeError", "Cannot add note: __notes__ is not a list");
  notes.a.push(n);
  return null;
});

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) (traceback.c tb_new_impl)
const lastis = new WeakMap<PyTraceback, PyValue>();
ctors.set(tbType, (a, kwnames) => {
  if (kwnames !== null && kwnames.length) raise("TypeError", "traceback() takes no keyword arguments");
  if (a.length !== 4) raise("TypeError", `traceback expected 4 arguments, got ${a.length}`);
  const [next, frame, lasti, lineno] = a;
  if (next !== null && !(next instanceof PyTraceback)) raise("TypeError", `expected traceback object or None, got '${typeName(next)}'`);
  if (!(frame instanceof PyFrame)) raise("TypeError", `TracebackType() argument 'tb_frame' must be frame, not ${typeName(frame)}`);
  if (!isInt(lasti)) raise("TypeError", `'${typeName(lasti)}' object cannot be interpreted as an integer`);
  if (!isInt(lineno)) raise("TypeError", `'${typeName(lineno)}' object cannot be interpreted as an integer`);
  const tb = new PyTraceback({ code: frame.code, line: Number(lineno), rec: frame }, next);
  lastis.set(tb, lasti);
  return tb;
});
getset(tbType, "tb_lasti", (s) => lastis.get(s as PyTraceback) ?? -1);
