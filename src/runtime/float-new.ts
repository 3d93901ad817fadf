// float(x) (floatobject.c float_new_impl -> PyNumber_Float, PyFloat_FromString):
// __float__ first (a float subclass result is deprecated), then __index__, then the
// text of a str, bytes, bytearray or other buffer (memoryview, array).
import { PyObject, PyFloat, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes } from "./containers.js";
import { PyByteArray, bufferOf } from "./bytes.js";
import { asInt, asStr, callSpecial, typeName } from "./ops.js";
import { intToFloat } from "./int-ops.js";
import { floatFromString } from "./float-ops.js";
import { bytesRepr } from "./repr.js";
import { EXC } from "./exceptions.js";
import { pyWarn } from "./warn.js";

/** float() of bytes: ASCII text only (no Unicode digits or spaces), errors show the bytes. */
function fromBytes(b: Uint8Array): number {
  let s = "";
  let ascii = true;
  for (const c of b) {
    if (c >= 128) ascii = false;
    s += String.fromCharCode(c);
  }
  try {
    if (!ascii) throw null;
    return floatFromString(s);
  } catch (e) {
    if (e === null || (e instanceof PyObject && e.$cls === EXC.ValueError)) raise("ValueError", `could not convert string to float: ${bytesRepr(b)}`);
    throw e;
  }
}

export function floatNew(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return floatFromString(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return intToFloat(v);
  if (v === null) raise("TypeError", "float() argument must be a string or a real number, not 'NoneType'");
  const f = v.$cls.lookup("__float__");
  if (f != null) {
    if (v instanceof PyFloat && f === T.float.attrs.get("__float__")) return v.v;
    const r = callSpecial(v, "__float__", [])!;
    if (!(r instanceof PyFloat)) raise("TypeError", `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    if (r.$cls !== T.float) pyWarn("DeprecationWarning", `${typeName(v)}.__float__ returned non-float (type ${typeName(r)}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`);
    return r.v;
  }
  if (v.$cls.lookup("__index__") != null) {
    const r = callSpecial(v, "__index__", [])!;
    const n = asInt(r);
    if (n === undefined) raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
    return intToFloat(n);
  }
  const s = asStr(v);
  if (s !== undefined) return floatFromString(s);
  if (v instanceof PyBytes || v instanceof PyByteArray) return fromBytes(v.b);
  const buf = bufferOf(v);
  if (buf !== null) return fromBytes(buf);
  return raise("TypeError", `float() argument must be a string or a real number, not '${typeName(v)}'`);
}
