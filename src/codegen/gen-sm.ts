// Generators compiled to state machines instead of JS generator functions.
//
// Resuming a JS generator costs V8 far more than calling a function (measured on a
// model of bench b5: three chained generators summed, ~3x faster as closures). So a
// generator function whose yields sit only in "simple" places is compiled to a
// resumable closure `function $fN($m, $v, $gn)` that runs until the next `yield` and
// returns the yielded value (undefined once finished, the return value in `$gn.rv`):
//
//   $sm: for (;;) switch ($st) { case 0: ...; $st = 3; return v; case 3: ... }
//
// The statements that contain a yield (expression-statement `yield v`, `x = yield v`,
// and `if`/`while`/`for` around them) are split into cases; every other statement is
// compiled by the Compiler as usual, inside one case, and its `break`/`continue`/
// `return` of a split loop become jumps (`$st = K; continue $sm;`). Locals, temps and
// `$st` live in the wrapper function (as for JS generators, for gi_frame.f_locals).
// Anything else (`yield` inside try/with or an expression, `yield from`, async, frame
// records) keeps the JS generator (compiler.ts wrapFunction). Runtime side:
// src/runtime/generator.ts (PyGenerator.sm, smNext, smResume).
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import { condExpr } from "./cond.js";
import { constSetJs } from "./const-set.js";

/** Any `yield`/`yield from`/`await` under this node, nested scopes included (the check
 * is conservative: a statement holding a nested generator is not split, so the
 * function keeps the JS generator). */
export function hasYield(n: unknown): boolean {
  if (Array.isArray(n)) {
    for (const x of n) if (hasYield(x)) return true;
    return false;
  }
  if (n === null || typeof n !== "object") return false;
  const t = (n as { _type?: string })._type;
  if (t === undefined) return false;
  if (t === "Yield" || t === "YieldFrom" || t === "Await") return true;
  for (const k in n) {
    if (k === "_type") continue;
    const v = (n as Record<string, unknown>)[k];
    if (v !== null && typeof v === "object" && hasYield(v)) return true;
  }
  return false;
}

/** The statements can all be split (see the top of this file). */
export function smEligible(body: A.stmt[]): boolean {
  for (const s of body) {
    if (!hasYield(s)) continue;
    switch (s._type) {
      case "Expr":
        if (s.value._type !== "Yield" || hasYield(s.value.value)) return false;
        break;
      case "Assign":
        if (s.targets.length !== 1 || s.targets[0]._type !== "Name" || s.value._type !== "Yield" || hasYield(s.value.value)) return false;
        break;
      case "If":
      case "While":
        if (hasYield(s.test) || !smEligible(s.body) || !smEligible(s.orelse)) return false;
        break;
      case "For":
        if (hasYield(s.iter) || hasYield(s.target) || !smEligible(s.body) || !smEligible(s.orelse)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The jump to a state: the dispatch loop picks it up (JS `finally` blocks of the
 * statement being left run first, as Python's do). */
function jump(state: number): string {
  return `$st = ${state}; continue $sm;`;
}

export class SmEmitter {
  private cases: string[] = [];
  /** cases reached only by a jump (returns that close loop iterators), put last */
  private tail: string[] = [];
  private cur = "";
  private curState = 0;
  private n = 1;
  /** temps holding the iterators of the split `for` loops over a call or genexp
   * around the statement being compiled, outermost first: CPython's refcounting closes
   * such an iterator when the loop is left (compiler.ts forStmt's closeTemp) */
  private closing: string[] = [];
  /** every such temp, for the exception path */
  readonly allClosing: string[] = [];

  constructor(private readonly c: Compiler) {}

  /** The body of the state-machine function (inside its try). */
  compile(body: A.stmt[]): string {
    this.stmts(body);
    this.cur += "return undefined;\n";
    this.begin(-1);
    return `$sm: for (;;) switch ($st) {\n${this.cases.join("")}${this.tail.join("")}default: return undefined;\n}\n`;
  }

  /** `return value` inside the body (compiler.ts returnJs) */
  returnJs(value: string): string {
    if (this.closing.length === 0) return `{ $gn.rv = ${value}; return undefined; }`;
    const state = this.n++;
    let out = `case ${state}:\n`;
    for (let i = this.closing.length - 1; i >= 0; i--) out += closeJs(this.closing[i]);
    this.tail.push(out + "return undefined;\n");
    return `{ $gn.rv = ${value}; ${jump(state)} }`;
  }

  /** The catch of the state-machine function: the split loops' iterators still open
   * are closed (innermost first) before the exception leaves, as their `finally` would. */
  closers(): string {
    let out = "";
    for (let i = this.allClosing.length - 1; i >= 0; i--) {
      const t = this.allClosing[i];
      out += `if (${t} !== undefined) { const $c = ${t}; ${t} = undefined; try { $R.closeTemp($c); } catch ($x) { $e = $x; } }\n`;
    }
    return out;
  }

  private begin(state: number): void {
    this.cases.push(`case ${this.curState}:\n${this.cur}`);
    this.cur = "";
    this.curState = state;
  }

  private stmts(body: A.stmt[]): void {
    for (const s of body) {
      if (!hasYield(s)) this.cur += this.c.stmt(s);
      else this.c.atLine(s.lineno, () => this.split(s));
    }
  }

  private split(s: A.stmt): void {
    const c = this.c;
    const ln = `$ln = ${s.lineno}; `;
    switch (s._type) {
      case "Expr":
      case "Assign": {
        const y = s.value as A.Yield;
        const value = y.value ? c.expr(y.value) : "null";
        const resume = this.n++;
        this.cur += `${ln}$st = ${resume}; return ${value};\n`;
        this.begin(resume);
        if (s._type === "Assign") {
          const t = s.targets[0] as A.Name;
          c.forbidden(t.id, t);
          this.cur += c.storeName(t.id, "$v") + "\n";
        }
        return;
      }
      case "If": {
        const end = this.n++;
        const other = s.orelse.length ? this.n++ : end;
        this.cur += `${ln}if (!${condExpr(c, s.test)}) { ${jump(other)} }\n`;
        this.stmts(s.body);
        if (s.orelse.length) {
          this.cur += jump(end) + "\n";
          this.begin(other);
          this.stmts(s.orelse);
        }
        this.begin(end);
        return;
      }
      case "While": {
        const head = this.n++;
        const end = this.n++;
        const other = s.orelse.length ? this.n++ : end;
        this.begin(head);
        this.cur += `${ln}if (!${condExpr(c, s.test)}) { ${jump(other)} }\n`;
        this.loopBody(s.body, jump(end), head);
        if (s.orelse.length) {
          this.begin(other);
          this.stmts(s.orelse);
        }
        this.begin(end);
        return;
      }
      case "For": {
        const it = c.ctx.temp();
        const v = c.ctx.temp();
        const closes = s.iter._type === "Call" || s.iter._type === "GeneratorExp";
        const head = this.n++;
        const end = this.n++;
        const other = this.n++;
        const brk = closes ? this.n++ : end;
        this.cur += `${ln}${it} = ${closes ? "$R.getIterTmp($R.genMark(), " : "$R.getIter("}${constSetJs(c, s.iter, true) ?? c.expr(s.iter)});\n`;
        this.begin(head);
        // the line is the `for` while the next item is fetched (its errors are there)
        this.cur += `$ln = ${s.lineno}; if ((${v} = ${it}.$next()) === undefined) { ${jump(other)} }\n${c.assign(s.target, v)}\n`;
        if (closes) {
          this.closing.push(it);
          this.allClosing.push(it);
        }
        this.loopBody(s.body, jump(brk), head);
        if (closes) {
          this.closing.pop();
          this.begin(brk);
          this.cur += closeJs(it) + jump(end) + "\n";
        }
        this.begin(other);
        if (closes) this.cur += `${it} = undefined;\n`;
        this.stmts(s.orelse);
        this.begin(end);
        return;
      }
      default:
        throw new Error(`gen-sm: cannot split ${s._type}`);
    }
  }

  /** A split loop's body, ending with the jump back to its head. */
  private loopBody(body: A.stmt[], breakJs: string, head: number): void {
    const loops = this.c.ctx.loops;
    loops.push({ breakLabel: "$sm", breakJs, continueJs: jump(head) });
    const last = body[body.length - 1];
    if (last._type === "Expr" && last.value._type === "Yield") {
      // `yield v` ends the body: resuming goes straight to the loop's head
      this.stmts(body.slice(0, -1));
      const v = last.value.value;
      this.cur += `$ln = ${last.lineno}; $st = ${head}; return ${v ? this.c.atLine(last.lineno, () => this.c.expr(v)) : "null"};\n`;
      loops.pop();
      return;
    }
    this.stmts(body);
    loops.pop();
    this.cur += jump(head) + "\n";
  }
}

/** Close a loop's iterator and forget it (so the exception path does not close it again). */
function closeJs(t: string): string {
  return `{ const $c = ${t}; ${t} = undefined; $R.closeTemp($c); }\n`;
}

/** A (non-async) generator expression's body as a state machine: state i+1 is the head
 * of the i-th `for` (it fetches the next item; exhausted, it goes back to the head of
 * the loop around it), the yield resumes at the innermost head. Compiled in the order
 * of expr.ts comprehension (element first, then the loops from the innermost out), so
 * temps and errors come out as there. `first` is the parameter holding the iterator of
 * the outermost iterable (evaluated outside, as CPython does). */
export function genexpSm(c: Compiler, e: A.GeneratorExp, first: string): string {
  const n = e.generators.length;
  const elt = c.expr(e.elt);
  const parts: string[] = new Array<string>(n);
  let closes = "";
  for (let i = n - 1; i >= 0; i--) {
    const g = e.generators[i];
    const it = c.ctx.temp();
    // an iterator made for this genexp alone dies with its frame in CPython (refcount):
    // close() of the genexp closes such a generator before it returns. (When the
    // genexp raises, CPython closes it only once the traceback is freed: not modelled.)
    const own = g.iter._type === "Call" || g.iter._type === "GeneratorExp";
    if (own) closes += `$R.closeTemp(${it}); `;
    const v = c.ctx.temp();
    const conds = g.ifs.map((x) => `if (!$R.truthy(${c.expr(x)})) { ${jump(i + 1)} }`).join(" ");
    const src = i === 0 ? first : `${own ? "$R.getIterTmp($R.genMark(), " : "$R.getIter("}${c.expr(g.iter)})`;
    const exhausted = i === 0 ? "return undefined;" : jump(i);
    parts[i] = `${it} = ${src};\ncase ${i + 1}:\nif ((${v} = ${it}.$next()) === undefined) { ${exhausted} }\n${c.assign(g.target, v)} ${conds}\n`;
  }
  // mode 1 (throw/close) raises at the suspended yield, which no try encloses
  const thrown = closes === "" ? "throw $v;" : `{ if ($R.isGenExit($v)) { ${closes}} throw $v; }`;
  return `if ($m !== 0) ${thrown}\n$sm: for (;;) switch ($st) {\ncase 0:\n${parts.join("")}$st = ${n}; return ${elt};\ndefault: return undefined;\n}`;
}
