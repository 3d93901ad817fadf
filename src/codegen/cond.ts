// Conditions of `if`, `while`, `assert` and conditional expressions compiled to a JS
// boolean directly. CPython's compiler does the same (compile.c compiler_jump_if): in a
// jump context `a and b` tests `a` once and jumps, `not x` swaps the jump targets, and a
// comparison jumps on its result without an intermediate object. The value-context
// code (`truthy(truthy(t = a) ? b : t)`) would call a falsy `a`'s __bool__ twice, and
// pays a runtime call per comparison on the fast path.
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import { smallIntLiteral, inlineIntCompare, CMP_JS, CMP_RT } from "./int-inline.js";

/** The JS boolean expression that is `bool(e)` (each operand's __bool__ called once). */
export function condExpr(c: Compiler, e: A.expr): string {
  switch (e._type) {
    case "UnaryOp":
      if (e.op._type === "Not") return `!${condExpr(c, e.operand)}`;
      break;
    case "BoolOp": {
      const js = e.op._type === "And" ? " && " : " || ";
      return `(${e.values.map((v) => condExpr(c, v)).join(js)})`;
    }
    case "Compare": {
      if (e.ops.length !== 1) break;
      const op = e.ops[0]._type;
      // `in`, `not in`, `is`, `is not` already give a JS boolean (expr.ts compare)
      if (op === "In" || op === "NotIn" || op === "Is" || op === "IsNot") return c.expr(e);
      const js = CMP_JS[op];
      if (js === undefined) break;
      const l = c.expr(e.left);
      const k = smallIntLiteral(e.comparators[0]);
      // ints that are JS numbers (safe ints) compare directly; everything else (floats,
      // big ints, bools, rich comparisons) through ops.ts, as the value context does
      if (k !== null) return inlineIntCompare(c, op, l, k, (t) => `$R.truthy($R.${CMP_RT[op]}(${t}, ${k}))`)!;
      const t = c.ctx.temp();
      const u = c.ctx.temp();
      const r = c.expr(e.comparators[0]);
      return `((${t} = ${l}), (${u} = ${r}), typeof ${t} === "number" && typeof ${u} === "number" ? ${t} ${js} ${u} : $R.truthy($R.${CMP_RT[op]}(${t}, ${u})))`;
    }
    case "Constant":
      // `while True:` and `if 0:` need no test at run time
      if (e.value === true || e.value === false) return String(e.value);
      break;
  }
  return `$R.truthy(${c.expr(e)})`;
}
