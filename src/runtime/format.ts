// format(), f-string replacement fields and str.format. The format-spec mini-language
// itself lives in format-spec.ts (number helper); this module is the object-model side:
// __format__ dispatch, field-name lookup and conversions.
// NOTE: until format-spec.ts lands, `formatSpec` implements the common subset here.
import { PyFloat, PyComplex, type PyValue } from "./object.js";
import * as FS from "./format-spec.js";
import { raise } from "./raise.js";
import { pyAscii, pyRepr, pyStr, typeOf, typeName, callSpecial, indexValue, isInt } from "./ops.js";
import { getattr } from "./attributes.js";
import { PyDict } from "./dict.js";
import { T } from "./types.js";

/** format(v, spec): type(v).__format__(v, spec). */
export function pyFormat(v: PyValue, spec: string): string {
  if (typeof v === "string" && spec === "") return v;
  if ((typeof v === "number" || typeof v === "bigint") && spec === "") return String(v);
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

/** The format-spec mini-language for str, int, float and complex (format-spec.ts). */
export function formatSpec(v: PyValue, spec: string): string {
  if (typeof v === "string") return FS.formatStr(v, spec);
  if (typeof v === "boolean") return spec === "" ? (v ? "True" : "False") : FS.formatInt(v ? 1 : 0, spec, "bool");
  if (isInt(v)) return FS.formatInt(v, spec);
  if (v instanceof PyFloat) return FS.formatFloat(v.v, spec);
  if (v instanceof PyComplex) return FS.formatComplex(v.re, v.im, spec);
  return raise("TypeError", `unsupported format string passed to ${typeName(v)}.__format__`);
}

/** str.format / format_map (Objects/stringlib/unicode_format.h). */
export function strFormat(fmt: string, args: PyValue[], kw: Map<string, PyValue> | null, mapping?: PyValue): string {
  let out = "";
  let auto = 0;
  let i = 0;
  let manual = false;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      // find the matching close brace (format specs may nest one level)
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === "{") depth++;
        else if (fmt[j] === "}") depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) raise("ValueError", "expected '}' before end of string");
      const field = fmt.slice(i + 1, j);
      i = j + 1;
      const m = /^([^!:]*)(?:!([^:]))?(?::(.*))?$/s.exec(field)!;
      let [, name, conv, spec] = m;
      const first = /^[^.[]*/.exec(name)![0];
      let v: PyValue;
      if (first === "") {
        if (manual) raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
        if (auto >= args.length) raise("IndexError", `Replacement index ${auto} out of range for positional args tuple`);
        v = args[auto++];
      } else if (/^\d+$/.test(first)) {
        if (auto > 0) raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
        manual = true;
        const n = Number(first);
        if (n >= args.length) raise("IndexError", `Replacement index ${n} out of range for positional args tuple`);
        v = args[n];
      } else {
        const got = mapping !== undefined ? callSpecial(mapping, "__getitem__", [first]) : kw?.get(first);
        if (got === undefined) {
          const { newExc, EXC } = excMod();
          throw newExc(EXC.KeyError, [first]);
        }
        v = got;
      }
      let rest = name.slice(first.length);
      while (rest) {
        const a = /^\.(\w+)/.exec(rest);
        if (a) {
          v = getattr(v, a[1]);
          rest = rest.slice(a[0].length);
          continue;
        }
        const b = /^\[([^\]]*)\]/.exec(rest);
        if (!b) raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
        const key = /^\d+$/.test(b[1]) ? Number(b[1]) : b[1];
        v = callSpecial(v, "__getitem__", [key])!;
        rest = rest.slice(b[0].length);
      }
      if (spec && spec.includes("{")) spec = strFormat(spec, args.slice(auto), kw, mapping);
      if (conv === "r") v = pyRepr(v);
      else if (conv === "s") v = pyStr(v);
      else if (conv === "a") v = pyAscii(v);
      else if (conv !== undefined) raise("ValueError", `Unknown conversion specifier ${conv}`);
      out += pyFormat(v, spec ?? "");
      continue;
    }
    if (ch === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      raise("ValueError", "Single '}' encountered in format string");
    }
    out += ch;
    i++;
  }
  return out;
}

import * as Exc from "./exceptions.js";
const excMod = () => Exc;
export { typeOf, indexValue, PyDict, T };
