// The vocabulary of scope analysis, with CPython's names (Include/internal/pycore_symtable.h)
// so that anyone who knows symtable.c finds the same words here.

/** What pass 1 learns about a name in one block: bits, or-ed together per name. */
export const enum SymbolFlag {
  /** named in a `global` statement */
  DEF_GLOBAL = 1,
  /** bound by assignment, def/class, for/with/except/match target, del, walrus */
  DEF_LOCAL = 2 << 0,
  /** a formal parameter (including the implicit `.0` of a comprehension) */
  DEF_PARAM = 2 << 1,
  /** named in a `nonlocal` statement (or an implicit one made for a walrus target) */
  DEF_NONLOCAL = 2 << 2,
  /** read somewhere in the block */
  USE = 2 << 3,
  /** used but not defined in a nested block (kept for parity; 3.11 never sets it) */
  DEF_FREE = 2 << 4,
  /** a method's free variable that the class also binds or declares global */
  DEF_FREE_CLASS = 2 << 5,
  /** bound by an import */
  DEF_IMPORT = 2 << 6,
  /** the simple target of an annotated assignment (`x: int`) */
  DEF_ANNOT = 2 << 7,
  /** an iteration variable of a comprehension (walrus may not rebind it) */
  DEF_COMP_ITER = 2 << 8,
}

/** Flags that make a name local to its block (symtable.h DEF_BOUND). */
export const DEF_BOUND = SymbolFlag.DEF_LOCAL | SymbolFlag.DEF_PARAM | SymbolFlag.DEF_IMPORT;

/** Where a name lives, decided by pass 2 (analyze_name / analyze_cells / update_symbols). */
export const enum Scope {
  /** not yet decided; never left on a symbol after analysis */
  NONE = 0,
  /** a plain local: fast local in a function, namespace entry in module/class */
  LOCAL = 1,
  /** declared with `global` (or a walrus in a module-level comprehension) */
  GLOBAL_EXPLICIT = 2,
  /** not bound in any enclosing function: looked up in globals, then builtins */
  GLOBAL_IMPLICIT = 3,
  /** bound in an enclosing function: reached through a cell in `__closure__` */
  FREE = 4,
  /** local here and free in some nested block: stored in a cell this frame owns */
  CELL = 5,
}

/** The kind of block (symtable.h _Py_block_ty). */
export const enum BlockType {
  /** a def, async def, lambda or comprehension */
  FunctionBlock = 0,
  /** a class body */
  ClassBlock = 1,
  /** the module */
  ModuleBlock = 2,
  /** the annotations of a file under `from __future__ import annotations`: analysed by
   *  no one and reachable from no scope, like CPython's AnnotationBlock */
  AnnotationBlock = 3,
}

/** Which comprehension a function block is (symtable.h _Py_comprehension_ty). */
export const enum ComprehensionKind {
  /** not a comprehension */
  NoComprehension = 0,
  /** [x for ...] */
  ListComprehension = 1,
  /** {k: v for ...} */
  DictComprehension = 2,
  /** {x for ...} */
  SetComprehension = 3,
  /** (x for ...) */
  GeneratorExpression = 4,
}
