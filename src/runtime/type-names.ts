// The rules for a class's `__name__` and `__qualname__` (typeobject.c type_new,
// type_set_name, type_set_qualname, check_set_special_type_attr).
import type { PyValue } from "./object.js";
import { PyType } from "./type.js";
import { raise } from "./raise.js";
import { asStr, typeName } from "./ops.js";
import { encode } from "./codecs.js";

/** A text CPython keeps as UTF-8 (a type's name, its docstring): encoding strictly
 * raises CPython's UnicodeEncodeError for a lone surrogate. */
export function checkUtf8(s: string): void {
  if (/[\ud800-\udfff]/.test(s)) encode(s, "utf-8", "strict");
}

/** A type name is stored as UTF-8 in CPython: no NUL, no lone surrogate. */
export function checkTypeName(name: string): void {
  if (name.includes("\0")) raise("ValueError", "type name must not contain null characters");
  checkUtf8(name);
}

/** check_set_special_type_attr: built-in types are immutable, nothing is deletable. */
function checkSpecial(t: PyType, v: PyValue | undefined, attr: string): asserts v is PyValue {
  if (!t.heap) raise("TypeError", `cannot set '${attr}' attribute of immutable type '${t.name}'`);
  if (v === undefined) raise("TypeError", `cannot delete '${attr}' attribute of immutable type '${t.name}'`);
}

export function typeNameSetter(self: PyValue, v: PyValue | undefined): void {
  const t = self as PyType;
  checkSpecial(t, v, "__name__");
  const s = asStr(v);
  if (s === undefined) raise("TypeError", `can only assign string to ${t.name}.__name__, not '${typeName(v)}'`);
  checkTypeName(s);
  t.name = s;
}

export function typeQualnameSetter(self: PyValue, v: PyValue | undefined): void {
  const t = self as PyType;
  checkSpecial(t, v, "__qualname__");
  const s = asStr(v);
  if (s === undefined) raise("TypeError", `can only assign string to ${t.name}.__qualname__, not '${typeName(v)}'`);
  t.qualname = s;
}
