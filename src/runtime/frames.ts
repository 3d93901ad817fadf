// Frame objects, materialised on demand from a shadow stack.
//
// Generated code keeps what is running at each depth: a function stores its code's
// global id (a literal) in the typed array `state.ci` on entry — one integer store,
// nothing else is paid by a normal call. A running generator/coroutine, or code
// compiled with frame records (`frameRecords` in codegen: modules that mention frame
// introspection, and later the tracer), stores -1 there and an object in `state.fs`:
// itself, or a FrameRec with accessors for the current line and locals.
// Slots 1..depth always hold the live activations (entry overwrites the slot), so a
// frame object made for slot d replaces the slot's content and is recognised as
// live while it is still there. See docs/notes/async-frames.md.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import type { PyCode } from "./function.js";
import { PyDict } from "./dict.js";
import { state } from "./state.js";
import { raise } from "./raise.js";

/** A frame record from code compiled with frame records (cheap closures, no frame). */
export interface FrameRec {
  c: PyCode;
  /** current line of the frame */
  l: () => number;
  /** f_locals (a snapshot dict for functions, the namespace for modules/classes) */
  v: () => PyValue;
  g: PyDict | null;
  /** the frame object once made */
  f: PyFrame | null;
}
/** Something that runs with its own persistent frame (a generator or coroutine). */
export interface FrameOwner {
  frameObject(): PyFrame | null;
}
export type StackEntry = FrameRec | FrameOwner | PyFrame;

/** Every code object compiled, by global id (the literal generated code stores). */
export const codeRegistry: PyCode[] = [];
/** sys.setrecursionlimit: room for that many slots (stores past the end are lost). */
export function ensureFrameCapacity(n: number): void {
  if (state.ci.length >= n + 200) return;
  const a = new Int32Array(n + 200);
  a.set(state.ci);
  state.ci = a;
}

export const frameType = new PyType("frame", [T.object]);
frameType.computeMro();

export class PyFrame extends PyObject {
  /** the stack slot where this frame was last seen */
  d = -1;
  /** f_back, remembered once asked for (a finished frame's slot is reused) */
  back: PyFrame | null | undefined = undefined;
  /** the line of a frame known only from a traceback entry */
  fixedLine = 0;
  trace: PyValue = null;
  private localsDict: PyDict | null = null;
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict | null,
    readonly localsFn: (() => PyValue) | null,
    readonly lineFn: (() => number) | null,
    readonly owner: FrameOwner | null = null,
  ) {
    super();
  }
  get live(): boolean {
    return this.d >= 1 && this.d <= state.depth && state.ci[this.d] === -1 && state.fs[this.d] === this;
  }
  get lineno(): number {
    if (this.lineFn) return this.lineFn();
    return this.fixedLine || this.code.co_firstlineno;
  }
  get locals(): PyValue {
    if (this.localsFn) return this.localsFn();
    return (this.localsDict ??= new PyDict());
  }
  get fBack(): PyFrame | null {
    if (this.live) this.back = this.d > 1 ? frameAt(this.d - 1) : null;
    return this.back ?? null;
  }
}
PyFrame.prototype.$cls = frameType;

function isRec(e: StackEntry): e is FrameRec {
  return (e as FrameRec).l !== undefined && (e as FrameRec).c !== undefined;
}

/** The frame object for stack slot `d` (1 <= d <= state.depth). */
export function frameAt(d: number): PyFrame {
  const id = state.ci[d];
  let f: PyFrame | null;
  if (id === undefined) return raise("SystemError", "frame beyond the shadow stack's capacity");
  if (id >= 0) {
    const code = codeRegistry[id];
    f = new PyFrame(code, code.$globals, null, null);
  } else {
    const e = state.fs[d];
    if (e instanceof PyFrame) f = e;
    else if (isRec(e)) f = e.f ??= new PyFrame(e.c, e.g, e.v, e.l);
    else f = e.frameObject();
  }
  if (f === null) return raise("SystemError", "frame of a finished generator on the stack");
  state.ci[d] = -1;
  state.fs[d] = f;
  f.d = d;
  return f;
}

/** sys._getframe(depth): the caller is at the top of the stack (builtins have no frame). */
export function getFrame(depth: number): PyFrame {
  const d = state.depth - depth;
  if (depth < 0 || d < 1) raise("ValueError", "call stack is not deep enough");
  return frameAt(d);
}
export function currentFrameOrNone(): PyFrame | null {
  return state.depth >= 1 ? frameAt(state.depth) : null;
}

/** The frame of a traceback entry: the live/recorded frame when there is one, else a
 * frame that knows only its code, globals and the entry's line. */
export function tbFrame(code: PyCode, line: number, rec: FrameRec | PyFrame | undefined): PyFrame {
  if (rec instanceof PyFrame) return rec;
  if (rec !== undefined) return (rec.f ??= new PyFrame(rec.c, rec.g, rec.v, rec.l));
  const f = new PyFrame(code, code.$globals, null, null);
  f.fixedLine = line;
  return f;
}
