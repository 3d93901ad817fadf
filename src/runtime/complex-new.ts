// complex(): the constructor's argument rules and the string form
// (Objects/complexobject.c complex_new / complex_subtype_from_string).
import { PyFloat, PyComplex, PyObject, type PyValue } from "./object.js";
import { raise } from "./raise.js";
import { T } from "./types.js";
import { pyWarn } from "./warn.js";
import { callSpecial, typeName } from "./ops.js";
import { floatFromString } from "./float-ops.js";
import { intToFloat } from "./int-ops.js";
import type { KwNames } from "./function.js";

const MALFORMED = "complex() arg is a malformed string";

/** A float literal as complex() accepts it (float() rules, no surrounding spaces). */
function floatPart(s: string): number {
  if (s === "" || /\s/.test(s)) raise("ValueError", MALFORMED);
  try {
    return floatFromString(s);
  } catch {
    return raise("ValueError", MALFORMED);
  }
}

/** complex("1+2j"), complex(" (3-4.5e1J) "), complex("j"), complex("nan+infj"). */
export function parseComplex(text: string): PyComplex {
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  if (s === "") raise("ValueError", MALFORMED);
  const last = s[s.length - 1];
  if (last !== "j" && last !== "J") return new PyComplex(floatPart(s), 0);
  const body = s.slice(0, -1);
  // the imaginary part starts at the last sign that is not an exponent's sign
  let split = -1;
  for (let i = body.length - 1; i > 0; i--) {
    const c = body[i];
    if ((c === "+" || c === "-") && body[i - 1] !== "e" && body[i - 1] !== "E") {
      split = i;
      break;
    }
  }
  const imagText = split < 0 ? body : body.slice(split);
  const im = imagText === "" || imagText === "+" ? 1 : imagText === "-" ? -1 : floatPart(imagText);
  const re = split < 0 ? 0 : floatPart(body.slice(0, split));
  return new PyComplex(re, im);
}

/** The real value of a complex() argument, or undefined when it has none. */
function realOf(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number" || typeof v === "bigint") return intToFloat(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyObject) {
    if (v.$cls.lookup("__float__") != null) {
      const r = callSpecial(v, "__float__", []);
      if (!(r instanceof PyFloat)) raise("TypeError", `${typeName(v)}.__float__ returned non-float (type ${typeName(r ?? null)})`);
      return r.v;
    }
    if (v.$cls.lookup("__index__") != null) {
      const r = callSpecial(v, "__index__", []);
      if (typeof r === "number" || typeof r === "bigint") return intToFloat(r);
    }
  }
  return undefined;
}

/** A complex() argument as (re, im): complex values, __complex__, or reals. */
function partsOf(v: PyValue, first: boolean): [number, number, boolean] {
  // an exact complex directly; a subclass may define its own __complex__ (try_complex_special_method)
  if (v instanceof PyComplex && (v.$cls === T.complex || v.$cls.lookup("__complex__") === T.complex.attrs.get("__complex__"))) return [v.re, v.im, true];
  if (v instanceof PyObject && v.$cls.lookup("__complex__") != null) {
    const r = callSpecial(v, "__complex__", []);
    if (!(r instanceof PyComplex)) raise("TypeError", `__complex__ returned non-complex (type ${typeName(r ?? null)})`);
    if (r.$cls !== T.complex) pyWarn("DeprecationWarning", `__complex__ returned non-complex (type ${typeName(r)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`);
    return [r.re, r.im, true];
  }
  const f = realOf(v);
  if (f === undefined) {
    if (first) raise("TypeError", `complex() first argument must be a string or a number, not '${typeName(v)}'`);
    raise("TypeError", `complex() second argument must be a number, not '${typeName(v)}'`);
  }
  return [f, 0, false];
}

export function complexNew(argsIn: PyValue[], kwnames: KwNames): PyComplex {
  let real: PyValue | undefined;
  let imag: PyValue | undefined;
  const npos = argsIn.length - (kwnames?.length ?? 0);
  if (npos > 2) raise("TypeError", `complex() takes at most 2 arguments (${argsIn.length} given)`);
  real = npos > 0 ? argsIn[0] : undefined;
  imag = npos > 1 ? argsIn[1] : undefined;
  kwnames?.forEach((name, i) => {
    const v = argsIn[npos + i];
    if (name === "real" && npos < 1) real = v;
    else if (name === "imag" && npos < 2) imag = v;
    else if (name === "real" || name === "imag") raise("TypeError", `argument for complex() given by name ('${name}') and position (${name === "real" ? 1 : 2})`);
    else raise("TypeError", `complex() got an unexpected keyword argument '${name}'`);
  });
  // complex(c) of an exact complex is c itself (complex_new_impl)
  if (imag === undefined && real instanceof PyComplex && real.$cls === T.complex) return real;
  if (typeof real === "string") {
    if (imag !== undefined) raise("TypeError", "complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === "string") raise("TypeError", "complex() second arg can't be a string");
  const [ar, ai, aComplex] = real === undefined ? [0, 0, false] : partsOf(real, true);
  if (imag === undefined) return new PyComplex(ar, ai);
  const [br, bi, bComplex] = partsOf(imag, false);
  // real + imag*1j, where only complex parts mix in (so complex(1, -0.0) keeps -0.0)
  return new PyComplex(bComplex ? ar - bi : ar, aComplex ? ai + br : br);
}
