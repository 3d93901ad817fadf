// Coroutines and async generators (PEP 492, PEP 525). Like generators they are JS
// generator functions stepped synchronously: `await x` compiles to
// `yield* awaitGen(x)`, so whatever the awaited iterator yields (a Future, or None for
// a bare "yield control") goes straight up to whoever calls send() — asyncio's Task.
// An async generator's own `yield v` yields an AgValue wrapper instead, which its
// asend/athrow awaitables turn into StopIteration(v) (genobject.c _PyAsyncGenValueWrapper).
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { PyTuple } from "./containers.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { EXC, newExc, PyBaseException } from "./exceptions.js";
import { PyGenerator, resuming, yfSend, yfThrow, type JsGen } from "./generator.js";
import type { PyCode } from "./function.js";
import { callSpecial, typeOf, typeName, hexId, truthy, bindDescr, pyRepr } from "./ops.js";
import { callMethod, setattr } from "./attributes.js";
import * as Call from "./call.js";
import { method, getset } from "./descriptors.js";
import { excEnter, excLeave, excChain } from "./rt.js";
import { tracebackOf, PyTraceback } from "./exc-methods.js";

const CO_ITERABLE_COROUTINE = 0x100;

function mkType(name: string): PyType {
  const t = new PyType(name, [T.object]);
  t.computeMro();
  return t;
}
export const coroutineType = mkType("coroutine");
export const coroWrapperType = mkType("coroutine_wrapper");
export const asyncGenType = mkType("async_generator");
export const asendType = mkType("async_generator_asend");
export const athrowType = mkType("async_generator_athrow");

export class PyCoroutine extends PyGenerator {
  override get kind(): string {
    return "coroutine";
  }
  override resume(mode: 0 | 1, v: PyValue): IteratorResult<PyValue, PyValue> {
    // send and throw alike (genobject.c gen_send_ex2: close() never gets here when done)
    if (this.done) raise("RuntimeError", "cannot reuse already awaited coroutine");
    return super.resume(mode, v);
  }
}
PyCoroutine.prototype.$cls = coroutineType;
// a coroutine is not an iterator: `for` and next() reject it
PyCoroutine.prototype.$next = PyObject.prototype.$next;

/** What `yield v` inside an async generator hands to its asend/athrow awaitable. */
export class AgValue {
  constructor(readonly v: PyValue) {}
}
export function agWrap(v: PyValue): PyValue {
  return new AgValue(v) as unknown as PyValue;
}

/** sys.set_asyncgen_hooks: what an event loop wants to know about async generators
 * (asyncio's loop registers them while it runs). */
export const agHooks: { firstiter: PyValue; finalizer: PyValue } = { firstiter: null, finalizer: null };

export class PyAsyncGen extends PyGenerator {
  /** an asend/athrow of this generator is in progress (ag_running) */
  agRunning = false;
  closed = false;
  /** hooks looked at (genobject.c async_gen_init_hooks, once per generator) */
  hooksInited = false;
  finalizer: PyValue = null;
  initHooks(): void {
    if (this.hooksInited) return;
    this.hooksInited = true;
    this.finalizer = agHooks.finalizer;
    if (agHooks.firstiter !== null) Call.callv(agHooks.firstiter, [this], null);
  }
  override get kind(): string {
    return "async generator";
  }
}
PyAsyncGen.prototype.$cls = asyncGenType;
PyAsyncGen.prototype.$next = PyObject.prototype.$next;

export function mkcoro(g: JsGen, code: PyCode, frameLocals?: () => PyValue, line?: () => number): PyCoroutine {
  const c = new PyCoroutine(g, code, code.co_name, code.co_qualname, frameLocals ?? null);
  if (line) c.line = line;
  return c;
}
export function mkagen(g: JsGen, code: PyCode, frameLocals?: () => PyValue, line?: () => number): PyAsyncGen {
  const c = new PyAsyncGen(g, code, code.co_name, code.co_qualname, frameLocals ?? null);
  if (line) c.line = line;
  return c;
}

// ---- await ----
/** The iterator `await v` delegates to (ceval.c GET_AWAITABLE, _PyCoro_GetAwaitableIter). */
export function awaitableIter(v: PyValue): PyObject {
  if (v instanceof PyCoroutine) {
    // ceval.c GET_AWAITABLE: a coroutine suspended in its own await cannot be awaited again
    if (v.yf !== null && v.yf !== undefined) raise("RuntimeError", "coroutine is being awaited already");
    return v;
  }
  if ((v as unknown) instanceof ResolvedAwait) return (v as unknown as ResolvedAwait).it;
  if (v instanceof PyGenerator && !(v instanceof PyAsyncGen) && v.code.co_flags & CO_ITERABLE_COROUTINE) return v;
  const r = callSpecial(v, "__await__", []);
  if (r === undefined) raise("TypeError", `object ${typeName(v)} can't be used in 'await' expression`);
  if (r instanceof PyCoroutine) raise("TypeError", "__await__() returned a coroutine");
  if (r === null || typeof r !== "object" || r.$cls.lookup("__next__") == null) raise("TypeError", `__await__() returned non-iterator of type '${typeName(r)}'`);
  return r;
}

/** `await v`, delegated to with `yield*` (the same PEP 380 rules as `yield from`). */
export function* awaitGen(v: PyValue): Generator<PyValue, PyValue, PyValue> {
  const it = awaitableIter(v);
  const me = resuming[resuming.length - 1];
  if (me) me.yf = it;
  try {
    let r = yfSend(it, null);
    while (!r.done) {
      let sent: PyValue;
      try {
        sent = yield r.value;
      } catch (e) {
        r = yfThrow(it, e);
        continue;
      }
      r = yfSend(it, sent);
    }
    return r.value;
  } finally {
    if (me) me.yf = null;
  }
}

// ---- async for ----
export function aiterOf(v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.lookup("__aiter__") == null) raise("TypeError", `'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = callSpecial(v, "__aiter__", [])!;
  if (typeOf(it).lookup("__anext__") == null) raise("TypeError", `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  return it;
}
export function anextOf(it: PyValue): PyValue {
  const aw = callSpecial(it, "__anext__", []);
  if (aw === undefined) raise("TypeError", `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  // GET_ANEXT asks for the awaitable's iterator at once; a failure there is the cause
  // of its TypeError (_PyErr_FormatFromCause)
  let iter: PyObject;
  try {
    iter = awaitableIter(aw);
  } catch (e) {
    const t = newExc(EXC.TypeError, [`'async for' received an invalid object from __anext__: ${typeName(aw)}`]);
    if (e instanceof PyBaseException) {
      t.cause = e;
      t.context = e;
      t.suppressContext = true;
    }
    throw t;
  }
  return new ResolvedAwait(iter) as unknown as PyValue;
}
/** An awaitable whose iterator is already known (anextOf): awaitGen uses it as is. */
class ResolvedAwait {
  constructor(readonly it: PyObject) {}
}
export function isStopAsync(e: unknown): boolean {
  return e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.StopAsyncIteration);
}

// ---- async with ----
/** Looks up __aenter__/__aexit__, hands the bound __aexit__ to `setExit` and returns
 * the awaitable of __aenter__() (ceval.c BEFORE_ASYNC_WITH). */
export function awithEnter(mgr: PyValue, setExit: (f: PyValue) => void): PyValue {
  const t = typeOf(mgr);
  const enter = t.lookup("__aenter__");
  const exit = t.lookup("__aexit__");
  if (enter == null) raise("TypeError", `'${t.name}' object does not support the asynchronous context manager protocol`);
  if (exit == null) raise("TypeError", `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  setExit(bindDescr(exit, mgr));
  const aw = Call.callv(bindDescr(enter, mgr), [], null);
  return checkAwaitable(aw, "__aenter__");
}
function checkAwaitable(aw: PyValue, what: string): PyValue {
  if (aw instanceof PyCoroutine || (aw instanceof PyGenerator && aw.code.co_flags & CO_ITERABLE_COROUTINE) || typeOf(aw).lookup("__await__") != null) return aw;
  return raise("TypeError", `'async with' received an object from ${what} that does not implement __await__: ${typeName(aw)}`);
}
/** The awaitable of __aexit__(...) for a with block left normally (e === null) or by `e`. */
export function awithExit(exit: PyValue, e: PyBaseException | null): PyValue {
  if (e === null) return checkAwaitable(Call.callv(exit, [null, null, null], null), "__aexit__");
  excEnter(e);
  try {
    return checkAwaitable(Call.callv(exit, [e.$cls, e, null], null), "__aexit__");
  } finally {
    excLeave();
  }
}
export { truthy };
/** `async with` left by an exception: __aexit__(type, value, traceback) is called and
 * awaited while `e` is being handled, so what it raises has `e` as its __context__
 * (ceval.c WITH_EXCEPT_START, then the await). */
export function* awithExitExc(exit: PyValue, e: PyBaseException): Generator<PyValue, PyValue, PyValue> {
  excEnter(e);
  try {
    const aw = checkAwaitable(Call.callv(exit, [e.$cls, e, tracebackOf(e)], null), "__aexit__");
    return yield* awaitGen(aw);
  } catch (x) {
    throw excChain(x, e);
  } finally {
    excLeave();
  }
}

// ---- coroutine type ----
const C = (v: PyValue): PyCoroutine => {
  if (!(v instanceof PyCoroutine)) raise("TypeError", `descriptor requires a 'coroutine' object but received a '${typeName(v)}'`);
  return v;
};
function stopWith(r: IteratorResult<PyValue, PyValue>): PyValue {
  if (r.done) throw newExc(EXC.StopIteration, r.value === null ? [] : [r.value]);
  return r.value;
}
/** gen.throw(typ[, val[, tb]]) arguments to one exception instance. */
export function throwArg(t: PyValue, v: PyValue | undefined, tb?: PyValue): PyBaseException {
  // genobject.c _gen_throw: the traceback argument is checked first
  if (tb !== undefined && tb !== null && !(tb instanceof PyTraceback)) raise("TypeError", "throw() third argument must be a traceback object");
  let e: PyValue = t;
  if (t instanceof PyType && t.isSubtypeOf(EXC.BaseException)) {
    // PyErr_NormalizeException: an instance of the class is used as is; any other
    // value is the argument (a tuple: the arguments) of a new instance
    if (v instanceof PyBaseException && v.$cls.isSubtypeOf(t)) e = v;
    else e = Call.callv(t, v === undefined || v === null ? [] : v instanceof PyTuple ? v.a.slice() : [v], null);
    // a class whose call gives no exception: the TypeError is what gets thrown in
    // (errors.c _PyErr_SetObject)
    if (!(e instanceof PyBaseException)) return newExc(EXC.TypeError, [`calling ${pyRepr(t)} should have returned an instance of BaseException, not ${typeName(e)}`]);
  } else if (e instanceof PyBaseException) {
    if (v !== undefined && v !== null) raise("TypeError", "instance exception may not have a separate value");
  } else raise("TypeError", "exceptions must be classes or instances deriving from BaseException, not " + typeName(e));
  if (tb instanceof PyTraceback) setattr(e, "__traceback__", tb);
  return e as PyBaseException;
}
/** A generator's or coroutine's __name__/__qualname__ being set. */
export function nameArg(what: string, v: PyValue | undefined): string {
  if (typeof v !== "string") raise("TypeError", `${what} must be set to a string object`);
  return v;
}
method(coroutineType, "send", 1, 1, (s, v) => {
  const c = C(s);
  if (!c.started && v !== null && !c.done) raise("TypeError", "can't send non-None value to a just-started coroutine");
  return stopWith(c.resume(0, v));
});
method(coroutineType, "throw", 1, 3, (s, t, v, tb) => stopWith(C(s).resume(1, throwArg(t, v, tb))));
method(coroutineType, "close", 0, 0, (s) => (C(s).close(), null));
method(coroutineType, "__await__", 0, 0, (s) => new CoroWrapper(C(s)));
method(coroutineType, "__repr__", 0, 0, (s) => `<coroutine object ${C(s).qualname} at ${hexId(s)}>`);
getset(coroutineType, "__name__", (s) => C(s).name, (s, v) => void (C(s).name = nameArg("__name__", v)));
getset(coroutineType, "__qualname__", (s) => C(s).qualname, (s, v) => void (C(s).qualname = nameArg("__qualname__", v)));
getset(coroutineType, "cr_running", (s) => C(s).running);
getset(coroutineType, "cr_suspended", (s) => C(s).started && !C(s).running && !C(s).done);
getset(coroutineType, "cr_code", (s) => C(s).code);
getset(coroutineType, "cr_await", (s) => (C(s).running ? null : C(s).yf));
getset(coroutineType, "cr_origin", () => null);
getset(coroutineType, "cr_frame", (s) => C(s).frameObject());

/** What coroutine.__await__() returns: an iterator stepping the coroutine. */
class CoroWrapper extends PyObject {
  constructor(readonly c: PyCoroutine) {
    super();
  }
}
CoroWrapper.prototype.$cls = coroWrapperType;
const W = (v: PyValue): PyCoroutine => (v as CoroWrapper).c;
method(coroWrapperType, "__iter__", 0, 0, (s) => s);
method(coroWrapperType, "__next__", 0, 0, (s) => stopWith(W(s).resume(0, null)));
method(coroWrapperType, "send", 1, 1, (s, v) => stopWith(W(s).resume(0, v)));
method(coroWrapperType, "throw", 1, 3, (s, t, v, tb) => stopWith(W(s).resume(1, throwArg(t, v, tb))));
method(coroWrapperType, "close", 0, 0, (s) => (W(s).close(), null));

// ---- async generator type (genobject.c async_gen_asend / async_gen_athrow) ----
const AG = (v: PyValue): PyAsyncGen => {
  if (!(v instanceof PyAsyncGen)) raise("TypeError", `descriptor requires a 'async_generator' object but received a '${typeName(v)}'`);
  return v;
};

/** The awaitable of asend(v)/__anext__() (mode "send"), athrow(e) or aclose(). */
class AgStep extends PyObject {
  /** 0 not started, 1 running, 2 finished */
  state = 0;
  constructor(readonly ag: PyAsyncGen, readonly mode: "send" | "throw" | "close", readonly arg: PyValue) {
    super();
  }
  /** One step of the async generator; its own yields end the step with StopIteration. */
  step(m: 0 | 1, v: PyValue): PyValue {
    const ag = this.ag;
    if (this.state === 2) {
      raise("RuntimeError", this.mode === "send" ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
    }
    if (this.state === 0) {
      if (ag.agRunning) raise("RuntimeError", this.mode === "send" ? "anext(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
      if (this.mode !== "send") {
        if (ag.closed || ag.done || !ag.started) {
          // closing a finished or never started generator does nothing
          ag.done = true;
          ag.closed = true;
          this.state = 2;
          if (this.mode === "close") throw newExc(EXC.StopIteration, []);
          throw this.arg;
        }
        m = 1;
        v = this.mode === "close" ? newExc(EXC.GeneratorExit, []) : this.arg;
      } else {
        if (ag.done || ag.closed) {
          this.state = 2;
          throw newExc(EXC.StopAsyncIteration, []);
        }
        if (m === 0) v = this.arg;
      }
      this.state = 1;
      ag.agRunning = true;
    }
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = ag.resume(m, v);
    } catch (e) {
      this.state = 2;
      ag.agRunning = false;
      ag.closed = true;
      if (this.mode === "close" && e instanceof PyBaseException && (e.$cls.isSubtypeOf(EXC.GeneratorExit) || e.$cls.isSubtypeOf(EXC.StopAsyncIteration))) {
        throw newExc(EXC.StopIteration, []);
      }
      throw e;
    }
    if (r.done) {
      this.state = 2;
      ag.agRunning = false;
      ag.closed = true;
      if (this.mode === "close") throw newExc(EXC.StopIteration, []);
      throw newExc(EXC.StopAsyncIteration, []);
    }
    if (r.value instanceof AgValue) {
      this.state = 2;
      ag.agRunning = false;
      if (this.mode === "close") raise("RuntimeError", "async generator ignored GeneratorExit");
      throw newExc(EXC.StopIteration, r.value.v === null ? [] : [r.value.v]);
    }
    return r.value;
  }
}
const asendClass = class extends AgStep {};
asendClass.prototype.$cls = asendType;
const athrowClass = class extends AgStep {};
athrowClass.prototype.$cls = athrowType;
for (const t of [asendType, athrowType]) {
  const S = (v: PyValue): AgStep => v as AgStep;
  method(t, "__await__", 0, 0, (s) => s);
  method(t, "__iter__", 0, 0, (s) => s);
  method(t, "__next__", 0, 0, (s) => S(s).step(0, null));
  method(t, "send", 1, 1, (s, v) => S(s).step(0, v));
  method(t, "throw", 1, 3, (s, a, b) => S(s).step(1, throwArg(a, b)));
  method(t, "close", 0, 0, (s) => {
    S(s).state = 2;
    return null;
  });
}
method(asyncGenType, "__aiter__", 0, 0, (s) => AG(s));
method(asyncGenType, "__anext__", 0, 0, (s) => (AG(s).initHooks(), new asendClass(AG(s), "send", null)));
method(asyncGenType, "asend", 1, 1, (s, v) => (AG(s).initHooks(), new asendClass(AG(s), "send", v)));
method(asyncGenType, "athrow", 1, 3, (s, t, v, tb) => (AG(s).initHooks(), new athrowClass(AG(s), "throw", throwArg(t, v, tb))));
method(asyncGenType, "aclose", 0, 0, (s) => (AG(s).initHooks(), new athrowClass(AG(s), "close", null)));

/** An async generator made just for an `async for` (or an async comprehension) is
 * referenced by nothing else once the loop is left: CPython's refcounting hands it
 * to the finalizer hook then (asyncio schedules its aclose()). */
export function acloseTemp(it: PyValue | undefined): void {
  if (!(it instanceof PyAsyncGen) || it.closed || it.done || !it.hooksInited || it.finalizer === null) return;
  const fin = it.finalizer;
  it.finalizer = null;
  Call.callv(fin, [it], null);
}
method(asyncGenType, "__repr__", 0, 0, (s) => `<async_generator object ${AG(s).qualname} at ${hexId(s)}>`);
getset(asyncGenType, "__name__", (s) => AG(s).name);
getset(asyncGenType, "__qualname__", (s) => AG(s).qualname);
getset(asyncGenType, "ag_running", (s) => AG(s).agRunning);
getset(asyncGenType, "ag_code", (s) => AG(s).code);
getset(asyncGenType, "ag_await", (s) => AG(s).yf);
getset(asyncGenType, "ag_frame", (s) => AG(s).frameObject());

export function iscoroutine(v: PyValue): boolean {
  return v instanceof PyCoroutine;
}
export { callMethod };
