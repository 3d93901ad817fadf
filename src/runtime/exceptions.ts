// The built-in exception hierarchy (Objects/exceptions.c). Python exceptions are
// PyBaseException objects thrown as themselves with JS `throw`.
import type { FrameRec, PyFrame } from "./frames.js";
import { PyFloat, PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { tuple, EMPTY_TUPLE, PyBytes, type PyTuple } from "./containers.js";
import { PyDict } from "./dict.js";
import type { PyCode } from "./function.js";
import { setRaiser, raise as raiseExc, type BuiltinExcName } from "./raise.js";

export interface TbEntry {
  code: PyCode;
  line: number;
  /** added by an `except` in this frame (not yet by the frame's exit) */
  local?: boolean;
  /** the frame's record or frame object, when the code keeps one (tb_frame) */
  rec?: FrameRec | PyFrame;
  /** the traceback object made for this entry (exc-methods.ts tracebackOf) */
  obj?: PyObject;
}

export class PyBaseException extends PyObject {
  declare args: PyTuple;
  /** frames the exception passed through, innermost first */
  declare tb: TbEntry[];
  declare cause: PyValue;
  declare context: PyValue;
  declare suppressContext: boolean;
  /** the instance dict behind the lazy `$dict` accessor below */
  declare $xd: PyDict | null;
  /** the C-level members (StopIteration.value, OSError.errno...), kept out of the
   * instance __dict__ as CPython keeps them (exc-members.ts installs their descriptors) */
  declare $xm: PyDict | null;
  // fields assigned here, not as class fields: V8 runs field initializers through a
  // slow generic path (object.ts), and exceptions are made in hot loops
  constructor(cls: PyType) {
    super();
    this.$cls = cls;
    this.args = EMPTY_TUPLE;
    this.tb = [];
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.$xm = null;
  }
}

/** The member store of an exception, made on first use. */
export function excFields(e: PyBaseException): PyDict {
  return (e.$xm ??= new PyDict());
}
// The instance dict is made when first asked for: most exceptions (a KeyError from a
// lookup, caught and dropped) never need one, and a dict is most of their cost.
// PyObject's constructor stores null through the setter.
Object.defineProperty(PyBaseException.prototype, "$dict", {
  get(this: PyBaseException): PyDict {
    return (this.$xd ??= new PyDict());
  },
  set(this: PyBaseException, v: PyDict | null) {
    this.$xd = v;
  },
});

const HIERARCHY = `BaseException -;Exception BaseException;GeneratorExit BaseException;KeyboardInterrupt BaseException;SystemExit BaseException;
ArithmeticError Exception;FloatingPointError ArithmeticError;OverflowError ArithmeticError;ZeroDivisionError ArithmeticError;AssertionError Exception;
AttributeError Exception;BufferError Exception;EOFError Exception;ImportError Exception;ModuleNotFoundError ImportError;LookupError Exception;
IndexError LookupError;KeyError LookupError;MemoryError Exception;NameError Exception;UnboundLocalError NameError;OSError Exception;
BlockingIOError OSError;ChildProcessError OSError;ConnectionError OSError;BrokenPipeError ConnectionError;ConnectionAbortedError ConnectionError;
ConnectionRefusedError ConnectionError;ConnectionResetError ConnectionError;FileExistsError OSError;FileNotFoundError OSError;InterruptedError OSError;
IsADirectoryError OSError;NotADirectoryError OSError;PermissionError OSError;ProcessLookupError OSError;TimeoutError OSError;ReferenceError Exception;
RuntimeError Exception;NotImplementedError RuntimeError;RecursionError RuntimeError;StopAsyncIteration Exception;StopIteration Exception;
SyntaxError Exception;IndentationError SyntaxError;TabError IndentationError;SystemError Exception;TypeError Exception;ValueError Exception;
UnicodeError ValueError;UnicodeDecodeError UnicodeError;UnicodeEncodeError UnicodeError;UnicodeTranslateError UnicodeError;Warning Exception;
BytesWarning Warning;DeprecationWarning Warning;EncodingWarning Warning;FutureWarning Warning;ImportWarning Warning;PendingDeprecationWarning Warning;
ResourceWarning Warning;RuntimeWarning Warning;SyntaxWarning Warning;UnicodeWarning Warning;UserWarning Warning`;

export const EXC: Record<string, PyType> = {};
for (const pair of HIERARCHY.split(";")) {
  const [name, base] = pair.trim().split(" ");
  const t = new PyType(name, [base === "-" ? T.object : EXC[base]]);
  t.computeMro();
  t.instDict = true;
  t.alloc = (cls) => new PyBaseException(cls);
  EXC[name] = t;
}
EXC.EnvironmentError = EXC.OSError;
EXC.IOError = EXC.OSError;

export function newExc(cls: PyType, args: PyValue[]): PyBaseException {
  const e = (cls.alloc ?? EXC.BaseException.alloc!)(cls) as PyBaseException;
  e.args = tuple(args);
  initExcFields(e, args);
  return e;
}

/** Per-class attributes set from the constructor arguments (exceptions.c *_init). */
export function initExcFields(e: PyBaseException, args: PyValue[]): void {
  const cls = e.$cls;
  if (!hasFields(cls)) return;
  const d = excFields(e);
  if (cls.isSubtypeOf(EXC.StopIteration)) d.setStr("value", args.length ? args[0] : null);
  else if (cls.isSubtypeOf(EXC.SystemExit)) d.setStr("code", args.length === 0 ? null : args.length === 1 ? args[0] : e.args);
  else if (cls.isSubtypeOf(EXC.NameError)) { if (d.getStr("name") === undefined) d.setStr("name", null); }
  else if (cls.isSubtypeOf(EXC.ImportError)) {
    d.setStr("msg", args.length === 1 ? args[0] : null);
    for (const k of ["name", "path"]) if (d.getStr(k) === undefined) d.setStr(k, null);
  }
  else if (cls.isSubtypeOf(EXC.AttributeError)) for (const k of ["name", "obj"]) { if (d.getStr(k) === undefined) d.setStr(k, null); }
  else if (cls.isSubtypeOf(EXC.OSError)) {
    const two = args.length >= 2 && args.length <= 5;
    d.setStr("errno", two ? args[0] : null);
    d.setStr("strerror", two ? args[1] : null);
    // oserror_parse_args: BlockingIOError's third argument, when a number, is
    // characters_written (exc-members.ts), not a filename
    const w = two && args.length >= 3 && cls.isSubtypeOf(EXC.BlockingIOError) ? args[2] : undefined;
    if (w instanceof PyFloat) raiseExc("TypeError", "'float' object cannot be interpreted as an integer");
    if (typeof w === "number" || typeof w === "bigint" || typeof w === "boolean") {
      d.setStr("characters_written", typeof w === "boolean" ? Number(w) : w);
      d.setStr("filename", null);
      d.setStr("filename2", null);
      return;
    }
    d.setStr("filename", two && args.length >= 3 ? args[2] : null);
    d.setStr("filename2", two && args.length >= 5 ? args[4] : null);
    // with a filename, args keeps only (errno, strerror) (exceptions.c oserror_init)
    if (two && args.length >= 3 && args[2] !== null) e.args = tuple(args.slice(0, 2));
  }
  else if (cls.isSubtypeOf(EXC.UnicodeEncodeError) || cls.isSubtypeOf(EXC.UnicodeDecodeError) || cls.isSubtypeOf(EXC.UnicodeTranslateError)) {
    // (encoding, object, start, end, reason); a translate error has no encoding
    // (exceptions.c UnicodeEncodeError_init / UnicodeTranslateError_init)
    const names = cls.isSubtypeOf(EXC.UnicodeTranslateError) ? ["object", "start", "end", "reason"] : ["encoding", "object", "start", "end", "reason"];
    if (args.length === names.length) names.forEach((k, i) => d.setStr(k, args[i]));
    // UnicodeDecodeError_init keeps a bytes copy of a bytearray object
    const o = args[1];
    if (names.length === 5 && cls.isSubtypeOf(EXC.UnicodeDecodeError) && o instanceof PyObject && o.$cls.isSubtypeOf(T.bytearray)) d.setStr("object", new PyBytes((o as PyObject & { b: Uint8Array }).b.slice()));
    if (cls.isSubtypeOf(EXC.UnicodeTranslateError) && args.length === 4) d.setStr("encoding", null);
  }
  else if (cls.isSubtypeOf(EXC.SyntaxError)) {
    d.setStr("msg", args.length ? args[0] : null);
    for (const k of ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) d.setStr(k, null);
    const info = args[1];
    if (args.length === 2 && info instanceof PyObject && "a" in info) {
      const a = (info as PyTuple).a;
      // SyntaxError_init parses info as "OOOO|OO"
      if (a.length < 4) raiseExc("TypeError", `function takes at least 4 arguments (${a.length} given)`);
      if (a.length > 6) raiseExc("TypeError", `function takes at most 6 arguments (${a.length} given)`);
      if (a.length === 5) raiseExc("TypeError", "end_offset must be provided when end_lineno is provided");
      ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].forEach((k, i) => { if (i < a.length) d.setStr(k, a[i]); });
    }
  }
}

/** Whether a class derives from one of the exceptions whose constructor arguments set
 * attributes; remembered per class while its MRO stays the same array. The list names
 * the classes of initExcFields's branches: a new branch needs its class here. */
const fieldClasses = new WeakMap<PyType, PyType[]>();
const plainClasses = new WeakMap<PyType, PyType[]>();
function hasFields(cls: PyType): boolean {
  const mro = cls.mro;
  if (plainClasses.get(cls) === mro) return false;
  if (fieldClasses.get(cls) === mro) return true;
  const special = ["StopIteration", "SystemExit", "NameError", "ImportError", "AttributeError", "OSError", "UnicodeError", "SyntaxError"].some((n) => cls.isSubtypeOf(EXC[n]));
  (special ? fieldClasses : plainClasses).set(cls, mro);
  return special;
}

export function excType(name: string): PyType {
  return EXC[name];
}

/** The raiser installed into raise.ts: leaf modules now throw real exceptions. */
export function throwExc(kind: BuiltinExcName | string, msg: string): never {
  throw newExc(EXC[kind] ?? EXC.SystemError, [msg]);
}
setRaiser(throwExc);
