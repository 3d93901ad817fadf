// types.UnionType: `int | None` at run time (Objects/unionobject.c). `X | Y` on classes,
// None, generic aliases and unions makes one flat union of the distinct arguments;
// isinstance/issubclass accept it.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T, NotImplemented } from "./types.js";
import { tuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import { pyEqBool, pyHash, isInstance } from "./ops.js";
import { callv } from "./call.js";
import { raise } from "./raise.js";
import { PyGenericAlias, genericAliasType, gaItemRepr } from "./generic-alias.js";

export const unionType = new PyType("UnionType", [T.object]);
unionType.computeMro();
unionType.attrs.set("__module__", "types");

export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super();
  }
}
PyUnion.prototype.$cls = unionType;

/** unionobject.c is_unionable: what `|` accepts on the built-in side. */
const unionable = (v: PyValue): boolean => v === null || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;

/** _Py_union_type_or: flatten nested unions, None as NoneType, drop duplicates; a
 * single remaining argument is returned as is (`int | int` is int). */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyValue[] = [];
  for (const v of [a, b]) {
    const items = v instanceof PyUnion ? v.args : [v === null ? T.NoneType : v];
    for (const x of items) if (!out.some((y) => y === x || pyEqBool(y, x))) out.push(x);
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

for (const t of [T.type, unionType, genericAliasType]) {
  method(t, "__or__", 1, 1, (s, o) => unionOr(s, o));
  method(t, "__ror__", 1, 1, (s, o) => unionOr(o, s));
}

method(unionType, "__repr__", 0, 0, (s) => (s as PyUnion).args.map((x) => (x === T.NoneType ? "None" : gaItemRepr(x))).join(" | "));
getset(unionType, "__args__", (s) => tuple((s as PyUnion).args));
getset(unionType, "__parameters__", () => tuple([]));
method(unionType, "__eq__", 1, 1, (s, o) => {
  if (!(o instanceof PyUnion)) return NotImplemented;
  const a = (s as PyUnion).args, b = o.args;
  return a.every((x) => b.some((y) => pyEqBool(x, y))) && b.every((y) => a.some((x) => pyEqBool(x, y)));
});
// hash(frozenset(args)), as unionobject.c union_hash
method(unionType, "__hash__", 0, 0, (s) => pyHash(callv(T.frozenset, [tuple((s as PyUnion).args)], null)));

/** isinstance/issubclass themselves (builtins/functions.ts installs them), so a
 * union of ABCs asks each metaclass as the builtins do. */
export const unionChecks = {
  isinstance: (o: PyValue, t: PyValue): boolean => t instanceof PyType && isInstance(o, t),
  issubclass: (c: PyValue, t: PyValue): boolean => c instanceof PyType && t instanceof PyType && c.isSubtypeOf(t),
};
function checkArgs(u: PyUnion, what: string): void {
  for (const x of u.args) if (x instanceof PyGenericAlias) raise("TypeError", `${what}() argument 2 cannot be a parameterized generic`);
}
method(unionType, "__instancecheck__", 1, 1, (s, o) => {
  checkArgs(s as PyUnion, "isinstance");
  return (s as PyUnion).args.some((x) => unionChecks.isinstance(o, x));
});
method(unionType, "__subclasscheck__", 1, 1, (s, o) => {
  checkArgs(s as PyUnion, "issubclass");
  return (s as PyUnion).args.some((x) => unionChecks.issubclass(o, x));
});
