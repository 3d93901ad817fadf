// Frame objects, materialised on demand; a normal call pays nothing for them.
//
// Every Python scope compiles to a JS function named `$f<global code id>` (codegen
// jsFnName), and every Python frame increments `state.depth`. So the JS stack trace,
// taken when a frame is asked for (sys._getframe, inspect.stack...), lists the code
// of each running Python frame: its `$f` names, outermost first, are slots 1..depth.
// Code compiled with frame records (`frameRecords`: modules that mention frame
// introspection, and later the tracer) and running generators/coroutines also push
// a record on `state.rs` with their depth: it gives the current line and locals of
// that frame. Frame objects are cached by slot in `state.fs`. See
// docs/notes/async-frames.md.
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
  /** its depth while running */
  d: number;
}
/** Something that runs with its own persistent frame (a generator or coroutine). */
export interface FrameOwner {
  d: number;
  frameObject(): PyFrame | null;
}
export type StackEntry = FrameRec | FrameOwner;

/** Every code object compiled, by global id (the `$f<id>` function names). */
export const codeRegistry: PyCode[] = [];
/** Kept for sys.setrecursionlimit's caller; the stack has no fixed capacity. */
export function ensureFrameCapacity(_n: number): void {}

/** The code ids of the running Python frames, outermost first, from a JS stack trace
 * (V8 "    at $f12 (...", "at Obj.$f12 [as $fn]"; SpiderMonkey/JSC "$f12@..."). */
function runningCodeIds(): number[] {
  const E = Error as unknown as { stackTraceLimit?: number };
  const old = E.stackTraceLimit;
  E.stackTraceLimit = Infinity;
  let text: string;
  try {
    text = new Error().stack ?? "";
  } finally {
    E.stackTraceLimit = old;
  }
  const ids: number[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*at (?:new )?(?:[\w$<>.]*\.)?\$f(\d+)\b/.exec(line) ?? /^\$f(\d+)@/.exec(line);
    if (m) ids.push(Number(m[1]));
  }
  return ids.reverse();
}

/** The code id of the `k`-th innermost running Python frame (0: the innermost), read
 * from V8's call sites of a stack cut to a few dozen JS frames when that reaches it:
 * type() asks for its caller's module on every call, and a full trace formatted as
 * text (source positions) costs far more. Other engines: runningCodeIds. */
interface CallSiteLike {
  getFunctionName(): string | null;
  isAsync?(): boolean;
}
const CODE_NAME = /^\$f(\d+)$/;
function codeIdFromTop(k: number): number | undefined {
  const E = Error as unknown as { stackTraceLimit?: number; prepareStackTrace?: unknown };
  const oldLimit = E.stackTraceLimit, oldPrepare = E.prepareStackTrace;
  E.stackTraceLimit = 32 + 16 * k;
  E.prepareStackTrace = (_e: Error, sites: CallSiteLike[]) => sites;
  let sites: unknown;
  try {
    sites = new Error().stack;
  } finally {
    E.stackTraceLimit = oldLimit;
    E.prepareStackTrace = oldPrepare;
  }
  if (Array.isArray(sites)) {
    let seen = 0;
    for (const site of sites as CallSiteLike[]) {
      // an awaiting caller (V8's async stack trace) is not on the stack
      if (site.isAsync?.() === true) continue;
      const m = CODE_NAME.exec(site.getFunctionName() ?? "");
      if (m && seen++ === k) return Number(m[1]);
    }
  }
  const ids = runningCodeIds();
  return ids[ids.length - 1 - k];
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
  /** still running: its record is on the stack, or (code-only frames) its slot is
   * still within the stack and holds this frame */
  get live(): boolean {
    if (this.rec !== null) return state.rs.includes(this.rec);
    return this.d >= 1 && this.d <= state.depth && state.fs[this.d] === this;
  }
  /** the record or generator this frame reads its line and locals from */
  rec: StackEntry | null = null;
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
    else if (this.rec !== null && "frameObject" in this.rec) this.back = null; // a suspended generator
    return this.back ?? null;
  }
}
PyFrame.prototype.$cls = frameType;

function isRec(e: StackEntry): e is FrameRec {
  return (e as FrameRec).l !== undefined && (e as FrameRec).c !== undefined;
}
function fromEntry(e: StackEntry): PyFrame | null {
  if (isRec(e)) {
    if (e.f === null) {
      e.f = new PyFrame(e.c, e.g, e.v, e.l);
      e.f.rec = e;
    }
    return e.f;
  }
  const f = e.frameObject();
  if (f !== null) f.rec = e;
  return f;
}

/** The frame object for stack slot `d` (1 <= d <= state.depth); `ids` is a stack
 * trace's code ids when the caller already took one. */
export function frameAt(d: number, ids?: number[]): PyFrame {
  let f: PyFrame | null = null;
  const rs = state.rs;
  for (let i = rs.length - 1; i >= 0; i--) {
    if (rs[i].d === d) {
      f = fromEntry(rs[i]);
      break;
    }
    if (rs[i].d < d) break;
  }
  if (f === null) {
    // align the innermost `$f` frame with the innermost slot
    const id = ids !== undefined ? ids[ids.length - 1 - (state.depth - d)] : codeIdFromTop(state.depth - d);
    const code = id === undefined ? undefined : codeRegistry[id];
    if (code === undefined) return raise("SystemError", "pycell: the frame stack could not be read");
    const cached = state.fs[d];
    if (cached !== undefined && cached.code === code && cached.rec === null) f = cached;
    else f = new PyFrame(code, code.$globals, null, null);
  }
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
  if (rec !== undefined) return fromEntry(rec)!;
  const f = new PyFrame(code, code.$globals, null, null);
  f.fixedLine = line;
  return f;
}
