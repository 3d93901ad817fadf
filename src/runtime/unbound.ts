// A built-in type's method read from the class (`list.sort`, `str.upper`) checks its
// first argument's type when called (descrobject.c method_vectorcall_* via
// descr_check): `list.sort(thing)` raises TypeError instead of running list code on a
// foreign object. Calls through an instance never come here, so they stay unchecked.
import type { PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T, NotImplemented } from "./types.js";
import { method } from "./descriptors.js";
import { raise } from "./raise.js";
import { PyBuiltin } from "./function.js";
import { typeOf, typeName, pyId } from "./ops.js";
import { callBuiltin } from "./call.js";
import { methodDescrType, wrapperDescrType } from "./descr-types.js";

/** Dunders that CPython defines as ordinary methods, not slot wrappers. */
const methodDunders = new Set(["__getitem__", "__reduce__", "__reduce_ex__", "__getstate__", "__format__", "__sizeof__", "__dir__", "__subclasshook__", "__init_subclass__", "__class_getitem__", "__reversed__", "__contains__", "__getnewargs__", "__round__", "__trunc__", "__floor__", "__ceil__", "__copy__", "__deepcopy__", "__enter__", "__exit__"]);
/** A special method that CPython implements as a slot wrapper (`int.__add__`), not as
 * a method descriptor (`int.__format__`). */
export const isSlotWrapper = (n: string): boolean => n.startsWith("__") && n.endsWith("__") && !methodDunders.has(n);

const checked = new WeakMap<PyBuiltin, PyBuiltin>();
const rawOf = new WeakMap<PyBuiltin, PyBuiltin>();
const raw = (v: PyValue): PyValue => (v instanceof PyBuiltin ? rawOf.get(v) ?? v : v);

// The checking form and the descriptor in the type's __dict__ are one method
// descriptor in CPython: they compare and hash alike (`list.__add__ ==
// list.__dict__["__add__"]`).
const bt = T.builtin_function_or_method;
method(bt, "__eq__", 1, 1, (a, b) => (b instanceof PyBuiltin ? raw(a) === raw(b) : NotImplemented));
method(bt, "__ne__", 1, 1, (a, b) => (b instanceof PyBuiltin ? raw(a) !== raw(b) : NotImplemented));
method(bt, "__hash__", 0, 0, (a) => Number(pyId(raw(a))) / 16);

function selfCheck(b: PyBuiltin, owner: PyType, args: PyValue[]): void {
  if (args.length === 0) raise("TypeError", `unbound method ${b.qualname}() needs an argument`);
  if (!typeOf(args[0]).isSubtypeOf(owner)) {
    // slot wrappers (`str.__add__`) word it differently from method descriptors
    const n = b.name;
    if (isSlotWrapper(n)) {
      raise("TypeError", `descriptor '${n}' requires a '${owner.name}' object but received a '${typeName(args[0])}'`);
    }
    raise("TypeError", `descriptor '${n}' for '${owner.name}' objects doesn't apply to a '${typeName(args[0])}' object`);
  }
}

/** The checking form of `b`, a method of built-in `cls` (or of one of its bases). */
export function unboundMethod(cls: PyType, name: string, b: PyBuiltin): PyBuiltin {
  let c = checked.get(b);
  if (c !== undefined) return c;
  let owner: PyType | undefined;
  for (const t of cls.mro) {
    if (t.attrs.get(name) === b) {
      owner = t;
      break;
    }
  }
  // object's methods apply to everything; a builtin found elsewhere (an instance
  // attribute copied onto a class) has no owner to check against
  if (owner === undefined || owner === T.object || owner.heap) return b;
  const o = owner;
  const kw = b.kw;
  // no minimum: a call without self must say "needs an argument", then b's own
  // arity check runs
  c = new PyBuiltin(b.name, (...a: PyValue[]) => (selfCheck(b, o, a), callBuiltin(b, a, null)), 0, b.maxArgs,
    kw === null ? null : (a, k) => (selfCheck(b, o, a), kw(a, k)), b.self, b.qualname);
  c.$meth = true;
  c.$cls = isSlotWrapper(b.name) ? wrapperDescrType : methodDescrType;
  checked.set(b, c);
  rawOf.set(c, b);
  return c;
}
