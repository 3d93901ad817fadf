// BaseExceptionGroup / ExceptionGroup (PEP 654) and the runtime side of `except*`.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { EXC, PyBaseException } from "./exceptions.js";
import { PyTuple, PyList, tuple } from "./containers.js";
import { PyBuiltin } from "./function.js";
import { PyStaticMethod } from "./property.js";
import { method, getset } from "./descriptors.js";
import { toArray } from "./iter.js";
import { pyRepr, typeName } from "./ops.js";

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
  else if (cls.isSubtypeOf(EXC.Exception) && !allExc) raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
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
method(BaseExceptionGroup, "derive", 1, 1, (s, excs) => makeGroup((s as EG).$cls.isSubtypeOf(EXC.Exception) ? ExceptionGroup : BaseExceptionGroup, (s as EG).$msg!, toArray(excs) as PyBaseException[]));
method(BaseExceptionGroup, "split", 1, 1, (s, t) => tuple(splitGroup(s as EG, t)));
method(BaseExceptionGroup, "subgroup", 1, 1, (s, t) => splitGroup(s as EG, t)[0]);

function matches(e: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.a.some((x) => matches(e, x));
  if (!(t instanceof PyType)) raise("TypeError", "expected a type or tuple of types");
  return e.$cls.isSubtypeOf(t);
}

/** eg.split(T): the matching sub-tree and the rest (None for an empty side). */
export function splitGroup(g: EG, t: PyValue): [PyValue, PyValue] {
  if (matches(g, t)) return [g, null];
  const yes: PyBaseException[] = [];
  const no: PyBaseException[] = [];
  for (const x of g.$excs!) {
    if ((x as EG).$excs !== undefined) {
      const [m, r] = splitGroup(x as EG, t);
      if (m !== null) yes.push(m as PyBaseException);
      if (r !== null) no.push(r as PyBaseException);
    } else if (matches(x, t)) yes.push(x);
    else no.push(x);
  }
  // a group whose every leaf matches is returned itself (exceptiongroup_split_recursive)
  if (no.length === 0 && yes.length === g.$excs!.length && yes.every((x, i) => x === g.$excs![i])) return [g, null];
  if (yes.length === 0) return [null, g];
  const derive = (xs: PyBaseException[]): PyValue => {
    if (xs.length === 0) return null;
    const d = makeGroup(xs.every((x) => x.$cls.isSubtypeOf(EXC.Exception)) ? ExceptionGroup : BaseExceptionGroup, g.$msg!, xs);
    d.cause = g.cause;
    d.context = g.context;
    d.tb = g.tb.slice();
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
  if (t instanceof PyType && t.isSubtypeOf(BaseExceptionGroup)) raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
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
  const all = rest === null ? raised : [...raised, rest as PyBaseException];
  if (all.length === 1) throw all[0];
  throw makeGroup(all.every((x) => x.$cls.isSubtypeOf(EXC.Exception)) ? ExceptionGroup : BaseExceptionGroup, "", all);
}
export { PyObject, T };
