// Running a program: parse, analyse, generate JS, evaluate it once with `new Function`,
// and report the outcome as CPython does (tracebacks, SystemExit, SyntaxError reports).
import { codeRegistry, currentFrameOrNone } from "./frames.js";
import { caretLine } from "./carets.js";
import { setCodeNode, markEvalModule, constValue } from "./co-consts.js";
import { execCacheKey, execCacheGet, execCachePut, type UnitFn } from "./exec-cache.js";
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { T } from "./types.js";
import { PyDict } from "./dict.js";
import { PyCode, type PyCell, type JsFn } from "./function.js";
type Factory = (...cells: PyCell[]) => JsFn;
import { PyBaseException, EXC, excFields, newExc } from "./exceptions.js";
import { PyModule } from "./containers.js";
import { pyStr, pyRepr, typeOf } from "./ops.js";
import { state, isStackOverflow } from "./state.js";
import * as R from "./rt.js";
import { setBuiltins, excStack } from "./rt.js";
import { sysModules, setPythonRunner, importModule } from "./modules.js";
import { BaseExceptionGroup } from "./exception-group.js";
import { getattr } from "./attributes.js";
import { makeBuiltins } from "../builtins/index.js";
import { sysArgv } from "../stdlib/sys.js";
import { compileModule } from "../codegen/compiler.js";
import { unitOf, setPrecompiledRunner, type CodeSpec, type CompiledUnit } from "./compiled-unit.js";
import { parseModule, parseExpression, parseInteractive } from "../parser/index.js";
import type { Interactive, Module } from "../ast/nodes.js";
import { astToPlain, expressionModule, isAstObject, parseToPy } from "../stdlib/ast-native.js";
import { CompileError, frontEndWarnings } from "../ast/syntax-error.js";
import { PyFloat, PyComplex } from "./object.js";
import { PyBytes } from "./containers.js";
import type { ConstantValue } from "../ast/constant.js";
import { dirOf } from "./object-methods.js";
import { genericGetattr } from "./attributes.js";
import { toArray } from "./iter.js";
import { PyType } from "./type.js";
import "./install.js";
import { setIntMaxStrDigits } from "./int-ops.js";
import { raise } from "./raise.js";
import { PyTuple } from "./containers.js";
import { callv } from "./call.js";
import { builtin, kwbuiltin } from "./descriptors.js";
import { runFunctionCode } from "./closures.js";
import { bytesLike } from "./bytearray.js";
import { pyWarn } from "./warn.js";
import "../stdlib/index.js";
import { host, setHost, dirname, type HostCapabilities } from "./host.js";

export interface RunOptions {
  filename?: string;
  argv?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdin?: () => string | null;
  /** files for `import` from sys.path, forcing a collection at gc.collect() (host.ts) */
  host?: HostCapabilities;
}

const builtinsDict = makeBuiltins();
setBuiltins(builtinsDict);


function makeCode(s: CodeSpec, filename: string): PyCode {
  return new PyCode(s.name, s.qualname, filename, s.firstlineno, s.varnames, s.cellvars, s.freevars, s.names, s.argcount, s.posonlyargcount, s.kwonlyargcount, s.flags);
}

const sources = new Map<string, string[]>();
/** Source that may look at frames gets frame records (line and locals of every frame,
 * codegen `frameRecords`); other code pays only one store per call (frames.ts). The
 * embedded stdlib never does: its modules mention these names for their callers. */
const FRAME_WORDS = /_getframe|currentframe|f_back|f_lineno|f_locals|tb_frame|gi_frame|cr_frame|ag_frame|_stack\b|\binspect\b|settrace|setprofile|\blogging\b|\bwarn/;
/** The lines of a file this process compiled (traceback markers, carets.ts). */
export function sourceLines(filename: string): string[] | undefined {
  return sources.get(filename) ?? lazyLines(filename);
}
/** Sources of precompiled stdlib modules: read only when a traceback asks for them. */
const lazySources = new Map<string, () => string>();
function lazyLines(filename: string): string[] | undefined {
  const read = lazySources.get(filename);
  if (read === undefined) return undefined;
  const lines = read().split(/\r\n|\r|\n/);
  sources.set(filename, lines);
  return lines;
}
/** Line `lineno` (1-based) of a file this process compiled, for the traceback module. */
export function sourceLine(filename: string, lineno: number): string | undefined {
  return sourceLines(filename)?.[lineno - 1];
}

/** Compile-time warnings (SyntaxWarning): through the warnings module once it is
 * loaded, else printed with its default action, once per (message, line). */
function emitCompileWarnings(warnings: { category: string; message: string; lineno: number; offset?: number; endLineno?: number; endOffset?: number }[], filename: string, lines = sources.get(filename)): void {
  const seen = new Set<string>();
  // once the warnings module is loaded, its filters decide (compile.c compiler_warn ->
  // PyErr_WarnExplicitObject): warnings.warn_explicit(msg, category, filename, lineno)
  const wmod = sysModules.getStr("warnings");
  const warnExplicit = wmod instanceof PyModule ? genericGetattr(wmod, "warn_explicit") : undefined;
  for (const w of warnings) {
    if (warnExplicit !== undefined) {
      try {
        callv(warnExplicit, [w.message, EXC[w.category as keyof typeof EXC] ?? EXC.SyntaxWarning, filename, w.lineno], null);
      } catch (e) {
        // a SyntaxWarning turned into an error is reported as a SyntaxError
        if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC[w.category as keyof typeof EXC] ?? EXC.SyntaxWarning)) {
          throw newExc(EXC.SyntaxError, [w.message, new PyTuple([filename, w.lineno, w.offset ?? null, lines?.[w.lineno - 1] ?? null, w.endLineno ?? null, w.endOffset ?? null])]);
        }
        throw e;
      }
      continue;
    }
    const key = `${w.lineno}:${w.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = lines?.[w.lineno - 1]?.trim();
    state.stderr(`${filename}:${w.lineno}: ${w.category}: ${w.message}\n${line ? `  ${line}\n` : ""}`);
  }
}

/** Compile and run Python source in `globals` (used for the main program and for
 * stdlib modules written in Python). Throws Python exceptions and CompileErrors.
 * With `locals` the module body's names live there (exec/eval with a locals mapping);
 * `evalMode` returns the value of the single expression. */
export function execSource(source: string | Uint8Array | Module, filename: string, globals: PyDict, locals: PyDict | null = null, evalMode = false, interactive = false, warn = true, optimize = 0): PyValue {
  // a Module is a tree from compile(ast_object, ...): there is no source text
  const tree = typeof source === "object" && !(source instanceof Uint8Array) ? source : null;
  const localsNs = locals !== null && (locals !== globals || globals.$cls !== T.dict);
  // a short exec/eval string compiled before in this namespace (exec-cache.ts)
  const key = typeof source === "string" ? execCacheKey(source, filename, `${+localsNs}${+evalMode}${+interactive}${optimize}`) : null;
  if (key !== null) {
    const hit = execCacheGet(globals, key);
    if (hit !== undefined) return runUnit(hit.unit, filename, globals, locals, warn, hit.codeBase, hit.fn);
  }
  // eval() parses in "eval" mode (its SyntaxErrors are that mode's)
  const mod = tree ?? (evalMode ? expressionModule(parseExpression(source as string | Uint8Array, filename)) : parseModule(source as string | Uint8Array, filename));
  if (evalMode) markEvalModule(mod);
  const text = tree !== null ? "" : typeof source === "string" ? source : new TextDecoder().decode(source as Uint8Array);
  if (tree === null && (!sources.has(filename) || !filename.startsWith("<"))) sources.set(filename, text.split(/\r\n|\r|\n/));
  const codeBase = codeRegistry.length;
  const out = compileModule(mod, filename, { localsNs, evalMode, interactive, frameRecords: !filename.startsWith("<frozen") && FRAME_WORDS.test(text), codeBase, optimize });
  const unit = unitOf(out);
  if (key === null) return runUnit(unit, filename, globals, locals, warn);
  const fn = unitFunction(unit);
  execCachePut(globals, key, { unit, codeBase, fn });
  return runUnit(unit, filename, globals, locals, warn, codeBase, fn);
}

type UnitRun = (r: typeof R, k: PyValue[], c: PyCode[], g: PyDict, ns: PyDict | null) => PyValue | undefined;
function unitFunction(unit: CompiledUnit): UnitRun {
  return new Function("$R", "$K", "$C", "$G", "$ns", unit.js) as UnitRun;
}

/** Run a compiled module (execSource's second half; precompiled stdlib modules start
 * here). Its code objects get the global ids `codeBase` it was compiled with: the
 * next free ones, or for a precompiled unit the ones reserved for it (`codeBase`). */
export function runUnit(unit: CompiledUnit, filename: string, globals: PyDict, locals: PyDict | null = null, warn = true, codeBase?: number, compiled?: UnitFn): PyValue {
  if (warn) emitCompileWarnings(unit.warnings, filename);
  const consts = unit.consts.map(constValue);
  const codes = unit.codes.map((c) => makeCode(c, filename));
  // global ids codeBase.. as the generated code's shadow-stack stores expect
  if (codeBase === undefined) codeRegistry.push(...codes);
  else codes.forEach((c, i) => (codeRegistry[codeBase + i] = c));
  unit.codes.forEach((c, i) => {
    const kids = c.kids.map((k) => codes[k]);
    codes[i].consts = c.isFunction ? [null, ...kids] : kids;
  });
  unit.nodes?.forEach((n, i) => setCodeNode(codes[i], n));
  const fn = compiled !== undefined ? (compiled as UnitRun) : unitFunction(unit);
  // the same module code, run with `$ns === $C`, returns its function factories bound
  // to another globals dict (for types.FunctionType(code, g), exec(code, g))
  const perGlobals = new WeakMap<PyDict, Record<number, Factory>>();
  codes.forEach((c, i) => {
    c.$rebind = (g) => {
      let t = perGlobals.get(g);
      if (t === undefined) perGlobals.set(g, (t = fn(R, consts, codes, g, codes as unknown as PyDict) as unknown as Record<number, Factory>));
      return t[i] ?? null;
    };
  });
  const r = fn(R, consts, codes, globals, locals);
  return r === undefined ? null : r;
}

/** eval()/exec() of a string or a compile() result. */
function evalExec(kind: "eval" | "exec", src: PyValue, globals: PyValue, locals: PyValue, closure: PyValue = null): PyValue {
  let text: string | Module | Uint8Array;
  let interactive = false;
  let warned = false;
  let filename = "<string>";
  if (closure !== null && !(src instanceof PyCode)) raise("TypeError", "closure can only be used when source is a code object");
  if (src instanceof PyCode && (src as CompiledSource).$src !== undefined) {
    if (closure !== null) raise("TypeError", "cannot use a closure with this code object");
    text = (src as CompiledSource).$src!;
    filename = src.co_filename;
    if ((src as CompiledSource).$mode === "eval") kind = "eval";
    interactive = (src as CompiledSource).$mode === "single";
    warned = true; // compile() reported its warnings already
  } else if (src instanceof PyCode) {
    // the code of a function (from __code__): run its JS function
    if (!(globals instanceof PyDict)) raise("TypeError", `${kind}() globals must be a dict, not ${typeOf(globals).name}`);
    return runFunctionCode(kind, src, globals, closure);
  } else if (typeof src === "string") text = src;
  else {
    // bytes-like source: the parser decodes it, honouring a coding cookie (PEP 263)
    const raw = bytesLike(src);
    if (raw === null) return raise("TypeError", `${kind}() arg 1 must be a string, bytes or code object`);
    text = raw;
  }
  if (!(globals instanceof PyDict)) raise("TypeError", `${kind}() globals must be a dict, not ${typeOf(globals).name}`);
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", new PyModule("builtins", builtinsDict));
  if (kind === "eval" && typeof text === "string") text = text.replace(/^[ \t]+/, "");
  if (kind === "eval" && text instanceof Uint8Array) {
    let i = 0;
    while (i < text.length && (text[i] === 32 || text[i] === 9)) i++;
    text = text.subarray(i);
  }
  try {
    return execSource(text, filename, globals, locals === null ? null : (locals as PyDict), kind === "eval", interactive, !warned, src instanceof PyCode ? ((src as CompiledSource).$optimize ?? 0) : 0);
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToPy(e);
    throw e;
  }
}
interface CompiledSource extends PyCode {
  /** the source text, or the tree of compile(ast_object, ...) */
  $src?: string | Module;
  /** compile()'s optimize level (-1: the interpreter's, 0) */
  $optimize?: number;
  $mode?: string;
}
/** compile()'s filename (PyUnicode_FSDecoder): str, bytes, an os.PathLike, or with a
 * DeprecationWarning another bytes-like object. */
function fsFilename(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.b);
  const fspath = v !== null && typeof v === "object" ? v.$cls.lookup("__fspath__") : undefined;
  if (fspath != null) {
    const p = callv(fspath, [v], null);
    if (typeof p === "string") return p;
    if (p instanceof PyBytes) return new TextDecoder().decode(p.b);
    raise("TypeError", `expected ${typeOf(v).name}.__fspath__() to return str or bytes, not ${typeOf(p).name}`);
  }
  const raw = bytesLike(v);
  if (raw !== null) {
    pyWarn("DeprecationWarning", `path should be string, bytes, or os.PathLike, not ${typeOf(v).name}`);
    return new TextDecoder().decode(raw);
  }
  return raise("TypeError", `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}

/** A "single" tree as the Module the codegen's interactive mode takes. */
function interactiveModule(i: Interactive): Module {
  const mod: Module = { _type: "Module", body: i.body, type_ignores: [] };
  const warnings = frontEndWarnings.get(i);
  if (warnings) frontEndWarnings.set(mod, warnings);
  return mod;
}

export function compileErrorToPy(e: CompileError): PyBaseException {
  // the parser's warnings came before its error (and one may be turned into the error)
  const pending = frontEndWarnings.get(e);
  if (pending !== undefined) {
    frontEndWarnings.delete(e);
    emitCompileWarnings(pending, e.filename);
  }
  const info = new PyTuple([e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset]);
  return newExc(EXC[e.kind], [e.msg, info]);
}
R.setFrameEval((f, G, locals, args) => {
  const kind = f === builtinsDict.getStr("eval") ? "eval" : f === builtinsDict.getStr("exec") ? "exec" : null;
  if (kind === null || args.length > 3) return callv(f, args, null);
  const g = args.length > 1 && args[1] !== null ? args[1] : G;
  const l = args.length > 2 && args[2] !== null ? args[2] : args.length > 1 && args[1] !== null ? g : locals();
  const r = evalExec(kind, args[0], g, l);
  return kind === "exec" ? null : r;
});
/** The globals and locals of the innermost running Python frame (eval/exec called
 * through another function, where the codegen's direct form does not apply). */
function callerNamespaces(): [PyDict, PyValue] | null {
  const f = currentFrameOrNone();
  if (f === null || f.globals === null) return null;
  if (f.localsFn !== null) return [f.globals, f.locals];
  // a function frame without a record: its locals are not reachable, and CPython's
  // f_locals would be a snapshot anyway (writes are lost), so a fresh dict
  return [f.globals, (f.code.co_flags & 1) !== 0 ? new PyDict() : f.globals];
}
builtinsDict.setStr("eval", builtin("eval", 1, 3, (src, g, l) => {
  if (src instanceof PyCode && src.co_freevars.length) raise("TypeError", "code object passed to eval() may not contain free variables");
  if (g === undefined || g === null) {
    // called indirectly (`f(eval, src)`): the namespaces of the running Python frame
    const ns = callerNamespaces() ?? raise("SystemError", "eval() needs globals when called indirectly");
    return evalExec("eval", src, ns[0], l === undefined || l === null ? ns[1] : l);
  }
  return evalExec("eval", src, g, l === undefined || l === null ? g : l);
}));
// exec(source, /, globals=None, locals=None, *, closure=None): `closure` is new in 3.11
builtinsDict.setStr("exec", kwbuiltin("exec", (args, kw) => {
  const [src, g0 = null, l0 = null] = args;
  if (src === undefined) raise("TypeError", "exec() missing required argument 'source' (pos 1)");
  if (args.length > 3) raise("TypeError", `exec expected at most 3 arguments, got ${args.length}`);
  let g: PyValue = g0, l: PyValue = l0, closure: PyValue = null;
  for (const [k, v] of kw ?? []) {
    if (k === "globals") g = v;
    else if (k === "locals") l = v;
    else if (k === "closure") closure = v;
    else raise("TypeError", `exec() got an unexpected keyword argument '${k}'`);
  }
  if (src instanceof PyCode && (src as CompiledSource).$src === undefined && src.co_freevars.length && closure === null) raise("TypeError", `code object requires a closure of exactly length ${src.co_freevars.length}`);
  if (g === null) {
    const ns = callerNamespaces() ?? raise("SystemError", "exec() needs globals when called indirectly");
    evalExec("exec", src, ns[0], l === null ? ns[1] : l, closure);
    return null;
  }
  evalExec("exec", src, g, l === null ? g : l, closure);
  return null;
}));
// __import__(name, globals=None, locals=None, fromlist=(), level=0): what the import
// statement calls in CPython (importlib.__import__)
builtinsDict.setStr("__import__", kwbuiltin("__import__", (args, kw) => {
  const names = ["name", "globals", "locals", "fromlist", "level"];
  const a: PyValue[] = [null, null, null, null, 0];
  args.forEach((v, i) => (a[i] = v));
  if (args.length < 1 && !kw?.has("name")) raise("TypeError", "__import__() missing required argument 'name' (pos 1)");
  if (args.length > 5) raise("TypeError", `__import__() takes at most 5 arguments (${args.length} given)`);
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) raise("TypeError", `__import__() got an unexpected keyword argument '${k}'`);
    if (i < args.length) raise("TypeError", `argument for __import__() given by name ('${k}') and position (${i + 1})`);
    a[i] = v;
  }
  const [name, g, , fromlist, level] = a;
  if (typeof name !== "string") raise("TypeError", "module name must be a string");
  const lv = typeof level === "number" ? level : 0;
  if (lv < 0) raise("ValueError", "level must be >= 0");
  if (lv === 0 && name === "") raise("ValueError", "Empty module name");
  const items = fromlist === null ? [] : toArray(fromlist);
  const gd = g instanceof PyDict ? g : undefined;
  if (items.length === 0) return R.importModule(name, false, lv, gd);
  const m = R.importModule(name, true, lv, gd);
  // `from pkg import sub`: a submodule is imported when it is not an attribute
  for (const it of items) if (typeof it === "string" && it !== "*" && genericGetattr(m, it) === undefined) {
    try {
      R.importModule(`${(m as PyModule).name}.${it}`, true);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.ModuleNotFoundError))) throw e;
    }
  }
  return m;
}));
// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
// _feature_version=-1) (bltinmodule.c builtin_compile_impl)
const COMPILE_PARAMS = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
/** PyCF_MASK | PyCF_MASK_OBSOLETE | the PyCF_* compiler flags (compile.h) */
const COMPILE_FLAGS = 0x2000000 | 0x1000000 | 0x800000 | 0x400000 | 0x200000 | 0x100000 | 0x80000 | 0x40000 | 0x20000 | 0x10 | 0x400 | 0x200 | 0x800 | 0x1000 | 0x2000 | 0x4000;
builtinsDict.setStr("compile", kwbuiltin("compile", (args, kw) => {
  const a: (PyValue | undefined)[] = [...args];
  if (args.length > 6) raise("TypeError", `compile() takes at most 6 arguments (${args.length} given)`);
  for (let i = 0; i < args.length; i++) if (kw?.has(COMPILE_PARAMS[i])) raise("TypeError", `argument for compile() given by name ('${COMPILE_PARAMS[i]}') and position (${i + 1})`);
  for (const [k, v] of kw ?? []) {
    const i = COMPILE_PARAMS.indexOf(k);
    if (i < 0) raise("TypeError", `compile() got an unexpected keyword argument '${k}'`);
    a[i] = v;
  }
  for (let i = 0; i < 3; i++) if (a[i] === undefined) raise("TypeError", `compile() missing required argument '${COMPILE_PARAMS[i]}' (pos ${i + 1})`);
  const [src, fname, mode, flagsV = 0, , optV = -1] = a as PyValue[];
  const filename = fsFilename(fname);
  if (typeof mode !== "string") raise("TypeError", `compile() argument 'mode' must be str, not ${typeOf(mode).name}`);
  const flags = typeof flagsV === "number" ? flagsV : typeof flagsV === "boolean" ? Number(flagsV) : raise("TypeError", `'${typeOf(flagsV).name}' object cannot be interpreted as an integer`);
  if ((flags & ~COMPILE_FLAGS) !== 0) raise("ValueError", "compile(): unrecognised flags");
  const optimize = typeof optV === "number" ? optV : typeof optV === "boolean" ? Number(optV) : raise("TypeError", `'${typeOf(optV).name}' object cannot be interpreted as an integer`);
  if (optimize < -1 || optimize > 2) raise("ValueError", "compile(): invalid optimize value");
  const onlyAst = (flags & 0x400) !== 0;
  const modes = onlyAst ? ["exec", "eval", "single", "func_type"] : ["exec", "eval", "single"];
  if (!modes.includes(mode)) raise("ValueError", onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
  let tree: Module | null = null;
  let text = "";
  let raw: Uint8Array | null = null;
  if (isAstObject(src)) {
    tree = astToPlain(src, mode);
    if (onlyAst) return src;
  } else {
    raw = typeof src === "string" ? null : bytesLike(src);
    text = typeof src === "string" ? src : raw !== null ? new TextDecoder().decode(raw) : raise("TypeError", "compile() arg 1 must be a string, bytes or AST object");
    if (text.includes("\0")) raise("SyntaxError", "source code string cannot contain null bytes");
    if (onlyAst) {
      try {
        return parseToPy(raw ?? text, filename, mode);
      } catch (e) {
        if (e instanceof CompileError) throw compileErrorToPy(e);
        throw e;
      }
    }
  }
  let shape: CompiledUnit | null = null;
  try {
    // the whole front end, so that symtable errors (`import *` in a function,
    // nonlocal misuse...) are raised by compile() as CPython's are
    const mod = tree ?? (mode === "eval" ? expressionModule(parseExpression(raw ?? text, filename)) : mode === "single" ? interactiveModule(parseInteractive(raw ?? text, filename)) : parseModule(raw ?? text, filename));
    const out = compileModule(mod, filename, { evalMode: mode === "eval", interactive: mode === "single", optimize: Math.max(0, optimize) });
    if (mode === "eval") markEvalModule(mod);
    shape = unitOf(out);
    emitCompileWarnings(out.warnings, filename, filename.startsWith("<") || tree !== null ? undefined : text.split(/\r\n|\r|\n/));
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToPy(e);
    if (isStackOverflow(e)) raise("RecursionError", "maximum recursion depth exceeded during compilation");
    // a hand-built tree that validation let through but the code generator cannot take
    if (tree !== null && e instanceof Error && !(e instanceof PyObject)) raise("SystemError", `pycell cannot compile this AST: ${e.message}`);
    throw e;
  }
  const c = new PyCode("<module>", "<module>", filename, 1, [], [], [], [], 0, 0, 0, 0) as CompiledSource;
  c.$src = tree ?? text;
  c.$mode = mode;
  c.$optimize = Math.max(0, optimize);
  if (shape !== null) shapeConsts(c, shape, filename);
  return c;
}));

/** co_consts of compile()'s code object: code objects for the nested scopes, made for
 * introspection only (exec compiles the source again and runs its own). */
function shapeConsts(c: PyCode, unit: CompiledUnit, filename: string): void {
  const codes = unit.codes.map((s) => makeCode(s, filename));
  unit.codes.forEach((s, i) => {
    const kids = s.kids.map((k) => codes[k]);
    codes[i].consts = s.isFunction ? [null, ...kids] : kids;
  });
  unit.nodes?.forEach((n, i) => setCodeNode(i === 0 ? c : codes[i], n));
  if (codes.length) c.consts = codes[0].consts;
}
// an imported module's SyntaxError is an exception the importer can catch
setPythonRunner((src, filename, globals) => {
  try {
    execSource(src, filename, globals);
  } catch (e) {
    if (e instanceof CompileError) throw compileErrorToPy(e);
    throw e;
  }
});
setPrecompiledRunner((unit, filename, globals, codeBase, source) => {
  if (!sources.has(filename)) lazySources.set(filename, source);
  runUnit(unit, filename, globals, null, true, codeBase);
});

/** Runs a program as `python3 FILE` would; never throws. */
export function runProgram(source: string | Uint8Array, options: RunOptions = {}): { exitCode: number } {
  const filename = options.filename ?? "<string>";
  const stdout = options.stdout ?? (() => {});
  const stderr = options.stderr ?? (() => {});
  state.stdout = stdout;
  state.stderr = stderr;
  state.stdin = options.stdin ?? (() => null);
  state.depth = 0;
  state.limit = 1000;
  setIntMaxStrDigits(4300);
  excStack.length = 0;
  sysModules.t.clear();
  sysArgv.value = options.argv ?? [filename];
  setHost(options.host ?? {});
  // sys.path[0]: the script's folder, or '' (the current folder) for -c and stdin
  host.path = [filename.startsWith("<") ? "" : dirname(filename)];
  const globals = new PyDict();
  globals.setStr("__name__", "__main__");
  globals.setStr("__doc__", null);
  globals.setStr("__package__", null);
  globals.setStr("__loader__", null);
  globals.setStr("__spec__", null);
  globals.setStr("__annotations__", new PyDict());
  globals.setStr("__builtins__", new PyModule("builtins", builtinsDict));
  if (!filename.startsWith("<")) globals.setStr("__file__", filename);
  const main = new PyModule("__main__", globals);
  sysModules.setStr("__main__", main);
  sysModules.setStr("builtins", globals.getStr("__builtins__")!);
  try {
    execSource(source, filename, globals);
    return { exitCode: 0 };
  } catch (e) {
    return { exitCode: reportError(e, stderr, globals) };
  } finally {
    state.depth = 0;
  }
}

/** Turns whatever escaped the program into CPython's report and an exit status. */
function reportError(e: unknown, stderr: (s: string) => void, globals: PyDict): number {
  try {
    if (e instanceof CompileError) {
      stderr(syntaxErrorReport(e));
      return 1;
    }
    if (isStackOverflow(e)) e = newExc(EXC.RecursionError, ["maximum recursion depth exceeded"]);
    if (e instanceof PyBaseException) {
      if (e.$cls.isSubtypeOf(EXC.SystemExit)) return systemExit(e, stderr);
      stderr((hasGroup(e) && groupReport(e)) || formatException(e, globals));
      // CPython ends by re-raising SIGINT: the shell sees 128 + 2
      return e.$cls.isSubtypeOf(EXC.KeyboardInterrupt) ? 130 : 1;
    }
    return internalError(e, stderr);
  } catch (inner) {
    return internalError(inner, stderr);
  }
}

/** An exception group anywhere in the chain: CPython's report draws the groups'
 * sub-exceptions in nested boxes, as traceback.format_exception does. */
function hasGroup(e: PyBaseException, seen = new Set<PyBaseException>()): boolean {
  if (seen.has(e)) return false;
  seen.add(e);
  if (e.$cls.isSubtypeOf(BaseExceptionGroup)) return true;
  return (e.cause instanceof PyBaseException && hasGroup(e.cause, seen)) || (e.context instanceof PyBaseException && hasGroup(e.context, seen));
}
function groupReport(e: PyBaseException): string | null {
  try {
    const tb = importModule("traceback", true);
    return toArray(callv(getattr(tb, "format_exception"), [e], null)).map((x) => pyStr(x)).join("");
  } catch {
    return null;
  }
}

function internalError(e: unknown, stderr: (s: string) => void): number {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const loc = e !== null && typeof e === "object" ? (e as R.PyLocated).$pyloc : undefined;
  const where = loc ? ` (File "${loc.code.co_filename}", line ${loc.line}, in ${loc.code.co_name})` : "";
  stderr(`pycell: internal error: ${what}${where}\n`);
  return 1;
}

function systemExit(e: PyBaseException, stderr: (s: string) => void): number {
  const code = excFields(e).getStr("code") ?? null;
  if (code === null) return 0;
  if (typeof code === "number") return code & 0xff;
  if (typeof code === "boolean") return code ? 1 : 0;
  if (typeof code === "bigint") return Number(code & 0xffn);
  stderr(pyStr(code) + "\n");
  return 1;
}

function syntaxErrorReport(e: CompileError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  const text = e.text ?? (e.filename.startsWith("<") && e.filename !== "<string>" ? null : sources.get(e.filename)?.[e.lineno - 1] ?? null);
  if (text !== null) {
    const line = text.replace(/\n$/, "");
    const stripped = line.replace(/^[ \t\f]+/, "");
    const cut = line.length - stripped.length;
    out += `    ${stripped.replace(/\s+$/, "")}\n`;
    // pythonrun.c print_error_text: no caret when the offset falls in the indentation
    if (e.offset >= 1 && e.offset - 1 - cut >= 0) {
      const start = e.offset - 1 - cut;
      let width = 1;
      if (e.endLineno === e.lineno && e.endOffset !== null && e.endOffset > e.offset) width = e.endOffset - e.offset;
      out += `    ${" ".repeat(start)}${"^".repeat(width)}\n`;
    }
  }
  return out + `${e.kind}: ${e.msg}\n`;
}

/** pythonrun.c print_exception_file_and_line: a SyntaxError with a line number shows
 * its file, line and carets (from its own attributes) before the message. */
function syntaxErrorLocation(e: PyBaseException): string {
  const d = excFields(e);
  const num = (k: string): number | null => {
    const v = d.getStr(k);
    return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : null;
  };
  const lineno = num("lineno");
  if (lineno === null) return "";
  const fn = d.getStr("filename");
  const text = d.getStr("text");
  const filename = fn === null || fn === undefined ? "<string>" : pyStr(fn);
  const err = new CompileError("SyntaxError", "", lineno, num("offset") ?? -1, num("end_lineno"), num("end_offset"), typeof text === "string" ? text : "", filename);
  const report = syntaxErrorReport(err);
  // without text only the file and line are shown
  const lines = report.split("\n");
  return typeof text === "string" ? lines.slice(0, -2).join("\n") + "\n" : lines[0] + "\n";
}

function excTypeName(t: PyType): string {
  const mod = t.attrs.get("__module__");
  if (typeof mod === "string" && mod !== "__main__" && mod !== "builtins") return `${mod}.${t.qualname}`;
  return t.qualname;
}

/** Frames of pycell's own helper modules (`_pycell_*`, Python code standing in for
 * what CPython implements in C: open(), os calls, ...) are left out of reports. */
export function hiddenFrame(code: PyCode): boolean {
  return code.co_filename.startsWith("<frozen _pycell_");
}

/** The generator/coroutine code whose StopIteration became `e` (a RuntimeError
 * "... raised StopIteration" chained from it), else null. */
export function stopIterationSource(e: PyBaseException): PyCode | null {
  const c = e.cause;
  if (!(c instanceof PyBaseException) || !c.$cls.isSubtypeOf(EXC.StopIteration) && !c.$cls.isSubtypeOf(EXC.StopAsyncIteration)) return null;
  if (!e.$cls.isSubtypeOf(EXC.RuntimeError) || c.tb.length === 0) return null;
  const code = c.tb[c.tb.length - 1].code;
  return code.co_flags & 0x3a0 ? code : null;
}

function formatOne(e: PyBaseException, globals: PyDict): string {
  let out = "";
  if (e.tb.length) {
    out += "Traceback (most recent call last):\n";
    const frames = e.tb.slice().reverse().filter((f) => !hiddenFrame(f.code));
    let prev = "";
    let repeat = 0;
    const flush = () => {
      if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]\n`;
    };
    let excInfo: { type: string; msg: string } | null = null;
    try {
      excInfo = { type: e.$cls.name, msg: pyStr(e) };
    } catch {
      excInfo = null;
    }
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      const key = `${f.code.co_filename}:${f.line}:${f.code.co_name}`;
      if (key === prev) {
        repeat++;
        if (repeat > 3) continue;
      } else {
        flush();
        prev = key;
        repeat = 1;
      }
      out += `  File "${f.code.co_filename}", line ${f.line}, in ${f.code.co_name}\n`;
      const src = f.code.co_filename.startsWith("<") ? undefined : sources.get(f.code.co_filename)?.[f.line - 1];
      if (src !== undefined && src.trim()) {
        out += `    ${src.trim()}\n`;
        let callee = i + 1 < frames.length ? frames[i + 1].code.co_name : null;
        let calleeFlags = i + 1 < frames.length ? frames[i + 1].code.co_flags : 0;
        // "generator raised StopIteration" (genobject.c gen_send_ex2) is raised where
        // the generator was resumed: mark its consumer as for a generator frame
        const resumed = callee === null ? stopIterationSource(e) : null;
        if (resumed !== null) [callee, calleeFlags] = [resumed.co_name, resumed.co_flags];
        out += caretLine(f.code.co_filename, sources.get(f.code.co_filename)!, f.line, callee, callee === null ? excInfo : null, calleeFlags, f.code.co_name);
      }
    }
    flush();
  }
  if (e.$cls.isSubtypeOf(EXC.SyntaxError)) out += syntaxErrorLocation(e);
  const name = excTypeName(e.$cls);
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = "<exception str() failed>";
  }
  if (e.$cls.isSubtypeOf(EXC.SyntaxError)) {
    const d = excFields(e);
    const m = d.getStr("msg");
    msg = m === null || m === undefined ? msg : pyStr(m);
  }
  const hint = suggestion(e, globals);
  // the hint follows the type name itself when the message is empty ("AttributeError. Did you mean")
  out += (msg ? `${name}: ${msg}` : name) + (hint ? `. Did you mean: '${hint}'?` : "") + "\n";
  const notes = e.$dict!.getStr("__notes__");
  if (notes !== undefined && notes !== null) for (const n of toArray(notes)) out += (typeof n === "string" ? n : pyRepr(n)) + "\n";
  return out;
}

/** CPython's traceback.format_exception with cause/context chains. */
export function formatException(e: PyBaseException, globals: PyDict, seen = new Set<PyBaseException>()): string {
  seen.add(e);
  let out = "";
  if (e.cause instanceof PyBaseException && !seen.has(e.cause)) {
    out += formatException(e.cause, globals, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
    out += formatException(e.context, globals, seen) + "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  return out + formatOne(e, globals);
}

// ---- "Did you mean" (Lib/traceback.py _compute_suggestion_error, 3.11) ----
const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const sub = distance + (bc === a[i] ? 0 : bc.toLowerCase() === a[i].toLowerCase() ? CASE_COST : MOVE_COST);
      distance = row[i];
      result = Math.min(Math.min(result, distance) + MOVE_COST, sub);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}
// Python/suggestions.c calculate_suggestions (the default excepthook's; traceback.py's
// own version starts from the wrong name's length, so it offers fewer)
function bestMatch(wrong: string, candidates: string[]): string | null {
  if (candidates.length >= 750 || wrong.length > MAX_STRING_SIZE) return null;
  let best = Infinity;
  let found: string | null = null;
  for (const c of candidates) {
    if (c === wrong) continue;
    let max = Math.floor(((c.length + wrong.length + 3) * MOVE_COST) / 6);
    max = Math.min(max, best - 1);
    const d = levenshtein(wrong, c, max);
    if (d > max) continue;
    if (!found || d < best) {
      found = c;
      best = d;
    }
  }
  return found;
}
function suggestion(e: PyBaseException, globals: PyDict): string | null {
  const d = excFields(e);
  const name = d.getStr("name");
  if (typeof name !== "string") return null;
  if (e.$cls === EXC.NameError || e.$cls === EXC.UnboundLocalError) {
    if (e.$cls === EXC.UnboundLocalError || /free variable/.test(pyStr(e.args.a[0] ?? ""))) return null;
    const local = (e as PyBaseException & { $frameNames?: string[] }).$frameNames ?? [];
    // the frame's names, then the globals, then the builtins: the first with a match wins
    // (suggestions.c offer_suggestions_for_name_error)
    const strs = (ks: Iterable<unknown>) => [...ks].filter((k): k is string => typeof k === "string");
    return bestMatch(name, local) ?? bestMatch(name, strs(globals.t.keys())) ?? bestMatch(name, strs(builtinsDict.t.keys()));
  }
  if (e.$cls === EXC.AttributeError) {
    const obj = d.getStr("obj");
    if (obj === undefined) return null;
    try {
      return bestMatch(name, dirOf(obj));
    } catch {
      return null;
    }
  }
  return null;
}

export { T, typeOf, PyObject, genericGetattr, toArray };
