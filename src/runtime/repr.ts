// Python's repr rules for the primitive values, shared by the AST dump and the runtime.
import { hasProp, Prop } from "./text/unicode.js";

/** repr(float): the shortest round-trip digits (as JS finds them), laid out as
 * CPython's float_repr_style 'short' does (Python/pystrtod.c format_float_short,
 * mode 'r'): exponent form when the decimal exponent is < -4 or >= 16. */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let body: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const e = Math.abs(exp);
    body = `${m}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" + e : e}`;
  } else if (exp < 0) {
    body = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    body = digits + "0".repeat(exp + 1 - digits.length) + ".0";
  } else {
    body = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + body : body;
}

/** repr(complex) for a value with real part `re` and imaginary part `im` (Objects/complexobject.c complex_repr). */
export function complexRepr(re: number, im: number): string {
  const fmt = (v: number) => {
    const s = floatRepr(v);
    return s.endsWith(".0") ? s.slice(0, -2) : s;
  };
  if (re === 0 && !Object.is(re, -0)) return fmt(im) + "j";
  const imS = fmt(im);
  return `(${fmt(re)}${imS.startsWith("-") ? "" : "+"}${imS}j)`;
}

// Py_UNICODE_ISPRINTABLE, from the Unicode 14 tables CPython 3.11 uses (not the JS
// engine's newer ones, which would print characters unassigned in 3.11).
export function isPrintable(ch: string): boolean {
  return hasProp(ch.codePointAt(0)!, Prop.Printable);
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** repr(str) (Objects/unicodeobject.c unicode_repr): prefer single quotes unless the
 * text has ' and no ". */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (isPrintable(ch)) out += ch;
    else if (c <= 0xff) out += "\\x" + hex(c, 2);
    else if (c <= 0xffff) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out + quote;
}

/** repr(bytes) (Objects/bytesobject.c PyBytes_Repr). */
export function bytesRepr(b: Uint8Array, prefix = "b"): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
