// `"literal" % (a, b, c)` (issue 6, p2_strings): a str literal on the left formats an
// exact tuple display itself, so the items go to the runtime one by one
// (str-percent.ts pct1..pct4) and no tuple is built unless the plan leaves the case to
// the full formatter. Items are evaluated left to right, as the tuple display would be.
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";

export function percentLiteral(c: Compiler, e: A.BinOp): string | null {
  if (e.op._type !== "Mod" || e.left._type !== "Constant" || typeof e.left.value !== "string" || e.right._type !== "Tuple") return null;
  const elts = e.right.elts;
  if (elts.length < 1 || elts.length > 4 || elts.some((x) => x._type === "Starred")) return null;
  return `$R.pct${elts.length}(${JSON.stringify(e.left.value)}, ${elts.map((x) => c.expr(x)).join(", ")})`;
}
