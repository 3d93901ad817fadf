// The frame's line inside a statement that spans several lines. CPython 3.11 gives
// every instruction the line of the AST node it comes from (compile.c SET_LOC), so an
// error in `"k": int(s),` on the third line of a dict display is reported at that
// line, not at the statement's first. pycell sets `$ln` per statement; an expression
// that can fail on another line than the one `$ln` holds is compiled as
// `($ln = L, $lt = <expr>, $ln = P, $lt)`, restoring the enclosing line P afterwards
// so that a later failure of the enclosing node is reported at P again. One-line
// statements (almost all code) compile exactly as before.
import type * as A from "../ast/nodes.js";

/** Expressions whose evaluation can raise (or, for comprehensions, call a frame). */
const FAILING = new Set(["Call", "Attribute", "Subscript", "BinOp", "UnaryOp", "Compare", "Name", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await"]);

/** The line CPython reports for `e`: an attribute's name line for `a\n.b`
 * (compile.c update_start_location_to_match_attr), else the node's first line. */
export function nodeLine(e: A.expr): number {
  if (e._type === "Attribute" && e.end_lineno != null) return e.end_lineno;
  return e.lineno;
}

/** Does `e` need its own line, inside code running at line `cur` (0: not tracked)? */
export function needsLine(e: A.expr, cur: number): boolean {
  return cur !== 0 && FAILING.has(e._type) && nodeLine(e) !== cur;
}

/** `js` (compiled at line `ln`) evaluated with `$ln` at its line, then back at `cur`.
 * One temporary per function is enough: an inner wrapper has finished with `$lt`
 * before the outer one assigns it. */
export function atLineJs(js: string, ln: number, cur: number, temps: string[]): string {
  // a local or free variable read fails only when unbound: rare enough to leave at the
  // statement's line, for the cost of the wrapper (a global read can be a NameError)
  if (/^(?:l_[\w$]+|\((?:l|c)_[\w$]+(?:\.v)? !== undefined \? [^()]* : \$R\.unbound(?:Local|Free)\("[^"\\]*"\)\))$/.test(js)) return js;
  if (!temps.includes("$lt")) temps.push("$lt");
  return `($ln = ${ln}, $lt = ${js}, $ln = ${cur}, $lt)`;
}
