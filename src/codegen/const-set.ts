// Set displays CPython turns into frozenset constants, whose iteration order then comes
// from how the compiler rebuilds them (runtime set.ts constSet).
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";

/** A constant after CPython's AST optimizer (ast_opt.c): a literal, a sign applied to a
 * number, a tuple of constants. */
function folded(e: A.expr): boolean {
  if (e._type === "Constant") return true;
  if (e._type === "UnaryOp" && e.op._type !== "Not") return e.operand._type === "Constant" && typeof e.operand.value !== "string";
  if (e._type === "Tuple") return e.elts.every(folded);
  return false;
}

/** `{1, 2, 3}` with more than two constant items (compile.c starunpack_helper), or any
 * constant set iterated by a `for` or a comprehension (`iter`, ast_opt.c fold_iter). */
export function constSetJs(c: Compiler, e: A.expr, iter: boolean): string | null {
  if (e._type !== "Set" || (!iter && e.elts.length <= 2) || !e.elts.every(folded)) return null;
  return `$R.mksetConst([${e.elts.map((x) => c.expr(x)).join(", ")}], ${iter})`;
}
