// Codegen: AST plus scopes into the JavaScript source of one module. Statements
// become straight-line JS; each Python function becomes a JS function whose locals
// are `let` variables and whose cell variables are PyCell objects captured by the
// JS closures of inner functions. See docs/runtime.md for the shapes emitted.
import type * as A from "../ast/nodes.js";
import type { ConstantValue } from "../ast/constant.js";
import { analyzeScopes, mangle, Sc, type ScopeInfo } from "./scopes.js";
import { FnCtx, jsName } from "./context.js";
import { compileExpr } from "./expr.js";
import { CompileError } from "../ast/syntax-error.js";
import { futureFeatures } from "../symtable/future.js";
import { unparseExpr } from "./unparse.js";

/** compile.c: an except* body may not be left by break, continue or return. */
const STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

/** What the runtime needs to build a code object (src/runtime/function.ts PyCode). */
export interface CodeInfo {
  name: string;
  qualname: string;
  firstlineno: number;
  scope: ScopeInfo;
  flags: number;
}

export interface CompileOptions {
  /** names of the module body live in `$ns` (a locals dict), as for exec(src, g, l) */
  localsNs?: boolean;
  /** the module is a single expression whose value is returned (eval) */
  evalMode?: boolean;
  /** compile(..., "single"): module-level expression statements show their value
   * through sys.displayhook (compile.c's interactive mode, PRINT_EXPR) */
  interactive?: boolean;
  /** every frame keeps a record with its current line and locals (runtime frames.ts):
   * for code that introspects frames, and for the tracer */
  frameRecords?: boolean;
  /** global id of this module's first code object (runtime frames.ts codeRegistry) */
  codeBase?: number;
  /** compile(..., optimize=N): 1 drops assert statements and makes `__debug__` False,
   * 2 also drops docstrings (compile.c c_optimize) */
  optimize?: number;
}

export interface CompileWarning {
  category: string;
  message: string;
  lineno: number;
}

export interface CompiledModule {
  warnings: CompileWarning[];
  js: string;
  consts: ConstantValue[];
  codes: CodeInfo[];
}

/** augmented assignments with an entry point of their own (fast paths for numbers) */
const FAST_INPLACE: Record<string, string> = { Add: "iadd", Sub: "isub", Mult: "imul", Div: "itruediv" };

export class Compiler {
  consts: ConstantValue[] = [];
  warnings: CompileWarning[] = [];
  codes: CodeInfo[] = [];
  scopes: Map<object, ScopeInfo>;
  ctx!: FnCtx;
  /** enclosing class names, for private name mangling */
  classNames: string[] = [];
  /** `from __future__ import annotations`: annotations are stored as strings (PEP 563) */
  stringAnnotations = false;
  constructor(readonly mod: A.Module, readonly filename: string, readonly opts: CompileOptions = {}) {
    this.scopes = analyzeScopes(mod, filename);
    this.stringAnnotations = futureFeatures(mod, filename).annotations;
  }
  /** An annotation's value: evaluated, or its source text under PEP 563. */
  annotation(e: A.expr): string {
    return this.stringAnnotations ? JSON.stringify(unparseExpr(e)) : this.expr(e);
  }
  /** module code run with a separate locals mapping (exec/eval with locals): names
   * behave as in a class body */
  get nsMode(): boolean {
    return this.opts.localsNs === true && this.ctx.scope.kind === "module";
  }

  error(msg: string, node: { lineno: number; col_offset: number }): never {
    throw new CompileError("SyntaxError", msg, node.lineno, node.col_offset + 1, null, null, null, this.filename);
  }

  /** keyword-name arrays are module constants, not allocated per call */
  kwConsts = new Map<string, string>();
  /** module-level function factories, one per def/lambda (see makeFunction) */
  factories: string[] = [];
  factoryCodes: number[] = [];
  /** per-site attribute caches (runtime attr-cache.ts), module constants `$ic<N>` */
  icCount = 0;
  newIC(): string {
    return `$ic${this.icCount++}`;
  }
  kwnamesConst(names: string[]): string {
    const key = JSON.stringify(names);
    let v = this.kwConsts.get(key);
    if (v === undefined) this.kwConsts.set(key, (v = `$kw${this.kwConsts.size}`));
    return v;
  }

  constIndex(v: ConstantValue): number {
    this.consts.push(v);
    return this.consts.length - 1;
  }

  mangled(name: string): string {
    return mangle(this.classNames.length ? this.classNames[this.classNames.length - 1] : null, name);
  }

  addCode(scope: ScopeInfo, name: string, firstlineno: number): number {
    let flags = 0;
    if (scope.kind === "function") {
      flags = 0x1 | 0x2;
      if (scope.hasVarargs) flags |= 0x4;
      if (scope.hasVarkw) flags |= 0x8;
      if (scope.parent && scope.parent.kind !== "module") flags |= 0x10;
      if (scope.isGenerator) flags |= 0x20;
      // CO_COROUTINE, or CO_ASYNC_GENERATOR for an async def with `yield`
      if (scope.node && (scope.node as A.Node)._type === "AsyncFunctionDef") flags = scope.isGenerator ? (flags & ~0x20) | 0x200 : flags | 0x80;
    }
    this.codes.push({ name, qualname: scope.qualname, firstlineno, scope, flags });
    return this.codes.length - 1;
  }

  // ---- names ----
  scopeOf(name: string): Sc {
    return this.ctx.scope.symbols.get(name) ?? Sc.GLOBAL_IMPLICIT;
  }

  loadName(rawName: string): string {
    const name = this.mangled(rawName);
    const s = this.ctx.scope;
    const sc = this.scopeOf(name);
    const q = JSON.stringify(name);
    if (s.kind === "module" && !this.nsMode) return `$lg(${q})`;
    if (s.kind === "class" || this.nsMode) {
      if (sc === Sc.GLOBAL_EXPLICIT) return `$lgx(${q})`;
      if (sc === Sc.FREE) {
        const c = this.classFreeCell(name);
        return `$R.classDeref($ns, ${q}, ${c})`;
      }
      return `$R.classLoad($ns, ${q}, $lg)`;
    }
    switch (sc) {
      case Sc.LOCAL: {
        const v = jsName("l_", name);
        if (s.params.includes(name) && !s.deleted.has(name)) return v;
        return `(${v} !== undefined ? ${v} : $R.unboundLocal(${q}))`;
      }
      case Sc.CELL: {
        const c = jsName("c_", name);
        return `(${c}.v !== undefined ? ${c}.v : $R.unboundLocal(${q}))`;
      }
      case Sc.FREE: {
        const c = jsName("c_", name);
        return `(${c}.v !== undefined ? ${c}.v : $R.unboundFree(${q}))`;
      }
      case Sc.GLOBAL_EXPLICIT:
        return `$lgx(${q})`;
      default:
        return `$lg(${q})`;
    }
  }

  /** JS statement storing the JS expression `v` into the Python name. */
  storeName(rawName: string, v: string): string {
    const name = this.mangled(rawName);
    const s = this.ctx.scope;
    const sc = this.scopeOf(name);
    const q = JSON.stringify(name);
    if (this.nsMode && sc !== Sc.GLOBAL_EXPLICIT) return `$R.nsSet($ns, ${q}, ${v});`;
    if (s.kind === "module" || sc === Sc.GLOBAL_EXPLICIT || (sc === Sc.GLOBAL_IMPLICIT && s.kind === "function")) return `$gm.set(${q}, ${v});`;
    if (s.kind === "class") {
      if (sc === Sc.FREE) return `${this.classFreeCell(name)}.v = ${v};`;
      return `$R.nsSet($ns, ${q}, ${v});`;
    }
    if (sc === Sc.CELL || sc === Sc.FREE) return `${jsName("c_", name)}.v = ${v};`;
    return `${jsName("l_", name)} = ${v};`;
  }

  /** A class body's free variable. `__class__` there is the enclosing scope's cell:
   * the class's own `__class__` cell (c___class__ inside the body, for its methods)
   * shadows it, so the body reaches the outer one under another JS name. */
  classFreeCell(name: string): string {
    if (name === "__class__" && this.ctx.scope.needsClassClosure) return "$outer___class__";
    return jsName("c_", name);
  }

  deleteName(rawName: string): string {
    const name = this.mangled(rawName);
    const s = this.ctx.scope;
    const sc = this.scopeOf(name);
    const q = JSON.stringify(name);
    if (this.nsMode && sc !== Sc.GLOBAL_EXPLICIT) return `$R.delGlobal($ns, ${q});`;
    if (s.kind === "module" || sc === Sc.GLOBAL_EXPLICIT || (sc === Sc.GLOBAL_IMPLICIT && s.kind === "function")) return `$R.delGlobal($G, ${q});`;
    if (s.kind === "class") return `$R.delGlobal($ns, ${q});`;
    if (sc === Sc.CELL || sc === Sc.FREE) {
      const c = jsName("c_", name);
      return `if (${c}.v === undefined) ${sc === Sc.CELL ? "$R.unboundLocal" : "$R.unboundFree"}(${q}); ${c}.v = undefined;`;
    }
    const v = jsName("l_", name);
    return `if (${v} === undefined) $R.unboundLocal(${q}); ${v} = undefined;`;
  }

  // ---- assignment targets ----
  /** JS statements assigning the JS expression `v` (evaluated once) to a target. */
  assign(t: A.expr, v: string): string {
    switch (t._type) {
      case "Name":
        return this.storeName(t.id, v);
      case "Attribute":
        return `$R.sa(${this.expr(t.value)}, ${JSON.stringify(this.mangled(t.attr))}, ${v}, ${this.newIC()});`;
      case "Subscript":
        return `$R.setitem(${this.expr(t.value)}, ${this.expr(t.slice)}, ${v});`;
      case "Tuple":
      case "List": {
        const tmp = this.ctx.temp();
        const star = t.elts.findIndex((e) => e._type === "Starred");
        let out: string;
        if (star < 0) out = `${tmp} = $R.unpack(${v}, ${t.elts.length});`;
        else out = `${tmp} = $R.unpackStar(${v}, ${star}, ${t.elts.length - star - 1});`;
        t.elts.forEach((e, i) => {
          const target = e._type === "Starred" ? e.value : e;
          out += " " + this.assign(target, `${tmp}[${i}]`);
        });
        return out;
      }
      case "Starred":
        this.error("starred assignment target must be in a list or tuple", t);
        break;
      default:
        this.error(`cannot assign to ${t._type}`, t);
    }
  }

  expr(e: A.expr): string {
    return compileExpr(this, e);
  }

  // ---- statements ----
  block(stmts: A.stmt[]): string {
    let out = "";
    for (const s of stmts) out += this.stmt(s);
    return out;
  }

  stmt(s: A.stmt): string {
    const ln = `$ln = ${s.lineno}; `;
    switch (s._type) {
      case "Expr":
        if (this.opts.interactive && this.ctx.scope.kind === "module") return `${ln}$R.printExpr(${this.expr(s.value)});\n`;
        return ln + this.expr(s.value) + ";\n";
      case "Assign": {
        if (s.targets.length === 1) {
          const t = s.targets[0];
          if (t._type === "Name") return ln + this.storeName(t.id, this.expr(s.value)) + "\n";
        }
        const tmp = this.ctx.temp();
        let out = `${ln}${tmp} = ${this.expr(s.value)}; `;
        for (const t of s.targets) out += this.assign(t, tmp) + " ";
        return out + "\n";
      }
      case "AugAssign":
        return ln + this.augAssign(s) + "\n";
      case "AnnAssign": {
        let out = ln;
        if (s.value) out += this.assign(s.target, this.expr(s.value));
        if (s.target._type === "Name" && s.simple && this.ctx.scope.kind !== "function") {
          const ns = this.ctx.scope.kind === "class" ? "$ns" : "$G";
          out += ` $R.annotate(${ns}, ${JSON.stringify(this.mangled(s.target.id))}, ${this.annotation(s.annotation)});`;
        }
        return out + "\n";
      }
      case "Pass":
        return "";
      case "Return":
        if (this.ctx.scope.kind !== "function") this.error("'return' outside function", s);
        if (this.ctx.starLoops >= 0) this.error(STAR_EXIT, s);
        if (s.value && this.ctx.asyncKind === "agen") this.error("'return' with value in async generator", s);
        return `${ln}return ${s.value ? this.expr(s.value) : "null"};\n`;
      case "If": {
        let out = `${ln}if ($R.truthy(${this.expr(s.test)})) {\n${this.block(s.body)}}`;
        if (s.orelse.length) out += ` else {\n${this.block(s.orelse)}}`;
        return out + "\n";
      }
      case "While": {
        const lbl = this.ctx.label();
        this.ctx.loops.push({ breakLabel: lbl });
        const body = this.block(s.body);
        this.ctx.loops.pop();
        return `${lbl}: {\nwhile (true) { ${ln}if (!$R.truthy(${this.expr(s.test)})) break;\n${body}}\n${this.block(s.orelse)}}\n`;
      }
      case "For":
        return ln + this.forStmt(s);
      case "AsyncFor":
        if (!this.ctx.canAwait) this.error("'async for' outside async function", s);
        return ln + this.asyncForStmt(s);
      case "AsyncWith":
        if (!this.ctx.canAwait) this.error("'async with' outside async function", s);
        return ln + this.withStmt(s.items, 0, s.body, true);
      case "AsyncFunctionDef":
        return ln + this.funcDef(s);
      case "Break": {
        if (this.ctx.starLoops >= 0 && this.ctx.loops.length <= this.ctx.starLoops) this.error(STAR_EXIT, s);
        const l = this.ctx.loops[this.ctx.loops.length - 1];
        if (!l) this.error("'break' outside loop", s);
        return `${ln}break ${l.breakLabel};\n`;
      }
      case "Continue": {
        if (this.ctx.starLoops >= 0 && this.ctx.loops.length <= this.ctx.starLoops) this.error(STAR_EXIT, s);
        if (!this.ctx.loops.length) this.error("'continue' not properly in loop", s);
        return `${ln}continue;\n`;
      }
      case "Delete": {
        let out = ln;
        for (const t of s.targets) out += this.deleteTarget(t);
        return out + "\n";
      }
      case "Assert":
        if ((this.opts.optimize ?? 0) >= 1) return "";
        return `${ln}if (!$R.truthy(${this.expr(s.test)})) throw $R.assertionError(${s.msg ? this.expr(s.msg) : "undefined"});\n`;
      case "Raise": {
        if (!s.exc) return `${ln}throw $R.reraise(${this.ctx.handlers.length ? this.ctx.handlers[this.ctx.handlers.length - 1] : "undefined"});\n`;
        return `${ln}throw $R.mkraise(${this.expr(s.exc)}, ${s.cause ? this.expr(s.cause) : "undefined"});\n`;
      }
      case "Global":
      case "Nonlocal":
        return "";
      case "Try":
        return ln + this.tryStmt(s);
      case "TryStar":
        return ln + this.tryStarStmt(s);
      case "With":
        return ln + this.withStmt(s.items, 0, s.body);
      case "FunctionDef":
        return ln + this.funcDef(s);
      case "ClassDef":
        return ln + this.classDef(s);
      case "Import": {
        let out = ln;
        for (const a of s.names) {
          if (a.asname) out += this.storeName(a.asname, `$R.importModule(${JSON.stringify(a.name)}, true)`);
          else out += this.storeName(a.name.split(".")[0], `$R.importModule(${JSON.stringify(a.name)}, false)`);
        }
        return out + "\n";
      }
      case "ImportFrom": {
        const m = this.ctx.temp();
        let out = `${ln}${m} = $R.importModule(${JSON.stringify(s.module ?? "")}, true, ${s.level ?? 0}, $G);`;
        for (const a of s.names) {
          if (a.name === "*") out += ` $R.importStar(${m}, $G);`;
          else out += " " + this.storeName(a.asname ?? a.name, `$R.importFrom(${m}, ${JSON.stringify(a.name)})`);
        }
        return out + "\n";
      }
      case "Match":
        return ln + this.matchStmt(s);
    }
    return "";
  }

  deleteTarget(t: A.expr): string {
    switch (t._type) {
      case "Name":
        return this.deleteName(t.id);
      case "Attribute":
        return `$R.delattr(${this.expr(t.value)}, ${JSON.stringify(this.mangled(t.attr))});`;
      case "Subscript":
        return `$R.delitem(${this.expr(t.value)}, ${this.expr(t.slice)});`;
      case "Tuple":
      case "List":
        return t.elts.map((e) => this.deleteTarget(e)).join(" ");
      default:
        this.error(`cannot delete ${t._type}`, t);
    }
  }

  augAssign(s: A.AugAssign): string {
    const op = s.op._type;
    const fast = FAST_INPLACE[op];
    const apply = (cur: string, val: string) => (fast !== undefined ? `$R.${fast}(${cur}, ${val})` : `$R.inplace(${cur}, ${val}, $R.OPS.${op})`);
    const t = s.target;
    if (t._type === "Name") return this.storeName(t.id, apply(this.loadName(t.id), this.expr(s.value)));
    if (t._type === "Attribute") {
      const o = this.ctx.temp();
      const name = JSON.stringify(this.mangled(t.attr));
      return `${o} = ${this.expr(t.value)}; $R.sa(${o}, ${name}, ${apply(`$R.ga(${o}, ${name}, ${this.newIC()})`, this.expr(s.value))}, ${this.newIC()});`;
    }
    if (t._type === "Subscript") {
      const o = this.ctx.temp();
      const k = this.ctx.temp();
      return `${o} = ${this.expr(t.value)}; ${k} = ${this.expr(t.slice)}; $R.setitem(${o}, ${k}, ${apply(`$R.getitem(${o}, ${k})`, this.expr(s.value))});`;
    }
    this.error("'" + t._type.toLowerCase() + "' is an illegal expression for augmented assignment", t);
  }

  forStmt(s: A.For): string {
    const lbl = this.ctx.label();
    const it = this.ctx.temp();
    const v = this.ctx.temp();
    this.ctx.loops.push({ breakLabel: lbl });
    const body = this.block(s.body);
    this.ctx.loops.pop();
    const loop = `${it} = $R.getIter(${this.expr(s.iter)});\n${lbl}: {\nwhile ((${v} = ${it}.$next()) !== undefined) { ${this.assign(s.target, v)}\n${body}}\n${this.block(s.orelse)}}\n`;
    // A generator made just for this loop is referenced by nothing else: CPython's
    // refcounting closes it as soon as the loop is left, running its `finally`.
    if (s.iter._type === "Call" || s.iter._type === "GeneratorExp") return `try {\n${loop}} finally { $R.closeTemp(${it}); }\n`;
    return loop;
  }

  /** `async for` (PEP 492): __anext__() awaited until StopAsyncIteration, which ends
   * the loop normally (the `else` runs). */
  asyncForStmt(s: A.AsyncFor): string {
    const lbl = this.ctx.label();
    const it = this.ctx.temp();
    const v = this.ctx.temp();
    this.ctx.loops.push({ breakLabel: lbl });
    const body = this.block(s.body);
    this.ctx.loops.pop();
    const loop = `${it} = $R.aiterOf(${this.expr(s.iter)});\n${lbl}: {\nwhile (true) { $ln = ${s.lineno}; try { ${v} = yield* $R.awaitGen($R.anextOf(${it})); } catch ($x) { if ($R.isStopAsync($x)) break; throw $x; } ${this.assign(s.target, v)}\n${body}}\n${this.block(s.orelse)}}\n`;
    // an async generator made for this loop alone is finalized when the loop is left
    if (s.iter._type === "Call" || s.iter._type === "GeneratorExp") return `try {\n${loop}} finally { $R.acloseTemp(${it}); }\n`;
    return loop;
  }

  tryStmt(s: A.Try | A.TryStar): string {
    let inner: string;
    if (s.handlers.length) {
      const e = this.ctx.temp();
      const ok = s.orelse.length ? this.ctx.temp() : null;
      let h = "";
      for (const hd of s.handlers) {
        this.ctx.handlers.push(e);
        let body = this.block(hd.body);
        this.ctx.handlers.pop();
        if (hd.name) body = `${this.storeName(hd.name, e)}\ntry {\n${body}} finally { ${this.clearName(hd.name)} }\n`;
        const cond = hd.type ? `$R.excMatch(${e}, ${this.expr(hd.type)})` : "true";
        h += `${h ? " else " : ""}if (${cond}) {\n${body}}`;
      }
      h += ` else throw ${e};`;
      inner = `${ok ? `${ok} = false; ` : ""}try {\n${this.block(s.body)}${ok ? `${ok} = true;\n` : ""}} catch ($e) { ${e} = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()}); $R.excEnter(${e});\ntry {\n${h}\n} catch ($h) { throw $R.excChain($h, ${e}); } finally { $R.excLeave(); } }\n`;
      if (ok) inner += `if (${ok}) {\n${this.block(s.orelse)}}\n`;
    } else inner = `{\n${this.block(s.body)}}\n`;
    if (s.finalbody.length) return this.finallyWrap(inner, s.finalbody);
    return inner;
  }

  /** try/except* (PEP 654): each clause takes the part of the group it matches. */
  tryStarStmt(s: A.TryStar): string {
    const e = this.ctx.temp();
    const w = this.ctx.temp();
    const rest = this.ctx.temp();
    const raised = this.ctx.temp();
    const m = this.ctx.temp();
    const ok = s.orelse.length ? this.ctx.temp() : null;
    let h = `${w} = $R.starWrap(${e}); ${rest} = ${w}; ${raised} = [];\n`;
    for (const hd of s.handlers) {
      this.ctx.handlers.push(m);
      const outerStar = this.ctx.starLoops;
      this.ctx.starLoops = this.ctx.loops.length;
      let body = this.block(hd.body);
      this.ctx.starLoops = outerStar;
      this.ctx.handlers.pop();
      if (hd.name) body = `${this.storeName(hd.name, m)}\ntry {\n${body}} finally { ${this.clearName(hd.name)} }\n`;
      h += `[${m}, ${rest}] = $R.starSplit(${rest}, ${hd.type ? this.expr(hd.type) : "null"});\nif (${m} !== null) { $R.excEnter(${m}); try {\n${body}} catch ($h) { ${raised}.push($R.caught($h)); } finally { $R.excLeave(); } }\n`;
    }
    h += `$R.starReraise(${e}, ${w}, ${rest}, ${raised});\n`;
    let inner = `${ok ? `${ok} = false; ` : ""}try {\n${this.block(s.body)}${ok ? `${ok} = true;\n` : ""}} catch ($e) { ${e} = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()});\n${h}}\n`;
    if (ok) inner += `if (${ok}) {\n${this.block(s.orelse)}}\n`;
    if (s.finalbody.length) return this.finallyWrap(inner, s.finalbody);
    return inner;
  }

  /** `finally`: run on every exit; while an exception is pending it is the one being
   * handled (sys.exc_info(), and the __context__ of anything the block raises). */
  finallyWrap(inner: string, finalbody: A.stmt[]): string {
    const fx = this.ctx.temp();
    // a bare `raise` in the block re-raises the pending exception, else the handled one
    const hs = this.ctx.handlers;
    hs.push(`(${fx} ?? ${hs.length ? hs[hs.length - 1] : "undefined"})`);
    const body = this.block(finalbody);
    hs.pop();
    return `${fx} = undefined; try {\n${inner}} catch ($e) { ${fx} = $R.caught($e); throw ${fx}; } finally {\nif (${fx} !== undefined) $R.excEnter(${fx});\ntry {\n${body}} catch ($g) { throw $R.excChain($g, ${fx}); } finally { if (${fx} !== undefined) $R.excLeave(); }\n}\n`;
  }

  /** `except E as name`: the name is deleted at the end of the handler. */
  clearName(name: string): string {
    const n = this.mangled(name);
    const sc = this.scopeOf(n);
    const s = this.ctx.scope;
    if (this.nsMode && sc !== Sc.GLOBAL_EXPLICIT) return `$R.nsDel($ns, ${JSON.stringify(n)});`;
    if (s.kind === "module" || sc === Sc.GLOBAL_EXPLICIT || (sc === Sc.GLOBAL_IMPLICIT && s.kind === "function")) return `$G.t.delete(${JSON.stringify(n)});`;
    if (s.kind === "class") return `$R.nsDel($ns, ${JSON.stringify(n)});`;
    if (sc === Sc.CELL || sc === Sc.FREE) return `${jsName("c_", n)}.v = undefined;`;
    return `${jsName("l_", n)} = undefined;`;
  }

  /** `with` / `async with` (the latter awaits what __aenter__/__aexit__ return). */
  withStmt(items: A.withitem[], i: number, body: A.stmt[], isAsync = false): string {
    if (i === items.length) return this.block(body);
    const item = items[i];
    const mgr = this.ctx.temp();
    const exit = this.ctx.temp();
    const ok = this.ctx.temp();
    const inner = this.withStmt(items, i + 1, body, isAsync);
    if (isAsync) {
      const val = `(yield* $R.awaitGen($R.awithEnter(${mgr}, (f) => { ${exit} = f; })))`;
      const bind = item.optional_vars ? this.assign(item.optional_vars, val) : `${val};`;
      return `${mgr} = ${this.expr(item.context_expr)}; ${bind} ${ok} = true;
try {
${inner}} catch ($e) { ${ok} = false; const $x = $R.caught($e); if (!$R.truthy(yield* $R.awaitGen($R.awithExit(${exit}, $x)))) throw $x; }
finally { if (${ok}) yield* $R.awaitGen($R.awithExit(${exit}, null)); }\n`;
    }
    const val = `$R.withEnter(${mgr}, (f) => { ${exit} = f; })`;
    const bind = item.optional_vars ? this.assign(item.optional_vars, val) : `${val};`;
    return `${mgr} = ${this.expr(item.context_expr)}; ${bind} ${ok} = true;
try {
${inner}} catch ($e) { ${ok} = false; const $x = $R.caught($e); if (!$R.withExit(${exit}, $x)) throw $x; }
finally { if (${ok}) $R.withExit(${exit}, null); }\n`;
  }

  matchStmt(s: A.Match): string {
    const subj = this.ctx.temp();
    let out = `${subj} = ${this.expr(s.subject)};\n`;
    const lbl = this.ctx.label();
    out += `${lbl}: {\n`;
    for (const c of s.cases) {
      const cond = this.pattern(c.pattern, subj);
      const guard = c.guard ? ` && $R.truthy(${this.expr(c.guard)})` : "";
      out += `if (${cond}${guard}) {\n${this.block(c.body)}break ${lbl};\n}\n`;
    }
    return out + "}\n";
  }

  /** A JS boolean expression that tests `subj` against a pattern, binding names as it goes. */
  pattern(p: A.pattern, subj: string): string {
    const bindExpr = (name: string, v: string) => `(() => { ${this.storeName(name, v)} return true; })()`;
    switch (p._type) {
      case "MatchValue":
        return `$R.truthy($R.eq(${subj}, ${this.expr(p.value)}))`;
      case "MatchSingleton":
        return `(${subj} === ${p.value === null ? "null" : String(p.value)})`;
      case "MatchAs": {
        const inner = p.pattern ? this.pattern(p.pattern, subj) : "true";
        return p.name ? `(${inner} && ${bindExpr(p.name, subj)})` : inner;
      }
      case "MatchOr":
        return "(" + p.patterns.map((q) => this.pattern(q, subj)).join(" || ") + ")";
      case "MatchSequence": {
        const arr = this.ctx.temp();
        const star = p.patterns.findIndex((q) => q._type === "MatchStar");
        const n = p.patterns.length;
        // a wildcard star (`*_`) lets matchSeq skip reading the middle items, as CPython does
        const skip = star >= 0 && !(p.patterns[star] as { name?: string | null }).name ? `, ${star}` : "";
        const parts: string[] = [`(${arr} = $R.matchSeq(${subj}, ${star < 0 ? n : n - 1}, ${star >= 0}${skip})) !== null`];
        p.patterns.forEach((q, i) => {
          if (q._type === "MatchStar") {
            if (q.name) parts.push(bindExpr(q.name, `$R.newList(${arr}.slice(${i}, ${arr}.length - ${n - 1 - i}))`));
          } else {
            const idx = star >= 0 && i > star ? `${arr}.length - ${n - i}` : String(i);
            const el = this.ctx.temp();
            parts.push(`((${el} = ${arr}[${idx}]), ${this.pattern(q, el)})`);
          }
        });
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchMapping": {
        const parts: string[] = [`$R.isMapping(${subj})`];
        const keys: string[] = [];
        p.keys.forEach((k, i) => {
          const el = this.ctx.temp();
          const ke = this.expr(k);
          keys.push(ke);
          parts.push(`((${el} = $R.matchKey(${subj}, ${ke})) !== undefined && ${this.pattern(p.patterns[i], el)})`);
        });
        if (p.rest) parts.push(bindExpr(p.rest, `$R.matchRest(${subj}, [${keys.join(", ")}])`));
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchClass": {
        const cls = this.ctx.temp();
        const parts: string[] = [`$R.isInstanceOf(${subj}, ${cls} = ${this.expr(p.cls)})`];
        p.patterns.forEach((q, i) => {
          const el = this.ctx.temp();
          parts.push(`((${el} = $R.matchPos(${subj}, ${cls}, ${i}, ${p.patterns.length})) !== undefined && ${this.pattern(q, el)})`);
        });
        p.kwd_attrs.forEach((a, i) => {
          const el = this.ctx.temp();
          parts.push(`((${el} = $R.matchAttr(${subj}, ${JSON.stringify(a)})) !== undefined && ${this.pattern(p.kwd_patterns[i], el)})`);
        });
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchStar":
        return "true";
    }
  }

  // ---- functions and classes ----
  docstring(body: A.stmt[]): string {
    if ((this.opts.optimize ?? 0) >= 2) return "null";
    const first = body[0];
    if (first && first._type === "Expr" && first.value._type === "Constant" && typeof first.value.value === "string") return JSON.stringify(first.value.value);
    return "null";
  }

  /** The JS function expression for a function scope (def, lambda). */
  functionJs(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): { js: string; code: number } {
    const scope = this.scopes.get(node)!;
    const code = this.addCode(scope, name, node.lineno);
    const outer = this.ctx;
    this.ctx = new FnCtx(scope, code, outer);
    const body = node._type === "Lambda" ? `return ${this.expr(node.body)};\n` : this.block(node.body) + "return null;\n";
    const js = this.wrapFunction(scope, code, body, node.lineno);
    this.ctx = outer;
    return { js, code };
  }

  /** Prologue (cells, locals), the body inside the traceback/recursion frame guard. */
  wrapFunction(scope: ScopeInfo, code: number, body: string, line: number): string {
    const params = scope.params.map((p) => jsName("l_", p));
    let pro = "";
    const locals: string[] = [];
    for (const [n, sc] of scope.symbols) {
      if (sc === Sc.CELL) pro += `const ${jsName("c_", n)} = new $R.PyCell(${scope.params.includes(n) ? jsName("l_", n) : "undefined"});\n`;
      else if (sc === Sc.LOCAL && !scope.params.includes(n)) locals.push(jsName("l_", n));
    }
    const temps = this.ctx.temps;
    const recs = this.opts.frameRecords === true;
    if (recs && !temps.includes("$fl")) temps.push("$fl");
    const decl = [...locals, ...temps];
    const lets = decl.length ? `let ${decl.join(", ")};\n` : "";
    const kind = this.ctx.asyncKind;
    if (this.ctx.isGenerator) {
      // locals live in the wrapper so that gi_frame.f_locals can read them while
      // suspended; resuming puts the generator itself on the shadow stack
      const rec = recs ? `, $fr` : "";
      const gen = `function* ${this.jsFnName(code)}() {\ntry {\n${body}} catch ($e) { throw $R.tb($e, $C[${code}], $ln${rec}); }\n}`;
      const mk = kind === "coro" ? "mkcoro" : kind === "agen" ? "mkagen" : "mkgen";
      const fr = recs ? `const $fr = ${this.frameRec(code, "$G")};\n` : "";
      return `function (${params.join(", ")}) {\nlet $ln = ${line};\n${pro}${lets}${fr}return $R.${mk}((${gen})(), $C[${code}], () => ${frameLocalsExpr(scope)}, () => $ln);\n}`;
    }
    // the shadow stack entry: the code object, or the frame record (frames.ts)
    const fr = recs ? `const $fr = ${this.frameRec(code, "$G")};\n` : "";
    return `function ${this.jsFnName(code)}(${params.join(", ")}) {\nlet $ln = ${line};\n${pro}${lets}${fr}try {\n${this.stackPush()} if ($d > $S.limit) $R.recursionError();\n${body}} catch ($e) { throw $R.tb($e, $C[${code}], $ln${recs ? ", $fr" : ""}); } finally { ${this.stackPop()} }\n}`;
  }

  /** Enter the shadow stack (frames.ts): the code's global id, or the frame record. */
  stackPush(): string {
    if (this.opts.frameRecords === true) return "const $d = ++$S.depth; $fr.d = $d; $S.rs.push($fr);";
    return "const $d = ++$S.depth;";
  }
  stackPop(): string {
    return this.opts.frameRecords === true ? "$S.rs.pop(); $S.depth--;" : "$S.depth--;";
  }
  /** The JS name of a scope's function, `$f<global code id>`: how frames.ts finds the
   * running code of every Python frame in a JS stack trace, at no cost per call. */
  jsFnName(code: number): string {
    return `$f${(this.opts.codeBase ?? 0) + code}`;
  }

  /** A frame record literal (frames.ts FrameRec) for the scope being compiled. */
  frameRec(code: number, globals: string): string {
    const s = this.ctx.scope;
    const locals = s.kind === "module" ? (this.nsMode ? "$ns" : "$G") : s.kind === "class" ? "$ns" : localsUpdateExpr(s);
    return `{c: $C[${code}], l: () => $ln, v: () => ${locals}, g: ${globals}, f: null, d: 0}`;
  }
  /** ", $fr" where the current scope keeps a frame record (passed to caught/tb) */
  recArg(): string {
    return this.opts.frameRecords === true && !this.ctx.scope.isComprehension ? ", $fr" : "";
  }

  /** The JS expression creating the function object at `def`/`lambda` time. */
  makeFunction(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, name: string): string {
    const a = node.args;
    const defaults = a.defaults.length ? `[${a.defaults.map((d) => this.expr(d)).join(", ")}]` : "null";
    const kwd: string[] = [];
    a.kwonlyargs.forEach((k, i) => {
      const d = a.kw_defaults[i];
      if (d) kwd.push(`${JSON.stringify(this.mangled(k.arg))}, ${this.expr(d)}`);
    });
    const kwdefaults = kwd.length ? `$R.kwdict([${kwd.join(", ")}])` : "null";
    let annotations = "null";
    if (node._type !== "Lambda") {
      const ann: string[] = [];
      for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) {
        // `*args: *Ts` stores the one item the starred annotation unpacks to (3.11)
        if (x.annotation) ann.push(`${JSON.stringify(this.mangled(x.arg))}, ${x.annotation._type === "Starred" && !this.stringAnnotations ? `$R.unpack(${this.expr(x.annotation.value)}, 1)[0]` : this.annotation(x.annotation)}`);
      }
      if (node.returns) ann.push(`"return", ${this.annotation(node.returns)}`);
      if (ann.length) annotations = `$R.kwdict([${ann.join(", ")}])`;
    }
    const { js, code } = this.functionJs(node, name);
    const scope = this.scopes.get(node)!;
    const cells = scope.freevars.map((f) => jsName("c_", f));
    const closure = cells.length ? `[${cells.join(", ")}]` : "null";
    const doc = node._type === "Lambda" ? "null" : this.docstring(node.body);
    // The JS function comes from a module-level factory taking the closure's cells:
    // its body reads nothing else of the enclosing function. The code object keeps the
    // factory, so `f.__code__ = ...` and types.FunctionType(code, g, n, d, closure)
    // can make the same code run with other cells (docs/scopes.md).
    this.factories.push(`const $F${code} = (${cells.join(", ")}) => ${js};\n`);
    this.factoryCodes.push(code);
    return `$R.mkfn($C[${code}], $F${code}(${cells.join(", ")}), ${defaults}, ${kwdefaults}, ${closure}, $G, ${annotations}, ${doc})`;
  }

  funcDef(s: A.FunctionDef | A.AsyncFunctionDef): string {
    const decos = s.decorator_list.map((d) => this.expr(d));
    let f = this.makeFunction(s, s.name);
    for (let i = decos.length - 1; i >= 0; i--) f = `$R.c1(${decos[i]}, ${f})`;
    return this.storeName(s.name, f) + "\n";
  }

  classDef(s: A.ClassDef): string {
    const scope = this.scopes.get(s)!;
    const decos = s.decorator_list.map((d) => this.expr(d));
    const bases = s.bases.map((b) => (b._type === "Starred" ? `...$R.toArray(${this.expr(b.value)})` : this.expr(b)));
    const kws = s.keywords.filter((k) => k.arg !== null);
    const kwjs = `[${kws.map((k) => `${JSON.stringify(k.arg)}, ${this.expr(k.value)}`).join(", ")}]`;
    const code = this.addCode(scope, s.name, s.lineno);
    const outer = this.ctx;
    this.ctx = new FnCtx(scope, code, outer);
    this.classNames.push(s.name);
    let body = `$R.nsSet($ns, "__module__", $lg("__name__")); $R.nsSet($ns, "__qualname__", ${JSON.stringify(scope.qualname)});\n`;
    const doc = this.docstring(s.body);
    if (doc !== "null") body += `$R.nsSet($ns, "__doc__", ${doc});\n`;
    if (s.body.some((x) => x._type === "AnnAssign")) body += `$R.nsSet($ns, "__annotations__", $R.kwdict([]));\n`;
    body += this.block(s.body);
    this.classNames.pop();
    const temps = this.ctx.temps.length ? `let ${this.ctx.temps.join(", ")};\n` : "";
    const cell = scope.needsClassClosure ? "const c___class__ = new $R.PyCell(undefined);\n" : "";
    // the cell goes to type.__new__ as __classcell__ (compile.c compiler_class)
    const ret = scope.needsClassClosure ? `$R.nsSet($ns, "__classcell__", c___class__); return c___class__;` : "return null;";
    const recs = this.opts.frameRecords === true;
    const fr = recs ? `const $fr = ${this.frameRec(code, "$G")};\n` : "";
    this.ctx = outer;
    let fn = `function ${this.jsFnName(code)}($ns) {\n${cell}${temps}let $ln = ${s.lineno};\n${fr}${this.stackPush()}\ntry {\n${body}${ret}\n} finally { ${this.stackPop()} }\n}`;
    if (scope.needsClassClosure && scope.symbols.get("__class__") === Sc.FREE) fn = `(($outer___class__) => ${fn})(c___class__)`;
    let c = `$R.buildClass(${fn}, ${JSON.stringify(s.name)}, [${bases.join(", ")}], ${kwjs}, $C[${code}])`;
    for (let i = decos.length - 1; i >= 0; i--) c = `$R.c1(${decos[i]}, ${c})`;
    return this.storeName(s.name, c) + "\n";
  }

  /** The factories go on their code objects; called with `$ns === $C`, the module
   * only returns them (indexed by code), bound to the `$G` it was given: that is how
   * a function's code runs against another globals dict (runtime closures.ts). */
  factoryTable(): string {
    const list = this.factoryCodes.map((k) => `${k}: $F${k}`).join(", ");
    return `if ($ns === $C) return {${list}};\n${this.factoryCodes.map((k) => `$C[${k}].$make = $F${k};\n`).join("")}`;
  }

  // ---- the module ----
  compile(): CompiledModule {
    const scope = this.scopes.get(this.mod)!;
    const code = this.addCode(scope, "<module>", 1);
    this.ctx = new FnCtx(scope, code, null);
    let body = "";
    const doc = this.docstring(this.mod.body);
    if (doc !== "null") body += `$gm.set("__doc__", ${doc});\n`;
    if (this.mod.body.some((x) => x._type === "AnnAssign")) body += `$gm.set("__annotations__", $R.kwdict([]));\n`;
    if (this.opts.evalMode) {
      const only = this.mod.body[0];
      if (this.mod.body.length !== 1 || only._type !== "Expr") this.error("invalid syntax", only ?? { lineno: 1, col_offset: 0 });
      body = `return ${this.expr(only.value)};\n`;
    } else body += this.block(this.mod.body);
    const recs = this.opts.frameRecords === true;
    const temps = this.ctx.temps.length ? `let ${this.ctx.temps.join(", ")};\n` : "";
    const js = `"use strict";
const $gm = $G.t.m, $bm = $R.builtinsMap, $S = $R.state;
function $lg(n) { let v = $gm.get(n); if (v === undefined) { v = $bm.get(n); if (v === undefined) $R.nameError(n); } return v; }
function $lgx(n) { let v = $gm.get(n); if (v === undefined) { v = $bm.get(n); if (v === undefined) $R.nameError(n); } return v; }
${[...this.kwConsts].map(([k, v]) => `const ${v} = ${k};\n`).join("")}${this.icCount ? `const ${Array.from({ length: this.icCount }, (_, i) => `$ic${i} = $R.ic()`).join(", ")};\n` : ""}${this.factories.join("")}${this.factoryTable()}$C[${code}].$globals ??= $G;
return (function ${this.jsFnName(code)}() {
let $ln = 1;
${temps}${recs ? `const $fr = ${this.frameRec(code, "$G")};\n` : ""}${this.stackPush()}
try {
${body}} catch ($e) { throw $R.tb($e, $C[${code}], $ln${recs ? ", $fr" : ""}); } finally { ${this.stackPop()} }
})();
`;
    return { js, consts: this.consts, codes: this.codes, warnings: this.warnings };
  }
}

/** f_locals of a frame record: one dict per frame, refreshed on each read (3.11). */
function localsUpdateExpr(s: ScopeInfo): string {
  return frameLocalsExpr(s).replace(/, undefined\)$/, ", $fl))").replace(/^\$R\.localsDict/, "($fl = $R.localsDict");
}

/** A dict of a function frame's bound locals, cells and free variables (f_locals). */
export function frameLocalsExpr(s: ScopeInfo): string {
  const names: string[] = [];
  const vals: string[] = [];
  for (const n of [...s.varnames, ...s.cellvars.filter((x) => !s.varnames.includes(x)), ...s.freevars]) {
    if (n === ".0") continue;
    const sc = s.symbols.get(n);
    names.push(JSON.stringify(n));
    vals.push(sc === Sc.CELL || sc === Sc.FREE ? `${jsName("c_", n)}.v` : jsName("l_", n));
  }
  return `$R.localsDict([${names.join(", ")}], [${vals.join(", ")}], undefined)`;
}

export function compileModule(mod: A.Module, filename: string, opts: CompileOptions = {}): CompiledModule {
  return new Compiler(mod, filename, opts).compile();
}
