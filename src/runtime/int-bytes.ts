// int.to_bytes / int.from_bytes (longobject.c int_to_bytes_impl, int_from_bytes_impl):
// argument parsing with CPython's messages; the byte work is plain BigInt.
import type { PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyBytes } from "./containers.js";
import { asInt, asStr, callSpecial, indexValue, truthy, typeName } from "./ops.js";
import { callv } from "./call.js";
import { normInt, type PyInt } from "./int-ops.js";

/** Bind (positional..., keywords) to `names`; `npos` of them may be positional. */
function bind(who: string, args: PyValue[], kw: Map<string, PyValue> | null, names: string[], npos: number): (PyValue | undefined)[] {
  if (args.length > npos) raise("TypeError", `${who}() takes at most ${npos} positional arguments (${args.length} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kw) for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) raise("TypeError", `${who}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) raise("TypeError", `argument for ${who}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

function byteorder(who: string, v: PyValue | undefined): "big" | "little" {
  if (v === undefined) return "big";
  const s = asStr(v);
  if (s === undefined) raise("TypeError", `${who}() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (s !== "big" && s !== "little") raise("ValueError", "byteorder must be either 'little' or 'big'");
  return s;
}

export function intToBytes(value: PyInt, args: PyValue[], kw: Map<string, PyValue> | null): PyBytes {
  const [len, order, sgn] = bind("to_bytes", args, kw, ["length", "byteorder", "signed"], 2);
  const length = len === undefined ? 1 : indexValue(len, true);
  const bo = byteorder("to_bytes", order);
  const signed = sgn !== undefined && truthy(sgn);
  if (length < 0) raise("ValueError", "length argument must be non-negative");
  const v = BigInt(value);
  if (v < 0n && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed ? v < -(1n << (bits - 1n)) || v >= 1n << (bits - 1n) || (length === 0 && v !== 0n) : v >> bits !== 0n) raise("OverflowError", "int too big to convert");
  if (length > 2 ** 31) raise("MemoryError", "");
  let x = BigInt.asUintN(Number(bits), v);
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0 && x !== 0n; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  if (bo === "little") out.reverse();
  return new PyBytes(out);
}

/** PyObject_Bytes for from_bytes: bytes(x), but an int or str is refused. */
function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.b;
  const r = v !== null && typeof v === "object" ? callSpecial(v, "__bytes__", []) : undefined;
  if (r !== undefined) {
    if (!(r instanceof PyBytes)) raise("TypeError", `__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.b;
  }
  if (asInt(v) !== undefined || asStr(v) !== undefined) raise("TypeError", `cannot convert '${typeName(v)}' object to bytes`);
  return (callv(T.bytes, [v], null) as PyBytes).b;
}

export function intFromBytes(cls: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const [src, order, sgn] = bind("from_bytes", args, kw, ["bytes", "byteorder", "signed"], 2);
  if (src === undefined) raise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
  const bo = byteorder("from_bytes", order);
  const signed = sgn !== undefined && truthy(sgn);
  const b = bytesOf(src);
  let v = 0n;
  const n = b.length;
  if (n > 0) {
    let hex = "";
    for (let i = 0; i < n; i++) {
      const c = b[bo === "big" ? i : n - 1 - i];
      hex += (c < 16 ? "0" : "") + c.toString(16);
    }
    v = BigInt("0x" + hex);
    if (signed && b[bo === "big" ? 0 : n - 1] >= 0x80) v -= 1n << BigInt(n * 8);
  }
  const r = normInt(v);
  // int.from_bytes on a subclass calls the subclass with the value (bool included)
  if (cls instanceof PyType && cls !== T.int) return callv(cls, [r], null);
  return r;
}
