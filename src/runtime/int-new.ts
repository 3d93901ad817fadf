// int(x) and int(x, base) (longobject.c long_new_impl, abstract.c PyNumber_Long):
// __int__, __index__, the deprecated __trunc__, then the text of a str, bytes,
// bytearray or other buffer. A slot returning a strict int subclass (e.g. bool)
// is deprecated but accepted.
import { PyFloat, PyIntSub, type PyValue } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes } from "./containers.js";
import { PyByteArray, bufferOf } from "./bytes.js";
import { asInt, asStr, callSpecial, indexValue, isIndex, typeName } from "./ops.js";
import { floatToInt, intFromString, type PyInt } from "./int-ops.js";
import { bytesRepr } from "./repr.js";
import { EXC, PyBaseException } from "./exceptions.js";
import { pyWarn } from "./warn.js";

/** The int a __int__ / __index__ call returns (PyNumber_Index's checks). */
function fromSlot(v: PyValue, name: string): PyInt {
  const r = callSpecial(v, name, [])!;
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean" || r instanceof PyIntSub) {
    pyWarn("DeprecationWarning", `${name} returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`);
    return asInt(r)!;
  }
  return raise("TypeError", `${name} returned non-int (type ${typeName(r)})`);
}

/** int() of bytes-like text: ASCII only, errors show the bytes. */
function fromBytes(b: Uint8Array, base: number): PyInt {
  let s = "";
  let ascii = true;
  for (const c of b) {
    if (c >= 128) ascii = false;
    s += String.fromCharCode(c);
  }
  const fail = (): never => raise("ValueError", `invalid literal for int() with base ${base}: ${bytesRepr(b)}`);
  if (!ascii) fail();
  try {
    return intFromString(s, base);
  } catch (e) {
    // the digit-limit error keeps its own message
    if (e instanceof PyBaseException && e.$cls === EXC.ValueError && !String(e.args.a[0]).startsWith("Exceeds")) fail();
    throw e;
  }
}

/** PyNumber_Long. */
export function intOf(v: PyValue): PyInt {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return intFromString(v, 10);
  if (v === null) return raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  if (v instanceof PyFloat && v.$cls === T.float) return floatToInt(v.v); // int(3.7): no method call
  for (const name of ["__int__", "__index__"]) {
    const f = v.$cls.lookup(name);
    if (f == null) continue;
    if (f === T.int.attrs.get(name)) return asInt(v)!;
    return fromSlot(v, name);
  }
  if (v.$cls.lookup("__trunc__") != null) {
    pyWarn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
    const r = callSpecial(v, "__trunc__", [])!;
    const n = asInt(r);
    if (n !== undefined) return n;
    if (!isIndex(r)) raise("TypeError", `__trunc__ returned non-Integral (type ${typeName(r)})`);
    return fromSlot(r, "__index__");
  }
  const s = asStr(v);
  if (s !== undefined) return intFromString(s, 10);
  if (v instanceof PyBytes || v instanceof PyByteArray) return fromBytes(v.b, 10);
  const b = bufferOf(v);
  if (b !== null) return fromBytes(b, 10);
  return raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

/** int(x, base): x must be text. */
export function intOfBase(v: PyValue | undefined, base: PyValue): PyInt {
  if (v === undefined) raise("TypeError", "int() missing string argument");
  if (!isIndex(base)) raise("TypeError", `'${typeName(base)}' object cannot be interpreted as an integer`);
  const b = indexValue(base, true);
  if (b !== 0 && (b < 2 || b > 36)) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  const s = asStr(v);
  if (s !== undefined) return intFromString(s, b);
  if (v instanceof PyBytes || v instanceof PyByteArray) return fromBytes(v.b, b);
  return raise("TypeError", "int() can't convert non-string with explicit base");
}
