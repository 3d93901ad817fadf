// array.array items: the typecode table and the conversion of a Python value to an
// item, with the OverflowError/TypeError messages of Modules/arraymodule.c's
// *_setitem functions (which go through PyArg_Parse "h", "b", "i", "l" and
// PyLong_AsUnsigned*, hence the mixed wording).
import type { PyValue } from "../../runtime/object.js";
import { PyObject, PyFloat } from "../../runtime/object.js";
import { raise } from "../../runtime/raise.js";
import { asInt, asFloat, asStr, callSpecial, typeName } from "../../runtime/ops.js";
import { intToFloat } from "../../runtime/int-ops.js";

export const TYPECODES = "bBuhHiIlLqQfd";
export const ITEMSIZE: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

/** The stored form of an item: a JS number, a bigint for 64-bit codes, a code point for 'u'. */
export type Raw = number | bigint;

function intOf(v: PyValue): bigint {
  let n = asInt(v);
  if (n === undefined && v instanceof PyObject && v.$cls.lookup("__index__") != null) {
    const r = callSpecial(v, "__index__", [])!;
    n = asInt(r);
    if (n === undefined) raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  }
  if (n === undefined) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  return BigInt(n);
}

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

function range(n: bigint, lo: bigint, hi: bigint, what: string): void {
  if (n < lo) raise("OverflowError", `${what} is less than minimum`);
  if (n > hi) raise("OverflowError", `${what} is greater than maximum`);
}
function cLong(n: bigint): void {
  if (n < LONG_MIN || n > LONG_MAX) raise("OverflowError", "Python int too large to convert to C long");
}
function cULong(n: bigint): void {
  if (n < 0n) raise("OverflowError", "can't convert negative value to unsigned int");
  if (n > ULONG_MAX) raise("OverflowError", "Python int too large to convert to C unsigned long");
}

/** Convert `v` to an item of typecode `tc` (arraymodule.c b_setitem ... d_setitem). */
export function toRaw(tc: string, v: PyValue): Raw {
  switch (tc) {
    case "f":
    case "d": {
      if (v instanceof PyFloat) return v.v;
      const f = asFloat(v);
      if (f !== undefined) return f;
      if (v instanceof PyObject) {
        const r = callSpecial(v, "__float__", []);
        if (r instanceof PyFloat) return r.v;
        if (r !== undefined) raise("TypeError", `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
        const ix = callSpecial(v, "__index__", []);
        const n = ix === undefined ? undefined : asInt(ix);
        if (n !== undefined) return intToFloat(n);
      }
      return raise("TypeError", `must be real number, not ${typeName(v)}`);
    }
    case "u": {
      const s = asStr(v);
      if (s === undefined || s.length === 0 || s.length > 2) raise("TypeError", "array item must be unicode character");
      const cp = s.codePointAt(0)!;
      if (String.fromCodePoint(cp).length !== s.length) raise("TypeError", "array item must be unicode character");
      return cp;
    }
  }
  const n = intOf(v);
  switch (tc) {
    case "b":
      cLong(n);
      range(n, -32768n, 32767n, "signed short integer");
      range(n, -128n, 127n, "signed char");
      return Number(n);
    case "B":
      cLong(n);
      range(n, 0n, 255n, "unsigned byte integer");
      return Number(n);
    case "h":
      cLong(n);
      range(n, -32768n, 32767n, "signed short integer");
      return Number(n);
    case "H":
      cLong(n);
      range(n, -(2n ** 31n), 2n ** 31n - 1n, "signed integer");
      range(n, 0n, 65535n, "unsigned short");
      return Number(n);
    case "i":
      cLong(n);
      range(n, -(2n ** 31n), 2n ** 31n - 1n, "signed integer");
      return Number(n);
    case "I":
      cULong(n);
      if (n > 2n ** 32n - 1n) raise("OverflowError", "unsigned int is greater than maximum");
      return Number(n);
    case "l":
      cLong(n);
      return n;
    case "L":
      cULong(n);
      return n;
    case "q":
      if (n < LONG_MIN || n > LONG_MAX) raise("OverflowError", "int too big to convert");
      return n;
    default: // 'Q'
      if (n < 0n) raise("OverflowError", "can't convert negative int to unsigned");
      if (n > ULONG_MAX) raise("OverflowError", "int too big to convert");
      return n;
  }
}

/** Store a converted item at byte offset `at` (little-endian, as on x86-64). */
export function store(tc: string, dv: DataView, at: number, r: Raw): void {
  switch (tc) {
    case "b": dv.setInt8(at, r as number); break;
    case "B": dv.setUint8(at, r as number); break;
    case "h": dv.setInt16(at, r as number, true); break;
    case "H": dv.setUint16(at, r as number, true); break;
    case "i": dv.setInt32(at, r as number, true); break;
    case "I": case "u": dv.setUint32(at, r as number, true); break;
    case "l": case "q": dv.setBigInt64(at, r as bigint, true); break;
    case "L": case "Q": dv.setBigUint64(at, r as bigint, true); break;
    case "f": dv.setFloat32(at, r as number, true); break;
    default: dv.setFloat64(at, r as number, true);
  }
}

const small = (b: bigint): number | bigint => (b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b);

/** The Python value of the item at byte offset `at`. */
export function load(tc: string, dv: DataView, at: number): PyValue {
  switch (tc) {
    case "b": return dv.getInt8(at);
    case "B": return dv.getUint8(at);
    case "h": return dv.getInt16(at, true);
    case "H": return dv.getUint16(at, true);
    case "i": return dv.getInt32(at, true);
    case "I": return dv.getUint32(at, true);
    case "l": case "q": return small(dv.getBigInt64(at, true));
    case "L": case "Q": return small(dv.getBigUint64(at, true));
    case "f": return new PyFloat(dv.getFloat32(at, true));
    case "d": return new PyFloat(dv.getFloat64(at, true));
    default: {
      const cp = dv.getUint32(at, true);
      if (cp > 0x10ffff) raise("ValueError", `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
      return String.fromCodePoint(cp);
    }
  }
}

/** The pickle "machine format" code of a typecode on x86-64 (arraymodule.c enum machine_format_code). */
export const MFORMAT: Record<string, number> = { b: 1, B: 0, u: 20, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16 };
