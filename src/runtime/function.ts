// Functions, cells, code objects and the argument-binding protocol.
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import type { PyDict } from "./dict.js";

/** A cell: one variable shared by the frame that owns it and every closure that
 * captures it. `v === undefined` means empty. */
export class PyCell extends PyObject {
  constructor(public v: PyValue | undefined) {
    super();
  }
}
PyCell.prototype.$cls = T.cell;

/** CO_* flags (Include/cpython/code.h). */
export const enum CoFlags {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  NOFREE = 0x40,
}

export class PyCode extends PyObject {
  constructor(
    readonly co_name: string,
    readonly co_qualname: string,
    readonly co_filename: string,
    readonly co_firstlineno: number,
    readonly co_varnames: string[],
    readonly co_cellvars: string[],
    readonly co_freevars: string[],
    readonly co_names: string[],
    readonly co_argcount: number,
    readonly co_posonlyargcount: number,
    readonly co_kwonlyargcount: number,
    readonly co_flags: number,
  ) {
    super();
  }
  /** co_consts as far as pycell keeps them: the docstring and nested code objects */
  consts: PyValue[] = [null];
  /** Makes this code's JS function for a closure (one cell per co_freevars entry),
   * bound to the globals of the module that defined it; set by the generated module. */
  $make: ((...cells: PyCell[]) => JsFn) | null = null;
  /** the globals dict `$make` is bound to (the defining module's) */
  $globals: PyDict | null = null;
  /** `$make` for another globals dict (the defining module's code run again in
   * factory-only mode); null for code not made by a module */
  $rebind: ((globals: PyDict) => ((...cells: PyCell[]) => JsFn) | null) | null = null;
  /** its JS function returns an exception it raises to a caller that set state.soft
   * (runtime exc-jump.ts) */
  $soft = false;
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
}
PyCode.prototype.$cls = T.code;

export type JsFn = (...args: PyValue[]) => PyValue;

/** A Python function: one per execution of a `def` or `lambda`. `$fn` takes every
 * parameter slot positionally (posonly, normal, kw-only, *args tuple, **kwargs dict). */
export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  doc: PyValue = null;
  module: PyValue;
  annotations: PyValue = null;
  constructor(
    public code: PyCode,
    public $fn: JsFn,
    public defaults: PyValue[] | null,
    public kwdefaults: PyDict | null,
    public closure: PyCell[] | null,
    readonly globals: PyDict,
  ) {
    super();
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    this.module = globals.getStr("__name__") ?? null;
    this.$fast = simpleArity(code, defaults);
  }
}
PyFunction.prototype.$cls = T.function;
PyFunction.prototype.$meth = true;

/** The positional arity that needs no binding work, or -1. */
export function simpleArity(code: PyCode, _defaults: PyValue[] | null): number {
  if (code.co_flags & (CoFlags.VARARGS | CoFlags.VARKEYWORDS) || code.co_kwonlyargcount) return -1;
  return code.co_argcount;
}

export type KwNames = string[] | null;

/** A function written in TypeScript. `fn` gets the positional arguments; when `kw`
 * is set the function accepts keywords and receives them as a Map. */
export class PyBuiltin extends PyObject {
  /** the defining module's name when not "builtins" (set by the few modules whose
   * functions pickle by reference, e.g. array._array_reconstructor) */
  declare module: string | undefined;
  /** a keyword-taking builtin whose `$fn` is its call without keywords within
   * minArgs..maxArgs (descriptors.ts kwPosMethod): method caches call `$fn` directly */
  declare $kwFree: boolean | undefined;
  constructor(
    readonly name: string,
    public $fn: JsFn,
    readonly minArgs: number,
    readonly maxArgs: number,
    readonly kw: ((args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) | null = null,
    public self: PyValue | undefined = undefined,
    public qualname: string = name,
  ) {
    super();
    this.$fast = kw === null && minArgs === maxArgs ? minArgs : -1;
  }
}
PyBuiltin.prototype.$cls = T.builtin_function_or_method;

export class PyBoundMethod extends PyObject {
  constructor(readonly func: PyValue, readonly self: PyValue) {
    super();
  }
}
PyBoundMethod.prototype.$cls = T.method;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/** Bind a call's arguments to `fn`'s parameter slots with CPython's errors
 * (ceval.c initialize_locals, too_many_positional, missing_arguments). `args` holds
 * positional values then the values of `kwnames`. */
export function bindArgs(fn: PyFunction, args: PyValue[], kwnames: KwNames, mkTuple: (a: PyValue[]) => PyValue, mkDict: () => PyDict): PyValue[] {
  const co = fn.code;
  const argc = co.co_argcount;
  const kwonly = co.co_kwonlyargcount;
  const total = argc + kwonly;
  const hasVar = (co.co_flags & CoFlags.VARARGS) !== 0;
  const hasKw = (co.co_flags & CoFlags.VARKEYWORDS) !== 0;
  const names = co.co_varnames;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  // def f(*args, **kwargs): everything goes to the two collectors
  if (total === 0 && hasVar && hasKw) {
    const d = mkDict();
    for (let j = 0; j < nkw; j++) d.t.m.set(kwnames![j], args[npos + j]);
    return [mkTuple(nkw ? args.slice(0, npos) : args), d];
  }
  const slots: (PyValue | undefined)[] = new Array(total + (hasVar ? 1 : 0) + (hasKw ? 1 : 0));
  const q = fn.qualname;
  // 1. positional arguments
  const take = Math.min(npos, argc);
  for (let i = 0; i < take; i++) slots[i] = args[i];
  if (hasVar) slots[total] = mkTuple(args.slice(take, npos));
  let kwdict: PyDict | null = null;
  if (hasKw) slots[total + (hasVar ? 1 : 0)] = kwdict = mkDict();
  // 2. keyword arguments
  let posonlyAsKw: string[] | null = null;
  for (let j = 0; j < nkw; j++) {
    const key = kwnames![j];
    const val = args[npos + j];
    let idx = -1;
    for (let i = co.co_posonlyargcount; i < total; i++) if (names[i] === key) { idx = i; break; }
    if (idx < 0) {
      if (kwdict !== null) { kwdict.setStr(key, val); continue; }
      if (names.slice(0, co.co_posonlyargcount).includes(key)) { (posonlyAsKw ??= []).push(key); continue; }
      raise("TypeError", `${q}() got an unexpected keyword argument '${key}'`);
    }
    if (slots[idx] !== undefined) raise("TypeError", `${q}() got multiple values for argument '${key}'`);
    slots[idx] = val;
  }
  if (posonlyAsKw !== null) raise("TypeError", `${q}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`);
  // 3. too many positional
  if (npos > argc && !hasVar) {
    const ndef = fn.defaults ? fn.defaults.length : 0;
    const takes = ndef ? `from ${argc - ndef} to ${argc} positional arguments` : `${plural(argc, "positional argument")}`;
    let kwGiven = 0;
    for (let i = argc; i < total; i++) if (slots[i] !== undefined) kwGiven++;
    const given = kwGiven ? `${plural(npos, "positional argument")} (and ${plural(kwGiven, "keyword-only argument")}) were given` : `${npos} ${npos === 1 ? "was" : "were"} given`;
    raise("TypeError", `${q}() takes ${takes} but ${given}`);
  }
  // 4. defaults and missing positional
  if (npos < argc) {
    const defs = fn.defaults;
    const ndef = defs ? defs.length : 0;
    const firstDef = argc - ndef;
    const missing: string[] = [];
    for (let i = npos; i < argc; i++) {
      if (slots[i] !== undefined) continue;
      if (i >= firstDef) slots[i] = defs![i - firstDef];
      else missing.push(names[i]);
    }
    if (missing.length) raise("TypeError", `${q}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${nameList(missing)}`);
  }
  // 5. keyword-only defaults
  if (kwonly) {
    const missing: string[] = [];
    for (let i = argc; i < total; i++) {
      if (slots[i] !== undefined) continue;
      const d = fn.kwdefaults?.getStr(names[i]);
      if (d !== undefined) slots[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) raise("TypeError", `${q}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${nameList(missing)}`);
  }
  return slots as PyValue[];
}
