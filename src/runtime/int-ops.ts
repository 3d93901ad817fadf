// Python int arithmetic on pycell's int representation (Objects/longobject.c).
// A Python int is `number | bigint`: a number is always a safe integer and never -0,
// a bigint is used only outside the safe range. Every function here returns a
// normalized value, so equal ints always have equal representations.
import { raise } from "./raise.js";
import { setDecimalLiteralLimit } from "../parser/numbers.js";
import { ratioToFloat } from "./float-bits.js";
import { strRepr } from "./repr.js";

export type PyInt = number | bigint;

const MAX_SAFE = 9007199254740991n;
const MIN_SAFE = -9007199254740991n;

/** The canonical PyInt for a bigint: a number when it is in the safe range. */
export function normInt(b: bigint): PyInt {
  return b >= MIN_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

export function toBig(a: PyInt): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

export function isZero(a: PyInt): boolean {
  return a === 0;
}

export function sign(a: PyInt): -1 | 0 | 1 {
  return a > 0 ? 1 : a < 0 ? -1 : 0;
}

/** BigInt allocation failures (V8 caps a BigInt at about 2**30 bits) become MemoryError. */
function bigOp(f: () => bigint): PyInt {
  try {
    return normInt(f());
  } catch (e) {
    if (e instanceof RangeError) raise("MemoryError", "");
    throw e;
  }
}

// ---- + - * ---------------------------------------------------------------

// For safe integers a and b the float sum/product is exact whenever the exact value
// is safe, and is >= 2**53 in magnitude otherwise; so one isSafeInteger test
// detects overflow.
export function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function sub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

export function mul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // 0 * -1 is -0 in JS
  }
  // bigOp's work without its closure: `r *= i` on a bigint runs this per step (p4)
  try {
    return normInt(toBig(a) * toBig(b));
  } catch (e) {
    if (e instanceof RangeError) raise("MemoryError", "");
    throw e;
  }
}

// ---- // % divmod (floor semantics: the remainder takes the divisor's sign) ----

function zeroDiv(): never {
  return raise("ZeroDivisionError", "integer division or modulo by zero");
}

function zeroMod(): never {
  return raise("ZeroDivisionError", "integer modulo by zero");
}

export function floordiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroDiv();
    // For |a| < 2**53 the rounding error of a/b is below 1/(2|b|), so it never
    // crosses an integer: floor(a/b) is exact.
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroDiv();
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normInt(q);
}

export function mod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) zeroMod();
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = toBig(a);
  const y = toBig(b);
  if (y === 0n) zeroMod();
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0) zeroDiv();
  return [floordiv(a, b), mod(a, b)];
}

// ---- true division (longobject.c long_true_divide) ------------------------

/** a / b for ints, correctly rounded to the nearest float (ties to even). */
export function truediv(a: PyInt, b: PyInt): number {
  if (b === 0) raise("ZeroDivisionError", "division by zero");
  // Both operands exactly representable: IEEE division is correctly rounded.
  if (typeof a === "number" && typeof b === "number") return a / b;
  const x = toBig(a);
  const y = toBig(b);
  const negative = (x < 0n) !== (y < 0n);
  const ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  if (ax === 0n) return negative ? -0 : 0;
  const r = ratioToFloat(ax, ay, 0);
  if (r === Infinity) raise("OverflowError", "integer division result too large for a float");
  return negative ? -r : r;
}

// ---- ** -----------------------------------------------------------------

/** a ** b for b >= 0 (exact). For b < 0 Python computes float(a) ** float(b):
 * the caller uses floatPow(intToFloat(a), intToFloat(b)). */
export function pow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) raise("ValueError", "pow() negative exponent needs a float result");
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    // Math.pow on integers is exact while the result is below 2**53.
    if (Number.isSafeInteger(r) && Math.abs(r) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const x = toBig(a);
  if (x === 0n || x === 1n) return b === 0 ? 1 : Number(x);
  if (x === -1n) return mod(b, 2) === 0 ? 1 : -1;
  const y = toBig(b);
  // Results beyond V8's BigInt size (2**30 bits) cannot be built: fail before
  // spending minutes on the multiplication.
  const ax = x < 0n ? -x : x;
  const n = bitLengthBig(ax);
  const log2x = n <= 1000 ? Math.log2(Number(ax)) : n;
  if (log2x * Number(y) > 2 ** 30) raise("MemoryError", "");
  return bigOp(() => x ** y);
}

/** pow(a, b, m) (longobject.c long_pow with a modulus). */
export function powMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mm = toBig(m);
  if (mm === 0n) raise("ValueError", "pow() 3rd argument cannot be 0");
  const negMod = mm < 0n;
  if (negMod) mm = -mm;
  let base = toBig(a);
  let exp = toBig(b);
  if (exp < 0n) {
    base = modInverse(base, mm);
    exp = -exp;
  }
  if (mm === 1n) return 0;
  base %= mm;
  if (base < 0n) base += mm;
  // left-to-right over the exponent's binary digits: shifting a huge exponent once
  // per bit would copy it each time (quadratic for 100,000-bit exponents)
  let result = 1n;
  const bits = exp.toString(2);
  if (exp > 0n) {
    for (let i = 0; i < bits.length; i++) {
      result = (result * result) % mm;
      if (bits.charCodeAt(i) === 49) result = (result * base) % mm;
    }
  }
  // A negative modulus gives a result in (m, 0].
  if (negMod && result !== 0n) result -= mm;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m).
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise("ValueError", "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

/** round(v, ndigits) for an int (longobject.c long_round): for ndigits < 0, the
 * nearest multiple of 10**-ndigits, ties to even. */
export function intRound(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const x = toBig(v);
  const ax = x < 0n ? -x : x;
  // 10**k above 2*|v| rounds everything to 0: answer without building 10**k.
  const k = -toBig(ndigits);
  if (k > BigInt(Math.ceil(bitLengthBig(ax) * 0.30103) + 1)) return 0;
  const p = 10n ** k;
  let q = ax / p;
  const r2 = (ax - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  const res = q * p;
  return normInt(x < 0n ? -res : res);
}

// ---- unary --------------------------------------------------------------

export function neg(a: PyInt): PyInt {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return normInt(-a);
}

export function pos(a: PyInt): PyInt {
  return a;
}

export function abs(a: PyInt): PyInt {
  if (typeof a === "number") return Math.abs(a);
  return a < 0n ? -a : a;
}

export function invert(a: PyInt): PyInt {
  if (typeof a === "number") return sub(-a, 1);
  return normInt(~a);
}

// ---- shifts and bitwise (two's complement with infinite sign extension) -------

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function isInt32(a: PyInt): a is number {
  return typeof a === "number" && a >= INT32_MIN && a <= INT32_MAX;
}

export function lshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) raise("ValueError", "negative shift count");
  if (a === 0) return 0;
  if (typeof a === "number" && typeof b === "number" && b < 31) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  // CPython converts the count to Py_ssize_t first (longobject.c long_lshift).
  if (b >= 2 ** 63) raise("OverflowError", "too many digits in integer");
  const n = Number(b);
  if (n + bitLengthBig(toBig(a)) > 2 ** 30) raise("MemoryError", "");
  return bigOp(() => toBig(a) << BigInt(n));
}

export function rshift(a: PyInt, b: PyInt): PyInt {
  if (b < 0) raise("ValueError", "negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  if (b >= 2 ** 31) return a < 0 ? -1 : 0;
  return normInt(toBig(a) >> BigInt(b));
}

export function and(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

export function or(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

export function xor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

// ---- comparison ------------------------------------------------------------
// JS relational operators compare number with bigint exactly, and normalized ints
// have one representation, so these need no conversion.

export function compare(a: PyInt, b: PyInt): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function eq(a: PyInt, b: PyInt): boolean {
  return a === b;
}

// ---- int <-> float -----------------------------------------------------------

/** float(a): round half to even (Number(bigint) is correctly rounded). */
export function intToFloat(a: PyInt): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) raise("OverflowError", "int too large to convert to float");
  return f;
}

/** int(x) for a float: truncation toward zero (floatobject.c float___trunc___impl). */
export function floatToInt(x: number): PyInt {
  if (x !== x) raise("ValueError", "cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) raise("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return BigInt(t);
}

// ---- int <-> str -----------------------------------------------------------

let maxStrDigits = 4300;

/** sys.set_int_max_str_digits (0 disables the limit). */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) raise("ValueError", "maxdigits must be 0 or larger than 640");
  maxStrDigits = n;
  setDecimalLiteralLimit(n);
}

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** str(a): decimal digits, limited like longobject.c long_to_decimal_string_internal. */
export function intToDecimal(a: PyInt): string {
  if (typeof a === "number") return String(a);
  if (maxStrDigits > 0) {
    const bits = bitLengthBig(a < 0n ? -a : a);
    // bits*log10(2) bounds the digit count; only convert when it may be near the limit.
    if ((bits - 1) * 0.30102999566398 >= maxStrDigits) tooManyDigitsOut();
  }
  const s = a.toString();
  if (maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) tooManyDigitsOut();
  return s;
}

function tooManyDigitsOut(): never {
  return raise("ValueError", `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
}

/** Digits of a in base 2, 8, 10 or 16, with the 0b/0o/0x prefix when `prefix`
 * (bin(), oct(), hex(): the sign goes before the prefix). */
export function intToString(a: PyInt, base: 2 | 8 | 10 | 16, prefix = base !== 10): string {
  if (base === 10) return intToDecimal(a);
  const neg = a < 0;
  const digits = (typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a).toString(base);
  const p = prefix ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return (neg ? "-" : "") + p + digits;
}

// Python's str.isspace set (Py_UNICODE_ISSPACE).
const UNICODE_SPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const ND = /\p{Nd}/u;
const ndCache = new Map<number, number>();

/** Value of a Unicode decimal digit: Nd characters come in runs of whole 0..9 blocks. */
export function unicodeDigitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  const hit = ndCache.get(cp);
  if (hit !== undefined) return hit;
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  const v = (cp - start) % 10;
  ndCache.set(cp, v);
  return v;
}

/** Map non-ASCII whitespace to ' ' and non-ASCII decimal digits to ASCII; any other
 * non-ASCII character becomes '?' so that parsing fails
 * (unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII). */
export function transformDecimalAndSpace(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (UNICODE_SPACE.test(ch)) out += " ";
    else {
      const d = unicodeDigitValue(c);
      out += d >= 0 ? String.fromCharCode(0x30 + d) : "?";
    }
  }
  return out;
}

function isAsciiSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** int(s, base) (longobject.c PyLong_FromString over the transformed text). */
/** int(s) for an optional sign and 1–15 ASCII decimal digits (a safe integer), read
 * with one charCode loop; NaN for anything else (spaces, underscores, longer text),
 * which takes the full path of PyLong_FromString below. */
function shortDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 16) return NaN;
  let i = 0;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) i = 1;
  if (i === n || n - i > 15) return NaN;
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return c0 === 45 && v !== 0 ? -v : v;
}

export function intFromString(s: string, base: number | bigint = 10): PyInt {
  if (base === 10) {
    const v = shortDecimal(s);
    if (v === v) return v;
  }
  if ((base !== 0 && base < 2) || base > 36) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  const origBase = Number(base);
  let b = origBase;
  const t = transformDecimalAndSpace(s);
  const fail = (): never => raise("ValueError", `invalid literal for int() with base ${origBase}: ${strReprTrunc(s)}`);
  let i = 0;
  const n = t.length;
  while (i < n && isAsciiSpace(t[i])) i++;
  let negative = false;
  if (t[i] === "+" || t[i] === "-") {
    negative = t[i] === "-";
    i++;
  }
  let oldOctalZero = false;
  if (b === 0) {
    if (t[i] !== "0") b = 10;
    else {
      const p = t[i + 1];
      if (p === "x" || p === "X") b = 16;
      else if (p === "o" || p === "O") b = 8;
      else if (p === "b" || p === "B") b = 2;
      else {
        b = 10;
        oldOctalZero = true;
      }
    }
  }
  if (t[i] === "0") {
    const p = t[i + 1];
    if ((b === 16 && (p === "x" || p === "X")) || (b === 8 && (p === "o" || p === "O")) || (b === 2 && (p === "b" || p === "B"))) {
      i += 2;
      if (t[i] === "_") i++; // one underscore may follow the prefix
    }
  }
  if (t[i] === "_") fail();
  const start = i;
  let digits = 0;
  let prevUnderscore = false;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) fail();
      prevUnderscore = true;
    } else if (digitValue(c) < b) {
      prevUnderscore = false;
      digits++;
    } else break;
    i++;
  }
  if (prevUnderscore) fail();
  const end = i;
  // The size limit applies to non-power-of-two bases and is checked before the
  // trailing text (longobject.c long_from_non_binary_base).
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && digits > maxStrDigits) {
    raise("ValueError", `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (digits === 0) fail();
  while (i < n && isAsciiSpace(t[i])) i++;
  if (i !== n) fail();
  const body = t.slice(start, end).replace(/_/g, "");
  if (oldOctalZero && /[^0]/.test(body)) fail();
  return parseDigits(body, b, negative);
}

function parseDigits(body: string, base: number, negative: boolean): PyInt {
  if (body.length <= 10 || (base === 10 && body.length <= 15)) {
    const v = parseInt(body, base);
    return negative ? (v === 0 ? 0 : -v) : v;
  }
  let big: bigint;
  if (base === 10) big = BigInt(body);
  else if (base === 16) big = BigInt("0x" + body);
  else if (base === 8) big = BigInt("0o" + body);
  else if (base === 2) big = BigInt("0b" + body);
  else big = parseBigBase(body.toLowerCase(), base);
  return normInt(negative ? -big : big);
}

// Divide and conquer so huge strings in odd bases stay subquadratic-ish.
function parseBigBase(s: string, base: number): bigint {
  if (s.length <= 40) {
    let v = 0n;
    const B = BigInt(base);
    for (let k = 0; k < s.length; k++) v = v * B + BigInt(digitValue(s.charCodeAt(k)));
    return v;
  }
  const half = s.length >> 1;
  const lowLen = s.length - half;
  return parseBigBase(s.slice(0, half), base) * BigInt(base) ** BigInt(lowLen) + parseBigBase(s.slice(half), base);
}

// "%.200R": the repr truncated to 200 characters (code points).
function strReprTrunc(s: string): string {
  const r = strRepr(s);
  const cps = Array.from(r);
  return cps.length > 200 ? cps.slice(0, 200).join("") : r;
}

// ---- bit-level helpers ------------------------------------------------------

export function bitLengthBig(a: bigint): number {
  if (a < 0n) a = -a;
  if (a === 0n) return 0;
  if (a <= MAX_SAFE) return bitLengthNum(Number(a));
  // toString(16) is linear; the leading hex digit gives the last few bits.
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

function bitLengthNum(a: number): number {
  if (a < 0) a = -a;
  if (a === 0) return 0;
  if (a <= 0xffffffff) return 32 - Math.clz32(a);
  return 32 + (32 - Math.clz32(Math.floor(a / 4294967296)));
}

/** int.bit_length() */
export function bitLength(a: PyInt): number {
  return typeof a === "number" ? bitLengthNum(a) : bitLengthBig(a);
}

/** int.bit_count(): number of ones in abs(a). */
export function bitCount(a: PyInt): number {
  let x = toBig(a);
  if (x < 0n) x = -x;
  let count = 0;
  while (x > 0n) {
    let w = Number(x & 0xffffffffn);
    w = w - ((w >>> 1) & 0x55555555);
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    x >>= 32n;
  }
  return count;
}

export type ByteOrder = "big" | "little";

function checkByteOrder(order: string): asserts order is ByteOrder {
  if (order !== "big" && order !== "little") raise("ValueError", "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length, byteorder, *, signed) */
export function toBytes(a: PyInt, length: PyInt, byteorder: string, signed = false): Uint8Array {
  checkByteOrder(byteorder);
  if (length < 0) raise("ValueError", "length argument must be non-negative");
  let x = toBig(a);
  if (x < 0n && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  const len = Number(length);
  const bits = BigInt(len) * 8n;
  if (signed) {
    const lim = len === 0 ? 0n : 1n << (bits - 1n);
    if (x >= lim || x < -lim) raise("OverflowError", "int too big to convert");
  } else if (bitLengthBig(x) > len * 8) raise("OverflowError", "int too big to convert");
  if (len > 2 ** 30) raise("MemoryError", "");
  if (x < 0n) x += 1n << bits;
  const out = new Uint8Array(len);
  for (let k = 0; k < len && x > 0n; k++) {
    out[byteorder === "little" ? k : len - 1 - k] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, *, signed) */
export function fromBytes(bytes: Uint8Array, byteorder: string, signed = false): PyInt {
  checkByteOrder(byteorder);
  const len = bytes.length;
  if (len === 0) return 0;
  let hex = "";
  for (let k = 0; k < len; k++) {
    const v = bytes[byteorder === "big" ? k : len - 1 - k];
    hex += (v < 16 ? "0" : "") + v.toString(16);
  }
  let x = BigInt("0x" + hex);
  if (signed && (bytes[byteorder === "big" ? 0 : len - 1] & 0x80)) x -= 1n << BigInt(len * 8);
  return normInt(x);
}

// ---- number theory (mathmodule.c) ---------------------------------------------

export function gcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y) [x, y] = [y, x % y];
    return x;
  }
  let x = toBig(a);
  let y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y) [x, y] = [y, x % y];
  return normInt(x);
}

export function lcm(a: PyInt, b: PyInt): PyInt {
  if (a === 0 || b === 0) return 0;
  const g = gcd(a, b);
  return abs(mul(floordiv(a, g), b));
}

/** math.isqrt: floor of the square root. */
export function isqrt(a: PyInt): PyInt {
  if (a < 0) raise("ValueError", "isqrt() argument must be nonnegative");
  if (typeof a === "number") {
    let r = Math.floor(Math.sqrt(a));
    while (r * r > a) r--;
    while ((r + 1) * (r + 1) <= a) r++;
    return r;
  }
  // Newton from an overestimate: decreases monotonically to the floor root.
  const n = a;
  let x = 1n << BigInt((bitLengthBig(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

function productRange(lo: bigint, hi: bigint): bigint {
  // Product of lo..hi inclusive, split in halves so the multiplications stay balanced.
  if (hi < lo) return 1n;
  if (hi - lo < 16n) {
    let p = lo;
    for (let k = lo + 1n; k <= hi; k++) p *= k;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

export function factorial(a: PyInt): PyInt {
  if (a < 0) raise("ValueError", "factorial() not defined for negative values");
  if (a > 9223372036854775807n) raise("OverflowError", "factorial() argument should not exceed 9223372036854775807");
  // n! has about n*log2(n/e) bits; past V8's 2**30-bit BigInt limit it cannot exist.
  if (a > 40_000_000) raise("MemoryError", "");
  return bigOp(() => productRange(1n, toBig(a)));
}

export function perm(n: PyInt, k?: PyInt | null): PyInt {
  if (n < 0) raise("ValueError", "n must be a non-negative integer");
  if (k === undefined || k === null) return factorial(n);
  if (k < 0) raise("ValueError", "k must be a non-negative integer");
  if (k > n) return 0;
  const N = toBig(n);
  return bigOp(() => productRange(N - toBig(k) + 1n, N));
}

export function comb(n: PyInt, k: PyInt): PyInt {
  if (n < 0) raise("ValueError", "n must be a non-negative integer");
  if (k < 0) raise("ValueError", "k must be a non-negative integer");
  if (k > n) return 0;
  const N = toBig(n);
  let K = toBig(k);
  if (N - K < K) K = N - K;
  return bigOp(() => productRange(N - K + 1n, N) / productRange(1n, K));
}
