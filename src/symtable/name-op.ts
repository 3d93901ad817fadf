// How code in a scope reaches a name (compile.c compiler_nameop): the one question codegen
// asks the symtable for every Name node, every def/class/import/except binding, and its
// own hidden names (`__module__`, `__qualname__`, `__classcell__`, `__annotations__`).
import type { ScopeEntry } from "./entry.js";
import { BlockType, Scope } from "./flags.js";
import { mangle } from "./mangle.js";

/** The opcode family: CPython's LOAD_/STORE_/DELETE_ + FAST, DEREF, CLASSDEREF, GLOBAL, NAME. */
export type NameAccess =
  /** a function's own local, in its frame (LOAD_FAST) */
  | "fast"
  /** a cell: this frame's CELL or a FREE variable from `__closure__` (LOAD_DEREF) */
  | "deref"
  /** a class body reading a free variable: the class namespace first, then the cell
   *  (LOAD_CLASSDEREF; stores and deletes in a class body use plain "deref") */
  | "classderef"
  /** the module's globals, then builtins for loads (LOAD_GLOBAL) */
  | "global"
  /** the current namespace dict, then globals, then builtins (LOAD_NAME): module and
   *  class bodies, and names the symtable never saw */
  | "name";

export type NameContext = "load" | "store" | "del";

/** How `id`, written in scope `ste`, is loaded, stored or deleted; `name` is the mangled
 *  identifier the instruction uses. */
export function nameOp(ste: ScopeEntry, id: string, ctx: NameContext): { access: NameAccess; name: string } {
  const name = mangle(ste.privateName, id);
  const isFunction = ste.blockType === BlockType.FunctionBlock;
  switch (ste.scope(name)) {
    case Scope.FREE:
    case Scope.CELL:
      return { access: ctx === "load" && ste.blockType === BlockType.ClassBlock ? "classderef" : "deref", name };
    case Scope.LOCAL:
      return { access: isFunction ? "fast" : "name", name };
    case Scope.GLOBAL_IMPLICIT:
      return { access: isFunction ? "global" : "name", name };
    case Scope.GLOBAL_EXPLICIT:
      return { access: "global", name };
    default:
      return { access: "name", name };
  }
}
