// Int arithmetic and comparisons with a small int literal on the right (`i % 7`,
// `n - 1`, `x * 3`, `k == 0`, `i < 10`) written out in the generated code: when the
// left operand is a JS number (a safe int: runtime/object.ts's value table) the result
// is computed inline, with the overflow check that keeps it a safe int; anything else
// (floats, big ints, bools, objects with __add__, a result outside the safe range)
// calls the runtime's operator with the operand already evaluated, so the semantics
// are those of ops.ts. Why: the runtime's operators are small enough for V8 to inline,
// but a big generated function exhausts V8's inlining budget and then pays a call per
// operator (p3's `i % 997` was 5 % of its profile as a call).
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";

const MAX = "9007199254740991";

/** The literal's value when `e` is an int constant small enough to inline, else null. */
export function smallIntLiteral(e: A.expr): number | null {
  // `-1` is USub applied to 1 in the AST (CPython folds it later, in ast_opt.c)
  if (e._type === "UnaryOp" && e.op._type === "USub") {
    const v = smallIntLiteral(e.operand);
    return v === null || v === 0 ? v : -v;
  }
  if (e._type !== "Constant" || typeof e.value !== "bigint") return null;
  const v = e.value;
  return v >= -(2n ** 31n) && v < 2n ** 31n ? Number(v) : null;
}

/** `-x`: a safe int negated inline (`0 - x`, never -0), the rest through ops.ts neg;
 * a negated int literal is the literal. */
export function inlineNeg(c: Compiler, e: A.UnaryOp, v: string): string {
  const k = smallIntLiteral(e);
  if (k !== null) return k < 0 ? `(${k})` : String(k);
  const t = c.ctx.temp();
  return `(typeof (${t} = ${v}) === "number" ? 0 - ${t} : $R.neg(${t}))`;
}

/** `l <op> k` inline, or null when the operator is not handled for this literal. */
export function inlineIntBinop(c: Compiler, op: string, l: string, k: number, slow: (t: string) => string): string | null {
  let fast: (t: string, u: string) => string;
  switch (op) {
    case "Add":
    case "Sub": {
      if (k === 0) return null;
      const sign = op === "Add" ? "+" : "-";
      // the result is an integer; only the side it moves towards can overflow
      const up = (op === "Add") === k > 0;
      fast = (t, u) => `(${u} = ${t} ${sign} ${k}) ${up ? `<= ${MAX}` : `>= -${MAX}`}`;
      break;
    }
    case "Mult":
      // k > 0: never -0 from a nonzero int, and 0 * k is +0
      if (k <= 0) return null;
      fast = (t, u) => `(${u} = ${t} * ${k}) <= ${MAX} && ${u} >= -${MAX}`;
      break;
    case "Mod": {
      // non-negative left operand: JS % is Python's; other signs go to ops.ts
      if (k <= 0) return null;
      const t = c.ctx.temp();
      return `(typeof (${t} = ${l}) === "number" && ${t} >= 0 ? ${t} % ${k} : ${slow(t)})`;
    }
    default:
      return null;
  }
  const t = c.ctx.temp();
  const u = c.ctx.temp();
  return `(typeof (${t} = ${l}) === "number" && ${fast(t, u)} ? ${u} : ${slow(t)})`;
}

export const CMP_JS: Record<string, string> = { Eq: "===", NotEq: "!==", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=" };
/** the runtime's rich comparison of each operator (ops.ts) */
export const CMP_RT: Record<string, string> = { Eq: "eq", NotEq: "ne", Lt: "lt", LtE: "le", Gt: "gt", GtE: "ge" };

/** `l <cmp> k` inline: a JS number compares with the literal directly. */
export function inlineIntCompare(c: Compiler, op: string, l: string, k: number, slow: (t: string) => string): string | null {
  const js = CMP_JS[op];
  if (js === undefined) return null;
  const t = c.ctx.temp();
  return `(typeof (${t} = ${l}) === "number" ? ${t} ${js} ${k} : ${slow(t)})`;
}

/** `o[k]` of an exact list or tuple with an int index in range, inline; everything else
 * (negative or big indexes, other types, subclasses) through rt.ts getitem with the
 * operands already evaluated. The key functions of sorts (`lambda r: (r[0], r[2])`)
 * and loops over indexes spend their time here. */
export function inlineIndex(c: Compiler, o: string, index: A.expr, k: string): string {
  const t = c.ctx.temp();
  const exact = `${t} !== null && (${t}.$cls === $R.LIST_TYPE || ${t}.$cls === $R.TUPLE_TYPE)`;
  const lit = smallIntLiteral(index);
  if (lit !== null) {
    const at = lit >= 0 ? `${lit} < ${t}.a.length ? ${t}.a[${lit}]` : `${-lit} <= ${t}.a.length ? ${t}.a[${t}.a.length - ${-lit}]`;
    return `((${t} = ${o}), ${exact} && ${at} : $R.getitem(${t}, ${lit}))`;
  }
  const u = c.ctx.temp();
  return `((${t} = ${o}), (${u} = ${k}), ${exact} && typeof ${u} === "number" && ${u} >= 0 && ${u} < ${t}.a.length ? ${t}.a[${u}] : $R.getitem(${t}, ${u}))`;
}
