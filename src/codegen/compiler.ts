// Codegen: AST plus scopes into the JavaScript source of one module. Statements
// become straight-line JS; each Python function becomes a JS function whose locals
// are `let` variables and whose cell variables are PyCell objects captured by the
// JS closures of inner functions. See docs/runtime.md for the shapes emitted.
import type * as A from "../ast/nodes.js";
import type { ConstantValue } from "../ast/constant.js";
import { analyzeScopes, mangle, Sc, type ScopeInfo } from "./scopes.js";
import { FnCtx, jsName } from "./context.js";
import { compileExpr } from "./expr.js";
import { CompileError, frontEndWarnings, type SourceWarning } from "../ast/syntax-error.js";
import { futureFeatures } from "../symtable/future.js";
import { unparseExpr } from "./unparse.js";
import { leavesOnlyAtEnd } from "./exits.js";
import { smEligible, SmEmitter } from "./gen-sm.js";
import { PatternChecker } from "./pattern-check.js";
import { syntaxErrorAt } from "../symtable/errors.js";
import { assertWarning } from "./literal-warnings.js";
import { findAnn } from "./find-ann.js";
import { itemwiseAssign } from "./tuple-assign.js";
import { condExpr } from "./cond.js";
import { atLineJs, needsLine, nodeLine } from "./line-track.js";
import { constSetJs } from "./const-set.js";
import { planFloat, pureRead, fusedAssign } from "./float-fuse.js";
import { smallIntLiteral, inlineIntBinop } from "./int-inline.js";
import { fusedResult, planUnboxed, unboxedLoad, unboxedVar } from "./float-unbox.js";
import { clauseBody, isSoft, jumpable, markSoft, jumpFrom, jumpJs, jumpValue, outerTarget, targetBody, unmatchedJump } from "./exc-jump.js";

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

export type CompileWarning = SourceWarning;

export interface CompiledModule {
  warnings: CompileWarning[];
  js: string;
  consts: ConstantValue[];
  codes: CodeInfo[];
}

/** augmented assignments with an entry point of their own (fast paths for numbers) */
const FAST_INPLACE: Record<string, string> = { Add: "iadd", Sub: "isub", Mult: "imul", Div: "itruediv" };

/** co_firstlineno of a def or class: its first decorator's line when decorated (compile.c) */
function firstLine(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): number {
  return s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
}

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
  /** line of the last leading future import (future.c ff_lineno) */
  futureLine = 0;
  constructor(readonly mod: A.Module, readonly filename: string, readonly opts: CompileOptions = {}) {
    this.warnings = [...(frontEndWarnings.get(mod) ?? [])];
    this.scopes = analyzeScopes(mod, filename);
    const future = futureFeatures(mod, filename);
    this.stringAnnotations = future.annotations;
    this.futureLine = future.lineno;
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

  /** compile.c compiler_warn: a SyntaxWarning located at `node` */
  warn(message: string, node: A.Located): void {
    const endOffset = node.end_col_offset == null ? undefined : node.end_col_offset + 1;
    this.warnings.push({ category: "SyntaxWarning", message, lineno: node.lineno, offset: node.col_offset + 1, endLineno: node.end_lineno ?? undefined, endOffset });
  }

  /** compile.c forbidden_name: `__debug__` is a constant, it cannot be bound or deleted */
  forbidden(name: string, node: A.Located, del = false): void {
    if (name === "__debug__") this.error(del ? "cannot delete __debug__" : "cannot assign to __debug__", node);
  }

  /** compile.c compiler_check_debug_args, located at the def or lambda */
  checkDebugArgs(a: A.arguments, node: A.Located): void {
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) if (arg) this.forbidden(arg.arg, node);
  }

  /** compile.c compiler_error: at the node's whole range */
  error(msg: string, node: { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null }): never {
    throw syntaxErrorAt(msg, node, this.filename);
  }

  /** keyword-name arrays are module constants, not allocated per call */
  kwConsts = new Map<string, string>();
  /** module-level function factories, one per def/lambda (see makeFunction) */
  factories: string[] = [];
  factoryCodes: number[] = [];
  /** per-site attribute caches (runtime attr-cache.ts), module constants `$ic<N>` */
  icCount = 0;
  /** > 0 while compiling the fallback of a fused float expression (float-fuse.ts): its
   * subexpressions are not fused again */
  fuseOff = 0;
  newIC(): string {
    return `$ic${this.icCount++}`;
  }
  /** per-name caches of global loads in function code (runtime global-cache.ts),
   * module constants `$g<N>` */
  globalSites = new Map<string, string>();
  /** a cached global load: `$lgc` reads the name's refs in globals and builtins */
  globalLoad(q: string): string {
    let g = this.globalSites.get(q);
    if (g === undefined) this.globalSites.set(q, (g = `$g${this.globalSites.size}`));
    return `$lgc(${q}, ${g})`;
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
    if (s.kind === "module" && !this.nsMode) return this.globalLoad(q);
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
        const n = unboxedVar(this, name);
        if (n !== undefined) return unboxedLoad(this, v, n, q);
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
      default:
        return this.globalLoad(q);
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
        this.forbidden(t.id, t);
        return this.storeName(t.id, v);
      case "Attribute":
        this.forbidden(t.attr, t);
        return `$R.sa(${this.expr(t.value)}, ${JSON.stringify(this.mangled(t.attr))}, ${v}, ${this.newIC()});`;
      case "Subscript":
        return `$R.setitem(${this.expr(t.value)}, ${this.expr(t.slice)}, ${v});`;
      case "Tuple":
      case "List": {
        const tmp = this.ctx.temp();
        const star = t.elts.findIndex((e) => e._type === "Starred");
        // compile.c unpack_helper: UNPACK_EX has 8 bits for the count before the star
        if (star >= 0 && t.elts.findIndex((e, i) => i > star && e._type === "Starred") >= 0) this.error("multiple starred expressions in assignment", t);
        if (star >= 256) this.error("too many expressions in star-unpacking assignment", t);
        let out: string;
        // an exact tuple of the right length (pairs, dict items) is read in place, no
        // call and no array; everything else goes through rt.ts unpack
        if (star < 0) {
          const w = this.ctx.temp(), n = t.elts.length;
          out = `${w} = ${v}; ${tmp} = ${w} !== null && ${w}.$cls === $R.TUPLE_TYPE && ${w}.a.length === ${n} ? ${w}.a : $R.unpack(${w}, ${n});`;
        } else out = `${tmp} = $R.unpackStar(${v}, ${star}, ${t.elts.length - star - 1});`;
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

  /** the line `$ln` holds while the expression being compiled runs (0: not tracked);
   * a failing subexpression on another line sets its own (line-track.ts) */
  line = 0;

  expr(e: A.expr): string {
    if (!needsLine(e, this.line)) return compileExpr(this, e);
    const cur = this.line, ln = nodeLine(e);
    this.line = ln;
    const js = compileExpr(this, e);
    this.line = cur;
    return atLineJs(js, ln, cur, this.ctx.temps);
  }

  /** Compile with `$ln` known to hold `ln` (a statement, an except clause, a decorator). */
  atLine<T>(ln: number, f: () => T): T {
    const cur = this.line;
    this.line = ln;
    try {
      return f();
    } finally {
      this.line = cur;
    }
  }

  // ---- statements ----
  block(stmts: A.stmt[]): string {
    let out = "";
    for (const s of stmts) out += this.stmt(s);
    return out;
  }

  stmt(s: A.stmt): string {
    return this.atLine(s.lineno, () => this.stmtAt(s));
  }

  private stmtAt(s: A.stmt): string {
    const ln = `$ln = ${s.lineno}; `;
    switch (s._type) {
      case "Expr":
        if (this.opts.interactive && this.ctx.scope.kind === "module") return `${ln}$R.printExpr(${this.expr(s.value)});\n`;
        {
          // `d[k]` / `int(s)` caught by this frame: no JS throw (exc-jump.ts)
          const jv = jumpValue(this, s.value);
          if (jv !== null) return ln + jv.pre;
        }
        return ln + this.expr(s.value) + ";\n";
      case "Assign": {
        if (s.targets.length === 1) {
          const t = s.targets[0];
          if (t._type === "Name") {
            const jv = jumpValue(this, s.value);
            if (jv !== null) {
              this.forbidden(t.id, t);
              return ln + jv.pre + this.storeName(t.id, jv.val) + "\n";
            }
            const v = fusedAssign(this, t.id, s.value) ?? this.expr(s.value);
            this.forbidden(t.id, t);
            return ln + this.storeName(t.id, v) + "\n";
          }
        }
        const iw = itemwiseAssign(this, s);
        if (iw !== null) return ln + iw + "\n";
        const tmp = this.ctx.temp();
        let out = `${ln}${tmp} = ${this.expr(s.value)}; `;
        for (const t of s.targets) out += this.assign(t, tmp) + " ";
        return out + "\n";
      }
      case "AugAssign":
        return ln + this.augAssign(s) + "\n";
      case "AnnAssign": {
        // compile.c compiler_annassign: the value is assigned first, the annotation
        // evaluated last, and only in a module or class body
        let out = ln;
        const t = s.target;
        const inFunction = this.ctx.scope.kind === "function";
        if (s.value && t._type === "Name") out += this.assign(t, this.expr(s.value));
        else if (s.value) {
          const v = this.ctx.temp();
          out += `${v} = ${this.expr(s.value)}; ${this.assign(t, v)}`;
        }
        if (t._type === "Name") this.forbidden(t.id, s);
        if (t._type === "Attribute") this.forbidden(t.attr, s);
        if (t._type === "Name" && s.simple) {
          if (inFunction) return out + "\n";
          const ann = this.ctx.temp();
          out += ` ${ann} = ${this.annotation(s.annotation)}; $R.setitem(${this.loadName("__annotations__")}, ${JSON.stringify(this.mangled(t.id))}, ${ann});`;
          return out + "\n";
        }
        // check_ann_expr / check_ann_subscr: without a value the target's parts are evaluated
        if (!s.value && t._type === "Attribute") out += ` ${this.expr(t.value)};`;
        if (!s.value && t._type === "Subscript") out += ` ${this.expr(t.value)}; ${this.expr(t.slice)};`;
        if (!inFunction && !this.stringAnnotations) out += ` ${this.expr(s.annotation)};`;
        return out + "\n";
      }
      case "Pass":
        // a line of its own for f_lineno (3.11 emits a NOP with the line)
        return `${ln}\n`;
      case "Return":
        if (this.ctx.scope.kind !== "function") this.error("'return' outside function", s);
        if (this.ctx.starLoops >= 0) this.error(STAR_EXIT, s);
        if (s.value && this.ctx.asyncKind === "agen") this.error("'return' with value in async generator", s);
        {
          const jv = s.value ? jumpValue(this, s.value) : null;
          if (jv !== null) return `${ln}${jv.pre}${this.returnJs(jv.val)}\n`;
        }
        return `${ln}${this.returnJs(s.value ? this.expr(s.value) : "null")}\n`;
      case "If": {
        let out = `${ln}if (${condExpr(this, s.test)}) {\n${this.block(s.body)}}`;
        if (s.orelse.length) out += ` else {\n${this.block(s.orelse)}}`;
        return out + "\n";
      }
      case "While": {
        const lbl = this.ctx.label();
        this.ctx.loops.push({ breakLabel: lbl });
        const body = this.block(s.body);
        this.ctx.loops.pop();
        return `${lbl}: {\nwhile (true) { ${ln}if (!${condExpr(this, s.test)}) break;\n${body}}\n${this.block(s.orelse)}}\n`;
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
        return `${ln}${l.breakJs ?? `break ${l.breakLabel};`}\n`;
      }
      case "Continue": {
        if (this.ctx.starLoops >= 0 && this.ctx.loops.length <= this.ctx.starLoops) this.error(STAR_EXIT, s);
        if (!this.ctx.loops.length) this.error("'continue' not properly in loop", s);
        return `${ln}${this.ctx.loops[this.ctx.loops.length - 1].continueJs ?? "continue;"}\n`;
      }
      case "Delete": {
        let out = ln;
        for (const t of s.targets) out += this.deleteTarget(t);
        return out + "\n";
      }
      case "Assert": {
        const w = assertWarning(s.test);
        if (w) this.warn(w, s);
        if ((this.opts.optimize ?? 0) >= 1) return "";
        return `${ln}if (!${condExpr(this, s.test)}) throw $R.assertionError(${s.msg ? this.expr(s.msg) : "undefined"});\n`;
      }
      case "Raise": {
        const jr = jumpFrom(this);
        if (!s.exc) {
          const re = `$R.reraise(${this.ctx.handlers.length ? this.ctx.handlers[this.ctx.handlers.length - 1] : "undefined"})`;
          return jr === null ? `${ln}throw ${re};\n` : `${ln}${jumpJs(this, jr, re)}\n`;
        }
        const exc = `$R.mkraise(${this.expr(s.exc)}, ${s.cause ? this.expr(s.cause) : "undefined"})`;
        // a handler of this frame catches it: go there without a JS throw (exc-jump.ts)
        if (jr !== null) return `${ln}${jumpJs(this, jr, exc)}\n`;
        const c = this.ctx;
        // no handler of this frame can see it: leave the frame's try by `break` and
        // throw once, past the frame's own catch (wrapFunction): one V8 throw, not two
        if (c.fastReturn && c.finallyDepth === 0 && c.tryDepth === 0) {
          c.raiseOut = true;
          return `${ln}$rx = ${exc}; break $out;\n`;
        }
        return `${ln}throw ${exc};\n`;
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
          this.forbidden(a.asname ?? a.name.split(".")[0], s);
          if (a.asname) out += this.storeName(a.asname, `$R.importModule(${JSON.stringify(a.name)}, true)`);
          else out += this.storeName(a.name.split(".")[0], `$R.importModule(${JSON.stringify(a.name)}, false)`);
        }
        return out + "\n";
      }
      case "ImportFrom": {
        // compile.c compiler_from_import: a future import after the leading ones
        if (s.module === "__future__" && s.lineno > this.futureLine) this.error("from __future__ imports must occur at the beginning of the file", s);
        const m = this.ctx.temp();
        let out = `${ln}${m} = $R.importModule(${JSON.stringify(s.module ?? "")}, true, ${s.level ?? 0}, $G);`;
        for (const a of s.names) {
          if (a.name !== "*") this.forbidden(a.asname ?? a.name, s);
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
        this.forbidden(t.id, t, true);
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
    // `x += k` with a small int literal k: the int case inline (int-inline.ts)
    const k = fast !== undefined ? smallIntLiteral(s.value) : null;
    const apply = (cur: string, val: string) =>
      fast !== undefined ? (k !== null && inlineIntBinop(this, op, cur, k, (t) => `$R.${fast}(${t}, ${val})`)) || `$R.${fast}(${cur}, ${val})` : `$R.inplace(${cur}, ${val}, $R.OPS.${op})`;
    const t = s.target;
    // `x -= e` / `o[k] += e` on floats: fused (float-fuse.ts) with the ordinary code as fallback
    const plan = fast !== undefined && this.fuseOff === 0 && (t._type === "Name" || t._type === "Subscript") ? planFloat(this, { _type: "BinOp", left: t, op: s.op, right: s.value, lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset }) : null;
    if (plan !== null) this.fuseOff++;
    if (t._type === "Name" && plan === null && jumpable(this, s.value)) {
      // `t += d[k]` caught by this frame (exc-jump.ts): t is read first, as in Python
      const cur = this.ctx.temp();
      const load = `${cur} = ${this.loadName(t.id)}; `;
      const jv = jumpValue(this, s.value);
      if (jv !== null) {
        this.forbidden(t.id, t);
        return load + jv.pre + this.storeName(t.id, apply(cur, jv.val));
      }
    }
    if (t._type === "Name") {
      let value = apply(this.loadName(t.id), this.expr(s.value));
      if (plan !== null) value = `(${plan.cond} ? ${fusedResult(this, t.id, plan.value)} : ${value})`;
      this.forbidden(t.id, t);
      if (plan !== null) this.fuseOff--;
      return this.storeName(t.id, value);
    }
    if (t._type === "Attribute") {
      const o = this.ctx.temp();
      const name = JSON.stringify(this.mangled(t.attr));
      return `${o} = ${this.expr(t.value)}; $R.sa(${o}, ${name}, ${apply(`$R.ga(${o}, ${name}, ${this.newIC()})`, this.expr(s.value))}, ${this.newIC()});`;
    }
    if (t._type === "Subscript") {
      const o = this.ctx.temp();
      const k = this.ctx.temp();
      const slow = `${o} = ${this.expr(t.value)}; ${k} = ${this.expr(t.slice)}; $R.setitem(${o}, ${k}, ${apply(`$R.getitem(${o}, ${k})`, this.expr(s.value))});`;
      if (plan === null) return slow;
      this.fuseOff--;
      // the plan's first check read o[k] from an exact list: the store goes to that slot
      const idx = (t.slice as A.Constant).value as bigint;
      return `if (${plan.cond}) ${pureRead(this, t.value)}.a[${idx}] = ${fusedResult(this, null, plan.value)}; else { ${slow} }`;
    }
    this.error("'" + t._type.toLowerCase() + "' is an illegal expression for augmented assignment", t);
  }

  forStmt(s: A.For): string {
    const lbl = this.ctx.label();
    const it = this.ctx.temp();
    const v = this.ctx.temp();
    const closes = s.iter._type === "Call" || s.iter._type === "GeneratorExp";
    if (closes) this.ctx.finallyDepth++;
    this.ctx.loops.push({ breakLabel: lbl });
    const body = this.block(s.body);
    this.ctx.loops.pop();
    const orelse = this.block(s.orelse);
    if (closes) this.ctx.finallyDepth--;
    // $ln is reset before each __next__ so an error raised by the iterator is reported
    // at the `for` line, as CPython does (gen-sm.ts does the same)
    const loop = `${it} = ${closes ? "$R.getIterTmp($R.genMark(), " : "$R.getIter("}${constSetJs(this, s.iter, true) ?? this.expr(s.iter)});\n${lbl}: {\nwhile (($ln = ${s.lineno}, ${v} = ${it}.$next()) !== undefined) { ${this.assign(s.target, v)}\n${body}}\n${orelse}}\n`;
    // A generator made just for this loop is referenced by nothing else: CPython's
    // refcounting closes it as soon as the loop is left, running its `finally`.
    if (closes) return `try {\n${loop}} finally { $R.closeTemp(${it}); }\n`;
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
    const fin = s.finalbody.length > 0;
    // where an exception leaving an except clause can jump (exc-jump.ts): not past a finally
    const outer = fin ? null : outerTarget(this);
    if (fin) this.ctx.finallyDepth++;
    if (s.handlers.length) {
      const e = this.ctx.temp();
      const ok = s.orelse.length ? this.ctx.temp() : null;
      // handlers left only at their end need no JS `finally` for their cleanup: an
      // exception from one then unwinds through one handler instead of three
      const plain = !this.ctx.isGenerator && s.handlers.every((hd) => leavesOnlyAtEnd(hd.body));
      const mi = plain && s.handlers.some((hd) => hd.name) ? this.ctx.temp() : null;
      let clears = "";
      let h = "";
      for (const [k, hd] of s.handlers.entries()) {
        if (hd.name) this.forbidden(hd.name, hd);
        // compile.c compiler_try_except
        if (!hd.type && hd !== s.handlers[s.handlers.length - 1]) this.error("default 'except:' must be last", hd);
        this.ctx.handlers.push(e);
        // a jump out of a plain clause does what its catch ($h) does; a JS finally does it otherwise
        const leave = plain ? `${hd.name ? this.clearName(hd.name) + " " : ""}$R.excLeave(); ` : "";
        let body = clauseBody(this, outer, e, leave, plain, () => (plain ? this.tryBody(hd.body) : this.block(hd.body)));
        this.ctx.handlers.pop();
        if (hd.name && plain) {
          body = `${mi} = ${k}; ${this.storeName(hd.name, e)}\n${body}${this.clearName(hd.name)}\n`;
          clears += `if (${mi} === ${k}) { ${this.clearName(hd.name)} } `;
        } else if (hd.name) body = `${this.storeName(hd.name, e)}\ntry {\n${body}} finally { ${this.clearName(hd.name)} }\n`;
        // the frame is at the except clause's line while it is tested (f_lineno)
        const cond = hd.type ? `($ln = ${hd.lineno}, $R.excMatch(${e}, ${this.atLine(hd.lineno, () => this.expr(hd.type!))}))` : "true";
        h += `${h ? " else " : ""}if (${cond}) {\n${body}}`;
      }
      const uj = unmatchedJump(outer, e, plain ? "$R.excLeave(); " : "");
      h += uj === null ? ` else throw ${e};` : ` else ${jumpJs(this, uj, e)}`;
      const handle = plain
        ? `${mi ? `${mi} = -1; ` : ""}try {\n${h}\n} catch ($h) { ${clears}$R.excLeave(); throw $R.excChain($h, ${e}); }\n$R.excLeave(); }\n`
        : `try {\n${h}\n} catch ($h) { throw $R.excChain($h, ${e}); } finally { $R.excLeave(); } }\n`;
      // a body that jumps to the handlers (exc-jump.ts) runs them after a labelled block
      const lbl = this.ctx.label();
      const tb = targetBody(this, lbl, e, () => this.tryBody(s.body));
      const catchE = `catch ($e) { ${e} = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()});`;
      if (tb.used) inner = `${e} = undefined; ${ok ? `${ok} = false; ` : ""}${lbl}: { try {\n${tb.body}${ok ? `${ok} = true;\n` : ""}} ${catchE} } }\nif (${e} !== undefined) { $R.excEnter(${e});\n${handle}`;
      else inner = `${ok ? `${ok} = false; ` : ""}try {\n${tb.body}${ok ? `${ok} = true;\n` : ""}} ${catchE} $R.excEnter(${e});\n${handle}`;
      if (ok) inner += `if (${ok}) {\n${this.block(s.orelse)}}\n`;
    } else inner = `{\n${this.block(s.body)}}\n`;
    if (fin) this.ctx.finallyDepth--;
    if (fin) return this.finallyWrap(inner, s.finalbody);
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
    const fin = s.finalbody.length > 0;
    if (fin) this.ctx.finallyDepth++;
    let h = `${w} = $R.starWrap(${e}); ${rest} = ${w}; ${raised} = [];\n`;
    for (const hd of s.handlers) {
      if (hd.name) this.forbidden(hd.name, hd);
      this.ctx.handlers.push(m);
      const outerStar = this.ctx.starLoops;
      this.ctx.starLoops = this.ctx.loops.length;
      let body = this.tryBody(hd.body);
      this.ctx.starLoops = outerStar;
      this.ctx.handlers.pop();
      if (hd.name) body = `${this.storeName(hd.name, m)}\ntry {\n${body}} finally { ${this.clearName(hd.name)} }\n`;
      h += `[${m}, ${rest}] = $R.starSplit(${rest}, ${hd.type ? this.expr(hd.type) : "null"});\nif (${m} !== null) { $R.excEnter(${m}); try {\n${body}} catch ($h) { ${raised}.push($R.caught($h)); } finally { $R.excLeave(); } }\n`;
    }
    h += `$R.starReraise(${e}, ${w}, ${rest}, ${raised});\n`;
    let inner = `${ok ? `${ok} = false; ` : ""}try {\n${this.tryBody(s.body)}${ok ? `${ok} = true;\n` : ""}} catch ($e) { ${e} = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()});\n${h}}\n`;
    if (ok) inner += `if (${ok}) {\n${this.block(s.orelse)}}\n`;
    if (fin) this.ctx.finallyDepth--;
    if (fin) return this.finallyWrap(inner, s.finalbody);
    return inner;
  }

  /** Statements inside a JS `try` whose `catch` handles Python exceptions: a `raise`
   * there must throw (see the Raise case). */
  tryBody(body: A.stmt[]): string {
    this.ctx.tryDepth++;
    const out = this.block(body);
    this.ctx.tryDepth--;
    return out;
  }

  /** `finally`: run on every exit; while an exception is pending it is the one being
   * handled (sys.exc_info(), and the __context__ of anything the block raises). */
  finallyWrap(inner: string, finalbody: A.stmt[]): string {
    const fx = this.ctx.temp();
    // a bare `raise` in the block re-raises the pending exception, else the handled one
    const hs = this.ctx.handlers;
    hs.push(`(${fx} ?? ${hs.length ? hs[hs.length - 1] : "undefined"})`);
    const body = this.tryBody(finalbody);
    hs.pop();
    // the pending exception's traceback entry keeps the line it was raised at
    return `${fx} = undefined; try {\n${inner}} catch ($e) { ${fx} = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()}); throw ${fx}; } finally {\nif (${fx} !== undefined) $R.excEnter(${fx});\ntry {\n${body}} catch ($g) { throw $R.excChain($g, ${fx}); } finally { if (${fx} !== undefined) $R.excLeave(); }\n}\n`;
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
    this.ctx.finallyDepth++;
    const inner = this.withStmt(items, i + 1, body, isAsync);
    this.ctx.finallyDepth--;
    if (isAsync) {
      const val = `(yield* $R.awaitGen($R.awithEnter(${mgr}, (f) => { ${exit} = f; })))`;
      const bind = item.optional_vars ? this.assign(item.optional_vars, val) : `${val};`;
      return `${mgr} = ${this.expr(item.context_expr)}; ${bind} ${ok} = true;
try {
${inner}} catch ($e) { ${ok} = false; const $x = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()}); if (!$R.truthy(yield* $R.awithExitExc(${exit}, $x))) throw $x; }
finally { if (${ok}) yield* $R.awaitGen($R.awithExit(${exit}, null)); }\n`;
    }
    const val = `$R.withEnter(${mgr}, (f) => { ${exit} = f; })`;
    const bind = item.optional_vars ? this.assign(item.optional_vars, val) : `${val};`;
    // __exit__ runs at the with statement's line; the body's exception keeps its own
    const wl = `$ln = ${item.context_expr.lineno};`;
    return `${mgr} = ${this.expr(item.context_expr)}; ${bind} ${ok} = true;
try {
${inner}} catch ($e) { ${ok} = false; const $x = $R.caught($e, $C[${this.ctx.codeIndex}], $ln${this.recArg()}), $lb = $ln; ${wl} if (!$R.withExit(${exit}, $x)) { $ln = $lb; throw $x; } }
finally { if (${ok}) { ${wl} $R.withExit(${exit}, null); } }\n`;
  }

  matchStmt(s: A.Match): string {
    const subj = this.ctx.temp();
    let out = `${subj} = ${this.expr(s.subject)};\n`;
    const lbl = this.ctx.label();
    out += `${lbl}: {\n`;
    const checker = new PatternChecker(this.filename);
    s.cases.forEach((c, i) => {
      // captures go to temporaries and are stored only once the whole pattern has
      // matched, in CPython's order (compiler_match_inner), before the guard runs
      const names = checker.casePattern(c.pattern, c.guard != null || i === s.cases.length - 1);
      this.patTemps = new Map(names.map((n) => [n, this.ctx.temp()]));
      const cond = this.pattern(c.pattern, subj);
      const stores = names.map((n) => this.storeName(n, this.patTemps.get(n)!)).join(" ");
      const body = `${this.block(c.body)}break ${lbl};\n`;
      out += `if (${cond}) {\n${stores}\n${c.guard ? `if ($R.truthy(${this.expr(c.guard)})) {\n${body}}\n` : body}}\n`;
    });
    return out + "}\n";
  }

  /** name -> temporary holding its capture, for the case being compiled */
  patTemps = new Map<string, string>();

  /** A JS boolean expression that tests `subj` against a pattern, capturing into temporaries. */
  pattern(p: A.pattern, subj: string): string {
    const bindExpr = (name: string, v: string) => `((${this.patTemps.get(name)} = ${v}), true)`;
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
        // all keys are evaluated and looked up before any value is matched (MATCH_KEYS)
        const parts: string[] = [`$R.isMapping(${subj})`];
        const keys = this.ctx.temp();
        const vals = this.ctx.temp();
        if (p.keys.length || p.rest) parts.push(`(${keys} = [${p.keys.map((k) => this.expr(k)).join(", ")}], true)`);
        if (p.keys.length) parts.push(`(${vals} = $R.matchKeys(${subj}, ${keys})) !== null`);
        p.patterns.forEach((q, i) => parts.push(this.pattern(q, `${vals}[${i}]`)));
        if (p.rest) parts.push(bindExpr(p.rest, `$R.matchRest(${subj}, ${keys})`));
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchClass": {
        // every attribute is fetched before any sub-pattern is matched (MATCH_CLASS)
        const vals = this.ctx.temp();
        const kwd = p.kwd_attrs.length ? this.kwnamesConst(p.kwd_attrs) : "[]";
        const parts: string[] = [`(${vals} = $R.matchClass(${subj}, ${this.expr(p.cls)}, ${p.patterns.length}, ${kwd})) !== null`];
        [...p.patterns, ...p.kwd_patterns].forEach((q, i) => parts.push(this.pattern(q, `${vals}[${i}]`)));
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
    const code = this.addCode(scope, name, node._type === "Lambda" ? node.lineno : firstLine(node));
    const outer = this.ctx;
    this.ctx = new FnCtx(scope, code, outer);
    this.ctx.fastReturn = !this.ctx.isGenerator && this.opts.frameRecords !== true;
    planUnboxed(this, node);
    // a generator whose yields are all statements of plain if/while/for: a state machine
    if (node._type === "FunctionDef" && this.ctx.isGenerator && this.ctx.asyncKind === null && this.opts.frameRecords !== true && smEligible(node.body)) this.ctx.sm = new SmEmitter(this);
    const body = this.ctx.sm !== null ? this.ctx.sm.compile((node as A.FunctionDef).body) : node._type === "Lambda" ? `${this.returnJs(this.atLine(node.lineno, () => this.expr(node.body)))}\n` : this.block(node.body) + this.returnJs("null") + "\n";
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
    const sm = this.ctx.sm;
    if (sm !== null) {
      // gen-sm.ts; `$m !== 0`: an exception thrown in at the suspended yield
      const fn = `function ${this.jsFnName(code)}($m, $v, $gn) {\ntry {\nif ($m !== 0) throw $v;\n${body}} catch ($e) { ${sm.closers()}throw $R.tb($e, $C[${code}], $ln); }\n}`;
      return `function (${params.join(", ")}) {\nlet $ln = ${line};\n${pro}${lets}let $st = 0;\nreturn $R.mksm(${fn}, $C[${code}], () => ${frameLocalsExpr(scope)}, () => $ln);\n}`;
    }
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
    if (this.ctx.fastReturn) {
      // returns restore the depth (returnJs); an exception restores it in the catch,
      // and a `finally` is kept only when Python code may run after a return
      const out = this.ctx.raiseOut;
      // a caller that handles the exception itself may take it as a return (exc-jump.ts)
      const soft = out && markSoft(this, code);
      const head = `function ${this.jsFnName(code)}(${params.join(", ")}) {\nlet $ln = ${line};\n${soft ? "const $sf = $S.soft; $S.soft = false;\n" : ""}${pro}${lets}${out ? "let $rx;\n" : ""}const $d = ++$S.depth;\n${out ? "$out: {\n" : ""}try {\nif ($d > $S.limit) $R.recursionError();\n${body}}`;
      const tail = out ? `}\n$S.depth = $d - 1; ${soft ? `if ($sf) return $R.softRaise($R.tb($rx, $C[${code}], $ln)); ` : ""}throw $R.tb($rx, $C[${code}], $ln);\n}` : "\n}";
      if (this.ctx.slowReturn) return `${head} catch ($e) { throw $R.tb($e, $C[${code}], $ln); } finally { $S.depth = $d - 1; }${tail}`;
      return `${head} catch ($e) { $S.depth = $d - 1; throw $R.tb($e, $C[${code}], $ln); }${tail}`;
    }
    return `function ${this.jsFnName(code)}(${params.join(", ")}) {\nlet $ln = ${line};\n${pro}${lets}${fr}try {\n${this.stackPush()} if ($d > $S.limit) $R.recursionError();\n${body}} catch ($e) { throw $R.tb($e, $C[${code}], $ln${recs ? ", $fr" : ""}); } finally { ${this.stackPop()} }\n}`;
  }

  /** `return value;` of the scope being compiled (`value` is JS). A fastReturn frame
   * leaves the shadow stack here, after the value is computed. */
  returnJs(value: string): string {
    const c = this.ctx;
    if (c.sm !== null) return c.sm.returnJs(value);
    if (!c.fastReturn) return `return ${value};`;
    if (c.finallyDepth > 0) {
      c.slowReturn = true;
      return `return ${value};`;
    }
    return `{ const $r = ${value}; $S.depth = $d - 1; return $r; }`;
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
    this.checkDebugArgs(s.args, s);
    const decos = this.decorators(s.decorator_list);
    let f = this.makeFunction(s, s.name);
    if (decos.length) f = this.decorate(s.decorator_list, decos, f, s.lineno);
    this.forbidden(s.name, s);
    return this.storeName(s.name, f) + "\n";
  }

  /** The decorator expressions, each evaluated at its own line. */
  decorators(list: A.expr[]): string[] {
    return list.map((d) => `($ln = ${d.lineno}, ${this.atLine(d.lineno, () => this.expr(d))})`);
  }

  /** Decorator calls, innermost first. Each decorator is evaluated and called at
   * its own line, the function or class made at the def line (compile.c
   * compiler_decorators / compiler_apply_decorators): tracebacks show `@deco`. */
  decorate(list: A.expr[], decos: string[], made: string, defLine: number): string {
    let f = `($ln = ${defLine}, ${made})`;
    for (let i = decos.length - 1; i >= 0; i--) f = `$R.c1(${decos[i]}, [${f}, $ln = ${list[i].lineno}][0])`;
    return f;
  }

  classDef(s: A.ClassDef): string {
    const scope = this.scopes.get(s)!;
    const decos = this.decorators(s.decorator_list);
    const bases = s.bases.map((b) => (b._type === "Starred" ? `...$R.toArray(${this.expr(b.value)})` : this.expr(b)));
    // `**mapping` keywords are spread into the same name, value list
    const kwjs = `[${s.keywords.map((k) => (k.arg === null ? `...$R.classKw(${this.expr(k.value)})` : `${JSON.stringify(k.arg)}, ${this.expr(k.value)}`)).join(", ")}]`;
    const code = this.addCode(scope, s.name, firstLine(s));
    const outer = this.ctx;
    this.ctx = new FnCtx(scope, code, outer);
    this.classNames.push(s.name);
    let body = `$R.nsSet($ns, "__module__", $lg("__name__")); $R.nsSet($ns, "__qualname__", ${JSON.stringify(scope.qualname)});\n`;
    const doc = this.docstring(s.body);
    if (doc !== "null") body += `$R.nsSet($ns, "__doc__", ${doc});\n`;
    if (findAnn(s.body)) body += `$R.setupAnnotations($ns);\n`;
    body += this.block(s.body);
    this.classNames.pop();
    const temps = this.ctx.temps.length ? `let ${this.ctx.temps.join(", ")};\n` : "";
    const cell = scope.needsClassClosure ? "const c___class__ = new $R.PyCell(undefined);\n" : "";
    // the cell goes to type.__new__ as __classcell__ (compile.c compiler_class)
    const ret = scope.needsClassClosure ? `$R.nsSet($ns, "__classcell__", c___class__); return c___class__;` : "return null;";
    const recs = this.opts.frameRecords === true;
    const fr = recs ? `const $fr = ${this.frameRec(code, "$G")};\n` : "";
    this.ctx = outer;
    let fn = `function ${this.jsFnName(code)}($ns) {\n${cell}${temps}let $ln = ${s.lineno};\n${fr}${this.stackPush()}\ntry {\n${body}${ret}\n} catch ($e) { throw $R.tb($e, $C[${code}], $ln${recs ? ", $fr" : ""}); } finally { ${this.stackPop()} }\n}`;
    if (scope.needsClassClosure && scope.symbols.get("__class__") === Sc.FREE) fn = `(($outer___class__) => ${fn})(c___class__)`;
    // LOAD_BUILD_CLASS: a custom `__builtins__` (exec) must provide __build_class__
    let c = `($bm === $R.builtinsMap || $R.needBuildClass($bm), $R.buildClass(${fn}, ${JSON.stringify(s.name)}, [${bases.join(", ")}], ${kwjs}, $C[${code}]))`;
    if (decos.length) c = this.decorate(s.decorator_list, decos, c, s.lineno);
    this.forbidden(s.name, s);
    return this.storeName(s.name, c) + "\n";
  }

  /** The factories go on their code objects; called with `$ns === $C`, the module
   * only returns them (indexed by code), bound to the `$G` it was given: that is how
   * a function's code runs against another globals dict (runtime closures.ts). */
  factoryTable(): string {
    const list = this.factoryCodes.map((k) => `${k}: $F${k}`).join(", ");
    return `if ($ns === $C) return {${list}};\n${this.factoryCodes.map((k) => `$C[${k}].$make = $F${k};\n${isSoft(this, k) ? `$C[${k}].$soft = true;\n` : ""}`).join("")}`;
  }

  // ---- the module ----
  compile(): CompiledModule {
    const scope = this.scopes.get(this.mod)!;
    const code = this.addCode(scope, "<module>", 1);
    this.ctx = new FnCtx(scope, code, null);
    let body = "";
    const doc = this.docstring(this.mod.body);
    if (doc !== "null") body += `$gm.set("__doc__", ${doc});\n`;
    if (findAnn(this.mod.body)) body += `$R.setupAnnotations(${this.nsMode ? "$ns" : "$G"});\n`;
    if (this.opts.evalMode) {
      const only = this.mod.body[0];
      if (this.mod.body.length !== 1 || only._type !== "Expr") this.error("invalid syntax", only ?? { lineno: 1, col_offset: 0 });
      body = `return ${this.expr(only.value)};\n`;
    } else body += this.block(this.mod.body);
    const recs = this.opts.frameRecords === true;
    const temps = this.ctx.temps.length ? `let ${this.ctx.temps.join(", ")};\n` : "";
    const js = `"use strict";
const $gm = $R.nsMap($G), $bm = $R.builtinsOf($G), $S = $R.state;
function $lg(n) { let v = $gm.get(n); if (v === undefined) { v = $bm.get(n); if (v === undefined) $R.nameError(n); } return v; }
function $lgx(n) { let v = $gm.get(n); if (v === undefined) { v = $bm.get(n); if (v === undefined) $R.nameError(n); } return v; }
function $lgc(n, c) { const g = c.g; if (g !== null) { let v = g.v; if (v !== undefined || (v = c.b.v) !== undefined) return v; } const v = $R.gfill(n, c, $gm, $bm); return v !== undefined ? v : $R.nameError(n); }
${this.globalSites.size ? `const ${Array.from(this.globalSites.values(), (g) => `${g} = $R.gsite()`).join(", ")};\n` : ""}${[...this.kwConsts].map(([k, v]) => `const ${v} = ${k};\n`).join("")}${this.icCount ? `const ${Array.from({ length: this.icCount }, (_, i) => `$ic${i} = $R.ic()`).join(", ")};\n` : ""}${this.factories.join("")}${this.factoryTable()}$C[${code}].$globals ??= $G;
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
