// `a, b = b, a + b`: a tuple (or list) display assigned to a target list of the same
// length, neither starred, is compiled without building and unpacking the sequence.
// The right side's items are evaluated left to right into temporaries, then the
// targets are assigned left to right: the order of CPython's BUILD_TUPLE then
// UNPACK_SEQUENCE (which 3.11's compile.c turns into SWAPs), and the sequence itself
// is never observable. An item that raises stores nothing, as before.
import type * as A from "../ast/nodes.js";

/** What the compiler offers this helper (compiler.ts Compiler). */
interface AssignHost {
  ctx: { temp(): string };
  expr(e: A.expr): string;
  assign(t: A.expr, v: string): string;
}

/** JS statements for `targets = values` item by item, or null when the statement
 * is not of that shape (the caller then builds and unpacks the sequence). */
export function itemwiseAssign(c: AssignHost, s: A.Assign): string | null {
  if (s.targets.length !== 1) return null;
  const t = s.targets[0];
  const v = s.value;
  if ((t._type !== "Tuple" && t._type !== "List") || (v._type !== "Tuple" && v._type !== "List")) return null;
  const n = t.elts.length;
  if (n < 2 || n > 8 || v.elts.length !== n) return null;
  for (let i = 0; i < n; i++) if (t.elts[i]._type === "Starred" || v.elts[i]._type === "Starred") return null;
  const temps: string[] = [];
  let out = "";
  for (const e of v.elts) {
    const tmp = c.ctx.temp();
    temps.push(tmp);
    out += `${tmp} = ${c.expr(e)}; `;
  }
  for (let i = 0; i < n; i++) out += c.assign(t.elts[i], temps[i]) + " ";
  return out;
}
