// The call protocol: positional values followed by keyword values, with the keyword
// names alongside (CPython's vectorcall shape). Generated code calls c0..c3 which take
// the plain-function fast path when the callee accepts exactly that many positionals.
import { PyObject, type PyValue } from "./object.js";
import { PyFunction, PyBuiltin, PyBoundMethod, bindArgs, type KwNames } from "./function.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { typeOf, bindDescr } from "./ops.js";
import { tuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { state } from "./state.js";
import { intFromString } from "./int-ops.js";

export function callv(f: PyValue, args: PyValue[], kwnames: KwNames): PyValue {
  if (f instanceof PyFunction) {
    if (kwnames === null && args.length === f.$fast) return f.$fn(...args);
    return f.$fn(...bindArgs(f, args, kwnames, tuple, () => new PyDict()));
  }
  if (f instanceof PyBuiltin) return callBuiltin(f, args, kwnames);
  if (f instanceof PyBoundMethod) return callv(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyType) return state.callType(f, args, kwnames);
  const c = f instanceof PyObject || f !== null ? typeOf(f).lookup("__call__") : undefined;
  if (c == null) return raise("TypeError", `'${typeOf(f).name}' object is not callable`);
  // a built-in type's __call__ (functools.partial, operator.itemgetter...) takes the
  // instance first: no bound method
  if (c instanceof PyBuiltin && c.$meth) return callBuiltin(c, [f, ...args], kwnames);
  return callv(bindDescr(c, f), args, kwnames);
}

function arityError(b: PyBuiltin, n: number): never {
  const isMethod = b.$meth;
  const off = isMethod ? 1 : 0;
  const min = b.minArgs - off, max = b.maxArgs - off, given = n - off;
  const q = b.qualname;
  if (max === 0) raise("TypeError", `${q}() takes no arguments (${given} given)`);
  if (min === max && min === 1) raise("TypeError", `${q}() takes exactly one argument (${given} given)`);
  // _PyArg_CheckPositional: no "at most"/"at least" when the count is fixed
  const exact = min === max ? "" : given > max ? "at most " : "at least ";
  if (given > max) raise("TypeError", `${q} expected ${exact}${max} argument${max === 1 ? "" : "s"}, got ${given}`);
  raise("TypeError", `${q} expected ${exact}${min} argument${min === 1 ? "" : "s"}, got ${given}`);
}

export function callBuiltin(b: PyBuiltin, args: PyValue[], kwnames: KwNames): PyValue {
  if (kwnames !== null && kwnames.length > 0) {
    if (b.kw === null) raise("TypeError", `${b.qualname}() takes no keyword arguments`);
    const npos = args.length - kwnames.length;
    const kw = new Map<string, PyValue>();
    for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[npos + i]);
    return b.kw(args.slice(0, npos), kw);
  }
  if (b.kw !== null) return b.kw(args, null);
  if (args.length < b.minArgs || args.length > b.maxArgs) arityError(b, args.length);
  return b.$fn(...args);
}

// Fast entry points for generated code (positional calls of 0..3 arguments).
export function c0(f: PyValue): PyValue {
  if (f !== null && (f as PyObject).$fast === 0) return (f as PyFunction).$fn();
  return callv(f, [], null);
}
export function c1(f: PyValue, a: PyValue): PyValue {
  if (f !== null && (f as PyObject).$fast === 1) return (f as PyFunction).$fn(a);
  // str(small int): the type call's whole path (args array, ctors map, str()) for String()
  if (f === T.str && typeof a === "number") return String(a);
  // int(text): what the int() constructor does with one exact str (PyNumber_Long)
  if (f === T.int && typeof a === "string") return intFromString(a, 10);
  return callv(f, [a], null);
}
export function c2(f: PyValue, a: PyValue, b: PyValue): PyValue {
  if (f !== null && (f as PyObject).$fast === 2) return (f as PyFunction).$fn(a, b);
  return callv(f, [a, b], null);
}
export function c3(f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (f !== null && (f as PyObject).$fast === 3) return (f as PyFunction).$fn(a, b, c);
  return callv(f, [a, b, c], null);
}

export { T };
