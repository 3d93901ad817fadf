// Fused float arithmetic: `dx * dx + dy * dy` over exact floats computes one JS number
// and boxes it once, instead of a PyFloat per operator and a runtime call per node.
// The plan reads its operands without side effects (locals, cells, module globals,
// float literals, `name[k]` of an exact list with a literal index), checks that each is
// an exact float (float_add/float_sub/float_mul/float_div of CPython are plain IEEE
// operations on such operands, with a ZeroDivisionError only for a zero divisor), and
// otherwise runs the ordinary code: that code re-reads the operands in Python's order,
// so the fast path never changes what the program observes.
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import { fusedResult, rtConst, unboxedVar } from "./float-unbox.js";

const JS_OP: Record<string, string> = { Add: "+", Sub: "-", Mult: "*", Div: "/" };
/** beyond this many operands the duplicated fallback code is not worth it */
const MAX_LEAVES = 12;

interface Plan {
  conds: string[];
  /** temp holding each pure operand read, by the read's JS text (`dx * dx` reads once) */
  seen: Map<string, string>;
  leaves: number;
  ops: number;
  /** an operand is a list item or a literal: worth fusing even for one operator */
  rich: boolean;
}

/** The JS text of a side-effect-free read of `e` that yields its value, or undefined
 * where the ordinary code would raise (unbound name, missing global, bad index), or
 * null when `e` is not such an operand. */
export function pureRead(c: Compiler, e: A.expr): string | null {
  if (e._type === "Name") {
    const s = c.loadName(e.id);
    if (/^l_[A-Za-z0-9_$]+$/.test(s)) return s;
    let m = /^\((l_[A-Za-z0-9_$]+) !== undefined \? \1 : \$R\.unboundLocal\("[^"\\]*"\)\)$/.exec(s);
    if (m) return m[1];
    m = /^\((c_[A-Za-z0-9_$]+)\.v !== undefined \? \1\.v : \$R\.unbound(?:Local|Free)\("[^"\\]*"\)\)$/.exec(s);
    if (m) return `${m[1]}.v`;
    m = /^\$lgc?\(("[^"\\]*")(?:, (\$g\d+))?\)$/.exec(s);
    // a cached site (runtime global-cache.ts) holds the globals' ref of the name once
    // filled (gfill, which only fills it): its value without hashing (undefined when
    // unbound, as $gm.get)
    if (m) return m[2] !== undefined ? `(${m[2]}.g !== null ? ${m[2]}.g.v : ($R.gfill(${m[1]}, ${m[2]}, $gm, $bm), $gm.get(${m[1]})))` : `$gm.get(${m[1]})`;
    return null;
  }
  if (e._type === "Subscript") {
    const k = e.slice;
    if (k._type !== "Constant" || typeof k.value !== "bigint" || k.value < 0n || k.value > 1000000n) return null;
    const o = pureRead(c, e.value);
    if (o === null) return null;
    // `o[k]` of an exact list with k in range, written out inline (see the exact-float check below)
    const t = c.ctx.temp();
    return `((${t} = ${o}) != null && ${t}.$cls === ${rtConst(c, "LIST_TYPE")} && ${k.value} < ${t}.a.length ? ${t}.a[${k.value}] : undefined)`;
  }
  return null;
}

/** the float value of `e` as a JS number expression, adding its checks to the plan */
function walk(c: Compiler, e: A.expr, p: Plan): string | null {
  if (e._type === "BinOp") {
    const op = JS_OP[e.op._type];
    if (op === undefined) return null;
    const l = walk(c, e.left, p);
    if (l === null) return null;
    const r = walk(c, e.right, p);
    if (r === null) return null;
    p.ops++;
    if (op !== "/") return `(${l} ${op} ${r})`;
    const t = c.ctx.temp();
    p.conds.push(`(${t} = ${r}) !== 0`);
    return `(${l} / ${t})`;
  }
  if (e._type === "UnaryOp" && e.op._type === "USub") {
    const v = walk(c, e.operand, p);
    if (v === null) return null;
    p.ops++;
    return `(-${v})`;
  }
  // m.sqrt(x) of the math module (runtime isSqrt), for x >= 0 (math_1 raises below;
  // a NaN goes the ordinary way too); C's sqrt and Math.sqrt are both correctly rounded
  if (e._type === "Call" && e.func._type === "Attribute" && e.func.attr === "sqrt" && e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type !== "Starred") {
    const m = pureRead(c, e.func.value);
    if (m === null || e.func.value._type !== "Name") return null;
    const a = walk(c, e.args[0], p);
    if (a === null) return null;
    const t = c.ctx.temp();
    p.conds.push(`$R.isSqrt(${m}) && (${t} = ${a}) >= 0`);
    p.ops++;
    p.rich = true;
    return `Math.sqrt(${t})`;
  }
  if (e._type === "Constant") {
    const v = e.value;
    // int, str, ... literals: the expression is not float arithmetic (an int loop would
    // pay for the failed checks)
    if (v === null || typeof v !== "object" || v.kind !== "float") return null;
    p.rich = true;
    return `(${Object.is(v.value, -0) ? "-0" : String(v.value)})`;
  }
  // an unboxed local (float-unbox.ts): its number directly, else its box checked as below
  const n = e._type === "Name" ? unboxedVar(c, c.mangled(e.id)) : undefined;
  if (n !== undefined) {
    const l = `l_${n.slice(2)}`;
    let t = p.seen.get(l);
    if (t === undefined) {
      if (++p.leaves > MAX_LEAVES) return null;
      t = c.ctx.temp();
      const u = c.ctx.temp();
      p.seen.set(l, t);
      p.conds.push(`(${l} === ${rtConst(c, "UNB")} ? (${t} = ${n}, true) : (${u} = ${l}) != null && ${u}.$cls === ${rtConst(c, "FLOAT_TYPE")} && (${t} = ${u}.v, true))`);
    }
    // a single operator over such names is worth fusing: it keeps the value unboxed
    p.rich = true;
    return t;
  }
  const read = pureRead(c, e);
  if (read === null) return null;
  if (e._type === "Subscript") p.rich = true;
  let t = p.seen.get(read);
  if (t === undefined) {
    if (++p.leaves > MAX_LEAVES) return null;
    t = c.ctx.temp();
    p.seen.set(read, t);
    // an exact float (not a subclass, whose operators a class may override), checked
    // inline: calls would use up V8's inlining budget of the large functions where
    // float code lives, and the PyFloat constructors would not be inlined. Only PyFloats
    // have float as their `$cls` (types.ts), so no `instanceof` is needed: it made
    // V8's compile of those functions slower (p5: OSR took ~15 % less without)
    p.conds.push(`(${t} = ${read}) != null && ${t}.$cls === ${rtConst(c, "FLOAT_TYPE")}`);
  }
  return `${t}.v`;
}

/** The checks and the fused value of an arithmetic tree whose operands are all pure
 * reads, or null. */
export function planFloat(c: Compiler, e: A.expr): { cond: string; value: string } | null {
  const p: Plan = { conds: [], seen: new Map(), leaves: 0, ops: 0, rich: false };
  const v = walk(c, e, p);
  if (v === null || p.leaves === 0 || p.ops === 0 || (p.ops === 1 && !p.rich)) return null;
  return { cond: p.conds.join(" && "), value: v };
}

/** `name = <float arithmetic>` fused, with the ordinary code as fallback; the value goes
 * to the name's number variable when it is an unboxed local (float-unbox.ts). Null when
 * the value does not fuse (the caller compiles it the ordinary way). */
export function fusedAssign(c: Compiler, name: string, e: A.expr): string | null {
  if (c.fuseOff !== 0 || (e._type !== "BinOp" && e._type !== "UnaryOp" && e._type !== "Call")) return null;
  const plan = planFloat(c, e);
  if (plan === null) return null;
  c.fuseOff++;
  const slow = c.expr(e);
  c.fuseOff--;
  return `(${plan.cond} ? ${fusedResult(c, name, plan.value)} : ${slow})`;
}
