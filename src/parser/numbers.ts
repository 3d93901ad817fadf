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
