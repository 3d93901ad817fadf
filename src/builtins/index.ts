// The builtins module: built-in functions, types, constants and exceptions.
import type { PyValue } from "../runtime/object.js";
import { buildClassBuiltin } from "./build-class.js";
import { T, NotImplemented, Ellipsis } from "../runtime/types.js";
import { PyDict } from "../runtime/dict.js";
import { EXC, newExc } from "../runtime/exceptions.js";
import { builtin } from "../runtime/descriptors.js";
import { builtinFunctions } from "./functions.js";
import { moreBuiltins } from "./more.js";
import { memoryviewType } from "../runtime/bytearray.js";
import "./iterators.js";
import "./iter-reduce.js";

export function makeBuiltins(): PyDict {
  const d = new PyDict();
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  for (const [k, v] of Object.entries(builtinFunctions())) set(k, v);
  for (const [k, v] of Object.entries(moreBuiltins())) set(k, v);
  set("memoryview", memoryviewType);
  set("__build_class__", buildClassBuiltin());
  for (const name of ["object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "classmethod", "staticmethod", "super", "enumerate", "zip", "map", "filter", "reversed"] as const) {
    set(name, T[name]);
  }
  for (const [k, v] of Object.entries(EXC)) set(k, v);
  // added by the site module in CPython (site.setquit)
  for (const name of ["exit", "quit"]) set(name, builtin(name, 0, 1, (code) => {
    throw newExc(EXC.SystemExit, code === undefined ? [] : [code]);
  }));
  set("None", null);
  set("True", true);
  set("False", false);
  set("NotImplemented", NotImplemented);
  set("Ellipsis", Ellipsis);
  set("__debug__", true);
  set("__name__", "builtins");
  set("__doc__", null);
  return d;
}
