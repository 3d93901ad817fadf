// The name tuples of a scope's code object, as CPython 3.11's compiler builds them
// (compile.c compiler_enter_scope / dictbytype, and compute_localsplus_info):
//   co_varnames: the parameters (ste_varnames), then every other fast local in the order
//     the compiler first emits a LOAD_FAST / STORE_FAST / DELETE_FAST for it. That order
//     follows code generation, not the source: `x = y` reads y before it stores x, a
//     `for` evaluates its iterable before its target, a def's decorators come before its
//     defaults, a try's `else` before its handlers. A local the compiler never touches
//     (the target of `x: int` without a value) is not there at all.
//   co_cellvars: cells that are also parameters keep their parameter order (3.11 merges
//     them with the fast locals), then the remaining cells sorted; a class that needs it
//     has only `__class__`.
//   co_freevars: names FREE here, plus for a class the names marked DEF_FREE_CLASS; sorted.
import type { arguments as Arguments, comprehension, excepthandler, expr, pattern, stmt } from "../ast/nodes.js";
import type { ScopeEntry } from "./entry.js";
import { BlockType, Scope, SymbolFlag } from "./flags.js";
import { mangle } from "./mangle.js";

export interface CodeNames {
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

/** Python's ordering of str: by code point (JavaScript's default sorts UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function codeNames(ste: ScopeEntry): CodeNames {
  const freevars: string[] = [];
  const cells: string[] = [];
  for (const [name, scope] of ste.scopes) {
    if (scope === Scope.CELL) cells.push(name);
    if (scope === Scope.FREE || (ste.blockType === BlockType.ClassBlock && ste.flags(name) & SymbolFlag.DEF_FREE_CLASS)) freevars.push(name);
  }
  freevars.sort(compareCodePoints);
  if (ste.blockType !== BlockType.FunctionBlock) {
    return { varnames: [], cellvars: ste.needsClassClosure ? ["__class__"] : [], freevars };
  }
  const params = new Set(ste.paramNames);
  const cellvars = [
    ...ste.paramNames.filter((p) => ste.scope(p) === Scope.CELL),
    ...cells.filter((c) => !params.has(c)).sort(compareCodePoints),
  ];
  return { varnames: new FastLocalOrder(ste).run(), cellvars, freevars };
}

/** The frame blocks that matter for the order: a `return`, `break` or `continue` inside
 *  `try ... finally` compiles a copy of the finally body right there (compile.c
 *  compiler_unwind_fblock), so names first seen in it count from that point. */
type FrameBlock = { kind: "finally"; body: stmt[] } | { kind: "loop" };

/** Walks a function body in code-generation order, noting fast locals as they appear. */
class FastLocalOrder {
  private readonly order: string[];
  private readonly seen: Set<string>;
  private readonly fblocks: FrameBlock[] = [];

  constructor(private readonly ste: ScopeEntry) {
    this.order = [...ste.paramNames];
    this.seen = new Set(ste.paramNames);
  }

  run(): string[] {
    const node = this.ste.node;
    switch (node._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.stmts(node.body);
        break;
      case "Lambda":
        this.expr(node.body);
        break;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.generators(node.generators);
        this.expr(node.elt);
        break;
      case "DictComp":
        this.generators(node.generators);
        this.expr(node.key);
        this.expr(node.value);
        break;
      default:
        break;
    }
    return this.order;
  }

  private name(id: string): void {
    const mangled = mangle(this.ste.privateName, id);
    if (this.seen.has(mangled) || this.ste.scope(mangled) !== Scope.LOCAL) return;
    this.seen.add(mangled);
    this.order.push(mangled);
  }

  /** compiler_comprehension_generator: `.0` feeds the first loop; later iterables are ours */
  private generators(gens: comprehension[]): void {
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter);
      this.expr(g.target);
      this.exprs(g.ifs);
    });
  }

  private stmts(body: stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(list: (expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  /** what the enclosing code evaluates for a def: decorators, defaults, annotations */
  private functionHead(decorators: expr[], args: Arguments, returns: expr | null): void {
    this.exprs(decorators);
    this.exprs(args.defaults);
    this.exprs(args.kw_defaults);
    // compile.c compiler_visit_annotations; under the annotations future they are strings
    if (this.ste.annotationsAreStrings) return;
    for (const p of [...args.args, ...args.posonlyargs]) if (p.annotation) this.expr(p.annotation);
    if (args.vararg?.annotation) this.expr(args.vararg.annotation);
    for (const p of args.kwonlyargs) if (p.annotation) this.expr(p.annotation);
    if (args.kwarg?.annotation) this.expr(args.kwarg.annotation);
    if (returns) this.expr(returns);
  }

  private stmt(s: stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.functionHead(s.decorator_list, s.args, s.returns);
        this.name(s.name);
        break;
      case "ClassDef":
        this.exprs(s.decorator_list);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.name(s.name);
        break;
      case "Return":
        if (s.value) this.expr(s.value);
        this.unwind(false);
        break;
      case "Break":
      case "Continue":
        this.unwind(true);
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.expr(s.value);
        this.exprs(s.targets);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign":
        // compiler_annassign: inside a function the annotation itself is never evaluated
        if (s.value) {
          this.expr(s.value);
          this.expr(s.target);
        } else if (s.target._type === "Attribute") {
          this.expr(s.target.value);
        } else if (s.target._type === "Subscript") {
          this.expr(s.target.value);
          this.expr(s.target.slice);
        }
        break;
      case "For":
      case "AsyncFor":
        this.expr(s.iter);
        this.expr(s.target);
        this.loopBody(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
        this.expr(s.test);
        this.loopBody(s.body);
        this.stmts(s.orelse);
        break;
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          const stores: string[] = [];
          this.pattern(c.pattern, stores);
          for (const n of stores) this.name(n);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        // compiler_try_except: the body, its else, then the handlers; finally last
        if (s.finalbody.length) this.fblocks.push({ kind: "finally", body: s.finalbody });
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) this.handler(h);
        if (s.finalbody.length) this.fblocks.pop();
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
        for (const a of s.names) this.name(a.asname ?? a.name.split(".")[0]!);
        break;
      case "ImportFrom":
        for (const a of s.names) if (a.name !== "*") this.name(a.asname ?? a.name);
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "Global":
      case "Nonlocal":
      case "Pass":
        break;
    }
  }

  private loopBody(body: stmt[]): void {
    this.fblocks.push({ kind: "loop" });
    this.stmts(body);
    this.fblocks.pop();
  }

  /** compiler_unwind_fblock_stack: copy in the finally bodies being left, innermost first;
   *  each is compiled with its own block already gone */
  private unwind(toLoop: boolean): void {
    const saved = this.fblocks.slice();
    while (this.fblocks.length) {
      const top = this.fblocks.pop()!;
      if (top.kind === "loop") {
        if (toLoop) break;
        continue;
      }
      this.stmts(top.body);
    }
    this.fblocks.splice(0, this.fblocks.length, ...saved);
  }

  private handler(h: excepthandler): void {
    if (h.type) this.expr(h.type);
    if (h.name !== null) this.name(h.name);
    this.stmts(h.body);
  }

  /** compiler_pattern: values are loaded while matching; captures are stored afterwards,
   *  in the order they were met (for `|`, the first alternative's order) */
  private pattern(p: pattern, stores: string[]): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q, stores);
        break;
      case "MatchStar":
        if (p.name !== null) stores.push(p.name);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q, stores);
        if (p.rest !== null) stores.push(p.rest);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q, stores);
        for (const q of p.kwd_patterns) this.pattern(q, stores);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern, stores);
        if (p.name !== null) stores.push(p.name);
        break;
      case "MatchOr":
        p.patterns.forEach((q, i) => this.pattern(q, i === 0 ? stores : []));
        break;
    }
  }

  private expr(e: expr): void {
    switch (e._type) {
      case "Name":
        this.name(e.id);
        break;
      case "NamedExpr":
        this.expr(e.value);
        this.expr(e.target);
        break;
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]!);
        });
        break;
      case "Set":
      case "List":
      case "Tuple":
        this.exprs(e.elts);
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        // only the first iterable is evaluated here
        this.expr(e.generators[0]!.iter);
        break;
      case "Yield":
        if (e.value) this.expr(e.value);
        break;
      case "YieldFrom":
      case "Await":
        this.expr(e.value);
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
      case "Starred":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }
}
