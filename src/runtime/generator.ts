// Generators: a Python generator function compiles to a JS generator function; this
// wrapper gives it Python's send/throw/close and StopIteration rules (PEP 479).
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { EXC, excFields, newExc, PyBaseException } from "./exceptions.js";
import type { PyCode } from "./function.js";
import { callMethod } from "./attributes.js";
import { getIter } from "./iter.js";
import { typeOf } from "./ops.js";
import { PyFrame } from "./frames.js";
import { state } from "./state.js";
import { excStack, recursionError } from "./rt.js";

export type JsGen = Generator<PyValue, PyValue, PyValue>;

/** The generators/coroutines being resumed, innermost last: `yield from`/`await`
 * record what they delegate to on the top one (gi_yieldfrom, cr_await). */
export const resuming: PyGenerator[] = [];

/** A generator body compiled to a state machine (codegen gen-sm.ts): called with a
 * sent value (mode 0) or an exception to raise at the suspended `yield` (mode 1);
 * answers the yielded value, or undefined once finished (the return value in `g.rv`). */
export type SmFn = (m: 0 | 1, v: PyValue, g: PyGenerator) => PyValue | undefined;

/** Generators made so far: each takes the next number (PyGenerator.serial), so that a
 * `for` loop can tell a generator made by its own header (rt.ts getIterTmp). */
let made = 0;
/** the number of the last generator made */
export const genMark = (): number => made;

export class PyGenerator extends PyObject {
  serial = ++made;
  /** made while a closing `for` header was evaluated: that loop closes it at its exit */
  tmp = false;
  running = false;
  done = false;
  started = false;
  /** the iterator a `yield from`/`await` is delegating to while suspended */
  yf: PyObject | null = null;
  /** the current line while running or suspended (set by generated code) */
  line: (() => number) | null = null;
  frame: PyFrame | null = null;
  /** the stack depth while running (frames.ts) */
  d = 0;
  /** the exceptions its suspended `except`/`finally` blocks are handling (excSuspend) */
  declare excs: PyBaseException[] | null;
  /** gi_frame: None once finished */
  frameObject(): PyFrame | null {
    if (this.done) return null;
    return (this.frame ??= new PyFrame(this.code, this.code.$globals, this.frameLocals, this.line, this));
  }
  /** "generator", "coroutine" or "async generator", for messages */
  get kind(): string {
    return "generator";
  }
  /** the state-machine body (then `g` is null) and its return value */
  sm: SmFn | null = null;
  rv: PyValue = null;
  constructor(readonly g: JsGen | null, readonly code: PyCode, public name: string, public qualname: string, readonly frameLocals: (() => PyValue) | null = null) {
    super();
  }
  /** Resume with a sent value (mode 0) or a thrown exception (mode 1). */
  resume(mode: 0 | 1, v: PyValue): IteratorResult<PyValue, PyValue> {
    if (this.running) raise("ValueError", `${this.kind} already executing`);
    if (mode === 1 && v instanceof PyBaseException) {
      // the exception leaves the frame that caught it: coming back, it gets a new entry
      // (a copy: a traceback object the caller holds, e.g. __exit__'s exc_tb, keeps the
      // entry as it was, so `e.__traceback__ = exc_tb` restores "handled here")
      const last = v.tb[v.tb.length - 1];
      if (last !== undefined && last.local) v.tb[v.tb.length - 1] = { ...last, local: false };
      // thrown into a generator that never ran: its frame is in the traceback at the
      // def line (the body is entered and raises at once)
      if (!this.started && !this.done) v.tb.push({ code: this.code, line: this.code.co_firstlineno });
    }
    if (this.done) {
      if (mode === 1) throw v;
      return { done: true, value: null };
    }
    if (this.g === null) return this.smResume(mode, v);
    this.running = true;
    this.started = true;
    resuming.push(this);
    const S = state;
    this.d = ++S.depth;
    S.rs.push(this);
    const base = excStack.length;
    if (this.excs !== null) excResume(this);
    let r: IteratorResult<PyValue, PyValue>;
    try {
      // the resumed frame counts against the limit; over it the generator ends unrun
      // (ceval.c: _Py_EnterRecursiveCall fails at frame entry, the frame is unwound)
      if (this.d > S.limit) recursionError();
      r = mode === 0 ? this.g.next(v) : this.g.throw(v);
    } catch (e) {
      this.running = false;
      this.done = true;
      this.yf = null;
      throw genError(e, this.kind);
    } finally {
      resuming.pop();
      S.rs.pop();
      S.depth--;
      if (excStack.length !== base) excSuspend(this, base);
    }
    this.running = false;
    if (r.done) this.done = true;
    return r;
  }
  /** resume() of a state-machine body. No `resuming` entry: such a body has no
   * `yield from`/`await`, the only readers of it. */
  private smResume(mode: 0 | 1, v: PyValue): IteratorResult<PyValue, PyValue> {
    const first = !this.started;
    this.running = true;
    this.started = true;
    const S = state;
    this.d = ++S.depth;
    S.rs.push(this);
    const base = excStack.length;
    if (this.excs !== null) excResume(this);
    let out: PyValue | undefined;
    try {
      if (this.d > S.limit) recursionError();
      // thrown into a generator that never ran: raised at once, without its body
      // (as a JS generator's throw() before the first next())
      if (first && mode === 1) throw v;
      out = this.sm!(mode, v, this);
    } catch (e) {
      this.running = false;
      this.done = true;
      throw genError(e, this.kind);
    } finally {
      S.rs.pop();
      S.depth--;
      if (excStack.length !== base) excSuspend(this, base);
    }
    this.running = false;
    if (out === undefined) {
      this.done = true;
      return { done: true, value: this.rv };
    }
    return { done: false, value: out };
  }
  send(v: PyValue): PyValue {
    if (!this.started && v !== null) raise("TypeError", "can't send non-None value to a just-started generator");
    const r = this.resume(0, v);
    if (r.done) throw newExc(EXC.StopIteration, r.value === null ? [] : [r.value]);
    return r.value;
  }
  throwExc(e: PyValue): PyValue {
    const r = this.resume(1, e);
    if (r.done) throw newExc(EXC.StopIteration, r.value === null ? [] : [r.value]);
    return r.value;
  }
  close(): void {
    if (this.done) return;
    if (!this.started) {
      this.done = true;
      return;
    }
    try {
      const r = this.resume(1, newExc(EXC.GeneratorExit, []));
      if (!r.done) raise("RuntimeError", `${this.kind} ignored GeneratorExit`);
    } catch (e) {
      if (e instanceof PyBaseException && (e.$cls.isSubtypeOf(EXC.GeneratorExit) || e.$cls.isSubtypeOf(EXC.StopIteration))) return;
      throw e;
    }
  }
}
PyGenerator.prototype.$cls = T.generator;
PyGenerator.prototype.excs = null;

/** A generator suspended inside an `except`/`finally` keeps the exceptions it is
 * handling (its own exc_info, ceval.c gi_exc_state) off the caller's stack. */
function excSuspend(g: PyGenerator, base: number): void {
  g.excs = excStack.length > base ? excStack.splice(base) : null;
}
function excResume(g: PyGenerator): void {
  for (const e of g.excs!) excStack.push(e);
  g.excs = null;
}

// the for-loop path: no IteratorResult handed around, no finally block
PyGenerator.prototype.$next = function (this: PyGenerator) {
  if (this.done) return undefined;
  if (this.running) raise("ValueError", "generator already executing");
  const sm = this.sm;
  if (sm !== null) return smNext(this, sm);
  this.running = true;
  this.started = true;
  resuming.push(this);
  const S = state;
  this.d = ++S.depth;
  S.rs.push(this);
  const base = excStack.length;
  if (this.excs !== null) excResume(this);
  let r: IteratorResult<PyValue, PyValue>;
  try {
    if (this.d > S.limit) recursionError();
    r = this.g!.next(null);
  } catch (e) {
    resuming.pop();
    S.rs.pop();
    S.depth--;
    if (excStack.length !== base) excSuspend(this, base);
    this.running = false;
    this.done = true;
    this.yf = null;
    throw genError(e, "generator");
  }
  resuming.pop();
  S.rs.pop();
  S.depth--;
  if (excStack.length !== base) excSuspend(this, base);
  this.running = false;
  if (r.done) {
    this.done = true;
    return undefined;
  }
  return r.value;
};

/** $next of a state-machine body: one call, no IteratorResult, no `resuming` entry. */
function smNext(g: PyGenerator, sm: SmFn): PyValue | undefined {
  g.running = true;
  g.started = true;
  const S = state;
  g.d = ++S.depth;
  S.rs.push(g);
  const base = excStack.length;
  if (g.excs !== null) excResume(g);
  let out: PyValue | undefined;
  try {
    if (g.d > S.limit) recursionError();
    out = sm(0, null, g);
  } catch (e) {
    S.rs.pop();
    S.depth--;
    if (excStack.length !== base) excSuspend(g, base);
    g.running = false;
    g.done = true;
    throw genError(e, "generator");
  }
  S.rs.pop();
  S.depth--;
  if (excStack.length !== base) excSuspend(g, base);
  g.running = false;
  if (out === undefined) g.done = true;
  return out;
}

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
export function genError(e: unknown, kind: string): unknown {
  if (e instanceof PyBaseException && (e.$cls.isSubtypeOf(EXC.StopIteration) || (kind === "async generator" && e.$cls.isSubtypeOf(EXC.StopAsyncIteration)))) {
    const err = newExc(EXC.RuntimeError, [`${kind} raised ${e.$cls.isSubtypeOf(EXC.StopIteration) ? "StopIteration" : "StopAsyncIteration"}`]);
    err.cause = e;
    err.context = e;
    return err;
  }
  return e;
}

// ---- yield from (PEP 380) helpers for generated code ----
export function yfIter(v: PyValue): PyObject {
  if (v instanceof PyGenerator) {
    // a coroutine is not iterable (only awaitable)
    if (v.kind !== "generator") {
      // GET_YIELD_FROM_ITER: a @types.coroutine generator (CO_ITERABLE_COROUTINE) may
      // delegate to a coroutine
      const me = resuming[resuming.length - 1];
      if (v.kind === "coroutine" && me !== undefined && (me.code.co_flags & 0x180) !== 0) return v;
      raise("TypeError", `cannot 'yield from' a coroutine object in a non-coroutine generator`);
    }
    return v;
  }
  return getIter(v);
}
export function yfSend(it: PyObject, v: PyValue): IteratorResult<PyValue, PyValue> {
  if (it instanceof PyGenerator) return it.resume(0, v);
  try {
    // __next__/send called directly: the StopIteration's value is the result
    if (v === null) return { done: false, value: callMethod(it, "__next__", [], null) };
    return { done: false, value: callMethod(it, "send", [v], null) };
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.StopIteration)) return { done: true, value: excFields(e).getStr("value") ?? null };
    throw e;
  }
}
export function yfThrow(it: PyObject, e: unknown): IteratorResult<PyValue, PyValue> {
  if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.GeneratorExit)) {
    if (it instanceof PyGenerator) it.close();
    else if (typeOf(it).lookup("close") != null) callMethod(it, "close", [], null);
    throw e;
  }
  if (it instanceof PyGenerator) return it.resume(1, e as PyValue);
  if (typeOf(it).lookup("throw") == null) throw e;
  try {
    return { done: false, value: callMethod(it, "throw", [e as PyValue], null) };
  } catch (x) {
    if (x instanceof PyBaseException && x.$cls.isSubtypeOf(EXC.StopIteration)) return { done: true, value: excFields(x).getStr("value") ?? null };
    throw x;
  }
}
