// BaseExceptionGroup / ExceptionGroup (PEP 654) and the runtime side of `except*`.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { EXC, PyBaseException } from "./exceptions.js";
import { PyTuple, PyList, tuple } from "./containers.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod, PyClassMethod } from "./property.js";
import { method, getset } from "./descriptors.js";
import { toArray } from "./iter.js";
import { pyRepr, typeName, typeOf, truthy } from "./ops.js";
import { callv } from "./call.js";
import { callMethod } from "./attributes.js";
import { makeGenericAlias } from "./generic-alias.js";

function mkType(name: string, bases: PyType[]): PyType {
  const t = new PyType(name, bases);
  t.computeMro();
  t.instDict = true;
  t.alloc = (cls) => new PyBaseException(cls);
  EXC[name] = t;
  return t;
}
export const BaseExceptionGroup = mkType("BaseExceptionGroup", [EXC.BaseException]);
export const ExceptionGroup = mkType("ExceptionGroup", [BaseExceptionGroup, EXC.Exception]);

type EG = PyBaseException & { $excs?: PyBaseException[]; $msg?: string };

export function makeGroup(cls: PyType, msg: string, excs: PyBaseException[]): EG {
  const e = cls.alloc!(cls) as EG;
  e.args = tuple([msg, new PyList(excs.slice())]);
  e.$msg = msg;
  e.$excs = excs;
  return e;
}

BaseExceptionGroup.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => {
  let cls = a[0] as PyType;
  const [, msg, seq] = a;
  if (a.length !== 3) raise("TypeError", `BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length - 1} given)`);
  if (typeof msg !== "string") raise("TypeError", `argument 1 must be str, not ${typeName(msg)}`);
  const items = toArray(seq);
  if (items.length === 0) raise("ValueError", "second argument (exceptions) must be a non-empty sequence");
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) raise("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
  });
  const allExc = items.every((x) => (x as PyBaseException).$cls.isSubtypeOf(EXC.Exception));
  if (cls === BaseExceptionGroup && allExc) cls = ExceptionGroup;
  else if (cls.isSubtypeOf(EXC.Exception) && !allExc) {
    raise("TypeError", cls === ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup" : `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = makeGroup(cls, msg, items as PyBaseException[]);
  e.args = tuple([msg, seq]);
  return e;
}, 1, Infinity, null, undefined, "BaseExceptionGroup.__new__")));
method(BaseExceptionGroup, "__init__", 0, Infinity, () => null);
method(BaseExceptionGroup, "__str__", 0, 0, (s) => {
  const g = s as EG;
  const n = g.$excs!.length;
  return `${g.$msg} (${n} sub-exception${n === 1 ? "" : "s"})`;
});
method(BaseExceptionGroup, "__repr__", 0, 0, (s) => `${(s as EG).$cls.name}(${pyRepr((s as EG).$msg!)}, ${pyRepr((s as EG).args.a[1])})`);
getset(BaseExceptionGroup, "message", (s) => (s as EG).$msg!);
getset(BaseExceptionGroup, "exceptions", (s) => tuple((s as EG).$excs!));
// BaseExceptionGroup(self.message, excs): ExceptionGroup when all are Exceptions
method(BaseExceptionGroup, "derive", 1, 1, (s, excs) => callv(BaseExceptionGroup, [(s as EG).$msg!, excs], null));
// BaseExceptionGroup[T] (3.11: a GenericAlias, exceptions.c BaseExceptionGroup_methods)
BaseExceptionGroup.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2, null, undefined, "BaseExceptionGroup.__class_getitem__")));
method(BaseExceptionGroup, "split", 1, 1, (s, t) => tuple(splitGroup(s as EG, t)));
method(BaseExceptionGroup, "subgroup", 1, 1, (s, t) => splitGroup(s as EG, t)[0]);

function matches(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.a.every((x) => x instanceof PyType) ? t.a.some((x) => e.$cls.isSubtypeOf(x as PyType)) : badMatcher();
  if (t instanceof PyType) return e.$cls.isSubtypeOf(t);
  // a predicate is asked about every group and leaf (exceptiongroup_split_check_match)
  if (typeOf(t).lookup("__call__") != null || t instanceof PyBuiltin) return truthy(callv(t, [e], null));
  return badMatcher();
}
const badMatcher = (): never => raise("TypeError", "expected a function, exception type or tuple of exception types");

/** eg.split(T): the matching sub-tree and the rest (None for an empty side). */
export function splitGroup(g: EG, t: PyValue): [PyValue, PyValue] {
  return splitBy(g, (e) => matches(e, t));
}
function splitBy(g: EG, test: (e: PyBaseException) => boolean): [PyValue, PyValue] {
  if (test(g)) return [g, null];
  const yes: PyBaseException[] = [];
  const no: PyBaseException[] = [];
  for (const x of g.$excs!) {
    if ((x as EG).$excs !== undefined) {
      const [m, r] = splitBy(x as EG, test);
      if (m !== null) yes.push(m as PyBaseException);
      if (r !== null) no.push(r as PyBaseException);
    } else if (test(x)) yes.push(x);
    else no.push(x);
  }
  // a group whose every leaf matches is returned itself (exceptiongroup_split_recursive)
  if (no.length === 0 && yes.length === g.$excs!.length && yes.every((x, i) => x === g.$excs![i])) return [g, null];
  if (yes.length === 0) return [null, g];
  // the parts come from g.derive() (a subclass may override it), with g's cause,
  // context, traceback and notes (exceptiongroup_subset)
  const derive = (xs: PyBaseException[]): PyValue => {
    if (xs.length === 0) return null;
    const d = callMethod(g, "derive", [new PyList(xs)], null);
    if (!(d instanceof PyBaseException) || (d as EG).$excs === undefined) return raise("TypeError", "derive must return an instance of BaseExceptionGroup");
    d.cause = g.cause;
    d.context = g.context;
    d.suppressContext = g.suppressContext;
    d.tb = g.tb.slice();
    const notes = g.$dict!.getStr("__notes__");
    if (notes instanceof PyList || notes instanceof PyTuple) d.$dict!.setStr("__notes__", new PyList(notes.a.slice()));
    return d;
  };
  return [derive(yes), derive(no)];
}

// ---- except* (generated code) ----
/** The group an except* clause matches against: a naked exception is wrapped. */
export function starWrap(e: PyBaseException): EG {
  if ((e as EG).$excs !== undefined) return e as EG;
  const g = makeGroup(e.$cls.isSubtypeOf(EXC.Exception) ? ExceptionGroup : BaseExceptionGroup, "", [e]);
  g.args = tuple(["", tuple([e])]);
  g.tb = e.tb.slice();
  return g;
}
export function starSplit(rest: PyValue, t: PyValue): [PyValue, PyValue] {
  if (rest === null) return [null, null];
  const types = t instanceof PyTuple ? t.a : [t];
  for (const x of types) {
    if (!(x instanceof PyType && x.isSubtypeOf(EXC.BaseException))) raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    if (x.isSubtypeOf(BaseExceptionGroup)) raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  return splitGroup(rest as EG, t);
}
/** After the except* clauses: re-raise what is left (the original exception when
 * nothing of it was handled and it was not a group). */
export function starReraise(orig: PyBaseException, wrapped: EG, rest: PyValue, raised: PyBaseException[]): void {
  if (raised.length === 0) {
    if (rest === null) return;
    if (rest === wrapped && wrapped !== orig) throw orig;
    throw rest;
  }
  // a naked exception: only one clause ran, its exception goes on as it is
  if (wrapped !== orig) throw raised[0];
  // re-raised parts (made of the original's leaves) and the unhandled rest are
  // projected back onto the original group, keeping its message and nesting; new
  // exceptions join them in an ExceptionGroup("") (exceptions.c _PyExc_PrepReraiseStar)
  const origLeaves = new Set(leavesOf(orig));
  const keep = new Set<PyBaseException>();
  const fresh: PyBaseException[] = [];
  for (const r of raised) {
    const ls = leavesOf(r);
    if (ls.every((l) => origLeaves.has(l))) for (const l of ls) keep.add(l);
    else fresh.push(r);
  }
  if (rest !== null) for (const l of leavesOf(rest as PyBaseException)) keep.add(l);
  const kept = keep.size ? splitBy(orig as EG, (e) => (e as EG).$excs === undefined && keep.has(e))[0] : null;
  if (fresh.length === 0) {
    if (kept !== null) throw kept;
    return;
  }
  if (kept !== null) fresh.push(kept as PyBaseException);
  if (fresh.length === 1) throw fresh[0];
  throw callv(BaseExceptionGroup, ["", new PyList(fresh)], null);
}
function leavesOf(e: PyBaseException): PyBaseException[] {
  const xs = (e as EG).$excs;
  return xs === undefined ? [e] : xs.flatMap(leavesOf);
}
export { PyObject, T };
