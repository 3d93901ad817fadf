// NUMBER tokens to constants: int as bigint, float as a double (JavaScript's Number() of
// the literal without underscores rounds correctly, as CPython's PyOS_string_to_double),
// imaginary as complex.
import { complexConst, floatConst } from "../ast/constant.js";
import type { ConstantValue } from "../ast/nodes.js";

export function parseNumber(text: string): ConstantValue {
  const s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return complexConst(Number(s.slice(0, -1)));
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && s.length > 1 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return BigInt(s);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return floatConst(Number(s));
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}

/** sys.get_int_max_str_digits(), which the runtime keeps up to date: a decimal int
 * literal longer than that is a SyntaxError (pegen _PyPegen_number_token). */
let decimalDigitLimit = 4300;
export function setDecimalLiteralLimit(n: number): void {
  decimalDigitLimit = n;
}

/** The message for a decimal int literal over the limit, or null. */
export function decimalLiteralTooLong(text: string): string | null {
  // CPython checks only past _PY_LONG_MAX_STR_DIGITS_THRESHOLD (640) digits
  if (decimalDigitLimit === 0 || text.length <= 640) return null;
  const c1 = text.charCodeAt(1);
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) return null;
  if (/[.eEjJ]/.test(text)) return null;
  const digits = text.replace(/_/g, "").length;
  if (digits <= decimalDigitLimit) return null;
  return `Exceeds the limit (${decimalDigitLimit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`;
}
