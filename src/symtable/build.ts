// Pass 1 of scope analysis (symtable.c symtable_visit_*): walk the AST once, open a
// ScopeEntry for every module, class, function, lambda and comprehension, and record
// raw facts about each name in the entry where it appears (bound here, used here,
// parameter, declared global/nonlocal, imported, annotated). Nothing is decided yet;
// analyze.ts does that once every block is known. Visiting order is CPython's, because
// it fixes the order of children and which of two errors is reported.
import type {
  Expression, Interactive, Module, Node, alias, arg, arguments as Arguments, comprehension, excepthandler, expr, match_case, pattern, stmt,
} from "../ast/nodes.js";
import { raise } from "../runtime/raise.js";
import { BlockType, ComprehensionKind, SymbolFlag } from "./flags.js";
import { ScopeEntry } from "./entry.js";
import type { FutureFeatures } from "./future.js";
import { mangle } from "./mangle.js";
import * as E from "./errors.js";

type Comprehension = Extract<expr, { _type: "ListComp" | "SetComp" | "DictComp" | "GeneratorExp" }>;
type FunctionNode = Extract<stmt, { _type: "FunctionDef" | "AsyncFunctionDef" }>;

/** symtable.c counts stmt/expr/pattern visits against 3 x the recursion limit (1000),
 *  starting from 3 x the Python frames already running: 3 of them when
 *  symtable.symtable() is called from a script like shared/tools/symtable_dump.py, so
 *  2991 visits are allowed there (checked by tests/symtable/cli.test.ts). */
const RECURSION_LIMIT = 2991;

export interface Pass1Result {
  top: ScopeEntry;
  blocks: Map<Node, ScopeEntry>;
}

export class SymtableBuilder {
  /** the block being visited (st_cur) and the ones around it (st_stack) */
  private stack: ScopeEntry[] = [];
  private cur!: ScopeEntry;
  /** the module block: `global` declarations are recorded there too (st_global) */
  private global!: ScopeEntry;
  /** the innermost class name, for mangling (st_private) */
  private privateName: string | null = null;
  private depth = 0;
  readonly blocks = new Map<Node, ScopeEntry>();

  constructor(private readonly filename: string, private readonly future: FutureFeatures) {}

  build(mod: Module | Expression | Interactive): Pass1Result {
    const top = this.enterBlock("top", BlockType.ModuleBlock, mod, 0, 0);
    this.global = top;
    if (mod._type === "Expression") this.visitExpr(mod.body);
    else for (const s of mod.body) this.visitStmt(s);
    this.exitBlock();
    return { top, blocks: this.blocks };
  }

  // ---- blocks (symtable_enter_block / symtable_exit_block) ----

  private enterBlock(name: string, type: BlockType, node: Node, lineno: number, colOffset: number): ScopeEntry {
    const prev = this.stack.length ? this.cur : null;
    const ste = new ScopeEntry(type, name, node, lineno, colOffset);
    ste.privateName = type === BlockType.ClassBlock ? name : this.privateName;
    ste.annotationsAreStrings = this.future.annotations;
    // ste_nested: somewhere inside a function (a class inside a function counts)
    if (prev && (prev.nested || prev.blockType === BlockType.FunctionBlock)) ste.nested = true;
    // bpo-37757: no walrus anywhere inside a comprehension's iterable, even in a nested scope
    if (prev) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    // An annotation block is on the stack while its annotation is visited, but no one
    // lists it as a child: what it records is thrown away.
    if (type === BlockType.AnnotationBlock) return ste;
    this.blocks.set(node, ste);
    if (prev) {
      prev.children.push(ste);
      ste.parent = prev;
    }
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  // ---- names (symtable_add_def_helper / symtable_lookup) ----

  private addDef(name: string, flag: number, at: E.Span, ste: ScopeEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = ste.symbols.get(mangled);
    let val: number;
    if (old !== undefined) {
      if (flag & SymbolFlag.DEF_PARAM && old & SymbolFlag.DEF_PARAM) throw this.error(E.DUPLICATE_ARGUMENT(name), at);
      val = old | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // a comprehension's iteration variable: it may not be a walrus target of an inner scope
      if (val & (SymbolFlag.DEF_GLOBAL | SymbolFlag.DEF_NONLOCAL)) throw this.error(E.NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), at);
      val |= SymbolFlag.DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & SymbolFlag.DEF_PARAM) {
      ste.paramNames.push(mangled);
    } else if (flag & SymbolFlag.DEF_GLOBAL) {
      // the module learns of every `global x`, from however deep it comes
      this.global.symbols.set(mangled, flag | (this.global.symbols.get(mangled) ?? 0));
    }
  }

  private lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, at: E.Span): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) {
      this.cur.directives.set(mangled, { lineno: at.lineno, colOffset: at.col_offset, endLineno: at.end_lineno ?? null, endColOffset: at.end_col_offset ?? null });
    }
  }

  private error(msg: string, at: E.Span): Error {
    return E.syntaxErrorAt(msg, at, this.filename);
  }

  private enterVisit(): void {
    if (++this.depth > RECURSION_LIMIT) raise("RecursionError", E.RECURSION);
  }

  // ---- statements (symtable_visit_stmt) ----

  private visitStmts(body: stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(list: (expr | null)[]): void {
    for (const e of list) if (e) this.visitExpr(e);
  }

  private visitStmt(s: stmt): void {
    this.enterVisit();
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.visitFunctionDef(s);
        break;
      case "ClassDef": {
        this.addDef(s.name, SymbolFlag.DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.ClassBlock, s, s.lineno, s.col_offset);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        if (s.target._type === "Name") {
          const target = s.target;
          const cur = this.lookup(target.id);
          if (cur & (SymbolFlag.DEF_GLOBAL | SymbolFlag.DEF_NONLOCAL) && this.cur !== this.global && s.simple) {
            throw this.error(cur & SymbolFlag.DEF_GLOBAL ? E.GLOBAL_ANNOT(target.id) : E.NONLOCAL_ANNOT(target.id), s);
          }
          // A parenthesised target `(x): int` is not "simple": it binds x only with a value.
          if (s.simple) this.addDef(target.id, SymbolFlag.DEF_ANNOT | SymbolFlag.DEF_LOCAL, target);
          if (s.value) this.addDef(target.id, SymbolFlag.DEF_LOCAL, target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) this.visitMatchCase(c);
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        // 3.11 visits the else block before the handlers
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal":
        this.visitDeclaration(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
    this.depth--;
  }

  private visitFunctionDef(s: FunctionNode): void {
    this.addDef(s.name, SymbolFlag.DEF_LOCAL, s);
    // defaults, annotations and decorators are evaluated where the def stands
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitAnnotations(s, s.args, s.returns);
    this.visitExprs(s.decorator_list);
    const ste = this.enterBlock(s.name, BlockType.FunctionBlock, s, s.lineno, s.col_offset);
    if (s._type === "AsyncFunctionDef") ste.isCoroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  /** `global` / `nonlocal`: the name must not already be used, bound or annotated here. */
  private visitDeclaration(s: Extract<stmt, { _type: "Global" | "Nonlocal" }>): void {
    const isGlobal = s._type === "Global";
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (SymbolFlag.DEF_PARAM | SymbolFlag.DEF_LOCAL | SymbolFlag.USE | SymbolFlag.DEF_ANNOT)) {
        let msg: string;
        if (cur & SymbolFlag.DEF_PARAM) msg = isGlobal ? E.GLOBAL_PARAM(name) : E.NONLOCAL_PARAM(name);
        else if (cur & SymbolFlag.USE) msg = isGlobal ? E.GLOBAL_AFTER_USE(name) : E.NONLOCAL_AFTER_USE(name);
        else if (cur & SymbolFlag.DEF_ANNOT) msg = isGlobal ? E.GLOBAL_ANNOT(name) : E.NONLOCAL_ANNOT(name);
        else msg = isGlobal ? E.GLOBAL_AFTER_ASSIGN(name) : E.NONLOCAL_AFTER_ASSIGN(name);
        throw this.error(msg, s);
      }
      this.addDef(name, isGlobal ? SymbolFlag.DEF_GLOBAL : SymbolFlag.DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitExceptHandler(h: excepthandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, SymbolFlag.DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  private visitMatchCase(m: match_case): void {
    this.visitPattern(m.pattern);
    if (m.guard) this.visitExpr(m.guard);
    this.visitStmts(m.body);
  }

  /** symtable_visit_alias: `import a.b.c` binds `a`; `import *` only at module level */
  private visitAlias(a: alias): void {
    const name = a.asname ?? a.name;
    if (name === "*") {
      if (this.cur.blockType !== BlockType.ModuleBlock) throw this.error(E.IMPORT_STAR_WARNING, a);
      return;
    }
    const dot = name.indexOf(".");
    this.addDef(dot === -1 ? name : name.slice(0, dot), SymbolFlag.DEF_IMPORT, a);
  }

  // ---- annotations ----

  /** symtable_visit_annotation: under `from __future__ import annotations` the annotation
   *  goes into a block of its own that no one analyses */
  private visitAnnotation(annotation: expr): void {
    const future = this.future.annotations;
    if (future) this.enterBlock("_annotation", BlockType.AnnotationBlock, annotation, annotation.lineno, annotation.col_offset);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  /** symtable_visit_annotations: parameter annotations, then the return annotation */
  private visitAnnotations(node: FunctionNode, a: Arguments, returns: expr | null): void {
    const future = this.future.annotations;
    if (future) this.enterBlock("_annotation", BlockType.AnnotationBlock, node, node.lineno, node.col_offset);
    const argAnnotations = (list: arg[]) => {
      for (const p of list) if (p.annotation) this.visitExpr(p.annotation);
    };
    argAnnotations(a.posonlyargs);
    argAnnotations(a.args);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    argAnnotations(a.kwonlyargs);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  /** symtable_visit_arguments: the parameters, inside the new function block */
  private visitArguments(a: Arguments): void {
    const ste = this.cur;
    for (const p of a.posonlyargs) this.addDef(p.arg, SymbolFlag.DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, SymbolFlag.DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, SymbolFlag.DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, SymbolFlag.DEF_PARAM, a.vararg);
      ste.hasVarargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, SymbolFlag.DEF_PARAM, a.kwarg);
      ste.hasVarkeywords = true;
    }
    ste.posonlyargcount = a.posonlyargs.length;
    ste.argcount = a.posonlyargs.length + a.args.length;
    ste.kwonlyargcount = a.kwonlyargs.length;
  }

  // ---- expressions (symtable_visit_expr) ----

  private visitExpr(e: expr): void {
    this.enterVisit();
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        this.visitNamedExpr(e);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock("lambda", BlockType.FunctionBlock, e, e.lineno, e.col_offset);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexpr", ComprehensionKind.GeneratorExpression, e.elt, null);
        break;
      case "ListComp":
        this.visitComprehension(e, "listcomp", ComprehensionKind.ListComprehension, e.elt, null);
        break;
      case "SetComp":
        this.visitComprehension(e, "setcomp", ComprehensionKind.SetComprehension, e.elt, null);
        break;
      case "DictComp":
        this.visitComprehension(e, "dictcomp", ComprehensionKind.DictComprehension, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension !== ComprehensionKind.NoComprehension) throw this.error(yieldInComprehension(this.cur.comprehension), e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.isCoroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name": {
        const load = e.ctx._type === "Load";
        this.addDef(e.id, load ? SymbolFlag.USE : SymbolFlag.DEF_LOCAL, e);
        // A function that mentions `super` may call it with no arguments, which reads the
        // implicit `__class__` cell: count it as a use of `__class__`.
        if (load && this.cur.blockType === BlockType.FunctionBlock && e.id === "super") {
          this.addDef("__class__", SymbolFlag.USE, e);
        }
        break;
      }
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
    this.depth--;
  }

  private raiseIfAnnotationBlock(what: string, e: expr): void {
    if (this.cur.blockType === BlockType.AnnotationBlock) throw this.error(E.ANNOTATION_NOT_ALLOWED(what), e);
  }

  // ---- assignment expressions (symtable_handle_namedexpr / symtable_extend_namedexpr_scope) ----

  private visitNamedExpr(e: Extract<expr, { _type: "NamedExpr" }>): void {
    if (this.cur.compIterExpr > 0) throw this.error(E.NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension !== ComprehensionKind.NoComprehension && e.target._type === "Name") {
      this.extendNamedExprScope(e.target);
    }
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function (as if the
   *  comprehension said `nonlocal`) or the module (as if it said `global`); a class body
   *  cannot take it. */
  private extendNamedExprScope(target: Extract<expr, { _type: "Name" }>): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== ComprehensionKind.NoComprehension) {
        const flags = ste.flags(name);
        if (flags & SymbolFlag.DEF_COMP_ITER && flags & SymbolFlag.DEF_LOCAL) throw this.error(E.NAMED_EXPR_COMP_CONFLICT(name), target);
        continue;
      }
      if (ste.blockType === BlockType.FunctionBlock) {
        const declared = ste.flags(name) & SymbolFlag.DEF_GLOBAL ? SymbolFlag.DEF_GLOBAL : SymbolFlag.DEF_NONLOCAL;
        this.addDef(name, declared, target);
        this.recordDirective(name, target);
        this.addDef(name, SymbolFlag.DEF_LOCAL, target, ste);
        return;
      }
      if (ste.blockType === BlockType.ModuleBlock) {
        this.addDef(name, SymbolFlag.DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, SymbolFlag.DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.blockType === BlockType.ClassBlock) throw this.error(E.NAMED_EXPR_COMP_IN_CLASS, target);
      // an annotation block is passed through, like a comprehension
    }
  }

  // ---- comprehensions (symtable_handle_comprehension) ----

  private visitComprehension(e: Comprehension, name: string, kind: ComprehensionKind, elt: expr, value: expr | null): void {
    const isGenerator = kind === ComprehensionKind.GeneratorExpression;
    const outermost = e.generators[0]!;
    // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(name, BlockType.FunctionBlock, e, e.lineno, e.col_offset);
    ste.comprehension = kind;
    if (outermost.is_async) ste.isCoroutine = true;
    this.addDef(".0", SymbolFlag.DEF_PARAM, e);
    ste.argcount = 1;
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < e.generators.length; i++) this.visitGenerator(e.generators[i]!);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.isGenerator = isGenerator;
    // An awaiting list/set/dict comprehension is awaited by the code around it (3.11).
    const isAsync = ste.isCoroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.isCoroutine = true;
  }

  /** symtable_visit_comprehension: a later `for` clause, inside the comprehension */
  private visitGenerator(lc: comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.isCoroutine = true;
  }

  // ---- match patterns (symtable_visit_pattern) ----

  private visitPattern(p: pattern): void {
    this.enterVisit();
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, SymbolFlag.DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, SymbolFlag.DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, SymbolFlag.DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
    this.depth--;
  }
}

function yieldInComprehension(kind: ComprehensionKind): string {
  switch (kind) {
    case ComprehensionKind.ListComprehension: return "'yield' inside list comprehension";
    case ComprehensionKind.SetComprehension: return "'yield' inside set comprehension";
    case ComprehensionKind.DictComprehension: return "'yield' inside dict comprehension";
    default: return "'yield' inside generator expression";
  }
}
