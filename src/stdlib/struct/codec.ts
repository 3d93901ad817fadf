// Packing and unpacking of one parsed format (Modules/_struct.c's native, little- and
// big-endian tables). Which conversion and which range message a code uses depends on
// the table: on a little-endian host the '<' table borrows the native functions for
// the codes whose sizes agree (b B h H i I q Q), so '<h' says "short format requires"
// while '>h' says "'h' format requires".
import type { PyValue } from "../../runtime/object.js";
import { PyObject, PyFloat } from "../../runtime/object.js";
import { PyBytes } from "../../runtime/containers.js";
import { PyByteArray } from "../../runtime/bytes.js";
import { raise } from "../../runtime/raise.js";
import { asInt, asFloat, callSpecial, truthy } from "../../runtime/ops.js";
import { intToFloat } from "../../runtime/int-ops.js";
import { EXC, newExc } from "../../runtime/exceptions.js";
import { structError } from "./error.js";
import { Mode, type Layout } from "./format.js";
import { packHalf, unpackHalf } from "./half.js";

export function structFail(msg: string): never {
  throw newExc(structError, [msg]);
}

const isPyInt = (v: PyValue): boolean => asInt(v) !== undefined;

/** The int value of `v` (int or __index__), or struct.error. */
function intArg(v: PyValue): bigint {
  let n = asInt(v);
  if (n === undefined && v instanceof PyObject && v.$cls.lookup("__index__") != null) n = asInt(callSpecial(v, "__index__", [])!);
  if (n === undefined) structFail("required argument is not an integer");
  return BigInt(n);
}

const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;

/** How one integer code converts and checks its value in a given table. */
interface IntRule {
  /** 's': C long (64-bit signed), 'u': unsigned long, 'b': _PyLong_AsByteArray, 'p': void pointer */
  conv: "s" | "u" | "b" | "p";
  lo: bigint;
  hi: bigint;
  /** message when the converted value is outside lo..hi, or null when no check */
  msg: string | null;
  signed: boolean;
}

function rule(code: string, size: number, mode: Mode): IntRule {
  const bits = BigInt(size * 8);
  const signed = code === code.toLowerCase() && code !== "p";
  const lo = signed ? -(2n ** (bits - 1n)) : 0n;
  const hi = signed ? 2n ** (bits - 1n) - 1n : 2n ** bits - 1n;
  const std = `'${code}' format requires ${lo} <= number <= ${hi}`;
  // b, B (and c) always use the native functions; '<' borrows them for same-size codes
  const native = mode === Mode.Native || code === "b" || code === "B" || (mode === Mode.Little && code !== "l" && code !== "L");
  if (native) {
    switch (code) {
      case "b": return { conv: "s", lo, hi, msg: "byte format requires -128 <= number <= 127", signed };
      case "B": return { conv: "s", lo, hi, msg: "ubyte format requires 0 <= number <= 255", signed };
      case "h": return { conv: "s", lo, hi, msg: "short format requires -32768 <= number <= 32767", signed };
      case "H": return { conv: "s", lo, hi, msg: "ushort format requires 0 <= number <= 65535", signed };
      case "i": return { conv: "s", lo, hi, msg: std, signed };
      case "I": return { conv: "u", lo, hi, msg: std, signed };
      case "P": return { conv: "p", lo: I64_MIN, hi: U64_MAX, msg: null, signed: false };
      default: return { conv: signed ? "s" : "u", lo, hi, msg: null, signed };
    }
  }
  if (size === 8) return { conv: "b", lo, hi, msg: null, signed };
  return { conv: signed ? "s" : "u", lo, hi, msg: std, signed };
}

const rules = new Map<string, IntRule>();
function ruleFor(code: string, size: number, mode: Mode): IntRule {
  const key = code + mode;
  let r = rules.get(key);
  if (r === undefined) rules.set(key, (r = rule(code, size, mode)));
  return r;
}

function packInt(v: PyValue, code: string, size: number, mode: Mode, dv: DataView, at: number): void {
  const r = ruleFor(code, size, mode);
  const n = intArg(v);
  switch (r.conv) {
    case "s":
      if (n < I64_MIN || n > I64_MAX) structFail("argument out of range");
      break;
    case "u":
      if (n < 0n || n > U64_MAX) structFail("argument out of range");
      break;
    case "b":
    case "p":
      if (n < r.lo || n > r.hi) {
        if (isPyInt(v)) structFail("int too large to convert");
        raise("OverflowError", "int too big to convert");
      }
  }
  if (r.msg !== null && (n < r.lo || n > r.hi)) structFail(r.msg);
  const little = mode !== Mode.Big;
  const u = BigInt.asUintN(size * 8, n);
  switch (size) {
    case 1: dv.setUint8(at, Number(u)); break;
    case 2: dv.setUint16(at, Number(u), little); break;
    case 4: dv.setUint32(at, Number(u), little); break;
    default: dv.setBigUint64(at, u, little);
  }
}

function unpackInt(code: string, size: number, mode: Mode, dv: DataView, at: number): PyValue {
  const little = mode !== Mode.Big;
  const signed = code !== "P" && code === code.toLowerCase();
  switch (size) {
    case 1: return signed ? dv.getInt8(at) : dv.getUint8(at);
    case 2: return signed ? dv.getInt16(at, little) : dv.getUint16(at, little);
    case 4: return signed ? dv.getInt32(at, little) : dv.getUint32(at, little);
  }
  const b = signed ? dv.getBigInt64(at, little) : dv.getBigUint64(at, little);
  return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
}

/** PyFloat_AsDouble for struct: float, int, __float__, __index__. */
function floatArg(v: PyValue, code: string): number {
  if (v instanceof PyFloat) return v.v;
  try {
    const f = asFloat(v);
    if (f !== undefined) return f;
  } catch (e) {
    // an int beyond the float range: 'd' says "not a float", 'e'/'f' the int message
    if (e instanceof PyObject && e.$cls === EXC.OverflowError) structFail(code === "d" ? "required argument is not a float" : "int too large to convert");
    throw e;
  }
  if (v instanceof PyObject) {
    const r = callSpecial(v, "__float__", []);
    if (r !== undefined) {
      if (!(r instanceof PyFloat)) raise("TypeError", `${v.$cls.name}.__float__ returned non-float (type ${typeof r === "object" && r !== null ? r.$cls.name : typeof r})`);
      return r.v;
    }
    const ix = callSpecial(v, "__index__", []);
    if (ix !== undefined && asInt(ix) !== undefined) return intToFloat(asInt(ix)!);
  }
  return structFail("required argument is not a float");
}

function packFloat(v: PyValue, code: string, mode: Mode, dv: DataView, at: number): void {
  const x = floatArg(v, code);
  const little = mode !== Mode.Big;
  if (code === "d") return dv.setFloat64(at, x, little);
  // an OverflowError while packing an int argument becomes struct.error (s_pack_internal)
  const overflow = (): never => (isPyInt(v) ? structFail("int too large to convert") : raise("OverflowError", `float too large to pack with ${code} format`));
  if (code === "f") {
    // native 'f' is a plain C cast (np_float): no overflow check there
    if (mode !== Mode.Native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) overflow();
    return dv.setFloat32(at, x, little);
  }
  const h = packHalf(x);
  if (h < 0) overflow();
  dv.setUint16(at, h, little);
}

const bytesOf = (v: PyValue): Uint8Array | null => (v instanceof PyBytes || v instanceof PyByteArray ? v.b : null);

/** Write `args` into `dv` at `base` (the region is already zeroed). */
export function packInto(lay: Layout, args: PyValue[], dv: DataView, base: number): void {
  let k = 0;
  for (const it of lay.items) {
    const c = it.code;
    if (c === "x") continue;
    if (c === "s" || c === "p") {
      const b = bytesOf(args[k++]);
      if (b === null) structFail(`argument for '${c}' must be a bytes object`);
      const at = base + it.offset;
      if (c === "s") {
        const n = Math.min(b.length, it.count);
        for (let j = 0; j < n; j++) dv.setUint8(at + j, b[j]);
      } else if (it.count > 0) {
        // the length byte saturates at 255, the data fills the field (s_pack_internal)
        const n = Math.min(b.length, it.count - 1);
        dv.setUint8(at, Math.min(n, 255));
        for (let j = 0; j < n; j++) dv.setUint8(at + 1 + j, b[j]);
      }
      continue;
    }
    for (let r = 0; r < it.count; r++) {
      const v = args[k++];
      const at = base + it.offset + r * it.size;
      switch (c) {
        case "c": {
          const b = bytesOf(v);
          if (b === null || b.length !== 1) structFail("char format requires a bytes object of length 1");
          dv.setUint8(at, b[0]);
          break;
        }
        case "?":
          dv.setUint8(at, truthy(v) ? 1 : 0);
          break;
        case "e":
        case "f":
        case "d":
          packFloat(v, c, lay.mode, dv, at);
          break;
        default:
          packInt(v, c, it.size, lay.mode, dv, at);
      }
    }
  }
}

export function unpackFrom(lay: Layout, buf: Uint8Array, base: number): PyValue[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: PyValue[] = [];
  const little = lay.mode !== Mode.Big;
  for (const it of lay.items) {
    const c = it.code;
    if (c === "x") continue;
    const at0 = base + it.offset;
    if (c === "s") {
      out.push(new PyBytes(buf.slice(at0, at0 + it.count)));
      continue;
    }
    if (c === "p") {
      if (it.count === 0) {
        out.push(new PyBytes(new Uint8Array(0)));
        continue;
      }
      const n = Math.min(buf[at0], it.count - 1);
      out.push(new PyBytes(buf.slice(at0 + 1, at0 + 1 + n)));
      continue;
    }
    for (let r = 0; r < it.count; r++) {
      const at = at0 + r * it.size;
      switch (c) {
        case "c": out.push(new PyBytes(buf.slice(at, at + 1))); break;
        case "?": out.push(buf[at] !== 0); break;
        case "e": out.push(new PyFloat(unpackHalf(dv.getUint16(at, little)))); break;
        case "f": out.push(new PyFloat(dv.getFloat32(at, little))); break;
        case "d": out.push(new PyFloat(dv.getFloat64(at, little))); break;
        default: out.push(unpackInt(c, it.size, lay.mode, dv, at));
      }
    }
  }
  return out;
}
