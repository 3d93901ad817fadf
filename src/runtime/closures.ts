// Functions made from code objects: `f.__code__ = code` and
// types.FunctionType(code, globals, name, argdefs, closure) (funcobject.c
// func_set_code, func_new_impl), with CPython's checks and messages.
// A code object made by generated code carries `$make`, the factory that builds its
// JS function around a closure (codegen makeFunction): that is what lets the same
// code run with other cells.
import type { PyValue } from "./object.js";
import { PyCode, PyCell, PyFunction, simpleArity } from "./function.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./containers.js";
import { raise } from "./raise.js";
import { typeName } from "./ops.js";
import type { KwNames, JsFn } from "./function.js";
import { kwmethod } from "./descriptors.js";
import { T } from "./types.js";
import { codeConsts } from "./co-consts.js";

/** The JS function running `code` with these cells, global names resolved in `globals`. */
export function makeFn(code: PyCode, cells: PyCell[], globals: PyDict): JsFn {
  if (code.$make !== null && (code.$globals === null || code.$globals === globals)) return code.$make(...cells);
  const make = code.$rebind?.(globals) ?? null;
  if (make === null) return raise("NotImplementedError", `pycell cannot make a function from this code object (${code.co_name})`);
  return make(...cells);
}

/** exec()/eval() of a function's code object (not a module's): CPython runs it as a
 * frame of its own; pycell calls its JS function, when it takes no arguments.
 * `closure` is exec's 3.11 keyword argument. */
export function runFunctionCode(kind: "exec" | "eval", code: PyCode, globals: PyDict, closure: PyValue): PyValue {
  const nfree = code.co_freevars.length;
  let cells: PyCell[] = [];
  if (kind === "eval") {
    if (nfree) raise("TypeError", "code object passed to eval() may not contain free variables");
  } else if (closure === null) {
    if (nfree) raise("TypeError", `code object requires a closure of exactly length ${nfree}`);
  } else {
    if (!nfree) raise("TypeError", "cannot use a closure with this code object");
    if (!(closure instanceof PyTuple) || closure.a.length !== nfree || !closure.a.every((c) => c instanceof PyCell)) raise("TypeError", `code object requires a closure of exactly length ${nfree}`);
    cells = closure.a as PyCell[];
  }
  if (code.co_argcount || code.co_kwonlyargcount || code.co_flags & 0xc) raise("NotImplementedError", "pycell cannot exec() the code of a function that takes arguments");
  const r = makeFn(code, cells, globals)();
  return kind === "eval" ? r : null;
}

/** `f.__code__ = v` (func_set_code). */
export function setCode(f: PyFunction, v: PyValue | undefined): void {
  if (!(v instanceof PyCode)) raise("TypeError", "__code__ must be set to a code object");
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (v.co_freevars.length !== nclosure) raise("ValueError", `${f.name}() requires a code object with ${nclosure} free vars, not ${v.co_freevars.length}`);
  f.$fn = makeFn(v, f.closure ?? [], f.globals);
  f.code = v;
  f.$fast = simpleArity(v, f.defaults);
}

/** types.FunctionType(code, globals, name=None, argdefs=None, closure=None). */
export function newFunction(args: PyValue[], kwnames: KwNames): PyFunction {
  const names = ["code", "globals", "name", "argdefs", "closure"];
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 5) raise("TypeError", `function() takes at most 5 arguments (${npos} given)`);
  const a: (PyValue | undefined)[] = args.slice(0, npos);
  kwnames?.forEach((k, i) => {
    const j = names.indexOf(k);
    if (j < 0) raise("TypeError", `function() got an unexpected keyword argument '${k}'`);
    a[j] = args[npos + i];
  });
  const [code, globals, name = null, argdefs = null, closure = null] = a;
  if (code === undefined) raise("TypeError", "function() missing required argument 'code' (pos 1)");
  if (globals === undefined) raise("TypeError", "function() missing required argument 'globals' (pos 2)");
  if (!(code instanceof PyCode)) raise("TypeError", `function() argument 'code' must be code, not ${typeName(code)}`);
  if (!(globals instanceof PyDict)) raise("TypeError", `function() argument 'globals' must be dict, not ${typeName(globals)}`);
  if (name !== null && typeof name !== "string") raise("TypeError", "arg 3 (name) must be None or string");
  if (argdefs !== null && !(argdefs instanceof PyTuple)) raise("TypeError", "arg 4 (defaults) must be None or tuple");
  const nfree = code.co_freevars.length;
  let cells: PyCell[] = [];
  if (nfree > 0 && !(closure instanceof PyTuple)) raise("TypeError", "arg 5 (closure) must be tuple");
  if (closure !== null && !(closure instanceof PyTuple)) raise("TypeError", "arg 5 (closure) must be None or tuple");
  if (closure instanceof PyTuple) {
    if (closure.a.length !== nfree) raise("ValueError", `${code.co_name} requires closure of length ${nfree}, not ${closure.a.length}`);
    cells = closure.a.map((c) => (c instanceof PyCell ? c : raise("TypeError", `arg 5 (closure) expected cell, found ${typeName(c)}`)));
  }
  const defaults = argdefs instanceof PyTuple ? argdefs.a.slice() : null;
  const f = new PyFunction(code, makeFn(code, cells, globals), defaults, null, nfree ? cells : null, globals);
  f.$fast = simpleArity(code, defaults);
  if (typeof name === "string") f.name = name;
  return f;
}

// code.replace(**changes) (codeobject.c code_replace_impl): a copy with some fields
// changed. The copy runs the same JS (its `$make`), so changing the names a running
// function uses changes only what introspection reports.
const REPLACEABLE = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"];
kwmethod(T.code, "replace", (args, kw) => {
  const c = args[0] as PyCode;
  if (args.length > 1) raise("TypeError", "replace() takes no positional arguments");
  const get = <V>(k: string, cur: V, check: (v: PyValue) => V): V => {
    const v = kw?.get(k);
    return v === undefined ? cur : check(v);
  };
  for (const k of kw?.keys() ?? []) if (!REPLACEABLE.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for replace()`);
  const int = (k: string) => (v: PyValue): number => (typeof v === "number" ? v : raise("TypeError", `replace() argument '${k}' must be int, not ${typeName(v)}`));
  const str = (k: string) => (v: PyValue): string => (typeof v === "string" ? v : raise("TypeError", `replace() argument '${k}' must be str, not ${typeName(v)}`));
  const names = (k: string) => (v: PyValue): string[] => (v instanceof PyTuple ? v.a.map((x) => str(k)(x)) : raise("TypeError", `replace() argument '${k}' must be tuple, not ${typeName(v)}`));
  const n = new PyCode(
    get("co_name", c.co_name, str("co_name")),
    get("co_qualname", c.co_qualname, str("co_qualname")),
    get("co_filename", c.co_filename, str("co_filename")),
    get("co_firstlineno", c.co_firstlineno, int("co_firstlineno")),
    get("co_varnames", c.co_varnames, names("co_varnames")),
    get("co_cellvars", c.co_cellvars, names("co_cellvars")),
    get("co_freevars", c.co_freevars, names("co_freevars")),
    get("co_names", c.co_names, names("co_names")),
    get("co_argcount", c.co_argcount, int("co_argcount")),
    get("co_posonlyargcount", c.co_posonlyargcount, int("co_posonlyargcount")),
    get("co_kwonlyargcount", c.co_kwonlyargcount, int("co_kwonlyargcount")),
    get("co_flags", c.co_flags, int("co_flags")),
  );
  n.consts = get("co_consts", codeConsts(c), (v) => (v instanceof PyTuple ? v.a.slice() : raise("TypeError", `replace() argument 'co_consts' must be tuple, not ${typeName(v)}`)));
  if (n.co_freevars.length === c.co_freevars.length) {
    n.$make = c.$make;
    n.$globals = c.$globals;
    n.$rebind = c.$rebind;
  }
  return n;
});
