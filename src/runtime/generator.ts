// Generators: a Python generator function compiles to a JS generator function; this
// wrapper gives it Python's send/throw/close and StopIteration rules (PEP 479).
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { EXC, newExc, PyBaseException } from "./exceptions.js";
import type { PyCode } from "./function.js";
import { callMethod } from "./attributes.js";
import { getIter } from "./iter.js";
import { typeOf } from "./ops.js";
import { PyType } from "./type.js";

export type JsGen = Generator<PyValue, PyValue, PyValue>;

export class PyGenerator extends PyObject {
  running = false;
  done = false;
  started = false;
  constructor(readonly g: JsGen, readonly code: PyCode, public name: string, public qualname: string, readonly frameLocals: (() => PyValue) | null = null) {
    super();
  }
  /** Resume with a sent value (mode 0) or a thrown exception (mode 1). */
  resume(mode: 0 | 1, v: PyValue): IteratorResult<PyValue, PyValue> {
    if (this.running) raise("ValueError", "generator already executing");
    if (this.done) {
      if (mode === 1) throw v;
      return { done: true, value: null };
    }
    this.running = true;
    this.started = true;
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = mode === 0 ? this.g.next(v) : this.g.throw(v);
    } catch (e) {
      this.running = false;
      this.done = true;
      throw genError(e);
    }
    this.running = false;
    if (r.done) this.done = true;
    return r;
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
      if (!r.done) raise("RuntimeError", "generator ignored GeneratorExit");
    } catch (e) {
      if (e instanceof PyBaseException && (e.$cls.isSubtypeOf(EXC.GeneratorExit) || e.$cls.isSubtypeOf(EXC.StopIteration))) return;
      throw e;
    }
  }
}
PyGenerator.prototype.$cls = T.generator;

/** The frame of a suspended generator, as far as pycell has one (gi_frame). */
export const frameType = new PyType("frame", [T.object]);
frameType.computeMro();
export class PyFrame extends PyObject {
  constructor(readonly code: PyCode, readonly locals: () => PyValue) {
    super();
  }
}
PyFrame.prototype.$cls = frameType;
// the for-loop path: no IteratorResult handed around, no finally block
PyGenerator.prototype.$next = function (this: PyGenerator) {
  if (this.done) return undefined;
  if (this.running) raise("ValueError", "generator already executing");
  this.running = true;
  this.started = true;
  let r: IteratorResult<PyValue, PyValue>;
  try {
    r = this.g.next(null);
  } catch (e) {
    this.running = false;
    this.done = true;
    throw genError(e);
  }
  this.running = false;
  if (r.done) {
    this.done = true;
    return undefined;
  }
  return r.value;
};

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
function genError(e: unknown): unknown {
  if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.StopIteration)) {
    const err = newExc(EXC.RuntimeError, ["generator raised StopIteration"]);
    err.cause = e;
    err.context = e;
    return err;
  }
  return e;
}

// ---- yield from (PEP 380) helpers for generated code ----
export function yfIter(v: PyValue): PyObject {
  if (v instanceof PyGenerator) return v;
  return getIter(v);
}
export function yfSend(it: PyObject, v: PyValue): IteratorResult<PyValue, PyValue> {
  if (it instanceof PyGenerator) return it.resume(0, v);
  if (v === null) {
    const x = it.$next();
    return x === undefined ? { done: true, value: null } : { done: false, value: x };
  }
  try {
    return { done: false, value: callMethod(it, "send", [v], null) };
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(EXC.StopIteration)) return { done: true, value: e.$dict!.getStr("value") ?? null };
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
    if (x instanceof PyBaseException && x.$cls.isSubtypeOf(EXC.StopIteration)) return { done: true, value: x.$dict!.getStr("value") ?? null };
    throw x;
  }
}
