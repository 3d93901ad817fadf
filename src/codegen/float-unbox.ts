// Unboxed float locals. A function local that some assignment gives a fused float value
// (float-fuse.ts: `dx = b[0] - c[0]`, `e += x * y`) keeps that value as a JS number in a
// companion variable `n_<name>`, and its ordinary variable `l_<name>` holds the marker
// `$R.UNB` meaning "the value is the float in n_<name>". Later fused expressions read the
// number directly; every other read of the name (loadName) turns the number into a
// PyFloat once and stores that box back in `l_<name>`, so `x is x` still holds and the
// object is made only where the value escapes. Stores of other values simply overwrite
// `l_<name>` (the stale number is never read again).
//
// Only where nothing else can read the JS local: plain `def` functions (not generators
// or coroutines, whose locals gi_frame reads), code compiled without frame records (the
// tracer and frame introspection read locals through them), functions that do not
// mention locals/vars/dir/eval/exec/breakpoint (which read the frame's locals), and
// plain locals that are not parameters (a cell is shared with closures).
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import type { FnCtx } from "./context.js";
import { jsName } from "./context.js";
import { Sc } from "./scopes.js";

/** per function being compiled: Python name -> its JS number variable */
const unboxed = new WeakMap<FnCtx, Map<string, string>>();

/** names whose calls read the calling frame's locals (codegen expr.ts FRAME_FUNCS, frameEval) */
const FRAME_READERS = new Set(["locals", "vars", "dir", "eval", "exec", "breakpoint"]);

/** operators float-fuse.ts fuses (JS_OP there) */
const FUSED_OPS = new Set(["Add", "Sub", "Mult", "Div"]);

/** The shape float-fuse.ts can fuse: `+ - * /`, unary `-`, one-argument calls of an
 * attribute (`math.sqrt`), names, `name[k]` and float literals; at least one operator.
 * A syntactic guess: planFloat decides for real, and a name that is never fused only
 * pays one comparison per read. */
function fusable(e: A.expr, top: boolean): boolean {
  switch (e._type) {
    case "BinOp":
      return FUSED_OPS.has(e.op._type) && fusable(e.left, false) && fusable(e.right, false);
    case "UnaryOp":
      return e.op._type === "USub" && fusable(e.operand, false);
    case "Call":
      return e.func._type === "Attribute" && e.func.attr === "sqrt" && e.args.length === 1 && e.keywords.length === 0 && fusable(e.args[0], false);
    case "Name":
    case "Subscript":
      return !top;
    case "Constant":
      return !top && e.value !== null && typeof e.value === "object" && e.value.kind === "float";
    default:
      return false;
  }
}

/** true when the subtree mentions a name in FRAME_READERS (any context, any depth) */
function readsFrame(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(readsFrame);
  if (node === null || typeof node !== "object") return false;
  const n = node as { _type?: string; id?: unknown };
  if (n._type === "Name" && typeof n.id === "string" && FRAME_READERS.has(n.id)) return true;
  for (const k in node) {
    const v = (node as Record<string, unknown>)[k];
    if (v !== null && typeof v === "object" && readsFrame(v)) return true;
  }
  return false;
}

/** the targets of float-valued stores in the body, not descending into nested scopes */
function collect(stmts: A.stmt[], out: Set<string>): void {
  for (const s of stmts) {
    switch (s._type) {
      case "Assign":
        if (s.targets.length === 1 && s.targets[0]._type === "Name" && fusable(s.value, true)) out.add(s.targets[0].id);
        break;
      case "AugAssign":
        if (s.target._type === "Name" && FUSED_OPS.has(s.op._type) && fusable(s.value, false)) out.add(s.target.id);
        break;
      case "For":
      case "While":
      case "If":
        collect(s.body, out);
        collect(s.orelse, out);
        break;
      case "With":
        collect(s.body, out);
        break;
      case "Try":
      case "TryStar":
        collect(s.body, out);
        for (const h of s.handlers) collect(h.body, out);
        collect(s.orelse, out);
        collect(s.finalbody, out);
        break;
      default:
        break;
    }
  }
}

/** Decide the unboxed locals of the function whose context `c.ctx` was just made, and
 * declare their number variables. */
export function planUnboxed(c: Compiler, node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): void {
  const ctx = c.ctx;
  if (node._type !== "FunctionDef" || ctx.isGenerator || c.opts.frameRecords === true || c.nsMode) return;
  const names = new Set<string>();
  collect(node.body, names);
  if (names.size === 0 || readsFrame(node.body)) return;
  const scope = ctx.scope;
  let map: Map<string, string> | undefined;
  for (const raw of names) {
    const name = c.mangled(raw);
    if (scope.symbols.get(name) !== Sc.LOCAL || scope.params.includes(name)) continue;
    const v = jsName("n_", name);
    (map ??= new Map()).set(name, v);
    // starts as a number: the variable keeps one representation in optimized code
    ctx.temps.push(`${v} = 0`);
  }
  if (map !== undefined) unboxed.set(ctx, map);
}

/** The number variable of an unboxed local (the name already mangled), or undefined. */
export function unboxedVar(c: Compiler, name: string): string | undefined {
  return unboxed.get(c.ctx)?.get(name);
}

/** loadName of an unboxed local: the box is made on the first ordinary read */
export function unboxedLoad(c: Compiler, v: string, n: string, q: string): string {
  return `(${v} === ${rtConst(c, "UNB")} ? (${v} = ${rtConst(c, "fl")}(${n})) : ${v} !== undefined ? ${v} : $R.unboundLocal(${q}))`;
}

/** The JS value stored into name `raw` (null: no name) by a fused expression computing
 * `value`: a new PyFloat, or the number kept in an unboxed local's variable. */
export function fusedResult(c: Compiler, raw: string | null, value: string): string {
  const n = raw === null ? undefined : unboxedVar(c, c.mangled(raw));
  return n === undefined ? `${rtConst(c, "fl")}(${value})` : `(${n} = ${value}, ${rtConst(c, "UNB")})`;
}

/** The runtime value `name` as fused code reads it. Module-level aliases (`const $xF =
 * $R.FLOAT_TYPE` once per module) were measured instead of these getter reads of the
 * `$R` namespace: p5 got no faster and V8's compile of the big function no shorter.
 * Measured again in session 6: with aliases, TurboFan's inlining budget, no longer spent
 * on the getters, inlines the PyFloat constructors into p5's `advance`; its OSR compile
 * grew from 18 to 23 MB of zone memory and callgrind (synchronous compiles) counted
 * 15 % more instructions for the whole run. */
export function rtConst(_c: Compiler, name: "FLOAT_TYPE" | "LIST_TYPE" | "UNB" | "fl"): string {
  return `$R.${name}`;
}
