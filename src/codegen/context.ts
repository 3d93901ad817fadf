// Per-JS-function emission state: temporaries, loop labels, the scope being compiled.
import type { ScopeInfo } from "./scopes.js";
import type { SmEmitter } from "./gen-sm.js";

export interface LoopLabel {
  /** label of the block that a Python `break` leaves (skipping any `else`) */
  breakLabel: string;
  /** a loop split by a generator state machine (gen-sm.ts): the jumps that stand for
   * `break` and `continue` */
  breakJs?: string;
  continueJs?: string;
}

export class FnCtx {
  temps: string[] = [];
  loops: LoopLabel[] = [];
  /** names of active `except` variables holding the exception being handled */
  handlers: string[] = [];
  /** inside an `except*` body: the loop depth where it starts (-1 outside); break,
   * continue and return may not leave it (compile.c compiler_try_star_except) */
  starLoops = -1;
  isGenerator: boolean;
  /** a plain function frame whose `return` restores `$S.depth` itself, so the frame
   * needs only a `catch` (no `finally`) on the way out: one V8 unwind stop fewer per
   * exception passing through it (docs/performance-notes.md, session 4) */
  fastReturn = false;
  /** nesting of JS `finally` blocks that run Python code (for-loop generator close,
   * `try ... finally`, `with`) around the statement being compiled */
  finallyDepth = 0;
  /** a `return` sits inside such a block: its code runs after the return value is
   * computed, so the frame keeps a `finally` restoring the depth (wrapFunction) */
  slowReturn = false;
  /** nesting of JS `try` blocks whose `catch` handles Python exceptions (try and
   * except* bodies, except* handlers, finally bodies) around the statement */
  tryDepth = 0;
  /** a `raise` leaves the frame by `break $out` (compiler Raise case) */
  raiseOut = false;
  /** the JS function is a generator stepped as a coroutine ("coro"), an async
   * generator ("agen"), or an async comprehension inlined with `yield*` ("comp") */
  asyncKind: "coro" | "agen" | "comp" | null = null;
  /** the generator body is being compiled to a state machine (gen-sm.ts) */
  sm: SmEmitter | null = null;
  constructor(readonly scope: ScopeInfo, readonly codeIndex: number, readonly parent: FnCtx | null) {
    this.isGenerator = scope.isGenerator;
    const n = scope.node as { _type?: string };
    if (n._type === "AsyncFunctionDef") {
      this.asyncKind = scope.isGenerator ? "agen" : "coro";
      this.isGenerator = true;
    }
  }
  /** `await` is allowed here (an async def, or a comprehension inlined into one) */
  get canAwait(): boolean {
    return this.asyncKind !== null;
  }
  private n = 0;
  temp(): string {
    const t = `$t${this.n++}`;
    this.temps.push(t);
    return t;
  }
  label(): string {
    return `$L${this.n++}`;
  }
}

/** A JS identifier for a Python name (Python names never contain `$`). */
export function jsName(prefix: string, name: string): string {
  let out = prefix;
  for (const ch of name) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else out += "$" + ch.codePointAt(0)!.toString(16) + "$";
  }
  return out;
}
