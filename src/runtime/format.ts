// format() and f-string replacement fields: __format__ dispatch and conversions. The
// format-spec mini-language lives in format-spec.ts; str.format's markup in str-format.ts.
import { PyFloat, PyComplex, type PyValue } from "./object.js";
import * as FS from "./format-spec.js";
import { raise } from "./raise.js";
import { pyAscii, pyRepr, pyStr, typeName, isInt, callSpecial, asStr } from "./ops.js";

/** format(v, spec): type(v).__format__(v, spec). */
export function pyFormat(v: PyValue, spec: string): string {
  if (typeof v === "string" && spec === "") return v;
  if (typeof v === "number" && spec === "") return String(v);
  // Exact int, str and float: their __format__ cannot be replaced, so skip the method
  // call (a bigint goes through intToDecimal, which checks sys.set_int_max_str_digits).
  if (typeof v === "number" || typeof v === "bigint") return FS.formatInt(v, spec);
  if (typeof v === "string") return FS.formatStr(v, spec);
  if (v instanceof PyFloat && v.$cls === PyFloat.prototype.$cls) return FS.formatFloat(v.v, spec);
  const r = callSpecial(v, "__format__", [spec]);
  if (typeof r !== "string") raise("TypeError", `__format__ must return a str, not ${typeName(r ?? null)}`);
  return r;
}

/** An f-string replacement field: conversion (-1 none, 115 s, 114 r, 97 a), then format. */
export function formatValue(v: PyValue, conversion: number, spec: string): string {
  if (conversion === 115) v = pyStr(v);
  else if (conversion === 114) v = pyRepr(v);
  else if (conversion === 97) v = pyAscii(v);
  return pyFormat(v, spec);
}

/** The spec argument of a built-in __format__ (a str or str subclass, else TypeError). */
export function specArg(spec: PyValue | undefined): string {
  const s = spec === undefined ? undefined : asStr(spec);
  if (s === undefined) return raise("TypeError", `__format__() argument must be str, not ${spec === null || spec === undefined ? "None" : typeName(spec)}`); // _PyArg_BadArgument names None itself
  return s;
}

/** The format-spec mini-language for str, int, float and complex (format-spec.ts). */
export function formatSpec(v: PyValue, spec: string, tn?: string): string {
  // tn: the type named in error messages, for an int or str subclass passed unwrapped
  if (typeof v === "string") return FS.formatStr(v, spec, tn);
  if (typeof v === "boolean") return spec === "" ? (v ? "True" : "False") : FS.formatInt(v ? 1 : 0, spec, "bool");
  if (isInt(v)) return FS.formatInt(v, spec, tn);
  if (v instanceof PyFloat) return FS.formatFloat(v.v, spec, typeName(v));
  if (v instanceof PyComplex) return FS.formatComplex(v.re, v.im, spec);
  return raise("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
}
