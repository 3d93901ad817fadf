// Exceptions that reach a handler of the same frame without a JS throw.
//
// A V8 throw costs about a microsecond here (the unwinder walks every JS frame on the
// way, docs/performance-notes.md), as much as CPython spends on a whole raise/except.
// When a statement sits directly in the body of a `try` with `except` clauses of the
// same function, with no other JS `try`/`finally` in between (a `with`, a `finally`, a
// loop closing its generator, an except* clause), an exception raised there can go to
// the handlers by `break`: the exception object is made exactly as before, recorded by
// `$R.caught` (traceback entry, __context__) as the `catch` would, and the try
// statement runs its handlers after a labelled block instead of inside its `catch`.
// Statements in an `except` clause of such a try, itself in the body of an outer try,
// jump to the outer one after the clause's own cleanup (clearing the `as` name, leaving
// the handled exception), which is what its `catch ($h)` would have done.
//
// Jumps are emitted for `raise` statements and, where the statement's value is the
// operation (`x = d[k]`, `t += lst[i]`, `return d[k]`, `d[k]`, the same with `int(s)`),
// for lookups whose runtime entry returns `undefined` instead of throwing
// (src/runtime/exc-jump.ts); every case those entries do not cover throws as before.
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import type { FnCtx } from "./context.js";
import { subscriptWarning } from "./literal-warnings.js";

interface JumpEntry {
  /** a try body: the label of its block and the temporary receiving the exception */
  label?: string;
  exc?: string;
  /** the target was used: the try statement must take the labelled shape */
  used?: boolean;
  /** an except clause: the temporary holding the exception it handles, the JS that
   * leaves it, then where a jump continues (null: nowhere) */
  handled?: string;
  cleanup?: string;
  next?: JumpEntry | null;
  /** the nesting counters (FnCtx) where the entry is valid: any other JS `try` or
   * `finally` opened since changes one of them and blocks the jump */
  finallyDepth: number;
  tryDepth: number;
}

export interface JumpTo {
  label: string;
  exc: string;
  /** per except clause left on the way: what its `catch ($h)` does (compiler tryStmt) */
  steps: string;
}

const stacks = new WeakMap<FnCtx, JumpEntry[]>();

function stackOf(ctx: FnCtx): JumpEntry[] {
  let s = stacks.get(ctx);
  if (s === undefined) stacks.set(ctx, (s = []));
  return s;
}

/** The innermost entry valid at the current statement, or null. */
function validTop(ctx: FnCtx): JumpEntry | null {
  const s = stacks.get(ctx);
  const top = s === undefined ? undefined : s[s.length - 1];
  if (top === undefined || top.finallyDepth !== ctx.finallyDepth || top.tryDepth !== ctx.tryDepth) return null;
  return top;
}

function resolve(e: JumpEntry | null | undefined): JumpTo | null {
  let steps = "";
  while (e) {
    if (e.label !== undefined) {
      e.used = true;
      return { label: e.label, exc: e.exc!, steps };
    }
    steps += `$x = $R.excChain($x, ${e.handled}); ${e.cleanup}`;
    e = e.next;
  }
  return null;
}

/** Where an exception raised by the statement being compiled can jump, or null. */
export function jumpFrom(c: Compiler): JumpTo | null {
  // async code closes `async for` iterators in JS `finally` blocks the counters miss
  if (c.ctx.asyncKind !== null) return null;
  return resolve(validTop(c.ctx));
}

/** The JS that leaves for the handlers with the exception `excJs`: the steps of the
 * throw it replaces (each except clause's cleanup and excChain, then the target's
 * `catch`, where $R.caught records the traceback entry and the __context__). */
export function jumpJs(c: Compiler, j: JumpTo, excJs: string): string {
  return `{ let $x = ${excJs}; ${j.steps}${j.exc} = $R.caught($x, $C[${c.ctx.codeIndex}], $ln${c.recArg()}); break ${j.label}; }`;
}

/** Compile a try body as a jump target; `used` tells whether a jump was emitted. */
export function targetBody(c: Compiler, label: string, exc: string, compile: () => string): { body: string; used: boolean } {
  const entry: JumpEntry = { label, exc, finallyDepth: c.ctx.finallyDepth, tryDepth: c.ctx.tryDepth + 1 };
  const s = stackOf(c.ctx);
  s.push(entry);
  try {
    return { body: compile(), used: entry.used === true };
  } finally {
    s.pop();
  }
}

/** The target a jump from an except clause of the try statement about to be compiled
 * continues to (call before the statement opens any block). */
export function outerTarget(c: Compiler): JumpEntry | null {
  return c.ctx.asyncKind !== null ? null : validTop(c.ctx);
}

/** Where the re-raise of an exception no clause matched (`handled`) can jump, leaving
 * the clauses' region with `cleanup`; null when it must throw. */
export function unmatchedJump(outer: JumpEntry | null, handled: string, cleanup: string): JumpTo | null {
  if (outer === null) return null;
  return resolve({ handled, cleanup, next: outer, finallyDepth: -1, tryDepth: -1 });
}

/** Compile an except clause's body: a jump from it runs `cleanup` and goes on to
 * `outer`. `plain`: the body is compiled by tryBody (one more JS try level). */
export function clauseBody(c: Compiler, outer: JumpEntry | null, handled: string, cleanup: string, plain: boolean, compile: () => string): string {
  if (outer === null) return compile();
  const entry: JumpEntry = { handled, cleanup, next: outer, finallyDepth: c.ctx.finallyDepth, tryDepth: c.ctx.tryDepth + (plain ? 1 : 0) };
  const s = stackOf(c.ctx);
  s.push(entry);
  try {
    return compile();
  } finally {
    s.pop();
  }
}

/** `o[k]` or `int(x)` compiled so that its failure jumps: `pre` runs the operation into
 * a temporary and jumps on failure, `val` is then its value. Null when `e` is not such
 * an operation or no jump is possible. */
export function jumpValue(c: Compiler, e: A.expr): { pre: string; val: string } | null {
  if (!isJumpShape(e)) return null;
  const j = jumpFrom(c);
  if (j === null) return null;
  let op: string;
  if (e._type === "Subscript") {
    const w = subscriptWarning(e.value, e.slice);
    if (w) c.warn(w, e);
    op = `$R.gij(${c.expr(e.value)}, ${c.expr(e.slice)})`;
  } else {
    const call = e as A.Call;
    const f = c.expr(call.func);
    const args = call.args.map((a) => ", " + c.expr(a)).join("");
    op = isIntCall(call) ? `$R.c1j(${f}${args})` : `$R.c${call.args.length}s(${f}${args})`;
  }
  const t = c.ctx.temp();
  return { pre: `if ((${t} = ${op}) === undefined) ${jumpJs(c, j, "$R.jmiss()")}\n`, val: t };
}

/** names whose calls expr.ts compiles specially (super(), the frame readers) */
const SPECIAL_CALLS = new Set(["super", "globals", "locals", "vars", "dir", "eval", "exec"]);

function isIntCall(e: A.Call): boolean {
  return e.func._type === "Name" && e.func.id === "int" && e.args.length === 1;
}

/** `o[k]` without a slice; `f(a, b)` of a name with at most 3 positional arguments
 * (the callee may return its exception, runtime exc-jump.ts c0s..c3s; int(s) c1j). */
function isJumpShape(e: A.expr): boolean {
  if (e._type === "Subscript") return e.slice._type !== "Slice";
  if (e._type !== "Call" || e.func._type !== "Name" || SPECIAL_CALLS.has(e.func.id)) return false;
  return e.args.length <= 3 && e.keywords.length === 0 && e.args.every((a) => a._type !== "Starred");
}

const softCodes = new WeakMap<Compiler, Set<number>>();

/** The function of code `code` returns a `raise` no handler of its own sees to a caller
 * that asked for it (state.soft), instead of throwing: recorded for factoryTable. */
export function markSoft(c: Compiler, code: number): boolean {
  let s = softCodes.get(c);
  if (s === undefined) softCodes.set(c, (s = new Set()));
  s.add(code);
  return true;
}

export function isSoft(c: Compiler, code: number): boolean {
  return softCodes.get(c)?.has(code) === true;
}

/** Whether jumpValue would take `e` (checked before anything is compiled). */
export function jumpable(c: Compiler, e: A.expr): boolean {
  return isJumpShape(e) && c.ctx.asyncKind === null && validTop(c.ctx) !== null;
}
