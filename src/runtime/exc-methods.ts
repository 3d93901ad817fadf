// BaseException's methods and attributes (Objects/exceptions.c).
import { tbFrame } from "./frames.js";
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { method, getset } from "./descriptors.js";
import { PyTuple, PyBytes, tuple } from "./containers.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod } from "./property.js";
import { EXC, PyBaseException, excFields, initExcFields, newExc, type TbEntry } from "./exceptions.js";
import { unicodeErrorMessage, setUnicodeErrorRaiser } from "./codecs.js";
import { toCodePoints } from "./text/codepoints.js";
import { pyRepr, pyStr, typeName } from "./ops.js";
import { PyType } from "./type.js";
import { toArray } from "./iter.js";
import { excNewHook } from "./klass.js";

const ERRNO_CLASS: Record<number, string> = {
  2: "FileNotFoundError", 17: "FileExistsError", 13: "PermissionError", 1: "PermissionError", 21: "IsADirectoryError", 20: "NotADirectoryError",
  3: "ProcessLookupError", 110: "TimeoutError", 32: "BrokenPipeError", 108: "BrokenPipeError", 111: "ConnectionRefusedError", 104: "ConnectionResetError",
  103: "ConnectionAbortedError", 4: "InterruptedError", 11: "BlockingIOError", 114: "BlockingIOError", 115: "BlockingIOError", 10: "ChildProcessError",
};
const E = (v: PyValue): PyBaseException => v as PyBaseException;
const bt = EXC.BaseException;
/** BaseException.__new__(cls, *args) without the argument list copy. */
export function excAlloc(cls: PyType, args: PyValue[]): PyBaseException {
  // OSError(errno, ...) picks the subclass for the errno (exceptions.c OSError_new)
  if (cls === EXC.OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === "number" && ERRNO_CLASS[args[0]]) cls = EXC[ERRNO_CLASS[args[0]]];
  const e = cls.alloc!(cls) as PyBaseException;
  e.args = tuple(args.slice());
  initExcFields(e, args);
  return e;
}
const excNew = (...a: PyValue[]): PyValue => excAlloc(a[0] as PyType, a.slice(1));
// keywords are accepted and ignored (exceptions.c BaseException_new); __init__ refuses them
bt.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", excNew, 1, Infinity, (a) => excNew(...a), undefined, "BaseException.__new__")));
excNewHook.sm = bt.attrs.get("__new__");
excNewHook.alloc = excAlloc;
method(bt, "__init__", 0, Infinity, (s, ...args) => {
  E(s).args = tuple(args);
  initExcFields(E(s), args);
  return null;
});
(bt.attrs.get("__init__") as PyBuiltin).kw; // positional only
const bt_init = bt.attrs.get("__init__") as PyBuiltin;
bt.attrs.set("__init__", new PyBuiltin("__init__", bt_init.$fn, 1, Infinity, (a, kw) => {
  if (kw && kw.size) raise("TypeError", `${typeName(a[0])}() takes no keyword arguments`);
  return bt_init.$fn(...a);
}, undefined, "BaseException.__init__"));
(bt.attrs.get("__init__") as PyBuiltin).$meth = true;

export const tbType = new PyType("traceback", [T.object]);
tbType.computeMro();
tbType.final = true;
/** A traceback object: one frame the exception passed through; tb_next goes inwards. */
export class PyTraceback extends PyObject {
  constructor(readonly entry: TbEntry, public next: PyTraceback | null) {
    super();
  }
}
PyTraceback.prototype.$cls = tbType;
const TB = (v: PyValue): PyTraceback => v as PyTraceback;
/** e.__traceback__: the chain outermost frame first, built from `e.tb` (innermost
 * first) and cached on its entries so that the same frames give the same objects. */
export function tracebackOf(e: PyBaseException): PyTraceback | null {
  let next: PyTraceback | null = null;
  for (const en of e.tb) {
    let o = tbObjects.get(en);
    if (o === undefined || o.next !== next) tbObjects.set(en, (o = new PyTraceback(en, next)));
    next = o;
  }
  return next;
}
const tbObjects = new WeakMap<TbEntry, PyTraceback>();
/** e.__traceback__ = tb / e.with_traceback(tb). */
function setTraceback(e: PyBaseException, tb: PyValue): void {
  if (tb !== null && !(tb instanceof PyTraceback)) raise("TypeError", "__traceback__ must be a traceback or None");
  const entries: TbEntry[] = [];
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) entries.push(t.entry);
  e.tb = entries.reverse();
}
getset(tbType, "tb_lineno", (s) => TB(s).entry.line);
getset(tbType, "tb_next", (s) => TB(s).next, (s, v) => {
  if (v === undefined) raise("TypeError", "can't delete tb_next attribute");
  if (v !== null && !(v instanceof PyTraceback)) raise("TypeError", `expected traceback object or None, got '${typeName(v)}'`);
  for (let t = v; t !== null; t = t.next) if (t === s) raise("ValueError", "traceback loop detected");
  TB(s).next = v;
});
getset(tbType, "tb_lasti", () => -1);
getset(tbType, "tb_frame", (s) => {
  const en = TB(s).entry;
  return tbFrame(en.code, en.line, en.rec);
});

/** str() of a Unicode{Encode,Decode,Translate}Error from its attributes (exceptions.c
 * UnicodeEncodeError_str...), or null when they are not of the expected types. */
function unicodeErrorStr(e: PyBaseException): string | null {
  const d = excFields(e);
  const obj = d.getStr("object"), start = d.getStr("start"), end = d.getStr("end"), reason = d.getStr("reason");
  const encoding = d.getStr("encoding");
  if (typeof start !== "number" || typeof end !== "number" || reason === undefined) return null;
  const translate = e.$cls.isSubtypeOf(EXC.UnicodeTranslateError);
  const decoding = e.$cls.isSubtypeOf(EXC.UnicodeDecodeError);
  if (!translate && encoding === undefined) return null;
  // reason and encoding may have been replaced by anything: str() of them is shown
  const why = pyStr(reason), enc = translate ? "" : pyStr(encoding!);
  const fits = decoding ? obj instanceof PyBytes : typeof obj === "string";
  const size = !fits ? -1 : decoding ? (obj as PyBytes).b.length : toCodePoints(obj as string).length;
  // the one-character wording needs that character; otherwise the range is shown as given
  if (end !== start + 1 || start < 0 || start >= size) {
    const what = translate ? "can't translate characters" : `'${enc}' codec can't ${decoding ? "decode bytes" : "encode characters"}`;
    return `${what} in position ${start}-${end - 1}: ${why}`;
  }
  const info = { kind: decoding ? "UnicodeDecodeError" : "UnicodeEncodeError", encoding: enc, object: decoding ? (obj as PyBytes).b : (obj as string), start, end, reason: why } as const;
  const text = unicodeErrorMessage(info);
  // a translate error words it "can't translate character ..." without a codec name
  return translate ? text.replace("'' codec can't encode", "can't translate") : text;
}
// the codecs raise real exception objects, with encoding/object/start/end/reason
setUnicodeErrorRaiser((info) => {
  throw newExc(EXC[info.kind], [info.encoding, typeof info.object === "string" ? info.object : new PyBytes(info.object), info.start, info.end, info.reason]);
});

export function excStr(e: PyBaseException): string {
  const a = e.args.a;
  if (e.$cls.isSubtypeOf(EXC.OSError)) {
    const d = excFields(e);
    const errno = d.getStr("errno"), strerror = d.getStr("strerror"), fn = d.getStr("filename"), fn2 = d.getStr("filename2");
    if (fn !== undefined && fn !== null) {
      if (fn2 !== undefined && fn2 !== null) return `[Errno ${pyStr(errno ?? null)}] ${pyStr(strerror ?? null)}: ${pyRepr(fn)} -> ${pyRepr(fn2)}`;
      return `[Errno ${pyStr(errno ?? null)}] ${pyStr(strerror ?? null)}: ${pyRepr(fn)}`;
    }
    if (errno !== undefined && errno !== null && strerror !== undefined && strerror !== null) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
  }
  if (a.length >= 4 && (e.$cls.isSubtypeOf(EXC.UnicodeEncodeError) || e.$cls.isSubtypeOf(EXC.UnicodeDecodeError) || e.$cls.isSubtypeOf(EXC.UnicodeTranslateError))) {
    const text = unicodeErrorStr(e);
    if (text !== null) return text;
  }
  if (e.$cls.isSubtypeOf(EXC.KeyError) && a.length === 1) return pyRepr(a[0]);
  if (a.length === 0) return "";
  if (a.length === 1) return pyStr(a[0]);
  return pyStr(e.args);
}
method(bt, "__str__", 0, 0, (s) => excStr(E(s)));
method(bt, "__repr__", 0, 0, (s) => {
  const a = E(s).args.a;
  const name = E(s).$cls.name;
  if (a.length === 1) return `${name}(${pyRepr(a[0])})`;
  return name + (a.length ? pyRepr(E(s).args) : "()");
});
getset(bt, "args", (s) => E(s).args, (s, v) => {
  E(s).args = v instanceof PyTuple ? v : tuple(toArray(v ?? null));
});
getset(bt, "__cause__", (s) => E(s).cause, (s, v) => {
  // exceptions.c BaseException_set_cause
  if (v === undefined) raise("TypeError", "__cause__ may not be deleted");
  if (v !== null && !(v instanceof PyBaseException)) raise("TypeError", "exception cause must be None or derive from BaseException");
  E(s).cause = v;
  E(s).suppressContext = true;
});
getset(bt, "__context__", (s) => E(s).context, (s, v) => {
  if (v === undefined) raise("TypeError", "__context__ may not be deleted");
  if (v !== null && !(v instanceof PyBaseException)) raise("TypeError", "exception context must be None or derive from BaseException");
  E(s).context = v;
});
getset(bt, "__suppress_context__", (s) => E(s).suppressContext, (s, v) => {
  E(s).suppressContext = v === true;
});
getset(bt, "__traceback__", (s) => tracebackOf(E(s)), (s, v) => {
  if (v === undefined) raise("TypeError", "__traceback__ may not be deleted");
  setTraceback(E(s), v);
});
method(bt, "with_traceback", 1, 1, (s, tb) => {
  setTraceback(E(s), tb);
  return s;
});
method(bt, "add_note", 1, 1, (s, n) => {
  const d = E(s).$dict!;
  let notes = d.getStr("__notes__");
  if (notes === undefined) {
    const { PyList } = listMod();
    d.setStr("__notes__", (notes = new PyList([])));
  }
  (notes as unknown as { a: PyValue[] }).a.push(n);
  return null;
});
import * as C from "./containers.js";
const listMod = () => C;

// SyntaxError prints its message with location details
method(EXC.SyntaxError, "__str__", 0, 0, (s) => {
  const d = excFields(E(s));
  const msg = pyStr(d.getStr("msg") ?? null);
  const fn = d.getStr("filename");
  const ln = d.getStr("lineno");
  if (typeof fn === "string" && typeof ln === "number") return `${msg} (${fn.split("/").pop()}, line ${ln})`;
  if (typeof ln === "number") return `${msg} (line ${ln})`;
  return msg;
});
