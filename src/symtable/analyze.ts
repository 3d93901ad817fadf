// Pass 2 of scope analysis: decide the Scope of every name in every block.
//
// How free and cell variables are found (symtable.c analyze_block and friends)
// ---------------------------------------------------------------------------
// Pass 1 (build.ts) left, in each block, raw facts per name: bound here, used here,
// parameter, declared global or nonlocal. Whether a name that is only *used* in a block
// is a global or a variable of an enclosing function cannot be told from that block
// alone, and whether a local must live in a cell depends on the blocks nested inside it.
// So pass 2 walks the tree of blocks once, carrying information both ways:
//
// Downwards, each block receives two sets from its parent:
//   - `bound`: the names bound by the enclosing *function* blocks that a nested block can
//     see. The module passes nothing (null): module names are globals, not closure
//     variables. A class passes on what it received but adds none of its own names,
//     because a class body's names are invisible to the methods inside it; it adds only
//     `__class__`, the implicit cell that zero-argument super() reads.
//   - `global`: the names declared `global` in enclosing blocks.
// With these, analyzeName classifies each name of the block (CPython analyze_name):
//   global declaration   -> GLOBAL_EXPLICIT (and the name stops being `bound` below)
//   nonlocal declaration -> FREE; it must be in `bound`, or "no binding for nonlocal"
//   bound here           -> LOCAL (for now; it may become CELL)
//   in `bound`           -> FREE: it is a variable of an enclosing function
//   declared global above-> GLOBAL_IMPLICIT
//   otherwise            -> GLOBAL_IMPLICIT (a global or a builtin)
//
// Upwards, each child reports the set `free` of names it (or anything inside it) needs
// from outside. Back in the parent (CPython analyze_cells): a name in that set which the
// parent binds as LOCAL becomes CELL, and is removed from the set, since the parent
// provides the binding. A class never turns names into cells (it is not a frame the
// closure can reach); it only claims `__class__` (drop_class_free), which sets
// needsClassClosure. What is still in the set after that is a name some nested block
// reaches *through* this block: update_symbols records it here as FREE too (so the
// closure can be passed down), unless the parent is the module or the name is not a
// variable of any enclosing function. A class that binds such a name itself also keeps
// a note, DEF_FREE_CLASS: its own lookups use the class namespace but it must still
// carry the cell for its methods.
//
// The sets are copied for each child (analyze_child_block) so that what one child
// learns never leaks to its siblings or back to the parent, except through `free`.
import type { ScopeEntry } from "./entry.js";
import { BlockType, DEF_BOUND, Scope, SymbolFlag } from "./flags.js";
import * as E from "./errors.js";

export function analyze(top: ScopeEntry, filename: string): void {
  analyzeBlock(top, null, new Set(), new Set(), filename);
}

/** symtable.c analyze_block: `free` is the parent's set, which this block adds to. */
function analyzeBlock(ste: ScopeEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, filename: string): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const isClass = ste.blockType === BlockType.ClassBlock;

  // A class body's own names are not visible to its methods: what they see is decided
  // before the class's names are analysed.
  if (isClass) {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }

  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, global, filename);

  if (!isClass) {
    if (ste.blockType === BlockType.FunctionBlock) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }

  for (const child of ste.children) {
    // analyze_child_block: each child gets copies of what it may change
    analyzeBlock(child, new Set(newBound), newFree, new Set(newGlobal), filename);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }

  if (ste.blockType === BlockType.FunctionBlock) analyzeCells(ste, newFree);
  else if (isClass && newFree.delete("__class__")) ste.needsClassClosure = true;

  updateSymbols(ste, bound, newFree, isClass);
  for (const n of newFree) free.add(n);
}

/** symtable.c analyze_name: the scope of one name, given its flags. */
function analyzeName(
  ste: ScopeEntry, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, filename: string,
): void {
  if (flags & SymbolFlag.DEF_GLOBAL) {
    if (flags & SymbolFlag.DEF_NONLOCAL) throw errorAtDirective(ste, name, E.NONLOCAL_AND_GLOBAL(name), filename);
    ste.scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & SymbolFlag.DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(ste, name, E.NONLOCAL_AT_MODULE, filename);
    if (!bound.has(name)) throw errorAtDirective(ste, name, E.NONLOCAL_NO_BINDING(name), filename);
    ste.scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: a free variable rather than a global one.
  if (bound && bound.has(name)) {
    ste.scopes.set(name, Scope.FREE);
    ste.hasFree = true;
    free.add(name);
    return;
  }
  // Declared global in an enclosing block, or simply not found: either way a global.
  if (ste.nested) ste.hasFree = true;
  ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/** symtable.c analyze_cells: locals that some nested block needs become cells. */
function analyzeCells(ste: ScopeEntry, free: Set<string>): void {
  for (const [name, scope] of ste.scopes) {
    if (scope !== Scope.LOCAL || !free.has(name)) continue;
    ste.scopes.set(name, Scope.CELL);
    free.delete(name);
  }
}

/** symtable.c update_symbols: free names of nested blocks that pass through this one. */
function updateSymbols(ste: ScopeEntry, bound: Set<string> | null, free: Set<string>, isClass: boolean): void {
  for (const name of free) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable that the class binds or declares global: the class
      // keeps the cell for its methods (it is among the class's co_freevars).
      if (isClass && flags & (DEF_BOUND | SymbolFlag.DEF_GLOBAL)) ste.symbols.set(name, flags | SymbolFlag.DEF_FREE_CLASS);
      continue; // a cell here, or already free here
    }
    if (bound && !bound.has(name)) continue; // a global
    ste.symbols.set(name, 0);
    ste.scopes.set(name, Scope.FREE);
  }
}

/** symtable.c error_at_directive: the error points at the first global/nonlocal for the name. */
function errorAtDirective(ste: ScopeEntry, name: string, msg: string, filename: string): Error {
  const d = ste.directives.get(name);
  if (!d) return E.syntaxErrorAt(msg, { lineno: ste.lineno, col_offset: ste.colOffset }, filename);
  return E.syntaxErrorAt(msg, { lineno: d.lineno, col_offset: d.colOffset, end_lineno: d.endLineno, end_col_offset: d.endColOffset }, filename);
}
