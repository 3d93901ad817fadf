// One scope of a program (CPython's PySTEntryObject): the facts pass 1 collects about
// its names, the scope pass 2 gives each of them, and the lists codegen needs to build
// the code object (co_varnames, co_cellvars, co_freevars, argument counts, flags).
import type { Node } from "../ast/nodes.js";
import { BlockType, ComprehensionKind, Scope, SymbolFlag } from "./flags.js";
import { codeNames, type CodeNames } from "./code-names.js";

export type ScopeType = "module" | "class" | "function";

/** Where a `global`/`nonlocal` statement (or a walrus's implicit one) stands. */
export interface Directive {
  lineno: number;
  colOffset: number;
  endLineno: number | null;
  endColOffset: number | null;
}

/** Nodes that open a scope. */
export type ScopeNode = Extract<Node, { _type: "Module" | "Expression" | "Interactive" | "FunctionDef" | "AsyncFunctionDef" | "ClassDef" | "Lambda" | "ListComp" | "SetComp" | "DictComp" | "GeneratorExp" }>;

export class ScopeEntry {
  /** names in order of first mention, mapped to their SymbolFlag bits */
  readonly symbols = new Map<string, number>();
  /** the Scope of each name, filled by analysis (pass 2) */
  readonly scopes = new Map<string, Scope>();
  /** parameters in definition order: positional-only, positional, keyword-only, *args, **kwargs */
  readonly paramNames: string[] = [];
  /** child scopes in source order (CPython's visiting order) */
  readonly children: ScopeEntry[] = [];
  /** the enclosing scope (null for the module) */
  parent: ScopeEntry | null = null;
  /** first global/nonlocal directive for each name, for error locations */
  readonly directives = new Map<string, Directive>();

  /** inside a function, directly or through other scopes (ste_nested) */
  nested = false;
  /** contains yield / yield from, or is a generator expression */
  isGenerator = false;
  /** an async def, or a comprehension that awaits or uses async for */
  isCoroutine = false;
  /** which comprehension this function block is, if any */
  comprehension: ComprehensionKind = ComprehensionKind.NoComprehension;
  /** has a *args parameter */
  hasVarargs = false;
  /** has a **kwargs parameter */
  hasVarkeywords = false;
  /** a `return` with a value appears directly in this block */
  returnsValue = false;
  /** a class whose methods use `super` or `__class__`: it gets a `__class__` cell and the
   *  class body stores it in `__classcell__` for type.__new__ */
  needsClassClosure = false;
  /** this block has free variables (ste_free) */
  hasFree = false;
  /** some nested block has free variables (ste_child_free) */
  childFree = false;
  /** number of positional parameters, positional-only ones included (co_argcount) */
  argcount = 0;
  /** number of positional-only parameters (co_posonlyargcount) */
  posonlyargcount = 0;
  /** number of keyword-only parameters (co_kwonlyargcount) */
  kwonlyargcount = 0;

  /** the class name that mangles `__x` names here (null outside classes) */
  privateName: string | null = null;
  /** the module imported `from __future__ import annotations` */
  annotationsAreStrings = false;

  // pass-1 working state (ste_comp_iter_target / ste_comp_iter_expr)
  compIterTarget = false;
  compIterExpr = 0;

  private names: CodeNames | null = null;

  constructor(
    readonly blockType: BlockType,
    /** "top" for the module, the def/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr" */
    readonly name: string,
    /** the node that opened the scope */
    readonly node: Node,
    /** 0 for the module; the `def`/`class` line (not a decorator's) */
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  /** as CPython's symtable module says get_type(); an annotation block has no type there */
  get type(): ScopeType {
    return this.blockType === BlockType.ClassBlock ? "class" : this.blockType === BlockType.ModuleBlock ? "module" : "function";
  }

  /** SymbolFlag bits of a name, 0 when the block never mentions it */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** resolved Scope of a name (Scope.NONE when the block never mentions it) */
  scope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.NONE;
  }

  has(name: string, flag: SymbolFlag): boolean {
    return (this.flags(name) & flag) !== 0;
  }

  /** co_varnames: parameters, then the other fast locals in the order CPython's compiler
   *  first emits them (empty for module and class bodies) */
  get varnames(): readonly string[] {
    return this.codeNames().varnames;
  }

  /** co_cellvars: captured parameters in parameter order, then the other cells sorted;
   *  a class that needs it has just `__class__` */
  get cellvars(): readonly string[] {
    return this.codeNames().cellvars;
  }

  /** co_freevars, sorted */
  get freevars(): readonly string[] {
    return this.codeNames().freevars;
  }

  private codeNames(): CodeNames {
    this.names ??= codeNames(this);
    return this.names;
  }
}
