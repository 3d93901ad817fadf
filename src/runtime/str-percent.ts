// `str % args`: the object model's side of printf-style formatting. The rules live in
// the number helper's percent-format.ts; this file supplies the operations on Python
// objects it needs (PercentOps).
import { PyFloat, PyComplex, PyObject, type PyValue } from "./object.js";
import { EXC } from "./exceptions.js";
import { PyTuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { pyAscii, pyRepr, pyStr, typeName, asInt, asStr, asFloat, callSpecial, typeOf } from "./ops.js";
import { cpLength } from "./text/codepoints.js";
import { raise } from "./raise.js";
import { getitem } from "./rt.js";
import { toInt, toFloat } from "./numbers.js";
import { percentFormat, type PercentOps } from "./percent-format.js";
import { percentFast, percentItems, percentOne } from "./percent-fast.js";
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
  isTypeError: (e) => e instanceof PyObject && e.$cls.isSubtypeOf(EXC.TypeError),
  toFloat: (v) => (realNumber(v) ? toFloat(v) : raise("TypeError", `must be real number, not ${typeName(v)}`)),
  ascii: (v) => pyAscii(v),
  getItem: (m, k) => getitem(m, k),
  str: (v) => pyStr(v),
  repr: (v) => pyRepr(v),
  // %c takes a str of exactly one character (or an int)
  asChar: (v) => {
    const s = asStr(v);
    return s !== undefined && cpLength(s) === 1 ? s : null;
  },
};

export function strPercent(fmt: string, args: PyValue): string {
  return percentFast(fmt, args) ?? percentFormat(fmt, args, OPS);
}

// `"literal" % (a, b, ...)` with 1-4 items (codegen percent-literal.ts): a str literal
// formats any exact tuple itself (no __rmod__ can intervene), so the plan reads the
// items from a scratch array and no tuple is built; a case it leaves makes the tuple
// and runs the full formatter. The plan runs no Python code, so no call re-enters.
const SCRATCH: PyValue[][] = [[], [], [null, null], [null, null, null], [null, null, null, null]];
export function pct1(fmt: string, a: PyValue): string {
  return percentOne(fmt, a) ?? strPercent(fmt, new PyTuple([a]));
}
export function pct2(fmt: string, a: PyValue, b: PyValue): string {
  const s = SCRATCH[2];
  s[0] = a;
  s[1] = b;
  const r = percentItems(fmt, s);
  s[0] = s[1] = null;
  return r ?? strPercent(fmt, new PyTuple([a, b]));
}
export function pct3(fmt: string, a: PyValue, b: PyValue, c: PyValue): string {
  const s = SCRATCH[3];
  s[0] = a;
  s[1] = b;
  s[2] = c;
  const r = percentItems(fmt, s);
  s[0] = s[1] = s[2] = null;
  return r ?? strPercent(fmt, new PyTuple([a, b, c]));
}
export function pct4(fmt: string, a: PyValue, b: PyValue, c: PyValue, d: PyValue): string {
  const s = SCRATCH[4];
  s[0] = a;
  s[1] = b;
  s[2] = c;
  s[3] = d;
  const r = percentItems(fmt, s);
  s[0] = s[1] = s[2] = s[3] = null;
  return r ?? strPercent(fmt, new PyTuple([a, b, c, d]));
}

/** What PyFloat_AsDouble accepts (no str, unlike float()): a number, __float__ or __index__. */
function realNumber(v: PyValue): boolean {
  if (asFloat(v) !== undefined) return true;
  const t = typeOf(v);
  return t.lookup("__float__") != null || t.lookup("__index__") != null;
}

// ---- bytes % args (bytesobject.c _PyBytes_FormatEx) ----
import { PyBytes } from "./containers.js";
import { PyByteArray, bufferOf } from "./bytes.js";
import { percentFormatBytes, type BytesPercentOps } from "./percent-format.js";

function bytesOf(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  const mv = bufferOf(v);
  if (mv !== null) return mv;
  if (v !== null && typeof v === "object" && typeOf(v).lookup("__bytes__") != null) {
    const r = callSpecial(v, "__bytes__", []);
    if (r instanceof PyBytes) return r.b;
    raise("TypeError", `__bytes__ returned non-bytes (type ${typeName(r ?? null)})`);
  }
  return null;
}
const BOPS: BytesPercentOps<PyValue> = {
  ...OPS,
  // bytesobject.c formatfloat words the error differently from str's
  toFloat: (v) => (realNumber(v) ? toFloat(v) : raise("TypeError", `float argument required, not ${typeName(v)}`)),
  isMapping: (v) => OPS.isMapping(v) && !(v instanceof PyBytes) && !(v instanceof PyByteArray),
  getItem: (m, k) => getitem(m, new PyBytes(k)),
  bytesOf,
  asByte: (v) => ((v instanceof PyBytes || v instanceof PyByteArray) && v.b.length === 1 ? v.b[0] : null),
};
export function bytesPercent(fmt: Uint8Array, args: PyValue): Uint8Array {
  return percentFormatBytes(fmt, args, BOPS);
}
