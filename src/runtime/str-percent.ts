// `str % args`: the object model's side of printf-style formatting. The rules live in
// the number helper's percent-format.ts; this file supplies the operations on Python
// objects it needs (PercentOps).
import { PyFloat, PyComplex, type PyValue } from "./object.js";
import { PyTuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { pyAscii, pyRepr, pyStr, typeName, asInt, callSpecial, typeOf } from "./ops.js";
import { getitem } from "./rt.js";
import { toInt, toFloat } from "./numbers.js";
import { percentFormat, type PercentOps } from "./percent-format.js";
import { T } from "./types.js";

const OPS: PercentOps<PyValue> = {
  isTuple: (v) => v instanceof PyTuple,
  tupleItems: (v) => (v as PyTuple).a,
  isMapping: (v) => v instanceof PyDict || (v !== null && typeof v === "object" && !(v instanceof PyTuple) && !typeOf(v).isSubtypeOf(T.str) && typeOf(v).lookup("__getitem__") != null),
  typeName: (v) => typeName(v),
  asInt: (v) => asInt(v) ?? null,
  isNumber: (v) => {
    if (asInt(v) !== undefined || v instanceof PyFloat || v instanceof PyComplex) return true;
    const t = typeOf(v);
    return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
  },
  index: (v) => {
    const i = asInt(v);
    if (i !== undefined) return i;
    const r = callSpecial(v, "__index__", []);
    return r === undefined ? null : (asInt(r) ?? null);
  },
  toInt: (v) => toInt(v),
  toFloat: (v) => toFloat(v),
  ascii: (v) => pyAscii(v),
  getItem: (m, k) => getitem(m, k),
  str: (v) => pyStr(v),
  repr: (v) => pyRepr(v),
  asChar: (v) => (typeof v === "string" ? v : null),
};

export function strPercent(fmt: string, args: PyValue): string {
  return percentFormat(fmt, args, OPS);
}
